/**
 * 表头与列: where the data of a county file are and which columns it has — the columns perfgrade knows and each
 * submission kind's layout, the search for the header row (one or two rows, with the title and 日期 above it; F08–F10,
 * F12), and the data rows below it read by column ({@link org.perfgrade.ingest.header.RowCursor}; F06 beyond the row
 * limit), with footers, subtotals, repeated headers and blank rows passed over and listed for the receipt as
 * {@link org.perfgrade.ingest.header.SkippedRow}s (reading rule 8).
 */
package org.perfgrade.ingest.header;
