package org.perfgrade.notice;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The notice's downgrade list: one entry per enterprise, however many of its lines went down. */
class DowngradesTests {

    private static final LocalDate SEP_16 = LocalDate.of(2021, 9, 16);
    private static final LocalDate SEP_23 = LocalDate.of(2021, 9, 23);

    @Test
    void anEnterpriseWithTwoLinesDowngradedIsOneEntryNamingBothLines() {
        // given a cross-industry enterprise downgraded in two lines and another in one
        List<Downgrades.Downgrade> downgrades = List.of(
                new Downgrades.Downgrade("祥符区", 6, "开封德兴制药有限公司", "914102001", "制药", "A", "C", SEP_16,
                        List.of("违法降级")),
                new Downgrades.Downgrade("祥符区", 6, "开封德兴制药有限公司", "914102001", "工业涂装", "B", "C", SEP_16,
                        List.of("违法降级")),
                new Downgrades.Downgrade("禹王台区", 4, "开封市禹王台区富康印务有限公司", "914102002", "包装印刷", "B",
                        "C", SEP_23, List.of("违法降级")));

        // when the notice lists them
        List<String> entries = Downgrades.byEnterprise(downgrades);

        // then each enterprise is one entry (so "共有2家企业" is followed by two), its lines inside its brackets
        assertThat(entries).containsExactly(
                "开封德兴制药有限公司（祥符区，制药，A级降为C级，违法降级，2021年9月16日；工业涂装，B级降为C级，违法降级，"
                        + "2021年9月16日）",
                "开封市禹王台区富康印务有限公司（禹王台区，包装印刷，B级降为C级，违法降级，2021年9月23日）");
    }
}
