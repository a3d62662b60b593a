package org.perfgrade.ingest.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.sheet.SourceCell;
import org.perfgrade.reference.ReferenceData;

/**
 * 拟完成时间: a plan's completion date, which counties often give approximately — and an approximate date of a plan
 * has a certain meaning. Besides the exact forms of {@link DateCells} (no warning), read with a correction (R30) that
 * shows the date read:
 * <ul>
 * <li>a month only (2021年9月, 2021.9, 2021-09) → its last day;</li>
 * <li>9月底, 9月末, 9月下旬 → the last day; 9月上旬 → the 10th; 9月中旬 → the 20th; 2021年底 → 31 December;</li>
 * <li>a trailing 前, 之前, 以前 (and 完成) is dropped: 2021.9.30前 → 2021-09-30;</li>
 * <li>a range (2021年8月—9月, 8月-9月, 8月至9月) → its end;</li>
 * <li>no year (9月30日, 8月底) → the campaign year of {@code config/calendar.yml};</li>
 * <li>Chinese numerals (二〇二一年九月三十日), and an Excel serial number within the campaign years.</li>
 * </ul>
 * What names no day with certainty — 尽快, 下个月, 待定, and a number cell 2021.1 (January, or October with its zero
 * dropped by Excel) — stays an error (R08) with the accepted forms.
 */
final class PlannedDates {

    /** The forms named in messages. */
    static final String ACCEPTED_FORMS = "2021年9月30日、2021-09-30、2021/9/30，或2021年9月、9月底、9月中旬、"
            + "2021年8月—9月（按所指日期读取）";

