package org.perfgrade.document.xlsx.poi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.Version;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The POI fast path depends on POI internals: an upgrade of POI must fail here until someone has re-checked
 * {@link StreamingWorkbook}, {@link PlainXmlText} and {@link Utf8Writer} against the new version and named it.
 */
class PoiVersionTests {

    @Test
    void thePoiOnTheClasspathIsTheVersionTheFastPathWasCheckedAgainst() {
        // given the version the package names
        String checked = StreamingWorkbook.CHECKED_POI_VERSION;

        // when POI reports its own version, and the poi-ooxml jar (SXSSF) its manifest version
        String poi = Version.getVersion();
        String ooxml = SXSSFWorkbook.class.getPackage().getImplementationVersion();

        // then both are the one checked
        assertThat(poi).as("org.apache.poi.Version (re-check document.xlsx.poi, then change CHECKED_POI_VERSION)")
                .isEqualTo(checked);
        assertThat(ooxml).as("poi-ooxml manifest Implementation-Version").isEqualTo(checked);
    }

    @Test
    void thePackageDocumentationNamesTheCheckedVersion() throws IOException {
        // given the package documentation
        Path info = Path.of("src/main/java/org/perfgrade/document/xlsx/poi/package-info.java");

        // when it is read
        String text = Files.readString(info, StandardCharsets.UTF_8);

        // then it names the same version as the constant
        assertThat(text).contains("Apache POI " + StreamingWorkbook.CHECKED_POI_VERSION);
    }
}
