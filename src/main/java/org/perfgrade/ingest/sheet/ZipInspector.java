package org.perfgrade.ingest.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.perfgrade.ingest.IngestLimits;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemCode;

/**
 * 压缩包检查: an .xlsx is a zip; before the streaming reader touches it, this checks that it is a whole zip holding an
 * Excel workbook (not a Word file, a plain zip or an .xlsb), and that no part expands far beyond its size — first
 * by the sizes the zip declares, then by really expanding every part once with a counter, because a hostile zip can
 * declare false sizes (the check of POI's ZipSecureFile, done before fastexcel opens the file).
 */
final class ZipInspector {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final int MAX_CONTENT_TYPES_BYTES = 1 << 20;

    private final IngestLimits limits;
    private final String fileName;

    ZipInspector(IngestLimits limits, String fileName) {
        this.limits = limits;
        this.fileName = fileName;
    }

    void inspect(Path path) throws FileRejectedException {
        try (ZipFile zip = ZipFile.builder().setPath(path).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            checkIsWorkbook(zip);
            checkDeclaredSizes(entries);
            checkActualSizes(zip, entries);
        }
        catch (IOException | RuntimeException ex) {
            throw new FileRejectedException(Problem.ofFile(ProblemCode.F02_CORRUPT, "文件“" + fileName
                    + "”已损坏或不完整（可能未完整上传或下载），无法读取；请重新保存后报送。（" + ex.getMessage() + "）"), ex);
        }
    }

    private void checkIsWorkbook(ZipFile zip) throws IOException, FileRejectedException {
        ZipArchiveEntry entry = zip.getEntry(CONTENT_TYPES);
        if (entry == null) {
            throw notWorkbook("是 ZIP 压缩包，不是 Excel 文件");
        }
        String types;
        try (InputStream in = zip.getInputStream(entry)) {
            types = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
        }
        if (types.contains("spreadsheetml.sheet.main+xml") || types.contains("ms-excel.sheet.macroEnabled.main+xml")) {
            return;
        }
        if (types.contains("wordprocessingml")) {
            throw notWorkbook("是 Word 文档（.docx），不是 Excel 文件");
        }
        if (types.contains("presentationml")) {
            throw notWorkbook("是 PowerPoint 演示文稿，不是 Excel 文件");
        }
        if (types.contains("sheet.binary")) {
            throw notWorkbook("是 Excel 二进制工作簿（.xlsb），本系统不读取该格式");
        }
        if (types.contains("spreadsheetml.template")) {
            throw notWorkbook("是 Excel 模板文件（.xltx），不是工作簿");
        }
        throw notWorkbook("不是 Excel 工作簿");
    }

    private FileRejectedException notWorkbook(String what) {
        return new FileRejectedException(ProblemCode.F01_NOT_SPREADSHEET, "文件“" + fileName + "”" + what
                + "。请用 Excel 或 WPS 打开原表，另存为 .xlsx 后重新报送。");
    }

    private void checkDeclaredSizes(List<ZipArchiveEntry> entries) throws FileRejectedException {
        long total = 0;
        for (ZipArchiveEntry entry : entries) {
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size > 0) {
                total += size;
                checkEntry(entry.getName(), size, compressed);
                checkTotal(total);
            }
        }
    }

    private void checkActualSizes(ZipFile zip, List<ZipArchiveEntry> entries) throws IOException,
            FileRejectedException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (ZipArchiveEntry entry : entries) {
            if (entry.isDirectory()) {
                continue;
            }
            long compressed = Math.max(entry.getCompressedSize(), 0);
            long size = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    total += n;
                    checkEntry(entry.getName(), size, compressed);
                    checkTotal(total);
                }
            }
        }
    }

    private void checkEntry(String name, long size, long compressed) throws FileRejectedException {
        if (size > IngestLimits.INFLATE_GRACE_BYTES && size > compressed * limits.maxInflateRatio()) {
            throw expands("其中的部件 " + name + " 解压后超过压缩大小的 " + ratio() + " 倍");
        }
    }

    private void checkTotal(long total) throws FileRejectedException {
        if (total > limits.maxUncompressedBytes()) {
            throw expands("解压后总大小超过 " + Sizes.describe(limits.maxUncompressedBytes()));
        }
    }

    private String ratio() {
        double ratio = limits.maxInflateRatio();
        return ratio == Math.rint(ratio) ? String.valueOf((long) ratio) : String.valueOf(ratio);
    }

    private FileRejectedException expands(String detail) {
        return new FileRejectedException(ProblemCode.F07_EXPANDS_TOO_FAR, "文件“" + fileName + "”" + detail
                + "，疑似压缩炸弹，已拒收。正常填报的表格不会如此；请重新用 Excel 或 WPS 保存后报送。");
    }
}
