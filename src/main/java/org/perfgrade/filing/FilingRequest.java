package org.perfgrade.filing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 报省备案材料包的请求: which package to make.
 *
 * @param asOf            the business date whose ledger the package shows (also every date inside the ZIP)
 * @param batch           审核批次 1–4, or null for all batches
 * @param allowIncomplete make the package even when an enterprise lacks a required expert opinion, listing the
 *                        gaps in the cover letter
 */
public record FilingRequest(LocalDate asOf, Integer batch, boolean allowIncomplete) {

    public FilingRequest {
        Objects.requireNonNull(asOf, "asOf");
        if (batch != null && (batch < 1 || batch > 4)) {
            throw new IllegalArgumentException("审核批次须为 1–4：" + batch);
        }
    }

    /** “第1批” or “全部批次”, as the documents say it. */
    public String batchLabel() {
        return batch == null ? "全部批次" : "第" + batch + "批";
    }

    /** The register's subject of the cover letter: {@code batch-N} or {@code all}. */
    String subject() {
        return batch == null ? "all" : "batch-" + batch;
    }
}
