package org.perfgrade.report;

import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;

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

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
