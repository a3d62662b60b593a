package org.perfgrade.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 控制台的中文写法: dates as 2021年11月15日 and file sizes in KB or MB, as an office writes them, never ISO dates or
 * byte counts.
 */
public final class ConsoleText {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private ConsoleText() {
    }

    /** 2021年11月15日. */
    public static String date(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 2021年11月15日 01:30. */
    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : date(time.toLocalDate()) + " " + String.format("%02d:%02d", time.getHour(),
                time.getMinute());
    }

    /**
     * A file size in KB below 1 MB and in MB above, with one decimal (1 KB = 1,024 bytes): 87,347 bytes → 85.3 KB,
     * 1,258,291 → 1.2 MB; a file of a few bytes shows 0.1 KB, never 0.0.
     */
    public static String size(long bytes) {
        if (bytes <= 0) {
            return "0 KB";
        }
        BigDecimal kb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(KB), 1, RoundingMode.HALF_UP)
                .max(new BigDecimal("0.1"));
        if (kb.compareTo(BigDecimal.valueOf(KB)) < 0) {
            return kb.toPlainString() + " KB";
        }
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP).toPlainString()
                + " MB";
    }
}
