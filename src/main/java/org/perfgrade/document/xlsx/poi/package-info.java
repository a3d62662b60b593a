/**
 * POI 快速写出: the fast path of the streaming workbooks, built on POI internals rather than its public API.
 * {@link org.perfgrade.document.xlsx.poi.StreamingWorkbook} overrides SXSSF's protected {@code createSheetDataWriter}
 * and {@code createArchiveOutputStream}, subclasses {@code SheetDataWriter} and {@code GZIPSheetDataWriter}, reaches
 * their {@code _out} field and {@code decorateOutputStream}, and relies on {@code outputEscapedString} escaping
 * character by character ({@link org.perfgrade.document.xlsx.poi.PlainXmlText} writes byte for byte what it would);
 * {@link org.perfgrade.document.xlsx.poi.Utf8Writer} replaces the writer POI's {@code createWriter} makes.
 *
 * <p>Checked against Apache POI 5.5.1 ({@link org.perfgrade.document.xlsx.poi.StreamingWorkbook#CHECKED_POI_VERSION}).
 * A POI upgrade must re-check these overrides against the new POI sources (and the byte-for-byte tests of this
 * package) and then change that version: {@code PoiVersionTests} fails until it does.
 */
package org.perfgrade.document.xlsx.poi;
