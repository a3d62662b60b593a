package org.perfgrade.filing;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.LedgerImport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The required materials are the office's to set: with only the 申报材料 scan required, an enterprise whose opinion is
 * not registered (T4) is complete, and a scan that is no required material but could not be taken (Q1's encrypted
 * 现场核查 opinion) is still a gap. Same hand-written data set as {@link FilingCompletenessTests}.
 */
@DatabaseTest
@TestPropertySource(properties = {
        "perfgrade.filing.required-materials[0].name=申报材料扫描件",
        "perfgrade.filing.required-materials[0].files=申报书" })
class RequiredMaterialsConfigTests {

    @Autowired
    FilingRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @TempDir
    Path materials;

    private FilingFixtures data;

    @BeforeEach
    void load() throws IOException {
        data = new FilingFixtures(jdbc, ledger);
        data.load();
        data.pending();
        data.branchPending();
        data.gapScans(materials);
    }

    @Test
    void onlyTheConfiguredMaterialsAreRequired() {
        // when
        FilingCheck check = runner.check(new FilingRequest(FilingFixtures.AS_OF, 2, false), materials);
        // then
        assertThat(check.enterprises()).isEqualTo(5);
        assertThat(check.complete()).isEqualTo(2);
        assertThat(check.gaps()).extracting(EnterpriseGap::enterpriseName)
                .containsExactly(data.t5.name(), data.t2.name(), data.q1.name());
        assertThat(check.gaps()).extracting(g -> String.join("；", g.missing())).containsExactly(
                "重点行业分支（铸造，分支待补充）",
                "申报材料扫描件（未提供）",
                "未收入的扫描件（损坏.pdf：不是可读取的PDF文件）；"
                        + "未收入的扫描件（现场核查专家意见.pdf：文件已加密，无法合并，请县区提供未加密的扫描件）");
        assertThat(check.lines().get(0)).contains("共5家企业，材料齐全2家，缺少材料3家");
    }
}
