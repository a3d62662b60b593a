package org.perfgrade.document;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Templates from classpath:reports/, compiled once per run, naming role fonts only. */
class ReportEngineTests {

    private static ReportEngine engine;

    @BeforeAll
    static void engine() {
        engine = new ReportEngine(new DocumentFonts(FontProperties.of(DocumentFontsTests.FREE_FONTS)));
    }

    @Test
    void templateIsCompiledOnceAndCached() {
        // given
        JasperReport first = engine.report("font-check");
        // when
        JasperReport second = engine.report("font-check");
        // then
        assertThat(second).isSameAs(first);
        assertThat(first.getName()).isEqualTo("font-check");
    }

    @Test
    void missingTemplateGivesAClearMessage() {
        // when / then
        assertThatThrownBy(() -> engine.report("no-such-report"))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("找不到报表模板 reports/no-such-report.jrxml")
                .hasMessageContaining("reports/ 目录");
    }

    @Test
    void templateNameMayNotLeaveTheReportsFolder() {
        // when / then
        assertThatThrownBy(() -> engine.report("../config/application"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("报表模板名称");
    }

    @Test
    void templateNamingAPhysicalFontIsRejected() {
        // when / then
        assertThatThrownBy(() -> engine.report("test-physical-font"))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("reports/test-physical-font.jrxml 使用了字体 FandolFang、")
                .hasMessageContaining("只能是公文字体角色 小标宋、仿宋、黑体、楷体、宋体");
    }

    @Test
    void fillAndExportWritePdfWithTheGivenMetadata() {
        // given
        JasperPrint print = engine.fill("font-check", Map.of(), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // when
        engine.exportPdf(print, new PdfMetadata("标题", "作者", "主题"), out);
        // then
        assertThat(print.getPages()).hasSize(1);
        assertThat(out.toByteArray()).startsWith("%PDF-".getBytes());
    }
}
