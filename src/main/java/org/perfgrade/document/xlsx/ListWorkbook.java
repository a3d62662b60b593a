package org.perfgrade.document.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.perfgrade.document.xlsx.poi.StreamingWorkbook;

/**
 * 清单工作簿: the streaming workbook of the bulk lists ({@link StreamingWorkbook}: a window of rows in memory, the
 * rest written to an uncompressed temporary sheet file through {@link org.perfgrade.document.xlsx.poi.Utf8Writer},
 * fastest deflate level for the .xlsx). POI's deferred workbook, which wrote the rows straight into the zip, was used
 * before; it cannot take another writer than {@code BufferedWriter} + {@code OutputStreamWriter}, whose per-call
 * cost was a third of the emergency list's CPU — more than writing and reading the temporary file back.
 */
public class ListWorkbook extends StreamingWorkbook {

    /** A workbook keeping {@code window} rows in memory while it writes. */
    public ListWorkbook(int window) {
        super(window);
    }

    /**
     * The sheet set-up both landscape lists share: column widths (characters), the title and date rows merged across,
     * the heading rows frozen and repeated on every printed page, A4 landscape one page wide, "第 x 页，共 y 页".
     */
    public static void setUpLandscapeList(SXSSFSheet sheet, int[] widths, int headingRows) {
        int columns = widths.length;
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (widths[i] + 2) * 256);
        }
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
        PrintedSheet.fitA4Width(sheet, headingRows, true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }
}
