package org.perfgrade.ingest.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfgrade.ingest.sheet.SourceCell;

/**
 * 日期单元格: reads 拟完成时间, 专家意见日期, 省级认定日期, 发现日期 and 报送日期 the way counties write them — a real Excel
 * date, or text such as 2021年8月15日, 2021年8月15号, 2021-08-15, 2021/8/15, 2021.8.15 or 20210815 (full-width digits
 * too, a trailing 00:00:00 ignored) — and refuses impossible dates such as 2021年13月1日 or 2021-02-30.
 * <p>
 * {@link #read(SourceCell, int)} reads a date of an event (认定日期, 专家意见日期, 发现日期 …: they decide when a grade
 * takes effect), which must be exact: besides those forms, Chinese numerals (二〇二一年九月三十日) and an Excel serial
 * number (44469) in a text or number cell within the campaign years, both with a correction (R31). Approximate forms
 * (2021年9月, 9月底) are no date of an event; {@link PlannedDates} reads them for 拟完成时间.
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

    /** Day 0 of Excel's 1900 date system, as serials above 60 count it (1 March 1900 is 61). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.0+)?");
    private static final String DIGITS = "〇零○一二三四五六七八九";

    private DateCells() {
    }

    /**
     * An exact date read.
     *
     * @param exact false when read from Chinese numerals or an Excel serial number (a correction)
     */
    public record Reading(LocalDate date, boolean exact) {
    }

    /**
     * The date of an event: a date cell or one of the {@link #ACCEPTED_FORMS} (exact), or Chinese numerals, or an Excel
     * serial number falling within the campaign years ({@code campaignYear} − 1 to + 1); empty for anything else.
     */
    public static Optional<Reading> read(SourceCell cell, int campaignYear) {
        if (cell == null) {
            return Optional.empty();
        }
        Optional<LocalDate> exact = parse(cell);
        if (exact.isPresent()) {
            return Optional.of(new Reading(exact.get(), true));
        }
        String value = TextNormalizer.code(TextNormalizer.text(cell.text()));
        String arabic = arabic(value);
        if (!arabic.equals(value)) {
            Optional<LocalDate> numerals = parse(arabic);
            if (numerals.isPresent()) {
                return Optional.of(new Reading(numerals.get(), false));
            }
        }
        return serial(cell, campaignYear).map(date -> new Reading(date, false));
    }

    /**
     * An Excel serial number (44469 = 2021-09-30) pasted as a number or text, taken only when it falls within the
     * campaign years, so that a figure in the wrong column is not read as a date.
     */
    static Optional<LocalDate> serial(SourceCell cell, int campaignYear) {
        String value = cell.number() != null ? cell.number().toPlainString()
                : TextNormalizer.code(TextNormalizer.text(cell.text()));
        if (!SERIAL.matcher(value).matches()) {
            return Optional.empty();
        }
        LocalDate date = EXCEL_EPOCH.plusDays(Long.parseLong(value.replaceFirst("\\..*", "")));
        return Math.abs(date.getYear() - campaignYear) <= 1 ? Optional.of(date) : Optional.empty();
    }

    /**
     * Chinese numerals made Arabic: 二〇二一年九月三十日 → 2021年9月30日 (a run without 十 digit by digit, 十 as ten: 十二 →
     * 12, 二十 → 20, 三十一 → 31). Text without Chinese numerals is returned unchanged.
     */
    static String arabic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && (DIGITS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '十')) {
                end++;
            }
            if (end == i) {
                out.append(text.charAt(i++));
                continue;
            }
            out.append(number(text.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    private static String number(String run) {
        int ten = run.indexOf('十');
        if (ten < 0) {
            StringBuilder digits = new StringBuilder();
            run.chars().forEach(c -> digits.append(digit((char) c)));
            return digits.toString();
        }
        if (ten > 1 || run.length() - ten > 2 || run.indexOf('十', ten + 1) >= 0) {
            return run;
        }
        int tens = ten == 0 ? 1 : digit(run.charAt(0));
        int ones = ten == run.length() - 1 ? 0 : digit(run.charAt(ten + 1));
        return String.valueOf(tens * 10 + ones);
    }

    private static int digit(char c) {
        int index = DIGITS.indexOf(c);
        return index < 3 ? 0 : index - 2;
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

    /** Whether a date falls within {@link #FIRST_YEAR}–{@link #LAST_YEAR} (a year outside is a typing error). */
    static boolean withinYears(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    private static Optional<LocalDate> inRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR ? Optional.of(date) : Optional.empty();
    }
}
