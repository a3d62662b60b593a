package org.perfgrade.ingest.header;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.sheet.HeaderText;
import org.perfgrade.ingest.sheet.SheetRow;
import org.perfgrade.ingest.sheet.SourceCell;

/**
 * 非数据行: tells a data row from the rows a county file carries below its header that hold no enterprise, and says
 * why in Chinese, for the receipt's 已跳过 list (reading rule 8):
 * <ul>
 * <li>a footer (填报人, 联系电话, 审核人, 制表, 注 …) or a subtotal (合计, 小计, 总计) — only when the marker starts the
 * row's first non-empty cell and the row has no credit code, so an enterprise with 合计 in its name is never lost
 * (a 序号 before the marker makes the row data, as does a first cell that reads as an enterprise name);</li>
 * <li>the header printed again on a later page (most of its non-empty cells name their own column), and a row of
 * column numbers (1, 2, 3 …) anywhere;</li>
 * <li>a row with nothing but 序号/省辖市/县、区 (a template filled in advance): like a blank row;</li>
 * <li>a row whose text lies only in columns the header does not name (a title, a note merged across the table).</li>
 * </ul>
 * Blank rows never reach the filter: {@link RowCursor} sees them by their row numbers.
 */
final class DataRowFilter {

    /** Why a row is not data; {@code blank}: listed only when a data row follows (trailing ones are not listed). */
    record NotData(String reason, boolean blank) {
    }

    /** Columns that templates and counties fill in advance; a row with nothing else holds no data. */
    private static final Set<Column> PREFILLED = Set.of(Column.SEQUENCE, Column.CITY, Column.COUNTY);

    private static final List<String> SUBTOTALS = List.of("合计", "小计", "总计");

    /** Footer markers, longer ones before their prefixes; compared after {@link HeaderText#normalize}. */
    private static final List<String> FOOTERS = List.of("备注:", "填报说明", "填表说明", "说明", "填报人", "填表人",
            "填报单位", "制表人", "制表", "审核人", "审核", "联系人", "联系电话", "电话", "单位负责人", "负责人",
            "分管领导", "注");

    /** A credit code has 18 characters; a cell with fewer than 10 letters or digits (“12家”) is not one. */
    private static final int CREDIT_CODE_MIN_CHARACTERS = 10;

    private final Column nameColumn;
    private final ColumnMatcher headers;

    DataRowFilter(DetectedSheet sheet) {
        this.nameColumn = sheet.kind() == SubmissionKind.EXPERT ? Column.EXPERT_NAME : Column.ENTERPRISE_NAME;
        this.headers = new ColumnMatcher(sheet.layout());
    }

    /** Why a non-blank row below the header is not data, or null when it is a data row. */
    NotData classify(SheetRow row, Map<Column, SourceCell> cells) {
        SourceCell first = firstNonBlank(row);
        String footer = footer(first, cells);
        if (footer != null) {
            return new NotData(footer, false);
        }
        if (isColumnNumbers(row)) {
            return new NotData("列序号行", false);
        }
        if (isRepeatedHeader(cells)) {
            return new NotData("重复的表头行（分页打印）", false);
        }
        boolean content = cells.entrySet().stream()
                .anyMatch(e -> !PREFILLED.contains(e.getKey()) && !e.getValue().isBlank());
        if (content) {
            return null;
        }
        if (onlyPrefilled(row, cells)) {
            return new NotData("空行（仅有序号、省辖市、县区等预填内容）", true);
        }
        String text = HeaderText.trim(first.text());
        return new NotData("无企业数据（“" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "”）", false);
    }

    private static SourceCell firstNonBlank(SheetRow row) {
        for (int i = 0; i < row.width(); i++) {
            SourceCell cell = row.cell(i);
            if (!cell.isBlank()) {
                return cell;
            }
        }
        return row.cell(0);
    }