    private static final Pattern DAY = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]?");
    private static final Pattern MONTH = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月份?(底|末|上旬|中旬|下旬)?");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})月?(底|末|上旬|中旬|下旬)?");
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})年(底|末)");
    private static final Pattern DAY_ONLY = Pattern.compile("(\\d{1,2})[日号]");
    private static final Pattern MONTH_NUMBER = Pattern.compile("\\d{1,2}");
    /** A number cell 2021.1: January, or October whose zero Excel dropped. */
    private static final Pattern AMBIGUOUS_NUMBER = Pattern.compile("\\d{4}\\.1");
    private static final List<String> RANGE = List.of("至", "到", "~", "-");
    private static final List<String> BEFORE = List.of("之前", "以前", "前");

    private final int year;

    PlannedDates(ReferenceData reference) {
        this(reference.calendar().year());
    }

    /** @param campaignYear the year of a date written without one (config/calendar.yml {@code year}) */
    PlannedDates(int campaignYear) {
        this.year = campaignYear;
    }

    /**
     * 拟完成时间 of a row: the date read (R30 when the cell was not an exact date, showing the date read), R08 when it
     * names no day with certainty, R01 when blank and required; null when blank or unreadable.
     */
    LocalDate cell(RowContext row, Column column, boolean required) {
        if (!row.present(column, required)) {
            return null;
        }
        Optional<DateCells.Reading> reading = read(row.cell(column));
        if (reading.isEmpty()) {
            row.report(ProblemCode.R08_DATE_INVALID, column, row.quoted(column) + "不是可识别的日期，请填写如"
                    + ACCEPTED_FORMS + "（年份" + DateCells.FIRST_YEAR + "—" + DateCells.LAST_YEAR + "）");
            return null;
        }
        LocalDate date = reading.get().date();
        if (!reading.get().exact()) {
            row.correct(ProblemCode.R30_PLANNED_DATE_READ, column, date.toString(), row.original(column) + "按 "
                    + date + " 读取");
        }
        return date;
    }

    /** The date a planned-date cell names; exact when it was a date cell or an exact form; empty when none. */
    Optional<DateCells.Reading> read(SourceCell cell) {
        Optional<DateCells.Reading> exact = DateCells.read(cell, year);
        if (exact.isPresent()) {
            return exact;
        }
        String value = DateCells.arabic(TextNormalizer.code(TextNormalizer.text(cell.text())));
        if (cell.number() != null && AMBIGUOUS_NUMBER.matcher(value).matches()) {
            return Optional.empty();
        }
        value = withoutBefore(value);
        Optional<LocalDate> whole = part(value, year);
        if (whole.isEmpty()) {
            whole = rangeEnd(value);
        }
        return whole.filter(DateCells::withinYears).map(date -> new DateCells.Reading(date, false));
    }

    /** 9月底前完成 → 9月底. */
    private static String withoutBefore(String value) {
        String out = value.endsWith("完成") ? value.substring(0, value.length() - 2) : value;
        for (String before : BEFORE) {
            if (out.endsWith(before) && out.length() > before.length()) {
                return out.substring(0, out.length() - before.length());
            }
        }
        return out;
    }

    /** One date, exact or approximate; {@code defaultYear} when it names no year. */
    private static Optional<LocalDate> part(String value, int defaultYear) {
        Optional<LocalDate> exact = DateCells.parse(value);
        if (exact.isPresent()) {
            return exact;
        }
        Matcher day = DAY.matcher(value);
        if (day.matches()) {
            return date(yearOf(day.group(1), defaultYear), day.group(2), day.group(3));
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            return inMonth(yearOf(month.group(1), defaultYear), month.group(2), month.group(3));
        }
        Matcher numeric = NUMERIC_MONTH.matcher(value);
        if (numeric.matches()) {
            return inMonth(Integer.parseInt(numeric.group(1)), numeric.group(2), numeric.group(3));
        }
        Matcher yearEnd = YEAR_END.matcher(value);
        if (yearEnd.matches()) {
            return date(Integer.parseInt(yearEnd.group(1)), "12", "31");
        }
        return Optional.empty();
    }

    /** The end of a range (2021年8月—9月, 8月-9月, 8-9月, 2021.8-2021.9, 8月10日-20日), when it follows its start. */
    private Optional<LocalDate> rangeEnd(String value) {
        for (String separator : RANGE) {
            for (int at = value.indexOf(separator); at > 0; at = value.indexOf(separator, at + 1)) {
                String left = value.substring(0, at);
                String right = value.substring(at + separator.length()).replaceFirst("^-+", "");
                Optional<LocalDate> start = part(left, year);
                int rightYear = start.map(LocalDate::getYear).orElse(year);
                Optional<LocalDate> end = part(right, rightYear);
                Matcher dayOnly = DAY_ONLY.matcher(right);
                if (end.isEmpty() && start.isPresent() && dayOnly.matches()) {
                    end = date(rightYear, String.valueOf(start.get().getMonthValue()), dayOnly.group(1));
                }
                if (end.isEmpty()) {
                    continue;
                }
                if (start.isEmpty() && MONTH_NUMBER.matcher(left).matches()) {
                    start = inMonth(end.get().getYear(), left, null)
                            .map(date -> date.withDayOfMonth(1));
                }
                if (start.isPresent() && !end.get().isBefore(start.get())) {
                    return end;
                }
            }
        }
        return Optional.empty();
    }

    private static int yearOf(String written, int defaultYear) {
        return written == null ? defaultYear : Integer.parseInt(written);
    }

    /** A day of a month: the 10th for 上旬, the 20th for 中旬, else (底, 末, 下旬, month only) the last day. */
    private static Optional<LocalDate> inMonth(int year, String month, String when) {
        try {
            YearMonth yearMonth = YearMonth.of(year, Integer.parseInt(month));
            int day = "上旬".equals(when) ? 10 : "中旬".equals(when) ? 20 : yearMonth.lengthOfMonth();
            return Optional.of(yearMonth.atDay(day));
        }
        catch (DateTimeException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(int year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
        }
        catch (DateTimeException | NumberFormatException ex) {
            return Optional.empty();
        }
    }
}
