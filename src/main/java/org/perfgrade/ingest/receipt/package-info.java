/**
 * 回执: the receipt workbook a county gets back for every file — a summary, the problems of the file and of each row
 * at their cells, the corrections, the rows skipped, and the rows as read (kept in a compact file while the rows are
 * loaded, so a restarted import writes the same receipt) — and the job step that writes it.
 */
package org.perfgrade.ingest.receipt;
