package org.perfgrade.filing;

import java.nio.file.Path;
import java.util.List;

/**
 * 材料包生成结果: what one run of {@code filingJob} gave.
 *
 * @param jobExecutionId the run's execution in the job repository (-1 when it was refused before it started)
 * @param status         {@code COMPLETED} or {@code FAILED}
 * @param packagePath    the ZIP (absolute), null when none was written
 * @param sha256         the ZIP's SHA-256, null when none was written
 * @param gaps           what is missing or was left out: enterprises without a required expert opinion (these stop
 *                       the package unless allowed), scanned files skipped (unreadable, encrypted, over the limits)
 * @param message        a Chinese sentence for the user: where the package is, or why there is none
 */
public record FilingOutcome(long jobExecutionId, String status, Path packagePath, String sha256, List<String> gaps,
                            String message) {

    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";

    public FilingOutcome {
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }

    public boolean completed() {
        return COMPLETED.equals(status);
    }
}
