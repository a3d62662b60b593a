package org.perfgrade;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table has one owner (../shared/architecture.md): only {@code ledger} writes SQL against the ledger's tables,
 * only {@code ingest} against {@code submission} and its rows; and the rule "standing on a day" (not retired on or
 * before it, with the newest grade event on or before it) is written once, in {@code ledger.asof}. Scans the string
 * literals and text blocks of src/main/java that hold SQL.
 */
class SqlOwnershipTests {

    private static final Path MAIN = Path.of("src/main/java");

    /** The ledger's tables, as whole words (a named parameter such as {@code :enterprise} is not a table). */
    static final Pattern LEDGER_TABLES = tables("enterprise", "enterprise_honour", "ledger_line", "grade_event",
            "improvement_plan", "grade_application", "violation", "expert", "enterprise_move", "ledger_line_merge");

    /** Intake's tables. */
    static final Pattern INGEST_TABLES = tables("submission", "rejected_row", "skipped_row", "submission_keep");

    /** "Not retired on or before the day". */
    static final Pattern RETIRED_AFTER = Pattern.compile("retired_on\\s*>=?\\s*:");

    /** "The newest grade event on or before the day". */
    static final Pattern NEWEST_BY_DAY = Pattern.compile("effective_on\\s*<=\\s*:[\\w%$]+\\s+ORDER\\s+BY\\s+\\w*\\.?effective_on\\s+DESC");

    @Test
    void onlyTheLedgerWritesSqlAgainstTheLedgersTables() {
        // given the SQL of every source file
        List<SqlLiterals.Literal> sql = SqlLiterals.under(MAIN);
        // when / then
        assertThat(naming(sql, LEDGER_TABLES, "org/perfgrade/ledger/")).isEmpty();
    }

    @Test
    void onlyIngestWritesSqlAgainstSubmissions() {
        List<SqlLiterals.Literal> sql = SqlLiterals.under(MAIN);
        assertThat(naming(sql, INGEST_TABLES, "org/perfgrade/ingest/")).isEmpty();
    }

    @Test
    void theStandingRuleIsWrittenOnceInTheLedgersAsOfRoom() {
        // given every literal of every source file (a fragment of the rule need not hold a keyword)
        List<SqlLiterals.Literal> sql = SqlLiterals.allUnder(MAIN);
        // when
        List<SqlLiterals.Literal> retired = matching(sql, RETIRED_AFTER);
        List<SqlLiterals.Literal> newest = matching(sql, NEWEST_BY_DAY);
        // then
        assertThat(retired).hasSize(1);
        assertThat(retired.get(0).file()).startsWith("org/perfgrade/ledger/asof/");
        assertThat(newest).hasSize(1);
        assertThat(newest.get(0).file()).startsWith("org/perfgrade/ledger/asof/");
    }

    @Test
    void theScanFindsALedgerTableInAnotherStagesSql() {
        // given a report that joins the ledger itself, in a text block and in a concatenated literal
        String source = """
                class BadQuery {
                    // SELECT * FROM ledger_line in a comment is no SQL
                    static final String A = \"""
                            SELECT l.id FROM ledger_line l
                            WHERE (l.retired_on IS NULL OR l.retired_on > :day)
                            \""";
                    static final String B = "SELECT COUNT(*) FROM " + "submission WHERE status = 'IMPORTED'";
                    static final String C = "SELECT name FROM county WHERE code = :enterprise";
                }
                """;
        // when
        List<SqlLiterals.Literal> sql = SqlLiterals.of("org/perfgrade/report/BadQuery.java", source);
        // then the text block names ledger_line, B's second literal (it has a keyword) submission, C nothing
        assertThat(naming(sql, LEDGER_TABLES, "org/perfgrade/ledger/")).singleElement()
                .satisfies(l -> assertThat(l.line()).isEqualTo(3));
        assertThat(matching(sql, RETIRED_AFTER)).hasSize(1);
        assertThat(naming(sql, INGEST_TABLES, "org/perfgrade/ingest/")).singleElement()
                .satisfies(l -> assertThat(l.text()).startsWith("submission WHERE"));
    }

    @Test
    void theOwnersOwnSqlIsAllowed() {
        // given the same SQL in the ledger's own package
        List<SqlLiterals.Literal> sql = SqlLiterals.of("org/perfgrade/ledger/LineStore.java",
                "class L { String s = \"SELECT id FROM ledger_line WHERE enterprise_id = :enterprise\"; }");
        // when / then
        assertThat(naming(sql, LEDGER_TABLES, "org/perfgrade/ledger/")).isEmpty();
        assertThat(naming(sql, LEDGER_TABLES, "org/perfgrade/ingest/")).hasSize(1);
    }

    static List<SqlLiterals.Literal> naming(List<SqlLiterals.Literal> sql, Pattern tables, String owner) {
        return sql.stream().filter(l -> !l.file().startsWith(owner))
                .filter(l -> tables.matcher(withoutParameters(l.text())).find()).toList();
    }

    private static List<SqlLiterals.Literal> matching(List<SqlLiterals.Literal> sql, Pattern pattern) {
        return sql.stream().filter(l -> pattern.matcher(l.text()).find()).toList();
    }

    /** SQL with its named parameters ({@code :county}) removed. */
    private static String withoutParameters(String sql) {
        return sql.replaceAll(":\\w+", " ");
    }

    private static Pattern tables(String... names) {
        return Pattern.compile("(?<![\\w.])(" + String.join("|", names) + ")(?!\\w)");
    }
}
