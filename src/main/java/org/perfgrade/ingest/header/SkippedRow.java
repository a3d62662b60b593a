package org.perfgrade.ingest.header;

/**
 * 已跳过的行: a row below the header that holds no enterprise — a footer (填报人, 联系电话), a subtotal (合计, 小计), the
 * header printed again on a later page, a blank row. Neither refused nor counted; the receipt lists it with the
 * reason so the county sees nothing was lost.
 *
 * @param sheet  the sheet name
 * @param row    the row number as Excel shows it
 * @param reason why it is not data, in Chinese (e.g. {@code 表尾（填报人）})
 */
public record SkippedRow(String sheet, int row, String reason) {
}
