package org.perfgrade.ingest.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.ingest.IngestFixtures;
import org.perfgrade.ingest.IngestLimits;
import org.perfgrade.ingest.county.CountyResolver.ResolvedCounty;
import org.perfgrade.ingest.header.DetectedSheet;
import org.perfgrade.ingest.header.HeaderDetector;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.sheet.SpreadsheetFile;

class CountyResolverTests {

    private static final CountyResolver.CountyCounts NO_COUNTS = LinkedHashMap::new;

    private final CountyResolver resolver = new CountyResolver(IngestFixtures.reference());

    @TempDir
    Path dir;

    private static String name(ResolvedCounty resolved) {
        return resolved.county().name();
    }

    @Test
    void takesTheOptionFirstThenTheFolderThenTheTitleThenTheFileNameThenTheColumn() throws Exception {
        // given clues that each name another county
        String title = "杞县重点行业绩效分级清单台账";
        String file = "尉氏县清单台账.xlsx";
        CountyResolver.CountyCounts counts = () -> Map.of("龙亭区", 5L, "鼓楼区", 2L);
        // when some clues are left out, then the first one present decides
        assertThat(resolver.resolve("兰考", "通许县", title, file, counts))
                .extracting(CountyResolverTests::name, ResolvedCounty::source).containsExactly("兰考县", "OPTION");
        assertThat(resolver.resolve(null, "通许县", title, file, counts))
                .extracting(CountyResolverTests::name, ResolvedCounty::source).containsExactly("通许县", "FOLDER");
        assertThat(resolver.resolve(null, null, title, file, counts))
                .extracting(CountyResolverTests::name, ResolvedCounty::source).containsExactly("杞县", "TITLE");
        assertThat(resolver.resolve(null, " ", "重点行业绩效分级提升企业清单", file, counts))
                .extracting(CountyResolverTests::name, ResolvedCounty::source).containsExactly("尉氏县", "FILE_NAME");
        assertThat(resolver.resolve(null, null, "重点行业绩效分级提升企业清单", "附件2.xlsx", counts))
                .extracting(CountyResolverTests::name, ResolvedCounty::source).containsExactly("龙亭区", "COLUMN");
    }

    @Test
    void matchesAliasesAndPrefersTheLongestName() throws Exception {
        // given a title naming 开封市城乡一体化示范区 (alias of 城乡一体化示范区) and a 填报单位 line using an alias
        // when resolved, then the longest name wins and aliases count
        assertThat(name(resolver.resolve(null, null, "开封市城乡一体化示范区重点行业清单", "x.xlsx", NO_COUNTS)))
                .isEqualTo("城乡一体化示范区");
        assertThat(name(resolver.resolve(null, null, "填报单位：顺河区环保局　　日期：", "x.xlsx", NO_COUNTS)))
                .isEqualTo("顺河回族区");
        assertThat(name(resolver.resolve(null, null, "", "开封县附件2.xls", NO_COUNTS))).isEqualTo("祥符区");
    }

    @Test
    void doesNotReadTheColumnWhenAnEarlierClueDecides() throws Exception {
        // given a column count that must not be asked for
        CountyResolver.CountyCounts failing = () -> {
            throw new AssertionError("column read");
        };
        // when the file name decides, then the column is never read
        assertThat(name(resolver.resolve(null, null, "", "兰考县.xlsx", failing))).isEqualTo("兰考县");
    }

    @Test
    void passesOverATitleNamingTwoCounties() throws Exception {
        // given a title naming two counties
        // when resolved, then the file name decides
        ResolvedCounty resolved = resolver.resolve(null, null, "龙亭区、鼓楼区联合上报", "鼓楼区.xlsx", NO_COUNTS);
        assertThat(resolved).extracting(CountyResolverTests::name, ResolvedCounty::source)
                .containsExactly("鼓楼区", "FILE_NAME");
    }

    @Test
    void refusesAnOptionOrFolderThatNamesNoCountyListingTheValidNames() {
        // given an option and a folder naming no county of Kaifeng
        // when resolved, then F11 lists the valid names
        assertThatThrownBy(() -> resolver.resolve("中牟县", null, "", "x.xlsx", NO_COUNTS))
                .isInstanceOfSatisfying(FileRejectedException.class, ex -> {
                    assertThat(ex.problem().code()).isEqualTo(ProblemCode.F11_COUNTY_UNKNOWN);
                    assertThat(ex.getMessage()).contains("中牟县", "--county", "兰考县", "城乡一体化示范区");
                });
        assertThatThrownBy(() -> resolver.resolve(null, "附件", "", "x.xlsx", NO_COUNTS))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        ex -> assertThat(ex.getMessage()).contains("子文件夹“附件”", "尉氏县"));
    }

    @Test
    void refusesWhenNoClueDecidesSayingWhatWasTried() {
        // given no option, folder, title or file name, and a column split evenly
        CountyResolver.CountyCounts tie = () -> Map.of("杞县", 3L, "通许", 3L, "不知道", 9L);
        // when resolved, then F11 says what was tried (tied counties in the order of 附件1)
        assertThatThrownBy(() -> resolver.resolve(null, null, "提升企业清单", "附件2.xlsx", tie))
                .isInstanceOfSatisfying(FileRejectedException.class, ex -> {
                    assertThat(ex.problem().code()).isEqualTo(ProblemCode.F11_COUNTY_UNKNOWN);
                    assertThat(ex.getMessage()).contains("附件2.xlsx", "标题行中没有县区名称", "文件名中没有县区名称",
                            "通许县、杞县出现次数相同");
                });
    }

    @Test
    void readsTheCountyColumnOfAFileWhenNothingElseDecides() throws Exception {
        // given an improvement list without county in title or file name, its rows mostly from 尉氏县
        List<List<Object>> data = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<Object> row = new ArrayList<>(IngestFixtures.improvementRow(i, "企业" + i, "2021年9月"));
            row.set(2, i == 1 ? "杞县" : "尉氏");
            data.add(row);
        }
        Path file = IngestFixtures.write(dir.resolve("附件2.xlsx"),
                IngestFixtures.improvementSheet(IngestFixtures.IMPROVEMENT_HEADERS, data));
        // when resolved
        try (SpreadsheetFile spreadsheet = SpreadsheetFile.open(file, IngestLimits.defaults())) {
            DetectedSheet sheet = new HeaderDetector().detect(spreadsheet);
            ResolvedCounty resolved = resolver.resolve(null, null, spreadsheet, sheet);
            // then the majority of the column
            assertThat(resolved).extracting(CountyResolverTests::name, ResolvedCounty::source)
                    .containsExactly("尉氏县", "COLUMN");
        }
    }
}
