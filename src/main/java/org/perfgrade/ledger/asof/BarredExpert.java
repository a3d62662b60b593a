package org.perfgrade.ledger.asof;

import java.time.LocalDate;

/** An expert register entry (专家（第三方）名单) with its bar (通报批评). */
public record BarredExpert(long id, String name, String organisation, String countyCode, LocalDate barredFrom,
                           LocalDate barredUntil, String barNotice) {
}
