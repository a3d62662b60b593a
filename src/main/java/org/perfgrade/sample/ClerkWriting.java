package org.perfgrade.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 县区手填写法: the ways a county clerk writes a value whose meaning nobody could doubt — grades as {@code B级},
 * {@code B级企业}, {@code Ｂ}, {@code b}; industries with a 行业 or 业 suffix or with the branch inside; 拟完成时间 as
 * {@code 2021年8月}, {@code 8月底}, {@code 2021.9.30前}, {@code 9月中旬}, {@code 二〇二一年九月三十日}; a county without
 * 县; {@code /}, {@code 无}, {@code —}, {@code 不涉及} for an empty optional cell. Each form reads as exactly the clean
 * value; {@code k} (the row's place) picks among them, so the same rows are always written the same way.
 */
final class ClerkWriting {

    /** The markers counties put in an optional cell they leave empty. */
    static final List<String> EMPTY_MARKERS = List.of("/", "无", "—", "不涉及");

    /** How counties write 未评级 under 绩效现状. */
    static final List<String> UNRATED = List.of("无", "未评", "未评级");

    private static final String DIGITS = "〇一二三四五六七八九";

    private ClerkWriting() {
    }

    /** A grade as a clerk writes it (null stays null: the cell keeps its clean 未评级). */
    static String grade(String grade, int k) {
        if (grade == null) {
            return null;
        }
        List<String> forms = new ArrayList<>();
        if (grade.length() == 1 && grade.charAt(0) >= 'A' && grade.charAt(0) <= 'D') {
            forms.addAll(List.of(grade + "级", grade + "级企业", String.valueOf((char) (grade.charAt(0) - 'A' + 'Ａ')),
                    grade.toLowerCase(java.util.Locale.ROOT)));
        }
        else if (grade.equals("B-")) {
            forms.addAll(List.of("B-级", "B－"));
        }
        else if (grade.equals("引领性")) {
            forms.addAll(List.of("引领性企业", "绩效引领性"));
        }
        forms.add(grade);
        return forms.get(Math.floorMod(k, forms.size()));
    }

    /** 绩效现状: a grade as {@link #grade}, 未评级 as 无, 未评 or 未评级. */
    static String currentGrade(String grade, int k) {
        return grade == null ? UNRATED.get(Math.floorMod(k, UNRATED.size())) : grade(grade, k);
    }

    /** An empty optional cell: one of {@link #EMPTY_MARKERS}. */
    static String emptyMarker(int k) {
        return EMPTY_MARKERS.get(Math.floorMod(k, EMPTY_MARKERS.size()));
    }

    /** The county without its 县 or 区 (兰考县 → 兰考). */
    static String county(String name) {
        return name.length() > 2 && (name.endsWith("县") || name.endsWith("区")) ? name.substring(0, name.length() - 1)
                : name;
    }

    /**
     * 拟完成时间 in a form that reads back as exactly {@code date}: month only or 月底 for the last day of a month,
     * 中旬 for the 20th, 上旬 for the 10th (these without the year only in the campaign year), and for any date a
     * dotted date with 前 or the date in Chinese numerals. {@code k} counts the dates of the same kind (last day,
     * 20th, 10th, other) written so far.
     */
    static String plannedDate(LocalDate date, int k, int campaignYear) {
        int y = date.getYear();
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        List<String> forms = new ArrayList<>();
        if (d == date.lengthOfMonth()) {
            if (y == campaignYear) {
                forms.add(m + "月底");
            }
            forms.add(y + "年" + m + "月");
        }
        if (y == campaignYear && d == 20) {
            forms.add(m + "月中旬");
        }
        if (y == campaignYear && d == 10) {
            forms.add(m + "月上旬");
        }
        forms.add(y + "." + m + "." + d + "前");
        forms.add(chineseNumerals(date));
        return forms.get(Math.floorMod(k, forms.size()));
    }

    /** The kind of a planned date for {@link #plannedDate}'s count: last day of the month, 20th, 10th or other. */
    static int dateKind(LocalDate date) {
        int day = date.getDayOfMonth();
        return day == date.lengthOfMonth() ? 0 : day == 20 ? 1 : day == 10 ? 2 : 3;
    }

    /**
     * A planned date as clerks plan: the latest 10th, 20th or last day of a month not after it, and not before
     * {@code earliest} (else the date itself).
     */
    static LocalDate roundedDown(LocalDate date, LocalDate earliest) {
        int day = date.getDayOfMonth();
        LocalDate rounded = day == date.lengthOfMonth() ? date : day >= 20 ? date.withDayOfMonth(20)
                : day >= 10 ? date.withDayOfMonth(10) : date.withDayOfMonth(1).minusDays(1);
        return rounded.isBefore(earliest) ? date : rounded;
    }

    /** 二〇二一年九月三十日. */
    static String chineseNumerals(LocalDate date) {
        StringBuilder text = new StringBuilder();
        for (char c : String.valueOf(date.getYear()).toCharArray()) {
            text.append(DIGITS.charAt(c - '0'));
        }
        return text.append('年').append(number(date.getMonthValue())).append('月').append(number(date.getDayOfMonth()))
                .append('日').toString();
    }

    /** 1–31 in Chinese numerals: 九, 十, 十二, 二十, 三十一. */
    private static String number(int n) {
        String tens = n >= 20 ? DIGITS.charAt(n / 10) + "十" : n >= 10 ? "十" : "";
        String units = n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10));
        return tens + units;
    }
}
