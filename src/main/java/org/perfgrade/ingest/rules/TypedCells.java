package org.perfgrade.ingest.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.sheet.SourceCell;
import org.perfgrade.ledger.facts.GuaranteeType;
import org.perfgrade.ledger.facts.Honour;
import org.perfgrade.ledger.facts.HonourKind;

/**
 * 取值单元格: the cells of a row read as a typed value — dates of events (R08; Chinese numerals and Excel serial
 * numbers read with R31), emission figures in t/a (R15) and the cells with a fixed set of values: 是/否 flags,
 * 保障类企业, 荣誉称号, 审核批次 (R16) — read leniently in form, strictly in meaning. An optional cell holding an 空值标记
 * (/, —, 不涉及, 无 …) is empty.
 */
final class TypedCells {

    private static final Set<String> YES = Set.of("是", "Y", "YES", "√", "✓", "✔");
    private static final Set<String> NO = Set.of("否", "N", "NO", "×", "✗", "✘", "X");
    private static final Pattern NUMBER = Pattern.compile("(-?)(\\d+(?:\\.\\d+)?|\\.\\d+)");
    private static final Pattern UNIT = Pattern.compile("(吨/年|吨每年|吨|T/A|T/年|T)$");
    private static final Pattern HONOUR_NAME_YEAR = Pattern.compile("(.+?)[(](\\d{4})年?[)]");
    private static final Pattern HONOUR_YEAR_NAME = Pattern.compile("(\\d{4})年(.+)");
    private static final Pattern BATCH = Pattern.compile("第?([1-4一二三四])批?次?");
    /** DECIMAL(14,4): at most 10 digits before the point. */
    private static final BigDecimal NUMBER_LIMIT = new BigDecimal("10000000000");

    private TypedCells() {
    }

    /**
     * The date of an event (认定日期, 专家意见日期, 发现日期, 报送日期), which must be exact: R31 when read from Chinese
     * numerals or an Excel serial number, R08 when it is none (an approximate date such as 2021年9月 or 9月底 said to be
     * one), R01 when blank and required; null when blank or invalid.
     *
     * @param campaignYear the campaign year (config/calendar.yml): serial numbers are taken within a year of it
     */
    static LocalDate date(RowContext row, Column column, boolean required, int campaignYear) {
        if (!row.present(column, required)) {
            return null;
        }
        Optional<DateCells.Reading> date = DateCells.read(row.cell(column), campaignYear);
        if (date.isEmpty()) {
            boolean approximate = new PlannedDates(campaignYear).read(row.cell(column)).isPresent();
            row.report(ProblemCode.R08_DATE_INVALID, column, row.quoted(column)
                    + (approximate ? "不是具体日期，此项须填写具体日期，如" : "不是有效日期，请填写如")
                    + DateCells.ACCEPTED_FORMS + "（年份" + DateCells.FIRST_YEAR + "—" + DateCells.LAST_YEAR + "）");
            return null;
        }
        LocalDate read = date.get().date();
        if (!date.get().exact()) {
            row.correct(ProblemCode.R31_DATE_READ, column, read.toString(), row.original(column) + "按 " + read
                    + " 读取");
        }
        return read;
    }

    /** A non-negative figure in t/a: a numeric cell, or text such as 12.5, 1,234.5, 12.5吨; null when blank or /. */
    static BigDecimal number(RowContext row, Column column) {
        if (row.isBlank(column)) {
            return null;
        }
        SourceCell cell = row.cell(column);
        BigDecimal value = cell.number();
        if (value == null) {
            String text = TextNormalizer.code(cell.text()).replace(",", "").replace("，", "")
                    .toUpperCase(Locale.ROOT);
            Matcher number = NUMBER.matcher(UNIT.matcher(text).replaceFirst(""));
            if (!number.matches()) {
                row.report(ProblemCode.R15_NUMBER_INVALID, column, row.quoted(column)
                        + "不是有效数值，请填写数字（单位：吨/年），如 12.5");
                return null;
            }
            value = new BigDecimal(number.group(1) + number.group(2));
        }
        if (value.signum() < 0) {
            row.report(ProblemCode.R15_NUMBER_INVALID, column, row.quoted(column) + "为负数，排放量不能小于0");
            return null;
        }
        if (value.compareTo(NUMBER_LIMIT) >= 0) {
            row.report(ProblemCode.R15_NUMBER_INVALID, column, row.quoted(column) + "过大，请核实单位是否为吨/年");
            return null;
        }
        return value.scale() > 4 ? value.setScale(4, RoundingMode.HALF_UP) : value;
    }

