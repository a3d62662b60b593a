package org.perfgrade.ingest.sheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.perfgrade.ingest.IngestLimits;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.problem.ProblemCode;

/**
 * 格式识别: decides from the first bytes — never from the extension — whether a county file is an .xlsx (a zip), an
 * .xls (an OLE2 container) or something else renamed (PDF, web page, text, picture …), and refuses empty and
 * oversized files before anything opens them.
 */
final class FormatCheck {

    private static final int PEEK_BYTES = 512;

    private FormatCheck() {
    }

    /** The container format of the file: OOXML for .xlsx, OLE2 for .xls (or an encrypted .xlsx). */
    static FileMagic check(Path path, String fileName, IngestLimits limits) throws FileRejectedException {
        long size = size(path);
        if (size == 0) {
            throw new FileRejectedException(ProblemCode.F04_EMPTY, "文件“" + fileName
                    + "”是空文件（0 字节），可能未完整上传；请重新报送。");
        }
        if (size > limits.maxFileBytes()) {
            throw new FileRejectedException(ProblemCode.F05_TOO_LARGE, "文件“" + fileName + "”大小为 "
                    + Sizes.describe(size) + "，超过上限 " + Sizes.describe(limits.maxFileBytes())
                    + "；请删除与报送无关的工作表、图片后重新报送，或分批报送。");
        }
        byte[] head;
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), PEEK_BYTES * 2)) {
            in.mark(PEEK_BYTES);
            head = in.readNBytes(PEEK_BYTES);
            in.reset();
            magic = FileMagic.valueOf(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("无法读取文件 " + path, ex);
        }
        if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
            return magic;
        }
        throw new FileRejectedException(ProblemCode.F01_NOT_SPREADSHEET, "文件“" + fileName + "”" + describe(magic, head)
                + "，不是 Excel 表格（.xlsx 或 .xls）。请用 Excel 或 WPS 打开原表，另存为 .xlsx 后重新报送。");
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("无法读取文件 " + path, ex);
        }
    }

    private static String describe(FileMagic magic, byte[] head) {
        return switch (magic) {
            case PDF -> "是 PDF 文件";
            case HTML -> "是网页（HTML）文件，只是改成了表格的扩展名（常见于从业务系统导出的“假 xls”）";
            case XML -> "是 XML 文件（可能是“XML 电子表格 2003”格式）";
            case BIFF2, BIFF3, BIFF4 -> "是 Excel 2.x–4.0 的旧格式";
            case RTF, WORD2, MSWRITE -> "是文字处理文档";
            case JPEG, GIF, PNG, TIFF, WMF, EMF, BMP -> "是图片";
            default -> looksLikeText(head) ? "是文本文件（如 CSV 或 TXT）" : "格式无法识别";
        };
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return head.length > 0;
    }
}
