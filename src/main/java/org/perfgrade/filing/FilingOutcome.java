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
 * @param gaps           one sentence per enterprise lacking a required material or with a scan left out (these
 *                       stop the package unless allowed), at most the first 50 and a line saying how many more
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
