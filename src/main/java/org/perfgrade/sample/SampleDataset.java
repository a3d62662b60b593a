package org.perfgrade.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 样例数据: the clean model of a generated sample city — enterprises, ledger lines and improvement plans, without the
 * deliberately bad rows — and the list of those bad rows ({@link #defects()}) with their exact places, so that an
 * import test can compare what it read with what was meant and check that every defect was reported.
 */
public final class SampleDataset {

    private final List<SampleEnterprise> enterprises;
    private final List<SampleLedgerLine> ledgerLines;
    private final List<SamplePlan> improvementPlans;
    private final List<SampleDefect> defects;
    private final List<CountySubmission> submissions;
    private final Map<String, SampleEnterprise> byCreditCode = new HashMap<>();

    SampleDataset(List<SampleEnterprise> enterprises, List<SampleLedgerLine> ledgerLines,
                  List<SamplePlan> improvementPlans, List<SampleDefect> defects, List<CountySubmission> submissions) {
        this.enterprises = List.copyOf(enterprises);
        this.ledgerLines = List.copyOf(ledgerLines);
        this.improvementPlans = List.copyOf(improvementPlans);
        this.defects = List.copyOf(defects);
        this.submissions = List.copyOf(submissions);
        this.enterprises.forEach(e -> byCreditCode.put(e.creditCode(), e));
    }

    /** The clean enterprises, by county (附件1 order), in ledger order. */
    public List<SampleEnterprise> enterprises() {
        return enterprises;
    }

    /** The clean ledger lines, by county, in ledger order. */
    public List<SampleLedgerLine> ledgerLines() {
        return ledgerLines;
    }

    /** The clean improvement plans, by county, in the order of the improvement lists. */
    public List<SamplePlan> improvementPlans() {
        return improvementPlans;
    }

    /** The deliberately bad rows, by county, ledger before improvement list, by row. */
    public List<SampleDefect> defects() {
        return defects;
    }

    public Optional<SampleEnterprise> enterprise(String creditCode) {
        return Optional.ofNullable(byCreditCode.get(creditCode));
    }

    public List<SampleEnterprise> enterprises(String countyCode) {
        return enterprises.stream().filter(e -> e.countyCode().equals(countyCode)).toList();
    }

    public List<SampleLedgerLine> ledgerLines(String countyCode) {
        return ledgerLines.stream().filter(l -> byCreditCode.get(l.creditCode()).countyCode().equals(countyCode))
                .toList();
    }

    public List<SamplePlan> improvementPlans(String countyCode) {
        return improvementPlans.stream().filter(p -> p.countyCode().equals(countyCode)).toList();
    }

    public List<SampleDefect> defects(String countyCode) {
        return defects.stream().filter(d -> d.countyCode().equals(countyCode)).toList();
    }

    /** The file name a county's workbook of the given kind has in its inbox folder (.xls for 兰考县's list). */
    public String fileName(String countyCode, SampleFileKind kind) {
        return submissions.stream().filter(s -> s.county().code().equals(countyCode)).findFirst()
                .map(s -> s.fileName(kind))
                .orElseThrow(() -> new IllegalArgumentException("no county with code " + countyCode));
    }

    /** The rows as written, per county. */
    List<CountySubmission> submissions() {
        return submissions;
    }
}
