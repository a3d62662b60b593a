package org.perfgrade.ingest.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 大小说明: a byte count as a county reads it in a message (12.5 MB, 2 GB). */
final class Sizes {

    private Sizes() {
    }

    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1L << 20) {
            return scaled(bytes, 1L << 10) + " KB";
        }
        if (bytes < 1L << 30) {
            return scaled(bytes, 1L << 20) + " MB";
        }
        return scaled(bytes, 1L << 30) + " GB";
    }

    private static String scaled(long bytes, long unit) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
