package org.perfgrade.report.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

/**
 * 名单的文字: the title, the date line, the sentence of an empty list and the notes under the table, the same in a
 * list's workbook and its PDF. Dates are written 2021年9月30日.
 *
 * @param title    开封市重点行业季节性生产调控企业名单（D级企业）
 * @param dateLine 统计日期：2021年9月30日 (and the county of an extract)
 * @param empty    the sentence printed instead of the table when nobody is on the list, else null
 * @param notes    说明: who is on the list, what the plan says, how many enterprises and lines
 * @param author   the issuing authority (document properties)
 */
public record ControlTexts(String title, String dateLine, String empty, List<String> notes, String author) {

    private static final Pattern LETTER_GRADE = Pattern.compile("[A-Z][+-]?");

    public ControlTexts {
        notes = List.copyOf(notes);
    }

    /** The texts of one 差异化管控 list of a day with its lines. */
    static ControlTexts of(ReferenceData reference, ControlList list, LocalDate asOf, County countyOrNull,
                           int lines, long enterprises) {
        String date = chineseDate(asOf);
        String scope = scope(countyOrNull);
        List<String> notes = new ArrayList<>();
        notes.add("列入条件：" + list.condition() + "。");
        notes.add("依据：重点行业绩效分级提升行动方案第三部分第（四）项“" + list.planWords() + "”。");
        if (lines > 0) {
            notes.add("截至" + date + "，" + scope + "共" + enterprises + "家企业、" + lines + "条行业记录列入本名单；"
                    + "同一企业涉及多个行业的，按行业分行列出。");
        }
        String empty = lines > 0 ? null : "截至" + date + "，" + scope + "没有符合列入条件的企业，本期无企业" + list.measure()
                + "。";
        return new ControlTexts(reference.city().name() + list.title(), dateLine(asOf, countyOrNull), empty, notes,
                reference.authority().name());
    }

    /** 统计日期：2021年9月30日, with 县区：杞县 for an extract. */
    static String dateLine(LocalDate asOf, County countyOrNull) {
        return "统计日期：" + chineseDate(asOf) + (countyOrNull == null ? "" : "　县区：" + countyOrNull.name());
    }

    /** 全市, or the county's name. */
    static String scope(County countyOrNull) {
        return countyOrNull == null ? "全市" : countyOrNull.name();
    }

    /** 2021年9月30日. */
    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** “A级”, “B-级”, 绩效引领性, 非引领性; 未评级 for none. */
    static String gradeName(String grade) {
        if (grade == null) {
            return "未评级";
        }
        if (LETTER_GRADE.matcher(grade).matches()) {
            return grade + "级";
        }
        return grade.startsWith("引领") ? "绩效" + grade : grade;
    }

    /** The notes as one text under 说明：, numbered, a paragraph a line. */
    public String notesText() {
        StringBuilder text = new StringBuilder("说明：");
        for (int i = 0; i < notes.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(notes.get(i));
        }
        return text.toString();
    }
}