    /** The reason for a footer or subtotal row (表尾（填报人）, 合计行), or null. */
    private static String footer(SourceCell first, Map<Column, SourceCell> cells) {
        if (first.number() != null || first.date() != null) {
            return null;
        }
        String text = HeaderText.normalize(first.text());
        String marker = null;
        for (String subtotal : SUBTOTALS) {
            if (text.startsWith(subtotal)) {
                marker = subtotal;
            }
        }
        if (marker == null) {
            for (String footer : FOOTERS) {
                if (text.startsWith(footer) && (footer.length() > 1 || !followedByWord(text, footer))) {
                    marker = footer;
                    break;
                }
            }
        }
        if (marker == null || hasCreditCode(cells) || readsAsEnterprise(text)) {
            return null;
        }
        if (SUBTOTALS.contains(marker)) {
            return marker + "行";
        }
        return "表尾（" + (marker.endsWith(":") ? marker.substring(0, marker.length() - 1) : marker) + "）";
    }

    /** Whether a one-character marker (注) runs on into a word (注塑…), which makes it no marker. */
    private static boolean followedByWord(String text, String marker) {
        return text.length() > marker.length() && Character.isIdeographic(text.charAt(marker.length()));
    }

    private static boolean hasCreditCode(Map<Column, SourceCell> cells) {
        SourceCell code = cells.get(Column.CREDIT_CODE);
        if (code == null || code.isBlank()) {
            return false;
        }
        String text = code.number() != null ? code.number().toPlainString() : code.text();
        long characters = text.chars().filter(c -> c < 128 && Character.isLetterOrDigit(c)).count();
        return characters >= CREDIT_CODE_MIN_CHARACTERS;
    }

    /** A first cell such as 合计化工有限公司 or 注塑厂: an enterprise, whatever it starts with. */
    private static boolean readsAsEnterprise(String text) {
        return text.contains("公司") || text.contains("集团") || text.contains("合作社") || text.endsWith("厂");
    }

    /** 1, 2, 3 … in consecutive non-blank cells from the left: the column numbers printed under a header. */
    private static boolean isColumnNumbers(SheetRow row) {
        int expected = 1;
        for (int i = 0; i < row.width(); i++) {
            SourceCell cell = row.cell(i);
            if (cell.isBlank()) {
                continue;
            }
            int number = cell.number() != null ? wholeNumber(cell) : parse(cell.text());
            if (number != expected) {
                return false;
            }
            expected++;
        }
        return expected > 3;
    }

    private static int wholeNumber(SourceCell cell) {
        try {
            return cell.number().intValueExact();
        }
        catch (ArithmeticException ex) {
            return -1;
        }
    }

    /** A number of one to three digits, also in brackets ((1), （1）); -1 otherwise. */
    private static int parse(String text) {
        int value = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits++;
            } else if (c != '(' && c != ')' && c != '（' && c != '）') {
                return -1;
            }
        }
        return digits >= 1 && digits <= 3 ? value : -1;
    }

    /**
     * The header printed again on a later page: at least two non-empty cells name their own column, and they are
     * at least half of the non-empty cells of known columns (the lower row of a two-level header holds only some
     * titles). A filled name cell that is no header settles it quickly for the ordinary data row.
     */
    private boolean isRepeatedHeader(Map<Column, SourceCell> cells) {
        SourceCell name = cells.get(nameColumn);
        if (name != null && !name.isBlank() && !names(nameColumn, name)) {
            return false;
        }
        int filled = 0;
        int titles = 0;
        for (Map.Entry<Column, SourceCell> e : cells.entrySet()) {
            if (!e.getValue().isBlank()) {
                filled++;
                if (names(e.getKey(), e.getValue())) {
                    titles++;
                }
            }
        }
        return titles >= 2 && titles * 2 >= filled;
    }

    private boolean names(Column column, SourceCell cell) {
        return cell.number() == null && cell.date() == null
                && headers.match(cell.text()).filter(column::equals).isPresent();
    }

    /** Nothing but 序号 (blank or a number), 省辖市 and 县、区 in the whole row. */
    private static boolean onlyPrefilled(SheetRow row, Map<Column, SourceCell> cells) {
        long filled = 0;
        for (int i = 0; i < row.width(); i++) {
            if (!row.cell(i).isBlank()) {
                filled++;
            }
        }
        long prefilled = PREFILLED.stream().map(cells::get).filter(c -> c != null && !c.isBlank()).count();
        SourceCell sequence = cells.get(Column.SEQUENCE);
        boolean sequenceIsNumber = sequence == null || sequence.isBlank() || sequence.number() != null
                || parse(sequence.text()) >= 0;
        return filled == prefilled && sequenceIsNumber;
    }
}
