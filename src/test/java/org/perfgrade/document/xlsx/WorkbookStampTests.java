package org.perfgrade.document.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfgrade.WorkspaceProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * The one workbook date stamp: the same bytes as the copies it replaced (core properties of .xlsx, summary
 * information of .xls), 00:00 of the business day in the zone taken from {@code perfgrade.zone}.
 */
class WorkbookStampTests {

    private static final LocalDate DAY = LocalDate.of(2021, 8, 16);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String AUTHOR = "开封市环境污染防治攻坚战领导小组办公室";

    @Test
    void aStreamingWorkbookGetsTheCorePropertiesTheReportListsWroteBefore() throws IOException {
        // given the stamp of report/SheetText as it was, and the shared one
        byte[] before = coreXml(streaming(), w -> {
            Date stamp = Date.from(DAY.atStartOfDay(SHANGHAI).toInstant());
            POIXMLProperties.CoreProperties core = ((SXSSFWorkbook) w).getXSSFWorkbook().getProperties()
                    .getCoreProperties();
            core.setCreated(Optional.of(stamp));
            core.setModified(Optional.of(stamp));
            core.setTitle("重点行业绩效分级提升企业清单");
            core.setCreator(AUTHOR);
            core.setLastModifiedByUser(AUTHOR);
        });
        // when
        byte[] after = coreXml(streaming(), w -> new WorkbookStamp(SHANGHAI).stamp(w, DAY,
                "重点行业绩效分级提升企业清单", AUTHOR));
        // then
        assertThat(after).isEqualTo(before);
        assertThat(new String(after, StandardCharsets.UTF_8))
                .contains("2021-08-15T16:00:00Z").contains(AUTHOR);
    }

