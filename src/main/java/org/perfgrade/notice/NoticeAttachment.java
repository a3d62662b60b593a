package org.perfgrade.notice;

import java.util.List;

/**
 * 附件: a table printed on its own pages after the body, headed "附件N" (黑体, top left) and its title (centred).
 *
 * @param widths the relative widths of the columns (same size as {@code columns})
 * @param rows   the cells as printed, each row the size of {@code columns}
 */
public record NoticeAttachment(String title, List<String> columns, List<Integer> widths, List<List<String>> rows) {

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
}
