package org.perfgrade.document.xlsx.poi;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
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
 * ({@link PlainXmlText}) to an unsynchronised UTF-8 writer ({@link Utf8Writer}).
 */
public class StreamingWorkbook extends SXSSFWorkbook {

    /** The Apache POI version whose internals this package was checked against (see {@code package-info}). */
    public static final String CHECKED_POI_VERSION = "5.5.1";

    /** A workbook keeping {@code window} rows in memory ({@link #setCompressTempFiles} as SXSSF's). */
    public StreamingWorkbook(int window) {
        super(window);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        if (!isCompressTempFiles()) {
            return new SheetDataWriter(getSharedStringSource()) {
                @Override
                public Writer createWriter(File fd) throws IOException {
                    return utf8(fd, this::decorateOutputStream);
                }

                @Override
                protected void outputEscapedString(String text) throws IOException {
                    PlainXmlText.write(_out, text, super::outputEscapedString);
                }
            };
        }
        return new GZIPSheetDataWriter(getSharedStringSource()) {
            @Override
            public Writer createWriter(File fd) throws IOException {
                return utf8(fd, this::decorateOutputStream);
            }

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

    /** As POI's {@code createWriter}, with {@link Utf8Writer} in place of a buffered {@code OutputStreamWriter}. */
    private static Writer utf8(File fd, Decoration decoration) throws IOException {
        FileOutputStream file = new FileOutputStream(fd);
        try {
            return new Utf8Writer(decoration.decorate(file));
        }
        catch (IOException | RuntimeException ex) {
            file.close();
            throw ex;
        }
    }

    /** The writer's {@code decorateOutputStream}. */
    @FunctionalInterface
    private interface Decoration {
        OutputStream decorate(FileOutputStream file) throws IOException;
    }
}
