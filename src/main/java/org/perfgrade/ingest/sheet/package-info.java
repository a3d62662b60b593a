/**
 * 读取工作簿: a county file opened and read as Excel shows it, whatever its format — the checks on the file as a whole
 * (not a spreadsheet, corrupt, encrypted, empty, too large, a zip bomb: F01–F05, F07), .xlsx read as a stream
 * (fastexcel-reader) and .xls through POI, each sheet pulled row by row ({@link org.perfgrade.ingest.sheet.RowStream},
 * {@link org.perfgrade.ingest.sheet.SheetRow}) with its cells as {@link org.perfgrade.ingest.sheet.SourceCell}s
 * (numbers to Excel's 15 digits, Excel dates including the Chinese built-in formats), and the cleaning of cell text
 * before it is compared ({@link org.perfgrade.ingest.sheet.HeaderText}). It knows nothing of columns or rules.
 */
package org.perfgrade.ingest.sheet;
