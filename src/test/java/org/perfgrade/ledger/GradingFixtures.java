package org.perfgrade.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.perfgrade.ledger.facts.ApplicationFacts;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.ExpertFacts;
import org.perfgrade.ledger.facts.GuaranteeType;
import org.perfgrade.ledger.facts.Honour;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.ViolationFacts;
import org.perfgrade.ledger.facts.ViolationType;

/**
 * Facts for the grading tests (review flow, violations, corrections, derived lists): applications with or without an
 * expert opinion, violations, register entries and enterprises with their 保障类 type, materials and honours.
 */
public final class GradingFixtures {

    private GradingFixtures() {
    }

    /** An enterprise with the details the derived lists and the batches read. */
    public static EnterpriseFacts enterprise(String code, String name, String county, boolean lowVocs, boolean cleanEnergy,
                                      GuaranteeType guarantee, List<Honour> honours) {
        return new EnterpriseFacts(code, name, county, null, null, null, lowVocs, cleanEnergy, guarantee, honours);
    }

    public static RowFacts<LedgerLineFacts> line(int row, EnterpriseFacts enterprise, String industry, String branch,
                                          String grade) {
        return new RowFacts<>(row, new LedgerLineFacts(enterprise, industry, branch, grade, new BigDecimal("1.5"),
                null, null, null, null, null, null));
    }

    /** An application row: county, city and provincial results, with or without experts and opinion date. */
    public static RowFacts<ApplicationFacts> application(int row, EnterpriseFacts enterprise, String industry, String branch,
                                                  String applied, Integer batch, String countyResult, String experts,
                                                  LocalDate opinionDate, String cityResult, String provincialResult,
                                                  LocalDate provincialDate) {
        return new RowFacts<>(row, new ApplicationFacts(enterprise, industry, branch, applied, batch, countyResult,
                experts, opinionDate, cityResult, provincialResult, provincialDate, null));
    }

    public static RowFacts<ViolationFacts> violation(int row, EnterpriseFacts enterprise, ViolationType type,
                                              LocalDate foundOn, String document) {
        return new RowFacts<>(row, new ViolationFacts(enterprise, null, type,
                type == ViolationType.OTHER ? "未按预警要求停产" : null, foundOn, document, null));
    }

    public static RowFacts<ExpertFacts> expert(int row, String name, String organisation, String county) {
        return new RowFacts<>(row, new ExpertFacts(name, organisation, "铸造", county, LocalDate.of(2021, 6, 30), null));
    }
}
