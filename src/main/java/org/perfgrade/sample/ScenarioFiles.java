package org.perfgrade.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.ReferenceData;

/**
 * 县区某日的报送文件: a county's 清单台账 and 附件2 as the county sent them on a day of the campaign replay — the
 * sample city's rows (planted defects included), with the grades the lines had before the review batches raised them
 * and, for a corrected list (更正), bad rows written clean. The scenario ({@code sample.scenario}) decides the dates
 * and the grades; this class only reaches the package's writers.
 */
public final class ScenarioFiles {

    private final ReferenceData reference;
    private final SampleDataset dataset;
    private final WorkbookStamp stamp;

    public ScenarioFiles(ReferenceData reference, SampleDataset dataset, WorkbookStamp stamp) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.stamp = Objects.requireNonNull(stamp, "stamp");
    }

    /** The key of a ledger line: 统一社会信用代码|重点行业类型|重点行业分支. */
    public static String lineKey(String creditCode, String industry, String branch) {
        return creditCode + "|" + industry + "|" + Objects.toString(branch, "");
    }

    public static String lineKey(SampleLedgerLine line) {
        return lineKey(line.creditCode(), line.industry(), line.branch());
    }

    /**
     * Writes the county's 清单台账 into {@code folder} dated {@code asOf}, the lines whose key is in {@code grades}
     * with that grade (null: 未评级); returns the file.
     */
    public Path writeLedger(String countyCode, Path folder, LocalDate asOf, Map<String, String> grades)
            throws IOException {
        CountySubmission submission = submission(countyCode);
        Map<SampleLedgerLine, String> byLine = new HashMap<>();
        submission.ledgerRows().forEach(r -> {
            String key = lineKey(r.line());
            if (grades.containsKey(key)) {
                byLine.put(r.line(), grades.get(key));
            }
        });
        Files.createDirectories(folder);
        Path file = folder.resolve(submission.fileName(SampleFileKind.LEDGER));
        LedgerWorkbookWriter.write(submission, file, asOf, stamp, byLine);
        return file;
    }

    /**
     * Writes the county's 附件2 into {@code folder} dated {@code asOf} under {@code fileName} (null: the usual name),
     * the plans of the lines in {@code currentGrades} with that 绩效现状, the first {@code fixedDefects}
     * bad rows that can be fixed ({@link #fixable}) written clean; returns the file.
     */
    public Path writeImprovementList(String countyCode, Path folder, LocalDate asOf, Map<String, String> currentGrades,
                                     int fixedDefects, String fileName) throws IOException {
        CountySubmission submission = submission(countyCode);
        Files.createDirectories(folder);
        Path file = folder.resolve(fileName != null ? fileName : submission.fileName(SampleFileKind.IMPROVEMENT_LIST));
        ImprovementListWorkbookWriter.write(submission, reference.city(), file, asOf, stamp, currentGrades,
                fixedDefects);
        return file;
    }

    /** The usual name of the county's file of the kind (兰考县's 附件2 is .xls). */
    public String fileName(String countyCode, SampleFileKind kind) {
        return submission(countyCode).fileName(kind);
    }

    /** The planted bad rows of the county's 附件2 a corrected list can write clean, in row order. */
    public List<SampleDefect> fixableImprovementListDefects(String countyCode) {
        return dataset.defects(countyCode).stream().filter(d -> d.fileKind() == SampleFileKind.IMPROVEMENT_LIST)
                .filter(d -> fixable(d.type())).toList();
    }

    /**
     * The plans a county's corrected 附件2 brings beside its clean ones: the clean plan of each of its first
     * {@code fixedDefects} bad rows that can be fixed (the rows written clean in the corrected list).
     */
    public List<SamplePlan> fixedPlans(String countyCode, int fixedDefects) {
        return submission(countyCode).planRows().stream().filter(r -> r.defect() != null && fixable(r.defect().type()))
                .limit(fixedDefects).map(CountySubmission.PlanRow::plan).toList();
    }

    /**
     * Whether a bad 附件2 row written clean is a valid plan: not for a grade outside the scheme, which the plan itself
     * carries as its target.
     */
    public static boolean fixable(SampleDefectType type) {
        return type != SampleDefectType.GRADE_NOT_IN_SCHEME;
    }

    private CountySubmission submission(String countyCode) {
        return dataset.submissions().stream().filter(s -> s.county().code().equals(countyCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no county with code " + countyCode));
    }
}
