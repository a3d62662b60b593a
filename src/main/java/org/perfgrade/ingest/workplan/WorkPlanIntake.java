package org.perfgrade.ingest.workplan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.perfgrade.ingest.ReceivedSubmissions;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.SubmissionRepository;
import org.perfgrade.ingest.SubmissionStatus;
import org.perfgrade.ingest.county.CountyHint;
import org.perfgrade.ingest.county.CountyResolver;
import org.perfgrade.ingest.problem.FileRejectedException;

import org.springframework.stereotype.Component;

/**
 * 工作计划及动员部署情况的登记: the plan's first deadline (方案第四部分 动员部署, by 5/31) asks each county for a
 * document, not a spreadsheet. A file of the inbox whose name says 工作计划 or 动员部署 and that is a PDF, Word or OFD
 * document is recorded as received: a submission of kind {@link SubmissionKind#WORK_PLAN}, applied, no rows, on the
 * business date of the import, its original kept like every original. Nothing reaches the ledger; the campaign
 * progress reads the receipt date ({@link ReceivedSubmissions}).
 */
@Component
public class WorkPlanIntake {

    public static final String RECORDED = "已登记收到（工作计划及动员部署情况，文档，无数据行）";

    private static final Pattern DOCUMENT = Pattern.compile("\\.(pdf|docx|doc|ofd)$", Pattern.CASE_INSENSITIVE);

    private static final List<String> NAMES = List.of("工作计划", "动员部署");

    private final SubmissionRepository submissions;
    private final CountyResolver counties;

    WorkPlanIntake(SubmissionRepository submissions, CountyResolver counties) {
        this.submissions = submissions;
        this.counties = counties;
    }

    /** Whether a file of this name is a county's work plan: a document named 工作计划 or 动员部署. */
    public static boolean isWorkPlan(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return DOCUMENT.matcher(name).find() && NAMES.stream().anyMatch(fileName::contains);
    }

    /**
     * Records the registered submission {@code id} as the county's work plan (county from the option, the folder or
     * the file name), or refuses it when no county can be told (F11).
     */
    public SubmissionStatus record(long id, CountyHint hint, String fileName) {
        boolean option = hint != null && CountyHint.OPTION.equals(hint.source());
        String name = hint == null ? null : hint.name();
        submissions.resetProblems(id);
        try {
            CountyResolver.ResolvedCounty county = counties.resolve(option ? name : null, option ? null : name, "",
                    fileName, Map::of);
            submissions.recordedDocument(id, county.county().code(), county.source(), SubmissionKind.WORK_PLAN);
            submissions.finish(id, SubmissionStatus.IMPORTED, RECORDED);
            return SubmissionStatus.IMPORTED;
        }
        catch (FileRejectedException ex) {
            submissions.addProblems(id, List.of(ex.problem()));
            submissions.finish(id, SubmissionStatus.REJECTED, ex.getMessage());
            return SubmissionStatus.REJECTED;
        }
    }
}
