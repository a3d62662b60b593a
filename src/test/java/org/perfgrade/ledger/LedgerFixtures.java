package org.perfgrade.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.ImprovementPlanFacts;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.reference.CreditCode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the submissions and facts the ledger tests apply. The test database is shared by the test classes of one
 * Spring context, so every enterprise gets a fresh credit code and name.
 */
public final class LedgerFixtures {

    public static final String TONGXU = "410222";
    public static final String LANKAO = "410225";

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    private final JdbcClient jdbc;

    public LedgerFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh, valid credit code. */
    public static String creditCode() {
        return CreditCode.withCheckCharacter("91410222MA4" + SERIAL.incrementAndGet());
    }

    /** A fresh enterprise name in the county, e.g. 通许县恒达铸造有限公司123456. */
    public static String name(String stem) {
        return stem + SERIAL.incrementAndGet();
    }

    /** A {@code submission} row and the context that stamps its rows. */
    public SubmissionContext submission(String countyCode, String kind, LocalDate asOf) {
        String sha = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes()).substring(0, 64);
        String fileName = countyName(countyCode) + kind + ".xlsx";
        jdbc.sql("INSERT INTO submission (sha256, file_name, size_bytes, county_code, kind, source, received_at, status) "
                + "VALUES (:sha, :file, 1024, :county, :kind, 'test', :now, 'RECEIVED')")
                .param("sha", sha).param("file", fileName).param("county", countyCode).param("kind", kind)
                .param("now", LocalDateTime.of(asOf, java.time.LocalTime.NOON)).update();
        long id = jdbc.sql("SELECT id FROM submission WHERE sha256 = :sha").param("sha", sha).query(Long.class).single();
        return new SubmissionContext(id, countyCode, asOf, fileName + " (sha256 " + sha.substring(0, 12) + ")");
    }

    public SubmissionContext ledger(String countyCode, LocalDate asOf) {
        return submission(countyCode, "LEDGER", asOf);
    }

    public SubmissionContext improvement(String countyCode, LocalDate asOf) {
        return submission(countyCode, "IMPROVEMENT_LIST", asOf);
    }

    public static RowFacts<LedgerLineFacts> ledgerRow(int row, String creditCode, String name, String county, String industry,
                                               String branch, String grade) {
        return new RowFacts<>(row, new LedgerLineFacts(EnterpriseFacts.identity(creditCode, name, county), industry,
                branch, grade, new BigDecimal("1.5"), null, new BigDecimal("0.25"), null, "铸件", null, null));
    }

    public static RowFacts<ImprovementPlanFacts> planRow(int row, String creditCode, String name, String county,
                                                  String industry, String branch, String current, String target,
                                                  String remarks) {
        return new RowFacts<>(row, new ImprovementPlanFacts(EnterpriseFacts.identity(creditCode, name, county),
                industry, branch, current, target, "颗粒物排放浓度", "无组织排放控制不到位", "密闭改造",
                LocalDate.of(2021, 7, 30), remarks));
    }

    public long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Every column of the rows a query selects, for before/after comparisons. */
    public List<Map<String, Object>> rows(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query().listOfRows();
    }

    public long enterpriseId(String creditCode) {
        return jdbc.sql("SELECT id FROM enterprise WHERE credit_code = :code").param("code", creditCode)
                .query(Long.class).single();
    }

    private static String countyName(String code) {
        return switch (code) {
            case TONGXU -> "通许县";
            case LANKAO -> "兰考县";
            default -> code;
        };
    }
}
