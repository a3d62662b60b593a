package org.perfgrade.replay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.ledger.ExpertRegister;
import org.perfgrade.ledger.GradeCorrection;
import org.perfgrade.sample.scenario.CityAction;

import org.springframework.stereotype.Component;

/**
 * 市级操作: applies the city's acts of a replayed day through the ledger — a correction effective that day, an expert
 * barred from that day — and says what each did, in Chinese. Both are idempotent: a correction already recorded is
 * refused as changing nothing, a bar already in the register changes nothing; so a day done again after a kill applies
 * nothing twice.
 */
@Component
class CityActions {

    private final GradeCorrection corrections;
    private final ExpertRegister experts;

    CityActions(GradeCorrection corrections, ExpertRegister experts) {
        this.corrections = corrections;
        this.experts = experts;
    }

    /** Applies the acts in order; one sentence per act. */
    List<String> apply(List<CityAction> actions, LocalDate day) {
        List<String> said = new ArrayList<>();
        for (CityAction action : actions) {
            if (action instanceof CityAction.Correction c) {
                GradeCorrection.Result result = corrections.correct(new GradeCorrection.Request(c.creditCode(),
                            c.industry(), c.branch(), c.grade(), c.reason(), day, null));
                said.add(result.corrected() ? "市级更正：" + result.message() : "市级更正未记录：" + result.message());
            }
            else if (action instanceof CityAction.ExpertBar b) {
                List<ExpertRegister.Entry> barred = experts.bar(b.name(), b.organisation(), day, b.notice());
                said.add(barred.isEmpty() ? "通报批评：专家库中没有“" + b.name() + "”，未记录禁入"
                        : "通报批评：专家" + b.name() + "自 " + day + " 起三年内不得参与绩效分级评审");
            }
        }
        return said;
    }
}
