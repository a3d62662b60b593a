package org.perfgrade.filing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.ManifestEntry;
import org.perfgrade.ledger.LedgerImport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business zone comes from {@code perfgrade.zone}: set to UTC, the package's checksums and its list workbook are
 * dated 00:00 UTC of the business date instead of 00:00 Beijing time ({@link FilingPackageTests} shows the default).
 */
@DatabaseTest
@TestPropertySource(properties = "perfgrade.zone=UTC")
class FilingZoneTests {

    @Autowired
    FilingRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @TempDir
    Path materials;

    @BeforeEach
    void load() throws IOException {
        FilingFixtures data = new FilingFixtures(jdbc, ledger);
        data.load();
        data.materials(materials);
    }

    @Test
    void aConfiguredZoneMovesTheManifestAndWorkbookDates() throws Exception {
        // given perfgrade.zone=UTC
        // when
        FilingOutcome outcome = runner.run(new FilingRequest(FilingFixtures.AS_OF, 2, false), materials);
        // then
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(FilingOutcome.COMPLETED);
        FilingZipContent zip = FilingZipContent.read(outcome.packagePath());
        List<ManifestEntry> manifest = JsonMapper.builder().build().readValue(zip.get("文件校验值.json"),
                new TypeReference<List<ManifestEntry>>() { });
        assertThat(manifest).isNotEmpty()
                .allSatisfy(e -> assertThat(e.createdAt()).isEqualTo("2021-09-01T00:00:00Z"));
        String list = zip.named("02-第二批（金属类行业）A、B级（含B-级）及绩效引领性企业名单.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(zip.get(list)))) {
            Date utcMidnight = Date.from(FilingFixtures.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(workbook.getProperties().getCoreProperties().getCreated()).isEqualTo(utcMidnight);
            assertThat(workbook.getProperties().getCoreProperties().getModified()).isEqualTo(utcMidnight);
        }
    }
}
