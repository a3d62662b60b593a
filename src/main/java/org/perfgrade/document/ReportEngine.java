package org.perfgrade.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRFont;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRAbstractLRUVirtualizer;
import net.sf.jasperreports.engine.util.JRElementsVisitor;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.util.JRVisitorSupport;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;

import org.springframework.stereotype.Component;

/**
 * 报表引擎: compiles the jrxml templates under {@code classpath:reports/} (the repository's {@code reports/} folder)
 * once per run, fills them and exports PDF, always with the {@link DocumentFonts} context so that the role
 * families (小标宋, 仿宋, 黑体, 楷体, 宋体) resolve. A template may only name role families in {@code fontName}.
 */
@Component
public class ReportEngine {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String CREATOR = "perfgrade";

    private final DocumentFonts fonts;
    private final ConcurrentMap<String, JasperReport> compiled = new ConcurrentHashMap<>();

    public ReportEngine(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** The compiled template {@code reports/<name>.jrxml}, compiled on first use and cached. */
    public JasperReport report(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("报表模板名称须为小写字母、数字和连字符（如 font-check）：" + name);
        }
        return compiled.computeIfAbsent(name, this::compile);
    }

    /**
     * Fills a template. The parameters are copied (JasperReports adds its own to the map); the report locale
     * defaults to zh_CN. A null data source gives a single empty record, for templates that only use parameters.
     */
    public JasperPrint fill(String name, Map<String, ?> params, JRDataSource data) {
        return fill(name, params, data, null);
    }

    /**
     * Fills a template with a virtualizer ({@link JRParameter#REPORT_VIRTUALIZER}), so that finished pages go to
     * disk instead of staying on the heap; a null virtualizer fills in memory. The virtualizer stays the caller's:
     * it must outlive the export of the print and be cleaned up by the caller afterwards.
     */
    public JasperPrint fill(String name, Map<String, ?> params, JRDataSource data, JRVirtualizer virtualizer) {
        return fill(report(name), location(name), params, data, virtualizer);
    }

    /**
     * Fills a report compiled with {@link #compile(String, JasperDesign)} (a template whose design was completed in
     * code, e.g. with columns known only at run time), like {@link #fill(String, Map, JRDataSource)}.
     */
    public JasperPrint fill(JasperReport report, Map<String, ?> params, JRDataSource data) {
        return fill(report, report.getName(), params, data, null);
    }

