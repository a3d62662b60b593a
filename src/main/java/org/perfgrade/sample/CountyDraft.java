package org.perfgrade.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfgrade.reference.County;
import org.perfgrade.sample.CountySubmission.LedgerRow;
import org.perfgrade.sample.CountySubmission.PlanRow;

/** 县区草稿: one county's enterprises and rows while the generator and the defect injector build them. */
final class CountyDraft {

    final County county;
    final int index;
    final List<SampleEnterprise> enterprises = new ArrayList<>();
    final List<LedgerRow> ledgerRows = new ArrayList<>();
    final List<PlanRow> planRows = new ArrayList<>();
    final Set<SampleLedgerLine> planned = new HashSet<>();
    private final Map<String, List<SampleLedgerLine>> linesByCode = new HashMap<>();

    CountyDraft(County county, int index) {
        this.county = county;
        this.index = index;
    }

    /** Adds a clean enterprise and its ledger rows at the end of the ledger. */
    void addEnterprise(SampleEnterprise enterprise, List<SampleLedgerLine> lines) {
        enterprises.add(enterprise);
        linesByCode.put(enterprise.creditCode(), List.copyOf(lines));
        for (SampleLedgerLine line : lines) {
            ledgerRows.add(new LedgerRow(enterprise, line, null));
        }
    }

    /** The industries of a clean enterprise, in ledger order, each once. */
    List<String> industriesOf(String creditCode) {
        return linesByCode.getOrDefault(creditCode, List.of()).stream().map(SampleLedgerLine::industry).distinct()
                .toList();
    }

    /** Adds a clean plan for a line. */
    void addPlan(SampleEnterprise enterprise, SampleLedgerLine line, SamplePlan plan) {
        planned.add(line);
        planRows.add(new PlanRow(enterprise, plan, null));
    }
}
