package org.perfgrade.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.ExpertFacts;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.facts.ViolationFacts;
import org.perfgrade.ledger.facts.ViolationType;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts county submissions into the database a command test runs on, through the ledger as the importer would
 * (the command under test then starts its own application on the same database).
 */
final class GradingSeed {

    static final String TONGXU = "410222";

    private final LedgerImport ledger;
    private final JdbcClient jdbc;

    private GradingSeed(ConfigurableApplicationContext context) {
        this.ledger = context.getBean(LedgerImport.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** Starts the application on the test database, runs the seeding, and closes it again. */
    static void with(Map<String, Object> properties, Consumer<GradingSeed> seeding) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext context = new CliEnvironment(quiet, quiet, Map.of(), properties)
                .start(null)) {
            seeding.accept(new GradingSeed(context));
        }
    }

    void ledger(LocalDate asOf, String creditCode, String name, String industry, String branch, String grade) {
        ledger.applyLedgerRows(submission("LEDGER", asOf), List.of(new RowFacts<>(4, new LedgerLineFacts(
                EnterpriseFacts.identity(creditCode, name, TONGXU), industry, branch, grade, BigDecimal.ONE, null,
                null, null, null, null, null))));
    }

    void violation(LocalDate foundOn, String creditCode, String name) {
        ledger.applyViolationRows(submission("VIOLATION", foundOn.plusDays(5)), List.of(new RowFacts<>(3,
                new ViolationFacts(EnterpriseFacts.identity(creditCode, name, TONGXU), null,
                        ViolationType.EXCESS_EMISSION, null, foundOn, "通环罚〔2021〕7号", null))));
    }

    void experts(String county, String... names) {
        List<RowFacts<ExpertFacts>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            rows.add(new RowFacts<>(3 + i, new ExpertFacts(names[i], "河南省环境科学研究院", "铸造", county,
                    LocalDate.of(2021, 6, 30), null)));
        }
        ledger.applyExpertRows(submission("EXPERT", LocalDate.of(2021, 6, 30), county), rows);
    }

    private SubmissionContext submission(String kind, LocalDate asOf) {
        return submission(kind, asOf, TONGXU);
    }

    private SubmissionContext submission(String kind, LocalDate asOf, String county) {
        String sha = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        jdbc.sql("INSERT INTO submission (sha256, file_name, size_bytes, county_code, kind, source, received_at, status) "
                + "VALUES (:sha, :file, 1024, :county, :kind, 'test', :now, 'RECEIVED')")
                .param("sha", sha).param("file", kind + ".xlsx").param("county", county).param("kind", kind)
                .param("now", LocalDateTime.of(asOf, java.time.LocalTime.NOON)).update();
        long id = jdbc.sql("SELECT id FROM submission WHERE sha256 = :sha").param("sha", sha).query(Long.class).single();
        return new SubmissionContext(id, county, asOf, kind + ".xlsx (sha256 " + sha.substring(0, 12) + ")");
    }
}
