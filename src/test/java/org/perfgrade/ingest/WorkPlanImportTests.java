package org.perfgrade.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ingest.county.CountyHint;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 工作计划及动员部署情况: a county's work plan (a PDF, Word or OFD document named 工作计划 or 动员部署) is recorded as
 * received — a submission of its own kind, applied, no rows, on the business date of the import, the original kept,
 * the same bytes a duplicate — while other documents are still refused and the scanned materials ignored.
 */
@DatabaseTest
class WorkPlanImportTests {

    static final LocalDate MAY_28 = LocalDate.of(2021, 5, 28);
    static final String LANKAO = "410225";
    static final String TONGXU = "410222";

    @Autowired
    SubmissionImporter importer;

    @Autowired
    PartitionedInboxImport partitioned;

    @Autowired
    OriginalFiles originals;

    @Autowired
    ReceivedSubmissions received;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    @BeforeEach
    void clear() {
        LedgerTables.clear(jdbc);
    }

    @Test
    void aWorkPlanInACountyFolderIsRecordedAsReceivedOnTheBusinessDate() throws IOException {
        // given 兰考县 sends its work plan as PDF, 通许县 its 动员部署 as Word, with a scanned material beside it, and
        // 杞县 a PDF that is no work plan
        document(inbox.resolve("兰考县").resolve("兰考县重点行业绩效分级工作计划.pdf"), "%PDF-1.4 兰考县工作计划");
        document(inbox.resolve("通许县").resolve("通许县动员部署情况.docx"), "PK 通许县动员部署");
        document(inbox.resolve("通许县").resolve("materials").resolve("91410222MA0000001X").resolve("申报书.pdf"),
                "%PDF-1.4 扫描件");
        document(inbox.resolve("杞县").resolve("杞县情况说明.pdf"), "%PDF-1.4 说明");

        // when the inbox is imported on 5/28
        List<ImportReport> reports = partitioned.importInbox(inbox, MAY_28, null, false);

        // then the two work plans are receipts of their county, kind and status; the other PDF is refused
        assertThat(reports).hasSize(3);
        assertThat(reports).filteredOn(r -> "work-plan".equals(r.kind()))
                .extracting(ImportReport::county, ImportReport::status, ImportReport::rows)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("兰考县", ImportReport.IMPORTED, 0),
                        org.assertj.core.groups.Tuple.tuple("通许县", ImportReport.IMPORTED, 0));
        assertThat(reports).filteredOn(r -> r.file().endsWith("杞县情况说明.pdf")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ImportReport.REJECTED));
        // and registered as applied WORK_PLAN submissions received on 5/28, the originals kept, no rows
        List<Map<String, Object>> rows = jdbc.sql("SELECT county_code, status, received_on, rows_total, sha256, "
                + "file_name FROM submission WHERE kind = 'WORK_PLAN' ORDER BY county_code").query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(r -> r.get("county_code")).containsExactly(TONGXU, LANKAO);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("IMPORTED");
            assertThat(((Number) r.get("rows_total")).intValue()).isZero();
            assertThat(String.valueOf(r.get("received_on"))).isEqualTo("2021-05-28");
            assertThat(originals.archived((String) r.get("sha256"), (String) r.get("file_name"))).exists();
        });
        // and the later stages see them as received on 5/28, not before
        assertThat(received.firstReceived(SubmissionKind.WORK_PLAN, LocalDate.of(2021, 5, 31)))
                .containsOnlyKeys(LANKAO, TONGXU).containsEntry(LANKAO, MAY_28);
        assertThat(received.firstReceived(SubmissionKind.WORK_PLAN, MAY_28.minusDays(1))).isEmpty();
    }

    @Test
    void theSameWorkPlanSentAgainIsADuplicateAndAFileWithoutCountyIsRefused() throws IOException {
        // given 兰考县's work plan recorded on 5/28
        Path plan = document(inbox.resolve("兰考县重点行业绩效分级工作计划.pdf"), "%PDF-1.4 兰考县工作计划");
        assertThat(importer.importFile(plan, CountyHint.folder("兰考县"), MAY_28, false).status())
                .isEqualTo(ImportReport.IMPORTED);
        Path nameless = document(inbox.resolve("工作计划.ofd"), "OFD 无县区");

        // when the same bytes come again on 6/2, and a plan naming no county without a folder
        ImportReport again = importer.importFile(plan, CountyHint.folder("兰考县"), LocalDate.of(2021, 6, 2), false);
        ImportReport unknown = importer.importFile(nameless, null, MAY_28, false);

        // then the first is a duplicate (still received on 5/28), the second refused as from no known county (F11)
        assertThat(again.status()).isEqualTo(ImportReport.DUPLICATE);
        assertThat(again.kind()).isEqualTo("work-plan");
        assertThat(received.firstReceived(SubmissionKind.WORK_PLAN, LocalDate.of(2021, 6, 2)))
                .containsEntry(LANKAO, MAY_28);
        assertThat(unknown.status()).isEqualTo(ImportReport.REJECTED);
        assertThat(unknown.errors()).extracting(ImportReport.Entry::code).containsExactly("F11");
    }

    private static Path document(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
