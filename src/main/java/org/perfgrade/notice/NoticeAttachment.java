package org.perfgrade.notice;

import java.util.List;

/**
 * 附件: a table printed on its own pages after the body, headed "附件N" (黑体, top left) and its title (centred).
 * A wide table is set on landscape pages (GB/T 9704 allows 横排表格 in attachments; the body stays portrait).
 *
 * @param widths    the relative widths of the columns (same size as {@code columns})
 * @param rows      the cells as printed, each row the size of {@code columns}
 * @param note      表注 printed under the table, or null
 * @param landscape whether its pages are landscape
 */
public record NoticeAttachment(String title, List<String> columns, List<Integer> widths, List<List<String>> rows,
                               String note, boolean landscape) {

    public NoticeAttachment {
        columns = List.copyOf(columns);
        widths = List.copyOf(widths);
        rows = rows.stream().map(List::copyOf).toList();
        if (columns.size() != widths.size()) {
            throw new IllegalArgumentException("附件《" + title + "》的列数与列宽数不一致");
        }
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("附件《" + title + "》有一行的单元格数与列数不一致");
            }
        }
    }

    /** A portrait attachment without a note. */
    public NoticeAttachment(String title, List<String> columns, List<Integer> widths, List<List<String>> rows) {
        this(title, columns, widths, rows, null, false);
    }
}