    @Test
    void aWorkbookWithoutTitleOrAuthorGetsOnlyItsDatesAsTheCountyDatabasePullWroteThem() throws IOException {
        // given the stamp of ingest/CountyDatabasePull as it was (dates and creator, no last-modified-by)
        byte[] before = coreXml(streaming(), w -> {
            Date stamp = Date.from(LocalDate.of(2000, 1, 1).atStartOfDay(SHANGHAI).toInstant());
            var core = ((SXSSFWorkbook) w).getXSSFWorkbook().getProperties().getCoreProperties();
            core.setCreated(Optional.of(stamp));
            core.setModified(Optional.of(stamp));
            core.setCreator("perfgrade");
        });
        // when
        byte[] after = coreXml(streaming(), w -> {
            new WorkbookStamp(SHANGHAI).dates(w, LocalDate.of(2000, 1, 1));
            ((SXSSFWorkbook) w).getXSSFWorkbook().getProperties().getCoreProperties().setCreator("perfgrade");
        });
        // then
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anXssfWorkbookGetsTheCorePropertiesTheFilingListWroteBefore() throws IOException {
        // given the stamp of filing/FilingList as it was
        byte[] before = coreXml(new XSSFWorkbook(), w -> {
            Date stamp = Date.from(DAY.atStartOfDay(SHANGHAI).toInstant());
            POIXMLProperties.CoreProperties core = ((XSSFWorkbook) w).getProperties().getCoreProperties();
            core.setCreated(Optional.of(stamp));
            core.setModified(Optional.of(stamp));
            core.setTitle("开封市第1批A、B级（含B-级）及绩效引领性企业名单");
            core.setCreator(AUTHOR);
            core.setLastModifiedByUser(AUTHOR);
        });
        // when
        byte[] after = coreXml(new XSSFWorkbook(), w -> new WorkbookStamp(SHANGHAI).stamp(w, DAY,
                "开封市第1批A、B级（含B-级）及绩效引领性企业名单", AUTHOR));
        // then
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anXlsWorkbookGetsTheSameBytesAsTheSampleFilesGotBefore() throws IOException {
        // given the stamp of sample/WorkbookSupport as it was for .xls
        byte[] before = write(xls(), w -> {
            Date stamp = Date.from(DAY.atStartOfDay(SHANGHAI).toInstant());
            HSSFWorkbook legacy = (HSSFWorkbook) w;
            legacy.createInformationProperties();
            SummaryInformation summary = legacy.getSummaryInformation();
            summary.getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
            DocumentSummaryInformation documentSummary = legacy.getDocumentSummaryInformation();
            documentSummary.getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
            summary.setAuthor("兰考县生态环境分局");
            summary.setLastAuthor("兰考县生态环境分局");
            summary.setCreateDateTime(stamp);
            summary.setLastSaveDateTime(stamp);
        });
        // when
        byte[] after = write(xls(), w -> new WorkbookStamp(SHANGHAI).stamp(w, DAY, null, "兰考县生态环境分局"));
        // then
        assertThat(after).isEqualTo(before);
        try (HSSFWorkbook read = new HSSFWorkbook(new ByteArrayInputStream(after))) {
            assertThat(read.getSummaryInformation().getCreateDateTime())
                    .isEqualTo(Date.from(DAY.atStartOfDay(SHANGHAI).toInstant()));
        }
    }

    @Test
    void anotherZoneMovesTheStamp() {
        // given
        WorkbookStamp utc = new WorkbookStamp(ZoneOffset.UTC);
        WorkbookStamp shanghai = new WorkbookStamp(SHANGHAI);
        // when
        Date inUtc = utc.at(DAY);
        Date inShanghai = shanghai.at(DAY);
        // then
        assertThat(Duration.between(inShanghai.toInstant(), inUtc.toInstant())).isEqualTo(Duration.ofHours(8));
        assertThat(utc.startOf(DAY)).isEqualTo(OffsetDateTime.of(2021, 8, 16, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(shanghai.startOf(DAY).toString()).isEqualTo("2021-08-16T00:00+08:00");
    }

    @Test
    void theZoneIsReadFromConfigurationAndIsBeijingTimeByDefault() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(StampOnly.class);
        // given perfgrade.zone set to another zone
        runner.withPropertyValues("perfgrade.zone=Europe/Berlin").run(context -> {
            // when the stamp is taken from the context
            WorkbookStamp stamp = context.getBean(WorkbookStamp.class);
            // then it dates in that zone, and a workbook's created date moves with it
            assertThat(stamp.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
                stamp.dates(workbook, DAY);
                assertThat(workbook.getXSSFWorkbook().getProperties().getCoreProperties().getCreated())
                        .isEqualTo(Date.from(DAY.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant()));
            }
        });
        // given no perfgrade.zone
        runner.run(context -> assertThat(context.getBean(WorkbookStamp.class).zone()).isEqualTo(SHANGHAI));
    }

    @Test
    void aWorkbookPerfgradeCannotDateIsRefused() {
        // given a stamp
        WorkbookStamp stamp = new WorkbookStamp(SHANGHAI);
        // when a workbook of an unknown kind is dated, then it is refused
        assertThatThrownBy(() -> stamp.dates(mock(Workbook.class), DAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WorkspaceProperties.class)
    @Import(WorkbookStamp.class)
    static class StampOnly {
    }

    @FunctionalInterface
    private interface Stamping {
        void apply(Workbook workbook) throws IOException;
    }

    private static SXSSFWorkbook streaming() {
        SXSSFWorkbook workbook = new SXSSFWorkbook(10);
        workbook.createSheet("清单").createRow(0).createCell(0).setCellValue("标题");
        return workbook;
    }

    private static HSSFWorkbook xls() {
        HSSFWorkbook workbook = new HSSFWorkbook();
        workbook.createSheet("台账").createRow(0).createCell(0).setCellValue("标题");
        return workbook;
    }

    private static byte[] write(Workbook workbook, Stamping stamping) throws IOException {
        try (workbook) {
            stamping.apply(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The docProps/core.xml part of the written workbook (the rest of the zip carries the time of writing). */
    private static byte[] coreXml(Workbook workbook, Stamping stamping) throws IOException {
        Path xlsx = Files.createTempFile("perfgrade-stamp-", ".xlsx");
        try {
            Files.write(xlsx, write(workbook, stamping));
            try (ZipFile zip = new ZipFile(xlsx.toFile())) {
                ZipEntry core = zip.getEntry("docProps/core.xml");
                assertThat(core).as("docProps/core.xml").isNotNull();
                try (InputStream in = zip.getInputStream(core)) {
                    return in.readAllBytes();
                }
            }
        }
        finally {
            Files.deleteIfExists(xlsx);
        }
    }
}
