package org.perfgrade.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.Column;

import static org.perfgrade.ingest.header.Column.*;

/**
 * 模板版式与填写说明: what a blank template says and how wide its columns are — the notes of 附件2 (the
 * 提升企业清单 carries all five; the other kinds those that apply to them) with each kind's own notes, which columns
 * hold dates or codes to keep as text, and column widths that fit the usual content.
 */
final class TemplateNotes {

    /** Columns holding dates: date format 2021年8月15日 and a date validation. */
    static final Set<Column> DATE_COLUMNS = Set.of(PLANNED_COMPLETION, OPINION_DATE, PROVINCIAL_DATE, FOUND_ON,
            REPORTED_ON);

    /** Columns of codes formatted as text, so Excel never turns a long digit string into 9.1E+17. */
    static final Set<Column> TEXT_COLUMNS = Set.of(CREDIT_CODE, PERMIT_NO, SOURCE_DOCUMENT);

    private static final Map<Column, Integer> WIDTHS = new EnumMap<>(Column.class);

    static {
        width(6, SEQUENCE);
        width(10, CITY, GRADE, CURRENT_GRADE, APPLIED_GRADE, REVIEW_BATCH, CLEAN_ENERGY, EXPERT_NAME);
        width(12, TARGET_GRADE, GUARANTEE, SO2, NOX, PM, VOCS);
        width(14, COUNTY, TOWNSHIP, LOW_VOCS, COUNTY_RESULT, CITY_RESULT, PROVINCIAL_RESULT);
        width(16, INDUSTRY, BRANCH, PLANNED_COMPLETION, OPINION_DATE, PROVINCIAL_DATE, FOUND_ON, REPORTED_ON);
        width(20, CAPACITY, EXPERTS, FIELD);
        width(22, CREDIT_CODE, VIOLATION_TYPE);
        width(24, PRODUCTS);
        width(26, PERMIT_NO, REMARKS);
        width(28, SOURCE_DOCUMENT);
        width(30, PRODUCTION_LINES, HONOURS, PROBLEMS, ORGANISATION);
        width(36, ENTERPRISE_NAME);
        width(40, ADDRESS, DIFFERENTIATING_INDEX, MEASURES);
    }

    private TemplateNotes() {
    }

    private static void width(int characters, Column... columns) {
        for (Column column : columns) {
            WIDTHS.put(column, characters);
        }
    }

    /** The width in characters: the usual content, at least half the header (headers wrap onto two lines). */
    static int width(Column column) {
        int header = 0;
        for (char c : column.title().toCharArray()) {
            header += c < 0x2E80 ? 1 : 2;
        }
        return Math.max(WIDTHS.getOrDefault(column, 14), (header + 1) / 2 + 2);
    }

    /** The numbered notes of the 填写说明 sheet. */
    static List<String> notes(SubmissionKind kind) {
        List<String> notes = new ArrayList<>();
        notes.add("重点行业类型及重点行业分支，应严格对照国家和河南省绩效分级及减排措施技术指南中行业类型规范填报。");
        notes.add("河南省重点行业名称填写至“重点行业类型”列。");
        if (kind == SubmissionKind.IMPROVEMENT) {
            notes.add("按照县（区）、行业类型、绩效提升目标、差异化指标排序。");
        }
        if (kind != SubmissionKind.EXPERT) {
            notes.add("企业存在跨行业时，相应行业分行填报，并在备注中标注企业所涉及的其他行业类型。");
            notes.add("企业名称应与企业营业执照、企业公章、排污许可证保持一致。");
        }
        notes.addAll(switch (kind) {
            case LEDGER -> List.of(
                    "绩效级别从下拉列表中选择；尚未评级的企业填“未评级”。",
                    "统一社会信用代码为 18 位；排污许可证编号按排污许可证正本填写。",
                    "二氧化硫、氮氧化物、颗粒物、VOCs 排放量以吨/年计，只填数字。");
            case IMPROVEMENT -> List.of(
                    "绩效现状、绩效提升目标从下拉列表中选择；绩效提升目标应高于绩效现状。",
                    "统一社会信用代码、排污许可证编号两列可以不填，填写时便于核对企业。");
            case APPLICATION -> List.of(
                    "申报级别从下拉列表中选择；评审专家填写全部专家姓名，以顿号分隔。",
                    "一家企业申报多个行业的，每个行业一行。");
            case VIOLATION -> List.of(
                    "违法类型从下拉列表中选择；依据文书填写行政处罚决定书或执法文书的编号。",
                    "同一企业有多起违法问题的，每起一行。");
            case EXPERT -> List.of(
                    "每位专家（或第三方机构）一行；专业领域填写其擅长的重点行业。");
            case WORK_PLAN -> throw new IllegalArgumentException("工作计划是文档，没有空白模板");
        });
        notes.add("日期请按日期格式填写（如 2021年8月15日），不要写成文字或“8.15”。");
        notes.add("请勿修改第 3 行表头的列名，也不要合并单元格；一个文件只填写一个县（区）的内容。");
        return notes;
    }
}
