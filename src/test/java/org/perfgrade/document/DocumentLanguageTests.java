package org.perfgrade.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.TestDatabase;
import org.perfgrade.cli.CliEnvironment;
import org.perfgrade.cli.PerfgradeMain;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.Glossary;
import org.perfgrade.reference.GlossaryReader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese throughout (issue #17, point 12): every document the demo writes for its date — the day's documents
 * city-wide and per county, the progress notice, the filing package with everything inside it, the receipts — read
 * back as a reader sees it (PDF text with PDFBox, workbook cells as Excel shows them, the package's file names), holds
 * no ISO date, no English word outside {@link LanguageRules#ALLOWED_WORDS}, no document kind code and none of the
 * writings the glossary says to avoid; and every kind the demo writes has a Chinese name in the glossary.
 */
@RunsOnEachDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentLanguageTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Not read: the font check page exists to name the font files (FandolSong-Regular …) for the operator; the Word
     * copy of the notice has the text of its PDF, which is read; an import receipt (回执) quotes the county's cells as
     * written (原文: "b", "2021.9.30前") with the problem codes (R28) and cell addresses (G4) it explains to the county.
     */
    private static final Set<String> NOT_READ = Set.of("font-check", "notice-docx", "receipt");

    private TestDatabase database;
    private Path out;
    private JsonNode manifest;
    private Glossary glossary;

    @BeforeAll
    void runTheDemo(@TempDir Path workspace) throws IOException {
        database = TestDatabase.create();
        Map<String, Object> properties = new HashMap<>();
        properties.put("perfgrade.data-dir", workspace.resolve("data").toString());
        if (TestDatabase.isMysql()) {
            properties.put("perfgrade.db.url", database.url());
            properties.put("perfgrade.db.user", database.user());
            properties.put("perfgrade.db.password", database.password());
        }
        out = workspace.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PerfgradeMain.run(new String[] { "demo", "--quick", "--out", out.toString() },
                new CliEnvironment(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), properties));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        glossary = new GlossaryReader(new ConfigFiles(List.of())).read();
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyKindTheDemoWritesHasAChineseNameInTheGlossary() throws IOException {
        // given: the kinds of the manifest and of the filing package's own list of files
        Set<String> kinds = new LinkedHashSet<>();
        for (JsonNode entry : manifest) {
            kinds.add(entry.get("kind").asString());
            if (entry.get("path").asString().endsWith(".zip")) {
                kinds.addAll(innerKinds(out.resolve(entry.get("path").asString())));
            }
        }
        // then
        // the package's own list names its files' kinds in Chinese already (报送函, 材料缺项清单 …)
        assertThat(kinds).contains("briefing-pdf", "filing-zip", "报送函", "材料缺项清单", "receipt");
        assertThat(kinds.stream().filter(k -> glossary.knownKindName(k).isEmpty() && !k.matches("\\p{IsHan}+"))
                .toList())
                .as("文档类别缺少中文名称：请在 config/glossary.yml 的 kinds 下各加一行").isEmpty();
    }

    @Test
    void noDocumentHoldsAnIsoDateAnEnglishWordOrAnInternalTerm() throws IOException {
        // given
        LanguageRules rules = new LanguageRules(glossary);
        List<LanguageRules.Finding> findings = new ArrayList<>();
        int read = 0;
        // when every document is read as its reader reads it
        for (JsonNode entry : manifest) {
            if (NOT_READ.contains(entry.get("kind").asString())) {
                continue;
            }
            String path = entry.get("path").asString();
            for (ReaderText text : ReaderText.of(path, out.resolve(path))) {
                read++;
                findings.addAll(rules.check(text));
            }
        }
        // then
        assertThat(read).isGreaterThan(100);
        assertThat(findings).as(findings.size() + " 处不合中文公文用语：\n" + String.join("\n",
                findings.stream().map(LanguageRules.Finding::toString).distinct().toList())).isEmpty();
    }

    private static List<String> innerKinds(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".json")) {
                    List<String> kinds = new ArrayList<>();
                    JSON.readTree(in.readAllBytes()).forEach(k -> kinds.add(k.get("kind").asString()));
                    return kinds;
                }
            }
        }
        return List.of();
    }
}
