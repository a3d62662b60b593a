package org.perfgrade.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfgrade.report.control.ControlList;
import org.perfgrade.report.control.CreditListWorkbook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 差异化管控 lists and the credit-platform list name enterprises: a county user sees its own county's extracts
 * only, never another county's nor the city-wide list; the province sees none.
 */
class ControlListAccessTests {

    @Test
    void aCountySeesOnlyItsOwnExtractsOfTheNewLists() {
        // given a county user, the city and the province
        ConsoleUserDetails longting = user(ConsoleRole.COUNTY, "410202");
        ConsoleUserDetails city = user(ConsoleRole.CITY, null);
        ConsoleUserDetails province = user(ConsoleRole.PROVINCE, null);
        List<String> kinds = new ArrayList<>();
        for (ControlList list : ControlList.values()) {
            kinds.add(list.xlsxKind());
            kinds.add(list.pdfKind());
        }
        kinds.add(CreditListWorkbook.KIND);
        for (String kind : kinds) {
            ConsoleDocument own = document(kind, "410202");
            ConsoleDocument other = document(kind, "410204");
            ConsoleDocument cityWide = document(kind, null);
            // then
            assertThat(DocumentAccess.maySee(longting, own)).as(kind + " own extract").isTrue();
            assertThat(DocumentAccess.maySee(longting, other)).as(kind + " another county's extract").isFalse();
            assertThat(DocumentAccess.maySee(longting, cityWide)).as(kind + " city-wide").isFalse();
            assertThat(DocumentAccess.maySee(city, other)).as(kind + " city").isTrue();
            assertThat(DocumentAccess.maySee(city, cityWide)).as(kind + " city").isTrue();
            assertThat(DocumentAccess.maySee(province, cityWide)).as(kind + " province").isFalse();
        }
    }

    private static ConsoleDocument document(String kind, String county) {
        return new ConsoleDocument(1, kind, LocalDate.of(2021, 9, 30), county, "x/" + kind, "0".repeat(64), 1,
                LocalDateTime.of(2021, 9, 30, 1, 30));
    }

    private static ConsoleUserDetails user(ConsoleRole role, String county) {
        return new ConsoleUserDetails(new ConsoleUser(1, role.name().toLowerCase(), "{noop}x", role, county, 0, null,
                LocalDateTime.of(2021, 6, 1, 0, 0)), false);
    }
}
