package org.perfgrade.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 导入上限 ({@code perfgrade.ingest}): what a county file may not exceed before it is refused as a whole, so that a
 * wrong or hostile file cannot fill the disk or the memory of the bureau's machine.
 *
 * @param maxFileBytes         the largest file accepted, checked before opening it (F05; default 50 MiB)
 * @param maxRows              the most data rows in the sheet read (F06; default 1,000,000)
 * @param maxInflateRatio      the most an .xlsx part may expand (uncompressed ÷ compressed) once it is larger than
 *                             {@link #INFLATE_GRACE_BYTES} (F07; default 100, as POI's ZipSecureFile min ratio 0.01)
 * @param maxUncompressedBytes the largest total size of all parts of an .xlsx once expanded (F07; default 2 GiB)
 */
@ConfigurationProperties("perfgrade.ingest")
public record IngestLimits(@DefaultValue("52428800") long maxFileBytes,
                           @DefaultValue("1000000") long maxRows,
                           @DefaultValue("100") double maxInflateRatio,
                           @DefaultValue("2147483648") long maxUncompressedBytes) {

    /** Parts smaller than this once expanded are never refused for their ratio (like POI's grace size). */
    public static final long INFLATE_GRACE_BYTES = 1L << 20;

    public IngestLimits {
        if (maxFileBytes <= 0 || maxRows <= 0 || maxInflateRatio <= 1 || maxUncompressedBytes <= 0) {
            throw new IllegalArgumentException("perfgrade.ingest 的上限须为正数（max-inflate-ratio 须大于 1），现为 "
                    + maxFileBytes + ", " + maxRows + ", " + maxInflateRatio + ", " + maxUncompressedBytes);
        }
    }

    /** The defaults of config/application.yml. */
    public static IngestLimits defaults() {
        return new IngestLimits(50L << 20, 1_000_000L, 100, 2L << 30);
    }

    public IngestLimits withMaxFileBytes(long value) {
        return new IngestLimits(value, maxRows, maxInflateRatio, maxUncompressedBytes);
    }

    public IngestLimits withMaxRows(long value) {
        return new IngestLimits(maxFileBytes, value, maxInflateRatio, maxUncompressedBytes);
    }

    public IngestLimits withMaxInflateRatio(double value) {
        return new IngestLimits(maxFileBytes, maxRows, value, maxUncompressedBytes);
    }

    public IngestLimits withMaxUncompressedBytes(long value) {
        return new IngestLimits(maxFileBytes, maxRows, maxInflateRatio, value);
    }
}
