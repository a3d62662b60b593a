package org.perfgrade.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentAccessTests {

    private static final ConsoleUserDetails CITY = user(ConsoleRole.CITY, null);
    private static final ConsoleUserDetails LONGTING = user(ConsoleRole.COUNTY, "410202");
    private static final ConsoleUserDetails PROVINCE = user(ConsoleRole.PROVINCE, null);

    @Test
    void theRuleTable() {
        // given
        ConsoleDocument own = document("improvement-list-xlsx", "410202");
        ConsoleDocument other = document("improvement-list-xlsx", "410204");
        ConsoleDocument briefing = document("briefing-pdf", null);
        ConsoleDocument targets = document("target-table-pdf", null);
        ConsoleDocument cityList = document("publicity-xlsx", null);
        ConsoleDocument template = document("template-ledger", null);
        ConsoleDocument filing = document("filing-zip", null);
        // then
        assertThat(new boolean[] { see(CITY, own), see(CITY, other), see(CITY, briefing), see(CITY, cityList),
                see(CITY, filing) }).containsOnly(true);
        assertThat(new boolean[] { see(LONGTING, own), see(LONGTING, briefing), see(LONGTING, targets),
                see(LONGTING, template) }).containsOnly(true);
        assertThat(new boolean[] { see(LONGTING, other), see(LONGTING, cityList), see(LONGTING, filing) })
                .containsOnly(false);
        assertThat(see(PROVINCE, filing)).isTrue();
        assertThat(new boolean[] { see(PROVINCE, own), see(PROVINCE, briefing), see(PROVINCE, cityList) })
                .containsOnly(false);
    }

    @Test
    void theFrontPagesAggregatesAndTheOnlyKindFollowTheSameTable() {
        // then: whoever may see the briefing sees the front page's table and chart
        ConsoleDocument briefing = document("briefing-pdf", null);
        for (ConsoleUserDetails user : new ConsoleUserDetails[] { CITY, LONGTING, PROVINCE }) {
            assertThat(DocumentAccess.maySeeAggregates(user)).as(user.getUsername()).isEqualTo(see(user, briefing));
        }
        assertThat(DocumentAccess.onlyKind(PROVINCE)).isEqualTo("filing-zip");
        assertThat(DocumentAccess.onlyKind(CITY)).isNull();
        assertThat(DocumentAccess.onlyKind(LONGTING)).isNull();
    }

    private static boolean see(ConsoleUserDetails user, ConsoleDocument document) {
        return DocumentAccess.maySee(user, document);
    }

    private static ConsoleDocument document(String kind, String county) {
        return new ConsoleDocument(1, kind, LocalDate.of(2021, 6, 30), county, "x/" + kind, "0".repeat(64), 1,
                LocalDateTime.of(2021, 6, 30, 1, 30));
    }

    private static ConsoleUserDetails user(ConsoleRole role, String county) {
        return new ConsoleUserDetails(new ConsoleUser(1, role.name().toLowerCase(), "{noop}x", role, county, 0, null,
                LocalDateTime.of(2021, 6, 1, 0, 0)), false);
    }
}
