package org.perfgrade.ledger.write;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CrossIndustryRemarksTests {

    @Test
    void remarksNamingEveryOtherIndustryStayAsTheyAre() {
        // given / when
        String remarks = CrossIndustryRemarks.complete("同时涉及机械加工、铸造", List.of("铸造", "机械加工"));
        // then
        assertThat(remarks).isEqualTo("同时涉及机械加工、铸造");
    }

    @Test
    void emptyRemarksGetTheList() {
        // when
        String remarks = CrossIndustryRemarks.complete(null, List.of("铸造", "机械加工"));
        // then
        assertThat(remarks).isEqualTo("同时涉及：铸造、机械加工");
    }

    @Test
    void otherRemarksKeepTheirTextAndGetTheListAppended() {
        // when
        String remarks = CrossIndustryRemarks.complete("拟于2021年底搬迁", List.of("铸造"));
        // then
        assertThat(remarks).isEqualTo("拟于2021年底搬迁；同时涉及：铸造");
        assertThat(CrossIndustryRemarks.complete("拟搬迁。", List.of("铸造"))).isEqualTo("拟搬迁。同时涉及：铸造");
    }

    @Test
    void anExistingListGetsTheMissingNames() {
        // when
        String remarks = CrossIndustryRemarks.complete("同时涉及：铸造；拟搬迁", List.of("铸造", "机械加工", "包装印刷"));
        // then
        assertThat(remarks).isEqualTo("同时涉及：铸造、机械加工、包装印刷；拟搬迁");
        assertThat(CrossIndustryRemarks.missing("同时涉及：铸造；拟搬迁", List.of("铸造", "机械加工")))
                .containsExactly("机械加工");
    }

    @Test
    void noOtherIndustryLeavesEvenEmptyRemarksAlone() {
        // when / then
        assertThat(CrossIndustryRemarks.complete(null, List.of())).isNull();
    }
}
