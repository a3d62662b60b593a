package org.perfgrade.document;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * 流式工作簿: POI's SXSSF (rows beyond the window go to a temporary file, gzipped) with the fastest deflate level for
 * both the temporary sheet data and the finished .xlsx. Bulk lists spend most of their CPU compressing: the default
 * level 6 costs about three times level 1 for files only slightly smaller (the benchmark's profile of the list
 * workbooks; fastexcel's lead over POI is mostly its lighter compression); plain cell text is written in one call
 * ({@link PlainXmlText}).
 */
public class StreamingWorkbook extends SXSSFWorkbook {

    /** A workbook keeping {@code window} rows in memory ({@link #setCompressTempFiles} as SXSSF's). */
    public StreamingWorkbook(int window) {
        super(window);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        if (!isCompressTempFiles()) {
            return new SheetDataWriter(getSharedStringSource()) {
                @Override
                protected void outputEscapedString(String text) throws IOException {
                    PlainXmlText.write(_out, text, super::outputEscapedString);
                }
            };
        }
        return new GZIPSheetDataWriter(getSharedStringSource()) {
            @Override
            protected void outputEscapedString(String text) throws IOException {
                PlainXmlText.write(_out, text, super::outputEscapedString);
            }

            @Override
            protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
                return new GZIPOutputStream(fos, 1 << 16) {
                    {
                        def.setLevel(Deflater.BEST_SPEED);
                    }
                };
            }
        };
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
