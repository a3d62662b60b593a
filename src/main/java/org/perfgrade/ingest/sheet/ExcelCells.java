package org.perfgrade.ingest.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * 单元格取值: Excel's own cells — what .xlsx and .xls store — made into the same {@link SourceCell}, so a number or a
 * date reads the same whichever format the county used: numbers as Excel shows them (15 significant digits, no
 * trailing zeros), dates from date-formatted numbers, including the built-in 中文日期格式 (ids 27–36, 50–58) that POI
 * does not know; and Excel's cell references (H12) and column letters.
 */
public final class ExcelCells {

    /** Excel shows and keeps 15 significant digits: 0.1+0.2 stored as 0.30000000000000004 shows as 0.3. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    /** Built-in number formats that Chinese Excel and WPS use for dates and times (e.g. 31 = yyyy"年"m"月"d"日"). */
    private static final Set<Integer> CHINESE_DATE_IDS = Set.of(27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52,
            53, 54, 55, 56, 57, 58);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ExcelCells() {
    }

    /** A blank cell at the reference. */
    static SourceCell blank(String ref) {
        return new SourceCell(ref, "", null, null);
    }

    /** A text cell, trimmed. */
    static SourceCell text(String ref, String text) {
        return new SourceCell(ref, HeaderText.trim(text), null, null);
    }

    /** Whether a number format (id and, when known, its pattern) shows a date or a time. */
    static boolean isDateFormat(Integer formatId, String formatString) {
        int id = formatId == null ? 0 : formatId;
        if (formatString == null || formatString.isBlank() || formatString.startsWith("reserved-")) {
            return DateUtil.isInternalDateFormat(id) || CHINESE_DATE_IDS.contains(id);
        }
        NumberFormat format = new NumberFormat(id, formatString);
        Boolean known = DATE_FORMATS.get(format);
        if (known != null) {
            return known;
        }
        boolean date = DateUtil.isADateFormat(id, formatString);
        if (DATE_FORMATS.size() < MAX_CACHED_FORMATS) {
            DATE_FORMATS.put(format, date);
        }
        return date;
    }

    /**
     * The answers of {@link DateUtil#isADateFormat} by format: it parses the pattern with regular expressions on every
     * call unless it sees the format of the call before, and a sheet's numeric columns alternate between a handful of
     * formats (a twentieth of the import's CPU in the benchmark's profile). Workbooks hold few distinct formats; a
     * file crafted with thousands is answered without the cache once it holds {@value #MAX_CACHED_FORMATS}.
     */
    private static final Map<NumberFormat, Boolean> DATE_FORMATS = new ConcurrentHashMap<>();

    private static final int MAX_CACHED_FORMATS = 1_000;

    private record NumberFormat(int id, String pattern) {
    }

    /**
     * A numeric cell: with a date format, its date (the text is the ISO date, or the time for a pure time); else
     * its number rounded as Excel shows it, and the text of that number without trailing zeros.
     */
    static SourceCell number(String ref, BigDecimal raw, boolean dateFormatted, boolean date1904) {
        if (dateFormatted) {
            double serial = raw.doubleValue();
            if (DateUtil.isValidExcelDate(serial)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, date1904, true);
                if (serial < 1) {
                    return new SourceCell(ref, dateTime.toLocalTime().format(TIME), null, null);
                }
                String text = dateTime.toLocalDate().toString();
                if (!dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                    text += " " + dateTime.toLocalTime().format(TIME);
                }
                return new SourceCell(ref, text, dateTime.toLocalDate(), null);
            }
        }
        BigDecimal value = excelNumber(raw);
        return new SourceCell(ref, value.toPlainString(), null, value);
    }

    /** The value rounded to Excel's 15 significant digits, without trailing zeros (12.50 → 12.5, 1E+1 → 10). */
    static BigDecimal excelNumber(BigDecimal raw) {
        BigDecimal value = raw.round(EXCEL_DIGITS).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    /** The A1 reference of a 0-based column and a 1-based row, e.g. H12. */
    static String ref(int columnIndex, int rowNumber) {
        return columnLetters(columnIndex) + rowNumber;
    }
}
