package org.perfgrade.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.reference.County;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 文档归档: atomic writes, SHA-256 in manifest.json and in archived_document. The test context (and so the output
 * folder and database) is shared with other document tests, so each test uses its own manifest kind.
 */
@DatabaseTest
class DocumentArchiveTests {

    private static final LocalDate AS_OF = LocalDate.of(2021, 5, 25);
    private static final County LANKAO = new County("410225", "兰考县", 5, true, List.of());

    @Autowired
    private DocumentArchive archive;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void storeWritesTheFileAndLeavesNoTemporaryFile() throws IOException {
        // given
        byte[] content = "开封市重点行业绩效分级".getBytes(StandardCharsets.UTF_8);
        // when
        ArchivedDocument document = archive.store(DocumentRequest.cityWide("archive-write", AS_OF,
                "archive/write.txt"), out -> out.write(content));
        // then
        Path file = archive.outDir().resolve("archive/write.txt");
        assertThat(file).hasBinaryContent(content);
        assertThat(document.size()).isEqualTo(content.length);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void sha256IsTheHashOfTheFileAsWritten() throws Exception {
        // given: more than one buffer, written in pieces
        byte[] content = "汴环攻坚办〔2021〕91号\n".repeat(5_000).getBytes(StandardCharsets.UTF_8);
        // when
        ArchivedDocument document = archive.store(DocumentRequest.cityWide("archive-hash", AS_OF, "archive/hash.txt"),
                out -> {
                    out.write(content, 0, 1000);
                    out.write(content[1000]);
                    out.write(content, 1001, content.length - 1001);
                    out.close(); // libraries close the stream they are given
                });
        // then
        Path file = archive.outDir().resolve("archive/hash.txt");
        assertThat(document.sha256()).isEqualTo(sha256(Files.readAllBytes(file))).isEqualTo(sha256(content));
        assertThat(document.size()).isEqualTo(Files.size(file)).isEqualTo(content.length);
    }

    @Test
    void manifestEntryHasKindPathShaDateAndTimeButNoCountyForACityWideDocument() throws Exception {
        // when
        ArchivedDocument document = archive.store(DocumentRequest.cityWide("archive-manifest", AS_OF,
                "archive/manifest.txt"), out -> out.write('x'));
        // then
        JsonNode entry = manifestEntry("archive-manifest");
        assertThat(entry.propertyNames()).containsExactlyInAnyOrder("kind", "path", "sha256", "asOf", "createdAt");
        assertThat(entry.get("path").asString()).isEqualTo("archive/manifest.txt");
        assertThat(entry.get("sha256").asString()).isEqualTo(document.sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(entry.get("asOf").asString()).isEqualTo("2021-05-25");
        OffsetDateTime createdAt = OffsetDateTime.parse(entry.get("createdAt").asString());
        assertThat(createdAt.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(createdAt).isEqualTo(document.createdAt());
        assertThat(archive.manifestEntries()).contains(new ManifestEntry("archive-manifest", "archive/manifest.txt",
                document.sha256(), "2021-05-25", null, entry.get("createdAt").asString()));
    }

    @Test
    void countyDocumentCarriesTheCountyName() throws Exception {
        // when
        archive.store(new DocumentRequest("archive-county", AS_OF, LANKAO, "archive/410225.txt"),
                out -> out.write('x'));
        // then
        assertThat(manifestEntry("archive-county").get("county").asString()).isEqualTo("兰考县");
        assertThat(jdbc.sql("SELECT county_code FROM archived_document WHERE kind = 'archive-county'")
                .query(String.class).single()).isEqualTo("410225");
    }

    @Test
    void storingTheSameKindDateAndCountyAgainReplacesTheEntry() throws Exception {
        // given
        DocumentRequest request = DocumentRequest.cityWide("archive-again", AS_OF, "archive/again.txt");
        ArchivedDocument first = archive.store(request, out -> out.write("第一版".getBytes(StandardCharsets.UTF_8)));
        // when
        ArchivedDocument second = archive.store(request, out -> out.write("第二版".getBytes(StandardCharsets.UTF_8)));
        // then
        assertThat(second.sha256()).isNotEqualTo(first.sha256());
        assertThat(manifestEntries("archive-again")).singleElement()
                .satisfies(entry -> assertThat(entry.get("sha256").asString()).isEqualTo(second.sha256()));
        assertThat(archive.outDir().resolve("archive/again.txt")).hasContent("第二版");
    }

    @Test
    void failingContentLeavesThePreviousFileAndManifestIntact() throws Exception {
        // given
        DocumentRequest request = DocumentRequest.cityWide("archive-fail", AS_OF, "archive/fail.txt");
        ArchivedDocument good = archive.store(request, out -> out.write("完整的文档".getBytes(StandardCharsets.UTF_8)));
        byte[] manifestBefore = Files.readAllBytes(archive.outDir().resolve(Manifest.FILE_NAME));
        // when
        assertThatThrownBy(() -> archive.store(request, out -> {
            out.write("写到一半".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("渲染失败");
        })).hasMessageContaining("渲染失败");
        // then
        assertThat(archive.outDir().resolve("archive/fail.txt")).hasContent("完整的文档");
        assertThat(archive.outDir().resolve(Manifest.FILE_NAME)).hasBinaryContent(manifestBefore);
        assertThat(manifestEntry("archive-fail").get("sha256").asString()).isEqualTo(good.sha256());
        assertThat(rows("archive-fail")).hasSize(1);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void checkedExceptionFromTheContentIsReportedAndCleanedUp() throws IOException {
        // given
        DocumentRequest request = DocumentRequest.cityWide("archive-checked", AS_OF, "archive/checked.txt");
        // when / then
        assertThatThrownBy(() -> archive.store(request, out -> {
            out.write('x');
            throw new Exception("模板有误");
        })).hasMessageContaining("模板有误").hasMessageContaining("checked.txt");
        assertThat(archive.outDir().resolve("archive/checked.txt")).doesNotExist();
        assertThat(temporaryFiles()).isEmpty();
        assertThat(rows("archive-checked")).isEmpty();
    }

    @Test
    void anErrorInTheContentLeavesNoTemporaryFile() throws IOException {
        // given
        DocumentRequest request = DocumentRequest.cityWide("archive-error", AS_OF, "archive/error.txt");
        archive.store(request, out -> out.write("完整的文档".getBytes(StandardCharsets.UTF_8)));
        // when
        assertThatThrownBy(() -> archive.store(request, out -> {
            out.write('x');
            throw new OutOfMemoryError("模拟内存不足");
        })).isInstanceOf(OutOfMemoryError.class);
        // then
        assertThat(archive.outDir().resolve("archive/error.txt")).hasContent("完整的文档");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void documentGetsTheSamePermissionsAsAnyNewFileInTheFolder() throws IOException {
        // given
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(Files.createDirectories(archive.outDir())
                .resolve("archive-permissions-reference.txt"));
        // when
        archive.store(DocumentRequest.cityWide("archive-permissions", AS_OF, "archive-permissions.txt"),
                out -> out.write('x'));
        // then: the umask applies, not the owner-only mode of temporary files
        assertThat(Files.getPosixFilePermissions(archive.outDir().resolve("archive-permissions.txt")))
                .isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(Files.getPosixFilePermissions(archive.outDir().resolve(Manifest.FILE_NAME)))
                .isEqualTo(Files.getPosixFilePermissions(reference));
        Files.delete(reference);
    }

    @Test
    void everyStoreAddsARowToArchivedDocument() {
        // given
        DocumentRequest request = DocumentRequest.cityWide("archive-rows", AS_OF, "archive/rows.txt");
        // when
        ArchivedDocument first = archive.store(request, out -> out.write('1'));
        ArchivedDocument second = archive.store(request, out -> out.write("22".getBytes(StandardCharsets.UTF_8)));
        // then: every version ever issued stays traceable
        assertThat(rows("archive-rows")).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("path")).isEqualTo("archive/rows.txt");
            assertThat(row.get("county_code")).isNull();
            assertThat(row.get("as_of").toString()).isEqualTo("2021-05-25");
        });
        assertThat(rows("archive-rows")).extracting(row -> row.get("sha256"))
                .containsExactly(first.sha256(), second.sha256());
        assertThat(rows("archive-rows")).extracting(row -> ((Number) row.get("size_bytes")).longValue())
                .containsExactly(1L, 2L);
    }

    @Test
    void reRenderingTheSameContentAddsNoArchiveVersion() {
        // given
        DocumentRequest request = DocumentRequest.cityWide("archive-same", LocalDate.of(2021, 5, 25), "archive/same.txt");
        archive.store(request, out -> out.write("同一内容".getBytes(StandardCharsets.UTF_8)));
        // when
        archive.store(request, out -> out.write("同一内容".getBytes(StandardCharsets.UTF_8)));
        // then
        assertThat(rows("archive-same")).hasSize(1);
        assertThat(manifestEntries("archive-same")).hasSize(1);
    }

    private List<Map<String, Object>> rows(String kind) {
        return jdbc.sql("""
                SELECT kind, as_of, county_code, path, sha256, size_bytes, created_at
                FROM archived_document WHERE kind = :kind ORDER BY id""")
                .param("kind", kind).query().listOfRows();
    }

    private JsonNode manifestEntry(String kind) {
        List<JsonNode> entries = manifestEntries(kind);
        assertThat(entries).as("manifest entries of kind " + kind).hasSize(1);
        return entries.get(0);
    }

    private List<JsonNode> manifestEntries(String kind) {
        JsonNode manifest = JsonMapper.builder().build().readTree(archive.outDir().resolve(Manifest.FILE_NAME));
        return StreamSupport.stream(manifest.spliterator(), false)
                .filter(entry -> entry.get("kind").asString().equals(kind)).toList();
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(archive.outDir())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
