package org.perfgrade.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.StreamingSheetWriter;
import org.perfgrade.document.PlainXmlText;

/**
 * 清单工作簿: POI's deferred streaming workbook for the bulk lists — the rows are made while the .xlsx is written
 * ({@link org.apache.poi.xssf.streaming.DeferredSXSSFSheet#setRowGenerator}), straight into the zip, so that no
 * temporary sheet file is written, compressed and read back as in plain SXSSF — and the fastest deflate level, as
 * {@link org.perfgrade.document.StreamingWorkbook}: list workbooks spend most of their CPU compressing. Every row
 * must be created inside the row generator, and everything the sheet states before or after its rows (widths,
 * merged regions, print set-up) before {@code write}.
 */
class ListWorkbook extends DeferredSXSSFWorkbook {

    /** A workbook keeping {@code window} rows in memory while it writes. */
    ListWorkbook(int window) {
        super(window);
    }

    /** POI's writer of the rows into the zip, with plain cell text written in one call ({@link PlainXmlText}). */
    @Override
    protected StreamingSheetWriter createSheetDataWriter(OutputStream out) throws IOException {
        return new StreamingSheetWriter(out) {
            @Override
            protected void outputEscapedString(String text) throws IOException {
                PlainXmlText.write(_out, text, super::outputEscapedString);
            }
        };
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /**
     * The sheet set-up both landscape lists share: column widths (characters), the title and date rows merged across,
     * the heading rows frozen and repeated on every printed page, A4 landscape one page wide, "第 x 页，共 y 页".
     */
    static void setUpLandscapeList(SXSSFSheet sheet, int[] widths, int headingRows) {
        int columns = widths.length;
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (widths[i] + 2) * 256);
        }
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
        sheet.createFreezePane(0, headingRows);
        sheet.setRepeatingRows(new CellRangeAddress(0, headingRows - 1, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }
}
