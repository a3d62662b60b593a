package org.perfgrade.sample;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReviewCategory;

/**
 * 样例的审核批次: which review batch a generated line's filing goes in — the plan's rule as the ledger applies it
 * ({@code ledger.ReviewBatches}): 保障类 and 民生保障类 enterprises in the 河南省本地 batch, the others by their
 * industry's category — and how many enterprises a filing package of each batch would list (those with an A、B级
 * （含B-级）or 引领性 line in it), so that the benchmark can size the package it measures.
 */
public final class SampleReviewBatches {

    private SampleReviewBatches() {
    }

    /** The batch of a line of the enterprise in the industry, if the calendar has one. */
    static Optional<Integer> batch(ReferenceData reference, SampleEnterprise enterprise, String industry) {
        Optional<ReviewCategory> category = enterprise.guaranteeType() != null ? Optional.of(ReviewCategory.HENAN)
                : reference.industry(industry).map(Industry::category);
        return category.flatMap(c -> reference.calendar().reviewBatch(c)).map(Deadline::batch);
    }

    /** Whether one of the enterprise's lines is filed (A、B级 or 引领性) in the batch. */
    static boolean filedIn(ReferenceData reference, SampleEnterprise enterprise, List<SampleLedgerLine> lines,
                           int batch) {
        for (SampleLedgerLine line : lines) {
            if (filed(reference, line) && batch(reference, enterprise, line.industry()).orElse(-1) == batch) {
                return true;
            }
        }
        return false;
    }

    /** Per batch (1–4), the enterprises a filing package of that batch lists; key 0: of all batches together. */
    public static Map<Integer, Integer> filedEnterprises(ReferenceData reference, SampleDataset dataset) {
        Map<Integer, Set<String>> enterprises = new TreeMap<>();
        for (SampleLedgerLine line : dataset.ledgerLines()) {
            SampleEnterprise enterprise = dataset.enterprise(line.creditCode()).orElse(null);
            if (enterprise == null || !filed(reference, line)) {
                continue;
            }
            Optional<Integer> batch = batch(reference, enterprise, line.industry());
            if (batch.isPresent()) {
                enterprises.computeIfAbsent(batch.get(), b -> new HashSet<>()).add(line.creditCode());
                enterprises.computeIfAbsent(0, b -> new HashSet<>()).add(line.creditCode());
            }
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        enterprises.forEach((batch, codes) -> counts.put(batch, codes.size()));
        return counts;
    }

    private static boolean filed(ReferenceData reference, SampleLedgerLine line) {
        return line.grade() != null && reference.grade(line.grade()).map(Grade::abClass).orElse(false);
    }
}
