package org.perfgrade.filing;

import java.nio.file.Path;
import java.util.List;

import org.perfgrade.batch.JobOutcome;
import org.perfgrade.document.DocumentArchive;

import org.springframework.stereotype.Component;

/**
 * 材料包结果的措辞: turns a {@code filingJob} run's {@link JobOutcome} into the {@link FilingOutcome} the command and
 * the console show — where the package is, which gaps the cover letter lists, or why there is no package. A failed
 * run of a request is restarted at the step that failed, after a completed one the next revision makes the package
 * anew (same data: same bytes); a run of the request still marked as running is refused.
 */
@Component
class FilingOutcomes {

    private final DocumentArchive archive;

    FilingOutcomes(DocumentArchive archive) {
        this.archive = archive;
    }

    FilingOutcome of(FilingRequest request, JobOutcome outcome) {
        List<String> gaps = FilingJobConfiguration.gaps(outcome.contextString(FilingJobConfiguration.GAPS));
        return switch (outcome.status()) {
            case COMPLETED -> {
                Path zip = archive.outDir().resolve(outcome.contextString(FilingJobConfiguration.PACKAGE_PATH));
                yield new FilingOutcome(outcome.executionId(), FilingOutcome.COMPLETED, zip,
                        outcome.contextString(FilingJobConfiguration.PACKAGE_SHA), gaps,
                        "报省备案材料包（" + request.batchLabel() + "，统计日期 " + request.asOf() + "）已生成：" + zip
                                + (gaps.isEmpty() ? "" : "；有企业缺少材料，缺项已列入报送函和材料缺项清单"));
            }
            case FAILED -> outcome.failure() instanceof FilingIncompleteException incomplete
                    ? new FilingOutcome(outcome.executionId(), FilingOutcome.FAILED, null, null, incomplete.gaps(),
                            incomplete.getMessage())
                    : failed(outcome.executionId(), FilingMessages.failed(request, outcome.revision(),
                            outcome.failedStep(), outcome.cause()));
            case RUNNING -> failed(-1, FilingMessages.running(request,
                    outcome.executionId() < 0 ? null : outcome.executionId()));
            default -> failed(-1, "无法启动报省备案材料包作业（" + request.batchLabel() + "，统计日期 " + request.asOf() + "）："
                    + outcome.cause());
        };
    }

    private static FilingOutcome failed(long executionId, String message) {
        return new FilingOutcome(executionId, FilingOutcome.FAILED, null, null, List.of(), message);
    }
}
