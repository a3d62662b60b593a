package org.perfgrade.ledger;

import java.util.Optional;

import org.perfgrade.ledger.facts.GuaranteeType;
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReviewCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 审核批次: the review batch and deadline of a ledger line (section 四(三) of the plan). An industry's review category
 * decides it — 涉VOCs 8/5, 金属类 8/15, 建材类 8/30, 河南省本地重点行业 9/15 — except that 保障类 and 民生保障类
 * enterprises go in the last batch (河南省本地重点行业及保障类企业) whatever their industry. The batches and dates are
 * the calendar's ({@code config/calendar.yml}); empty when the calendar has no batch for the category.
 */
@Component
public class ReviewBatches {

    private final ReferenceData reference;
    private final JdbcClient jdbc;

    ReviewBatches(ReferenceData reference, JdbcClient jdbc) {
        this.reference = reference;
        this.jdbc = jdbc;
    }

    /** The batch of a line in the industry for an enterprise of the guarantee type (null: none). */
    public Optional<Deadline> batch(String industry, GuaranteeType guarantee) {
        if (guarantee != null) {
            return reference.calendar().reviewBatch(ReviewCategory.HENAN);
        }
        return reference.industry(industry).map(Industry::category)
                .flatMap(category -> reference.calendar().reviewBatch(category));
    }

    /** The batch of a stored ledger line; empty for an unknown line. */
    public Optional<Deadline> ofLine(long ledgerLineId) {
        return jdbc.sql("SELECT i.name, e.guarantee_type FROM ledger_line l JOIN industry i ON i.id = l.industry_id "
                + "JOIN enterprise e ON e.id = l.enterprise_id WHERE l.id = :id").param("id", ledgerLineId)
                .query((rs, n) -> batch(rs.getString(1), guarantee(rs.getString(2)))).optional()
                .flatMap(batch -> batch);
    }

    /** The stored guarantee type ({@code SUPPORT}, {@code LIVELIHOOD}) or null. */
    public static GuaranteeType guarantee(String stored) {
        return stored == null || stored.isBlank() ? null : GuaranteeType.valueOf(stored);
    }

    /** “第2批（金属类行业，2021-08-15 前）” for messages. */
    public static String label(Deadline batch) {
        String category = batch.category() == null ? "" : batch.category() == ReviewCategory.HENAN
                ? "河南省本地重点行业及保障类企业，" : batch.category().label() + "，";
        return "第" + batch.batch() + "批（" + category + batch.due() + " 前）";
    }
}
