package org.perfgrade.report.late;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.perfgrade.reference.Deadline;

/**
 * 逾期事项的用语: the short names of the calendar's items in tables (a review batch by its batch, 第一批; the other
 * deadlines by what is owed, 提升企业清单), dates written 2021年8月5日 and grades as the documents print them.
 */
public final class LateTexts {

    /** The row of all counties. */
    public static final String TOTAL = "合计";
    /** 《逾期事项清单》 as the briefing names it. */
    public static final String WORKBOOK_TITLE = "逾期事项清单";

    private static final Map<String, String> SHORT = Map.of(
            "work-plan", "工作计划",
            "improvement-list", "提升企业清单",
            "expert-register", "专家信息",
            "emergency-list", "应急减排清单");
    private static final Pattern LETTER_GRADE = Pattern.compile("[A-Z][+-]?");

    private LateTexts() {
    }

    /** The item's short name: 第一批 for a review batch, what is owed for the others, else its full name. */
    public static String label(String item, Deadline deadline) {
        if (deadline != null) {
            String batch = batch(deadline);
            if (batch != null) {
                return batch;
            }
            String known = SHORT.get(deadline.code());
            if (known != null) {
                return known;
            }
        }
        return item;
    }

    /** 第一批 … for a review batch (its name up to the colon, else 第n批), null for another deadline. */
    public static String batch(Deadline deadline) {
        if (deadline == null || deadline.batch() <= 0) {
            return null;
        }
        int colon = deadline.name().indexOf('：');
        return colon > 0 ? deadline.name().substring(0, colon) : "第" + deadline.batch() + "批";
    }

    /** 2021年8月5日. */
    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 8月5日. */
    public static String monthDay(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** “A级”, “B-级”, 绩效引领性, 非引领性; 未评级 for none. */
    public static String gradeName(String grade) {
        if (grade == null || grade.isEmpty()) {
            return "未评级";
        }
        if (LETTER_GRADE.matcher(grade).matches()) {
            return grade + "级";
        }
        return grade.startsWith("引领") ? "绩效" + grade : grade;
    }
}