    /**
     * The design of template {@code reports/<name>.jrxml}, loaded afresh (the caller may change it), for templates
     * that are completed in code before {@link #compile(String, JasperDesign) compiling}.
     */
    public JasperDesign design(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("报表模板名称须为小写字母、数字和连字符（如 font-check）：" + name);
        }
        String location = location(name);
        try (InputStream in = ReportEngine.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new ReportException("找不到报表模板 " + location + "（classpath:" + location + "）。", null);
            }
            return JRXmlLoader.load(fonts.context(), in);
        }
        catch (IOException | JRException ex) {
            throw new ReportException("报表模板 " + location + " 读取失败：" + ex.getMessage(), ex);
        }
    }

    /**
     * Compiles a design completed in code, with the same font check as the templates, cached under {@code key}
     * (which must identify the design's content, e.g. the template name and its column widths).
     */
    public JasperReport compile(String key, JasperDesign design) {
        return compiled.computeIfAbsent("design:" + key, k -> {
            JasperReport report;
            try {
                report = JasperCompileManager.getInstance(fonts.context()).compile(design);
            }
            catch (JRException | RuntimeException ex) {
                throw new ReportException("报表 " + design.getName() + " 编译失败：" + ex.getMessage(), ex);
            }
            checkFontNames(design.getName(), report);
            return report;
        });
    }

    private JasperPrint fill(JasperReport report, String name, Map<String, ?> params, JRDataSource data,
                             JRVirtualizer virtualizer) {
        Map<String, Object> values = new HashMap<>(params == null ? Map.of() : params);
        values.putIfAbsent(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        if (virtualizer != null) {
            values.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        }
        try {
            return JasperFillManager.getInstance(fonts.context())
                    .fill(report, values, data == null ? new JREmptyDataSource(1) : data);
        }
        catch (JRException | RuntimeException ex) {
            throw new ReportException("填充报表 " + name + " 失败：" + ex.getMessage(), ex);
        }
    }

    /**
     * Exports a filled report as PDF with the given document information; the stream is not closed. With a
     * {@link PdfMetadata#documentDate() document date} the same content gives the same bytes (dates and file
     * identifier fixed, see {@link StablePdfOutput}).
     */
    public void exportPdf(JasperPrint print, PdfMetadata metadata, OutputStream out) {
        exportPdf(List.of(print), metadata, out, null);
    }

    /**
     * Exports several filled reports as one PDF, in order, with the given document information; the stream is not
     * closed. A non-null {@code producers} replaces JasperReports' PDF producer factory (the object that turns text
     * into OpenPDF chunks), e.g. to set a character spacing that JasperReports has no attribute for. With a
     * {@link PdfMetadata#documentDate() document date} the same content gives the same bytes ({@link StablePdfOutput}).
     */
    public void exportPdf(List<JasperPrint> prints, PdfMetadata metadata, OutputStream out,
                          PdfProducerFactory producers) {
        StablePdfOutput stable = metadata.documentDate() == null ? null
                : new StablePdfOutput(out, metadata.documentDate());
        JRPdfExporter exporter = new JRPdfExporter(fonts.context()) {
            @Override
            protected PdfProducerFactory getPdfProducerFactory() {
                return producers == null ? super.getPdfProducerFactory() : producers;
            }
        };
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(stable == null ? out : stable));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(metadata.title());
        configuration.setMetadataAuthor(metadata.author());
        configuration.setMetadataSubject(metadata.subject());
        configuration.setMetadataKeywords(metadata.keywords());
        configuration.setMetadataCreator(CREATOR);
        configuration.setDisplayMetadataTitle(true);
        exporter.setConfiguration(configuration);
        SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
        // break lines in the PDF where the fill measured them, so that no line is cut at the end of a box
        report.setForceLineBreakPolicy(true);
        exporter.setConfiguration(report);
        try {
            exporter.exportReport();
            if (stable != null) {
                stable.finish();
            }
        }
        catch (JRException | IOException | RuntimeException ex) {
            throw new ReportException("导出 PDF《" + metadata.title() + "》失败：" + ex.getMessage(), ex);
        }
    }

    /**
     * Exports several filled reports as one DOCX (editable in Word or WPS), in order; the stream is not closed.
     * Text stays in frames where the report placed it; fonts are named by their role family (仿宋, 黑体 …).
     */
    public void exportDocx(List<JasperPrint> prints, PdfMetadata metadata, OutputStream out) {
        JRDocxExporter exporter = new JRDocxExporter(fonts.context());
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleDocxExporterConfiguration configuration = new SimpleDocxExporterConfiguration();
        configuration.setMetadataTitle(metadata.title());
        configuration.setMetadataAuthor(metadata.author());
        configuration.setMetadataSubject(metadata.subject());
        configuration.setMetadataKeywords(metadata.keywords());
        configuration.setMetadataApplication(CREATOR);
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        }
        catch (JRException | RuntimeException ex) {
            throw new ReportException("导出 DOCX《" + metadata.title() + "》失败：" + ex.getMessage(), ex);
        }
    }

    /** Fills a template and exports it as PDF in one go. */
    public void renderPdf(String name, Map<String, ?> params, JRDataSource data, PdfMetadata metadata,
                          OutputStream out) {
        exportPdf(fill(name, params, data), metadata, out);
    }

    /**
     * Fills a template through a virtualizer and exports it as PDF, for documents of thousands of pages: the
     * virtualizer is made read-only once the fill is done (pages are then only read back); the caller owns it and
     * cleans it up after this returns.
     */
    public void renderPdf(String name, Map<String, ?> params, JRDataSource data, PdfMetadata metadata,
                          OutputStream out, JRVirtualizer virtualizer) {
        JasperPrint print = fill(name, params, data, virtualizer);
        if (virtualizer instanceof JRAbstractLRUVirtualizer lru) {
            lru.setReadOnly(true);
        }
        exportPdf(print, metadata, out);
    }

    private JasperReport compile(String name) {
        String location = location(name);
        JasperReport report;
        try (InputStream in = ReportEngine.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new ReportException("找不到报表模板 " + location + "（classpath:" + location
                        + "）。模板放在仓库顶层的 reports/ 目录，构建时打包进 jar；请检查名称或重新构建。", null);
            }
            report = JasperCompileManager.getInstance(fonts.context()).compile(in);
        }
        catch (IOException | JRException ex) {
            throw new ReportException("报表模板 " + location + " 编译失败：" + ex.getMessage(), ex);
        }
        checkFontNames(location, report);
        return report;
    }

    /** Templates name role families only, so that config decides the physical fonts. */
    private static void checkFontNames(String location, JasperReport report) {
        Set<String> roles = new LinkedHashSet<>();
        for (FontRole role : FontRole.values()) {
            roles.add(role.family());
        }
        Set<String> wrong = new LinkedHashSet<>();
        for (JRStyle style : report.getStyles() == null ? new JRStyle[0] : report.getStyles()) {
            addIfWrong(wrong, roles, style.getOwnFontName());
            if (style.getConditionalStyles() != null) {
                for (JRStyle conditional : style.getConditionalStyles()) {
                    addIfWrong(wrong, roles, conditional.getOwnFontName());
                }
            }
        }
        JRElementsVisitor.visitReport(report, new JRVisitorSupport() {
            @Override
            public void visitTextField(JRTextField text) {
                check(text);
            }

            @Override
            public void visitStaticText(JRStaticText text) {
                check(text);
            }

            private void check(JRFont font) {
                String name = font.getFontName();
                addIfWrong(wrong, roles, name == null ? "（未指定）" : name);
            }
        });
        if (!wrong.isEmpty()) {
            throw new ReportException("报表模板 " + location + " 使用了字体 " + String.join("、", wrong)
                    + "；模板的 fontName 只能是公文字体角色 " + String.join("、", roles)
                    + "（由 config/application.yml 的 perfgrade.fonts.roles 决定实际字体）；"
                    + "未指定 fontName 的文本元素使用 JasperReports 的默认字体 SansSerif，同样不允许。", null);
        }
    }

    private static void addIfWrong(Set<String> wrong, Set<String> roles, String fontName) {
        if (fontName != null && !roles.contains(fontName)) {
            wrong.add(fontName);
        }
    }

    private static String location(String name) {
        return "reports/" + name + ".jrxml";
    }
}
