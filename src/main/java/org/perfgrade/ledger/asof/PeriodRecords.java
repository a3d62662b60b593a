package org.perfgrade.ledger.asof;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the ledger recorded about experts and enterprises in a period of years or days: the experts barred
 * (通报批评) and the honours awarded, for the notices and the priority candidates.
 */
@Repository
public class PeriodRecords {

    private final JdbcClient jdbc;

    PeriodRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Experts whose bar starts after {@code after} up to {@code until}, in no particular order. */
    public List<BarredExpert> barred(LocalDate after, LocalDate until) {
        return jdbc.sql("SELECT id, name, organisation, county_code, barred_from, barred_until, bar_notice FROM expert "
                + "WHERE barred_from > :after AND barred_from <= :until")
                .param("after", after).param("until", until)
                .query((rs, n) -> new BarredExpert(rs.getLong("id"), rs.getString("name"),
                        rs.getString("organisation"), rs.getString("county_code"),
                        rs.getObject("barred_from", LocalDate.class), rs.getObject("barred_until", LocalDate.class),
                        rs.getString("bar_notice")))
                .list();
    }

    /** The honours awarded from {@code first} to {@code last} (years), newest year first, then by kind. */
    public List<Honour> honours(int first, int last) {
        return jdbc.sql("SELECT enterprise_id, honour, awarded_year FROM enterprise_honour WHERE awarded_year BETWEEN "
                + ":first AND :last ORDER BY awarded_year DESC, honour").param("first", first).param("last", last)
                .query((rs, n) -> new Honour(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }
}
