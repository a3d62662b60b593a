package org.perfgrade.document.xlsx;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfgrade.WorkspaceProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * 文档日期: the created and modified dates every workbook perfgrade writes carries, fixed to 00:00 of a business day
 * in the business zone ({@code perfgrade.zone}, Asia/Shanghai by default) instead of the time of writing, so that
 * the same content gives the same bytes; with the title and the author (creator and last modified by) when given.
 * For .xlsx (XSSF and SXSSF) the OOXML core properties, for .xls the summary information (UTF-8 code page).
 */
@Component
public final class WorkbookStamp {

    private final ZoneId zone;

    /** The stamp in the configured business zone. */
    @Autowired
    public WorkbookStamp(WorkspaceProperties workspace) {
        this(workspace.zone());
    }

    public WorkbookStamp(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The stamp in the default business zone ({@value WorkspaceProperties#DEFAULT_ZONE}), outside the application. */
    public static WorkbookStamp inDefaultZone() {
        return new WorkbookStamp(ZoneId.of(WorkspaceProperties.DEFAULT_ZONE));
    }

    public ZoneId zone() {
        return zone;
    }

    /** 00:00 of the day in the business zone. */
    public OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    /** 00:00 of the day in the business zone, as POI stores a document date. */
    public Date at(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }

    /** Created and modified dates only. */
    public void dates(Workbook workbook, LocalDate day) {
        stamp(workbook, day, null, null);
    }

    /**
     * Created and modified = the day at 00:00; the title when not null; the author as creator and last modified by
     * (.xlsx) or author and last author (.xls) when not null.
     */
    public void stamp(Workbook workbook, LocalDate day, String title, String author) {
        Date stamp = at(day);
        if (workbook instanceof HSSFWorkbook legacy) {
            stamp(legacy, stamp, title, author);
            return;
        }
        POIXMLProperties.CoreProperties core = core(workbook);
        core.setCreated(Optional.of(stamp));
        core.setModified(Optional.of(stamp));
        if (title != null) {
            core.setTitle(title);
        }
        if (author != null) {
            core.setCreator(author);
            core.setLastModifiedByUser(author);
        }
    }

    private static POIXMLProperties.CoreProperties core(Workbook workbook) {
        if (workbook instanceof SXSSFWorkbook streaming) {
            return streaming.getXSSFWorkbook().getProperties().getCoreProperties();
        }
        if (workbook instanceof XSSFWorkbook xssf) {
            return xssf.getProperties().getCoreProperties();
        }
        throw new IllegalArgumentException("无法写入文档日期的工作簿类型：" + workbook.getClass().getName());
    }

    private static void stamp(HSSFWorkbook legacy, Date stamp, String title, String author) {
        legacy.createInformationProperties();
        SummaryInformation summary = legacy.getSummaryInformation();
        summary.getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
        DocumentSummaryInformation documentSummary = legacy.getDocumentSummaryInformation();
        documentSummary.getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
        if (author != null) {
            summary.setAuthor(author);
            summary.setLastAuthor(author);
        }
        summary.setCreateDateTime(stamp);
        summary.setLastSaveDateTime(stamp);
        if (title != null) {
            summary.setTitle(title);
        }
    }
}