    /** 是/否 (also Y/N, √/×): blank (or /, 无 …) is 否 when the file has the column, null when it has not. */
    static Boolean flag(RowContext row, Column column) {
        if (!row.has(column)) {
            return null;
        }
        String text = TextNormalizer.code(row.cell(column).text()).toUpperCase(Locale.ROOT);
        if (row.isBlank(column) || NO.contains(text)) {
            return false;
        }
        if (YES.contains(text)) {
            return true;
        }
        row.report(ProblemCode.R16_VALUE_INVALID, column, row.quoted(column) + "无法识别，请填写“是”或“否”（也可填 Y/N、√ 或留空）");
        return null;
    }

    /** 保障类企业: 保障类, 民生保障类, or blank (also 否, 无) for neither. */
    static GuaranteeType guarantee(RowContext row) {
        String text = TextNormalizer.code(row.cell(Column.GUARANTEE).text());
        if (row.isBlank(Column.GUARANTEE) || text.equals("否")) {
            return null;
        }
        Optional<GuaranteeType> type = GuaranteeType.fromLabel(text);
        if (type.isEmpty()) {
            row.report(ProblemCode.R16_VALUE_INVALID, Column.GUARANTEE, row.quoted(Column.GUARANTEE)
                    + "无法识别，应为“保障类”“民生保障类”或留空");
        }
        return type.orElse(null);
    }

    /**
     * 荣誉称号: e.g. 绿色工厂（2020）；能效领跑者(2019) — each a known honour with the year awarded (2000–2100), R16
     * per bad item. Empty when the cell is blank, null when the file has no such column.
     */
    static List<Honour> honours(RowContext row) {
        if (!row.has(Column.HONOURS)) {
            return null;
        }
        String text = TextNormalizer.text(row.cell(Column.HONOURS).text());
        Set<Honour> honours = new LinkedHashSet<>();
        for (String item : text.split("[；;，,、/\\n]+")) {
            String written = TextNormalizer.code(item);
            if (TextNormalizer.isEmptyMarker(written)) {
                continue;
            }
            honour(row, written).ifPresent(honours::add);
        }
        return new ArrayList<>(honours);
    }

    private static Optional<Honour> honour(RowContext row, String written) {
        String name = written;
        Integer year = null;
        Matcher nameYear = HONOUR_NAME_YEAR.matcher(written);
        Matcher yearName = HONOUR_YEAR_NAME.matcher(written);
        if (nameYear.matches()) {
            name = nameYear.group(1);
            year = Integer.valueOf(nameYear.group(2));
        } else if (yearName.matches()) {
            year = Integer.valueOf(yearName.group(1));
            name = yearName.group(2);
        }
        Optional<HonourKind> kind = HonourKind.fromLabel(name);
        String known = Arrays.stream(HonourKind.values()).map(HonourKind::label).collect(Collectors.joining("、"));
        if (kind.isEmpty()) {
            row.report(ProblemCode.R16_VALUE_INVALID, Column.HONOURS, "中的" + RowContext.quote(written)
                    + "不是可认定的荣誉（可选：" + known + "），请按“绿色工厂（2020）；能效领跑者（2019）”填写");
            return Optional.empty();
        }
        if (year == null || year < 2000 || year > 2100) {
            row.report(ProblemCode.R16_VALUE_INVALID, Column.HONOURS, "中的" + RowContext.quote(written)
                    + (year == null ? "未写明获得年份" : "的年份不在2000—2100年之间")
                    + "，请按“绿色工厂（2020）；能效领跑者（2019）”填写");
            return Optional.empty();
        }
        return Optional.of(new Honour(kind.get(), year));
    }

    /** 审核批次: 1–4, 第一批…第四批 (also 第1批, 一); null when blank. */
    static Integer batch(RowContext row) {
        if (row.isBlank(Column.REVIEW_BATCH)) {
            return null;
        }
        SourceCell cell = row.cell(Column.REVIEW_BATCH);
        String text = TextNormalizer.code(cell.text());
        if (cell.number() != null && cell.number().stripTrailingZeros().scale() <= 0) {
            text = cell.number().stripTrailingZeros().toPlainString();
        }
        Matcher batch = BATCH.matcher(text);
        if (!batch.matches()) {
            row.report(ProblemCode.R16_VALUE_INVALID, Column.REVIEW_BATCH, row.quoted(Column.REVIEW_BATCH)
                    + "无法识别，审核批次应为 1—4 或 第一批、第二批、第三批、第四批");
            return null;
        }
        return "1一".indexOf(batch.group(1)) >= 0 ? 1 : "2二".indexOf(batch.group(1)) >= 0 ? 2
                : "3三".indexOf(batch.group(1)) >= 0 ? 3 : 4;
    }
}
