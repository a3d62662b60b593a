package org.perfgrade.report;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.perfgrade.document.DocumentFonts;
import org.perfgrade.document.FontProperties;
import org.perfgrade.document.FontRole;
import org.perfgrade.document.PdfRoleFonts;

/**
 * 附件2 PDF at scale, run by hand (not a test: the build has no way to leave a tagged test out of its run): renders
 * {@code N} generated lines (default 100,000) and prints the seconds, the peak heap and the pages. Run with a small
 * heap to show that the rendering does not keep the pages in memory:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -Djava.awt.headless=true -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.perfgrade.report.ImprovementListPdfScale 100000 target/big.pdf
 * </pre>
 * Measured on 2026-11-28 with the earlier JasperReports template (2 cores, Java 17, -Xmx512m): 100,000 lines,
 * 25,000 pages, 89 MB, fill and export 85 s, peak heap (sum of the heap pools' peaks) 293 MiB, process RSS 424 MiB.
 */
public final class ImprovementListPdfScale {

    private static final Map<FontRole, String> FREE_FONTS = Map.of(
            FontRole.TITLE, "FandolSong", FontRole.BODY, "FandolFang", FontRole.HEADING, "FandolHei",
            FontRole.SUBHEADING, "AR PL KaitiM GB", FontRole.TABLE, "AR PL SungtiL GB");

    private ImprovementListPdfScale() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : ImprovementListStreamingTests.LINES;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("improvement-list-", ".pdf");
        PdfRoleFonts fonts = new PdfRoleFonts(new DocumentFonts(FontProperties.of(FREE_FONTS)));
        List<ImprovementListRow> rows = ImprovementListStreamingTests.bigList(lines);
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            ImprovementListReport.write(fonts, LocalDate.of(2021, 8, 16), null, rows.iterator(),
                    "开封市环境污染防治攻坚战领导小组办公室", out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        int pages;
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            pages = pdf.getNumberOfPages();
        }
        System.out.printf("%d lines: %.1f s, %d pages, %,d bytes, peak heap %d MiB (max %d MiB), %s%n", lines,
                seconds, pages, Files.size(file), peak >> 20, Runtime.getRuntime().maxMemory() >> 20, file);
    }
}
