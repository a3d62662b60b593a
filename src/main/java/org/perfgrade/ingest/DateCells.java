package org.perfgrade.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 日期单元格: reads 拟完成时间, 专家意见日期, 省级认定日期, 发现日期 and 报送日期 the way counties write them — a real Excel
 * date, or text such as 2021年8月15日, 2021年8月15号, 2021-08-15, 2021/8/15, 2021.8.15 or 20210815 (full-width digits
 * too, a trailing 00:00:00 ignored) — and refuses impossible dates such as 2021年13月1日 or 2021-02-30.
 */
public final class DateCells {

    /** The forms named in messages. */
    public static final String ACCEPTED_FORMS = "2021年8月15日、2021-08-15、2021/8/15、2021.8.15、20210815，或设为 Excel 日期格式";

    /** The earliest and latest year taken as a date of this programme (a year outside is a typing error). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;

    private static final String TIME = "(?:\\s*(?:T|\\s)?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?" + TIME);
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private DateCells() {
    }

    /**
     * The date of a cell: its Excel date when it has one, else its text parsed. Empty for a blank cell and for a cell
     * that is no date ({@link #isBlank(SourceCell)} tells the two apart).
     */
    public static Optional<LocalDate> parse(SourceCell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.date() != null) {
            return inRange(cell.date());
        }
        return parse(cell.text());
    }

    /** A date written as text, in one of the {@link #ACCEPTED_FORMS}; empty when it is none. */
    public static Optional<LocalDate> parse(String text) {
        String value = TextNormalizer.code(TextNormalizer.text(text));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher chinese = CHINESE.matcher(value);
        if (chinese.matches()) {
            return date(chinese.group(1), chinese.group(2), chinese.group(3));
        }
        Matcher separated = SEPARATED.matcher(value);
        if (separated.matches()) {
            return date(separated.group(1), separated.group(3), separated.group(4));
        }
        Matcher compact = COMPACT.matcher(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
        if (compact.matches()) {
            return date(compact.group(1), compact.group(2), compact.group(3));
        }
        return Optional.empty();
    }

    /** Whether the cell holds nothing at all (so a missing date is R01, not R08). */
    public static boolean isBlank(SourceCell cell) {
        return cell == null || cell.date() == null && TextNormalizer.text(cell.text()).isEmpty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return inRange(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        }
        catch (DateTimeException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> inRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR ? Optional.of(date) : Optional.empty();
    }
}
