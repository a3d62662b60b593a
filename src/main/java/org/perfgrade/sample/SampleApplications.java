package org.perfgrade.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.repo.RepositoryUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.perfgrade.document.StablePdf;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.WorkbookSupport.Column;
import org.perfgrade.sample.WorkbookSupport.Styles;

/**
 * 申报及评审结果样例: per county a workbook of the applications of its A、B级（含B-级）and 引领性 ledger lines — the
 * county's and the city's results, the signing experts and the date of their opinion — and, for the first two of
 * those enterprises, the scanned materials a county sends with them ({@code <县区>/materials/<统一社会信用代码>/}
 * 申报书.pdf, 专家意见.pdf on the 申报材料 and 现场核查专家意见.pdf: small one-page PDFs in Chinese), so that the demo's
 * filing package has a list and scans. The first county's last application has no expert opinion yet, and the
 * enterprises after the first two of each county no scans (gaps the package reports). Deterministic like the rest.
 */
public final class SampleApplications {

    static final List<Column> COLUMNS = List.of(new Column("序号", 6), new Column("统一社会信用代码", 22),
            new Column("企业名称", 34), new Column("县、区", 14), new Column("重点行业类型", 18),
            new Column("重点行业分支", 16), new Column("申报级别", 10), new Column("县级审核结果", 12),
            new Column("评审专家", 22), new Column("专家意见日期", 16), new Column("市级会审结果", 12));
    private static final String[] EXPERTS = { "王建国、李明", "张卫东、刘洁", "陈志强、赵敏", "孙立新、周文" };
    private static final int SCANNED_PER_COUNTY = 2;
    private static final String SCAN_FONT = "AR PL SungtiL GB";

    private SampleApplications() {
    }

    /**
     * Writes each county's applications workbook and scans into {@code inboxDir/<县区名>/}; the workbooks' paths.
     * The workbooks are dated in the default business zone.
     */
    public static List<Path> write(ReferenceData reference, SampleDataset dataset, Path inboxDir, LocalDate asOf)
            throws IOException {
        return write(reference, dataset, inboxDir, asOf, WorkbookStamp.inDefaultZone());
    }

    /** As {@link #write(ReferenceData, SampleDataset, Path, LocalDate)}, the workbooks dated by {@code stamp}. */
    public static List<Path> write(ReferenceData reference, SampleDataset dataset, Path inboxDir, LocalDate asOf,
                                   WorkbookStamp stamp) throws IOException {
        List<Path> written = new ArrayList<>();
        boolean first = true;
        for (County county : reference.counties()) {
            List<SampleLedgerLine> lines = dataset.ledgerLines(county.code()).stream()
                    .filter(l -> reference.grade(l.grade()).map(Grade::abClass).orElse(false))
                    .filter(l -> dataset.enterprise(l.creditCode()).isPresent())
                    .toList();
            if (lines.isEmpty()) {
                continue;
            }
            Path folder = inboxDir.resolve(county.name());
            Files.createDirectories(folder);
            Path file = folder.resolve(county.name() + "重点行业绩效分级申报及评审结果.xlsx");
            workbook(county, dataset, lines, file, asOf, first, stamp);
            written.add(file);
            List<String> scanned = lines.stream().map(SampleLedgerLine::creditCode).distinct()
                    .limit(SCANNED_PER_COUNTY).toList();
            for (String code : scanned) {
                Path materials = folder.resolve("materials").resolve(code);
                Files.createDirectories(materials);
                String name = dataset.enterprise(code).orElseThrow().name();
                scan(materials.resolve("申报书.pdf"), List.of("重点行业绩效分级申报书（扫描件）", name,
                        "统一社会信用代码：" + code), asOf);
                scan(materials.resolve("专家意见.pdf"), List.of("申报材料专家审核意见（经专家签字，扫描件）", name,
                        "统一社会信用代码：" + code), asOf);
                scan(materials.resolve("现场核查专家意见.pdf"), List.of("现场核查专家意见（经专家签字，扫描件）", name,
                        "统一社会信用代码：" + code), asOf);
            }
            first = false;
        }
        return written;
    }

    private static void workbook(County county, SampleDataset dataset, List<SampleLedgerLine> lines, Path file,
                                 LocalDate asOf, boolean withGap, WorkbookStamp stamp) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("申报及评审结果");
            WorkbookSupport.writeHeading(sheet, styles, county.name() + "重点行业绩效分级申报及评审结果",
                    "日期：" + WorkbookSupport.chineseDate(asOf), COLUMNS);
            for (int i = 0; i < lines.size(); i++) {
                SampleLedgerLine line = lines.get(i);
                boolean pending = withGap && i == lines.size() - 1;
                Row row = sheet.createRow(WorkbookSupport.HEADING_ROWS + i);
                WorkbookSupport.number(row, 0, i + 1, styles.integer);
                WorkbookSupport.text(row, 1, line.creditCode(), styles.centred);
                WorkbookSupport.text(row, 2, dataset.enterprise(line.creditCode()).orElseThrow().name(), styles.wrap);
                WorkbookSupport.text(row, 3, county.name(), styles.centred);
                WorkbookSupport.text(row, 4, line.industry(), styles.centred);
                WorkbookSupport.text(row, 5, line.branch(), styles.centred);
                WorkbookSupport.text(row, 6, line.grade(), styles.centred);
                WorkbookSupport.text(row, 7, pending ? null : line.grade(), styles.centred);
                WorkbookSupport.text(row, 8, pending ? null : EXPERTS[i % EXPERTS.length], styles.centred);
                WorkbookSupport.text(row, 9, pending ? null : WorkbookSupport.chineseDate(asOf.minusDays(10 + i % 7)),
                        styles.centred);
                WorkbookSupport.text(row, 10, pending ? null : line.grade(), styles.centred);
            }
            WorkbookSupport.save(workbook, file, stamp, asOf, county.name() + "生态环境分局");
        }
    }

    /**
     * A one-page stand-in for a scanned PDF: the lines in 宋体 (the font extension's AR PL SungtiL GB, embedded) and
     * the business date written 2021年9月1日; byte-stable for the same content.
     */
    public static void scan(Path file, List<String> lines, LocalDate asOf) throws IOException {
        Files.createDirectories(file.getParent());
        Font font = new Font(sampleFont(), 14);
        try (OutputStream out = Files.newOutputStream(file)) {
            StablePdf.write(asOf, out, stable -> {
                Document document = new Document();
                PdfWriter.getInstance(document, stable);
                document.addTitle(lines.get(0));
                document.open();
                for (String line : lines) {
                    document.add(new Paragraph(line, font));
                }
                document.add(new Paragraph("日期：" + WorkbookSupport.chineseDate(asOf), font));
                document.close();
            });
        }
    }

    private static BaseFont font;

    /** 宋体 from the jar's font extension, loaded once. */
    private static synchronized BaseFont sampleFont() throws IOException {
        if (font == null) {
            FontFamily family = DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class).stream()
                    .filter(f -> SCAN_FONT.equals(f.getName())).findFirst()
                    .orElseThrow(() -> new IOException("找不到样例扫描件所用字体 " + SCAN_FONT));
            try {
                byte[] bytes = RepositoryUtil.getInstance(DefaultJasperReportsContext.getInstance())
                        .getBytesFromLocation(family.getNormalFace().getTtf());
                font = BaseFont.createFont("scan.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            }
            catch (Exception ex) {
                throw new IOException("无法加载样例扫描件所用字体 " + SCAN_FONT + "：" + ex.getMessage(), ex);
            }
        }
        return font;
    }
}
