package org.perfgrade.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.perfgrade.batch.BusinessDateJobs;
import org.perfgrade.batch.JobOutcome;
import org.perfgrade.ingest.county.CountyHint;
import org.perfgrade.ingest.county.CountyKeys;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.receipt.ReceiptTasklet;
import org.perfgrade.ingest.workplan.WorkPlanIntake;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Takes county files in: keeps the original, recognises a file the same county already sent by its SHA-256 (the
 * same bytes from another county are that county's own submission, with its own validation and receipt), runs
 * {@code importJob} for a new one (or restarts it after a crash), and reports what happened to each file. A county's
 * work plan (a document named 工作计划 or 动员部署, {@link WorkPlanIntake}) is recorded as received without a job.
 */
@Service
public class SubmissionImporter {

    private static final Logger log = LoggerFactory.getLogger(SubmissionImporter.class);

    private static final java.util.regex.Pattern SPREADSHEET = java.util.regex.Pattern.compile(
            "\\.(xlsx|xlsm|xls)$", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final OriginalFiles originals;
    private final SubmissionRepository submissions;
    private final BusinessDateJobs jobs;
    private final IngestLimits limits;
    private final ReferenceData reference;
    private final CountyKeys countyKeys;
    private final WorkPlanIntake workPlans;

    public SubmissionImporter(OriginalFiles originals, SubmissionRepository submissions, BusinessDateJobs jobs,
                              IngestLimits limits, ReferenceData reference, CountyKeys countyKeys,
                              WorkPlanIntake workPlans) {
        this.countyKeys = countyKeys;
        this.workPlans = workPlans;
        this.originals = originals;
        this.submissions = submissions;
        this.jobs = jobs;
        this.limits = limits;
        this.reference = reference;
    }

    /** Imports every file of an inbox: a sub-folder per county, or files directly inside. */
    public List<ImportReport> importInbox(Path inbox, LocalDate asOf) {
        List<ImportReport> reports = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            return reports;
        }
        try (Stream<Path> entries = Files.list(inbox)) {
            for (Path entry : entries.sorted(inboxOrder()).toList()) {
                if (Files.isDirectory(entry)) {
                    if (!entry.getFileName().toString().equals("rejected")) {
                        for (Path file : files(entry)) {
                            reports.add(importFile(file, CountyHint.folder(entry.getFileName().toString()), asOf, true));
                        }
                    }
                }
                else if (isCandidate(entry)) {
                    reports.add(importFile(entry, null, asOf, true));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("无法读取收件目录 " + inbox + "：" + ex.getMessage(), ex);
        }
        return reports;
    }

    /** Imports one file; {@code fromInbox} moves a rejected file to {@code rejected/}. */
    public ImportReport importFile(Path file, CountyHint hint, LocalDate asOf, boolean fromInbox) {
        return importFile(file, hint, asOf, fromInbox, null);
    }

    /**
     * As {@link #importFile(Path, CountyHint, LocalDate, boolean)}, recording where the file came from (e.g.
     * "网页上传（lankao）"); null for 收件目录 / 命令行.
     */
    public ImportReport importFile(Path file, CountyHint hint, LocalDate asOf, boolean fromInbox, String source) {
        String given = file.toString();
        if (!Files.isRegularFile(file)) {
            return rejected(given, hint, Problem.ofFile(ProblemCode.F01_NOT_SPREADSHEET, "找不到文件 " + given));
        }
        long size = size(file);
        if (size > limits.maxFileBytes()) {
            Problem problem = Problem.ofFile(ProblemCode.F05_TOO_LARGE, String.format(
                    "文件 %s 有 %.1f MB，超过上限 %.1f MB（perfgrade.ingest.max-file-bytes）", file.getFileName(),
                    size / 1048576.0, limits.maxFileBytes() / 1048576.0));
            if (fromInbox) {
                originals.moveRejected(file, problem.message());
            }
            return rejected(given, hint, problem);
        }
        OriginalFiles.Received received = originals.keep(file);
        String countyKey = countyKeys.of(received.archived(), hint);
        var existing = submissions.findByCountyAndSha(countyKey, received.sha256());
        if (existing.isPresent() && !List.of(SubmissionStatus.RECEIVED, SubmissionStatus.FAILED).contains(existing.get().status())) {
            SubmissionRepository.Submission s = existing.get();
            if (REFUSED.contains(s.status()) && fromInbox) {
                originals.moveRejected(file, s.message());
            }
            return report(given, s, null, s.status() == SubmissionStatus.IMPORTED);
        }
        long id = existing.map(SubmissionRepository.Submission::id)
                .orElseGet(() -> submissions.register(received,
                        source != null ? source : fromInbox ? "收件目录" : "命令行", asOf, countyKey));
        if (WorkPlanIntake.isWorkPlan(file.getFileName().toString())) {
            // 工作计划及动员部署情况: a document recorded as received, no import job
            workPlans.record(id, hint, file.getFileName().toString());
            SubmissionRepository.Submission s = submissions.find(id);
            if (REFUSED.contains(s.status()) && fromInbox) {
                originals.moveRejected(file, s.message());
            }
            return report(given, s, null, false);
        }
        log.info("导入 {}（SHA-256 {}）", given, received.sha256());
        JobOutcome execution = run(new ImportJobParameters(id, received.sha256(), asOf,
                hint == null ? null : hint.name(), hint == null ? null : hint.source(), countyKey, false));
        SubmissionRepository.Submission s = submissions.find(id);
        if (REFUSED.contains(s.status()) && fromInbox) {
            originals.moveRejected(file, s.message());
        }
        return report(given, s, receipt(execution), false);
    }

    /**
     * Runs the import of a held file the city confirmed (status {@code CONFIRMED}), on the date it was received: its
     * rows are applied and what it no longer lists retires. A run that failed is continued by calling this again.
     */
    ImportReport applyConfirmed(long id) {
        SubmissionRepository.Submission s = submissions.find(id);
        JobOutcome execution = run(new ImportJobParameters(id, s.sha256(), submissions.receivedOn(id),
                s.countyCode(), CountyHint.OPTION, submissions.countyKey(id), true));
        return report(s.fileName(), submissions.find(id), receipt(execution), false);
    }

    /** The report of a submission as it stands (e.g. after the city rejected it). */
    ImportReport report(long id) {
        SubmissionRepository.Submission s = submissions.find(id);
        return report(s.fileName(), s, null, false);
    }

    private static final List<SubmissionStatus> REFUSED = List.of(SubmissionStatus.REJECTED, SubmissionStatus.SUPERSEDED);

    private static String receipt(JobOutcome outcome) {
        return outcome.contextString(ReceiptTasklet.RECEIPT);
    }

    private JobOutcome run(ImportJobParameters parameters) {
        JobOutcome outcome = jobs.run(parameters.key());
        if (outcome.status() == JobOutcome.Status.FAILED) {
            submissions.finish(parameters.submissionId(), SubmissionStatus.FAILED, "导入作业未完成：" + outcome.exitStatus());
            throw new ImportFailedException("导入作业未完成（FAILED），可重新运行以继续：" + outcome.cause(),
                    outcome.failure());
        }
        if (!outcome.completed()) {
            throw new ImportFailedException("无法启动导入作业：" + outcome.cause(), outcome.failure());
        }
        return outcome;
    }

    private ImportReport report(String given, SubmissionRepository.Submission s, String receipt, boolean duplicate) {
        String status = duplicate ? ImportReport.DUPLICATE : switch (s.status()) {
            case HELD -> ImportReport.HELD;
            case IMPORTED -> ImportReport.IMPORTED;
            default -> ImportReport.REJECTED;
        };
        String county = s.countyCode() == null ? null
                : reference.countiesByCode().get(s.countyCode()) == null ? s.countyCode()
                : reference.countiesByCode().get(s.countyCode()).name();
        String kind = s.kind() == null ? null : SubmissionKind.valueOf(s.kind()).code();
        List<ImportReport.Entry> errors = duplicate ? List.of()
                : submissions.problems(s.id()).stream().map(ImportReport.Entry::of).toList();
        List<ImportReport.Skipped> skipped = duplicate ? List.of()
                : submissions.skipped(s.id()).stream().map(ImportReport.Skipped::of).toList();
        String reason = ImportReport.REJECTED.equals(status) || ImportReport.HELD.equals(status) ? s.message() : null;
        return new ImportReport(given, s.id(), county, kind, status, s.rowsTotal(), s.rowsAccepted(),
                s.rowsRejected(), s.rowsWarned(), errors, skipped, reason, receipt);
    }

    private ImportReport rejected(String given, CountyHint hint, Problem problem) {
        String county = hint == null ? null : reference.county(hint.name()).map(County::name).orElse(null);
        return new ImportReport(given, null, county, null, ImportReport.REJECTED, 0, 0, 0, 0,
                List.of(ImportReport.Entry.of(problem)), List.of(), problem.message(), null);
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(SubmissionImporter::isCandidate)
                    .sorted(Comparator.comparingInt(SubmissionImporter::likelyOrder).thenComparing(Path::toString))
                    .toList();
        }
    }

    /**
     * A county's ledger before its other files, as a clerk would take them: the order never changes the result
     * (an improvement row for an enterprise not yet in the ledger adds it), but it spares needless warnings.
     */
    private static int likelyOrder(Path file) {
        String name = file.getFileName().toString();
        String[] hints = { "台账", "提升", "申报", "违法", "专家" };
        for (int i = 0; i < hints.length; i++) {
            if (name.contains(hints[i])) {
                return i;
            }
        }
        return hints.length;
    }

    /**
     * A county file of the inbox: not Excel's lock file (~$), a reason file, or a hidden file — but a spreadsheet
     * whose name merely starts with a dot ("..清单.xlsx") is a county file, imported or explained like any other.
     */
    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        boolean hidden = name.startsWith(".") && (name.startsWith("._") || !SPREADSHEET.matcher(name).find());
        return Files.isRegularFile(file) && !hidden && !name.startsWith("~$") && !name.endsWith(".原因.txt");
    }

    private Comparator<Path> inboxOrder() {
        return Comparator.comparing((Path p) -> reference.county(p.getFileName().toString())
                .map(County::order).orElse(Integer.MAX_VALUE)).thenComparing(Path::toString);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
