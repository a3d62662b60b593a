package org.perfgrade.ledger.write;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.perfgrade.ledger.EnterpriseMoves;
import org.perfgrade.ledger.FactText;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.LedgerIssueType;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 企业登记: finds the enterprise a row is about and keeps its details. The credit code is the key when the county
 * gives it; without one the enterprise is matched by county and exact name. A credit code registered under another
 * name is refused (附件2 注5: the name must be the one on the business licence), and so is an enterprise registered
 * under another county (归属: one county never changes another's enterprise). A reported detail overwrites the
 * stored one while an unreported (null) detail leaves it alone; the county never changes on import.
 */
@Repository
public class EnterpriseRegistry {

    private static final String COLUMNS = "id, credit_code, name, county_code, permit_no, township, address, "
            + "low_vocs_materials, clean_energy, guarantee_type";

    private static final String INSERT = "INSERT INTO enterprise (credit_code, name, county_code, permit_no, "
            + "township, address, low_vocs_materials, clean_energy, guarantee_type, created_at, updated_at) VALUES "
            + "(:code, :name, :county, :permit, :township, :address, :lowVocs, :cleanEnergy, :guarantee, :now, :now)";

    private static final String UPDATE = "UPDATE enterprise SET credit_code = :code, name = :name, "
            + "county_code = :county, permit_no = :permit, township = :township, address = :address, "
            + "low_vocs_materials = :lowVocs, clean_energy = :cleanEnergy, guarantee_type = :guarantee, "
            + "updated_at = :now WHERE id = :id";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final EnterpriseHonours honours;

    EnterpriseRegistry(JdbcClient jdbc, NamedParameterJdbcTemplate batch, EnterpriseHonours honours) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.honours = honours;
    }

    /**
     * The stored enterprise the facts name, none, or the issue that refuses the row: NAME_MISMATCH, or
     * OTHER_COUNTY_ENTERPRISE when the enterprise is registered under another county than the submitting one.
     */
    public Match find(EnterpriseFacts facts, String submittingCounty) {
        return find(facts, submittingCounty, this::byCreditCode);
    }

    /**
     * As {@link #find(EnterpriseFacts, String)}, looking credit codes up with the given function (a chunk's
     * read-ahead, see {@link #byCreditCodes}).
     */
    public Match find(EnterpriseFacts facts, String submittingCounty,
               Function<String, Optional<StoredEnterprise>> byCreditCode) {
        return find(facts, submittingCounty, byCreditCode, name -> jdbc.sql("SELECT " + COLUMNS
                + " FROM enterprise WHERE name = :name ORDER BY id")
                .param("name", name).query(EnterpriseRegistry::map).list());
    }

    /**
     * As {@link #find(EnterpriseFacts, String)}, looking credit codes and names up with the given functions (a
     * chunk's read-ahead, see {@link ChunkEnterprises}); {@code byName} lists the enterprises of every county so
     * named, in id order.
     * <p>
     * 归属 (ownership): a county never changes another county's enterprise. A row whose credit code is registered
     * under another county is refused; so is a row without a credit code whose name is registered under another
     * county and not under the row's own. A row with a credit code the ledger does not hold is never refused for a
     * name another county uses: it is matched by its code, or (in its own county) by the name of an enterprise
     * registered without a code, which the code then completes.
     */
    public Match find(EnterpriseFacts facts, String submittingCounty,
               Function<String, Optional<StoredEnterprise>> byCreditCode,
               Function<String, List<StoredEnterprise>> byName) {
        String code = FactText.creditCode(facts.creditCode());
        String name = FactText.clean(facts.name());
        if (code != null) {
            Optional<StoredEnterprise> byCode = byCreditCode.apply(code);
            if (byCode.isPresent()) {
                StoredEnterprise stored = byCode.get();
                if (!owned(stored, submittingCounty)) {
                    return otherCounty(code);
                }
                if (name != null && !name.equals(stored.name())) {
                    return new Match(null, LedgerIssue.of(LedgerIssueType.NAME_MISMATCH,
                            LedgerMessages.nameMismatch(code, stored.name(), name)));
                }
                return new Match(stored, null);
            }
        }
        if (name == null) {
            throw new IllegalArgumentException("企业名称为空且统一社会信用代码未登记，无法确定企业：" + facts);
        }
        String county = county(facts, submittingCounty);
        // Exact comparison in Java: MariaDB's collation would also match other widths of brackets and letters.
        List<StoredEnterprise> named = byName.apply(name).stream().filter(e -> e.name().equals(name)).toList();
        Optional<StoredEnterprise> own = named.stream()
                .filter(e -> county.equals(e.countyCode()))
                .filter(e -> code == null || e.creditCode() == null)
                .findFirst();
        if (own.isPresent()) {
            return owned(own.get(), submittingCounty) ? new Match(own.get(), null) : otherCounty(name);
        }
        if (code == null) {
            Optional<StoredEnterprise> elsewhere = named.stream().filter(e -> !owned(e, submittingCounty)).findFirst();
            if (elsewhere.isPresent() || registeredElsewhereAs(name, submittingCounty)) {
                return otherCounty(name);
            }
        }
        return new Match(null, null);
    }

    /**
     * Whether another county registers the name written otherwise — full-width or half-width brackets and
     * punctuation, spaces, zero-width characters, letter case ({@link FactText#nameKey}): a row without a credit code
     * so naming another county's enterprise is refused like one naming it exactly, never added as a new enterprise.
     * Looked up by the name's leading Chinese characters (index ix_enterprise_name), compared by key here.
     */
    private boolean registeredElsewhereAs(String name, String submittingCounty) {
        String prefix = FactText.namePrefix(name);
        if (submittingCounty == null || prefix.length() < 2) {
            return false;
        }
        String key = FactText.nameKey(name);
        return jdbc.sql("SELECT name, county_code FROM enterprise WHERE name LIKE :prefix AND county_code <> :county")
                .param("prefix", prefix + "%").param("county", submittingCounty)
                .query((rs, n) -> rs.getString(1)).stream().anyMatch(other -> FactText.nameKey(other).equals(key));
    }

    /** True when the submitting county may change the enterprise: it is registered under that county. */
    private static boolean owned(StoredEnterprise stored, String submittingCounty) {
        return submittingCounty == null || submittingCounty.equals(stored.countyCode());
    }

    /** The refusal; its detail is the row's own credit code or name that matched (never the other county's data). */
    private static Match otherCounty(String matchedBy) {
        return new Match(null, new LedgerIssue(LedgerIssueType.OTHER_COUNTY_ENTERPRISE,
                LedgerMessages.OTHER_COUNTY_ENTERPRISE, matchedBy));
    }

    /** The county the facts place the enterprise in: the one reported, else the submitting county. */
    static String county(EnterpriseFacts facts, String submittingCounty) {
        return Objects.requireNonNullElse(FactText.clean(facts.countyCode()), submittingCounty);
    }

    Optional<StoredEnterprise> byCreditCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE credit_code = :code")
                .param("code", code).query(EnterpriseRegistry::map).optional();
    }

    /** The enterprises holding any of the credit codes (at most a chunk's worth), by code. */
    Map<String, StoredEnterprise> byCreditCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE credit_code IN (:codes)")
                .param("codes", List.copyOf(codes)).query(EnterpriseRegistry::map).list().stream()
                .collect(Collectors.toMap(StoredEnterprise::creditCode, e -> e));
    }

    /** The enterprises of every county named any of the names (at most a chunk's worth), in id order. */
    List<StoredEnterprise> byNames(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE name IN (:names) ORDER BY id")
                .param("names", List.copyOf(names)).query(EnterpriseRegistry::map).list();
    }

    /** The enterprises of any of the counties named any of the names (at most a chunk's worth), in id order. */
    List<StoredEnterprise> byCountiesAndNames(Collection<String> counties, Collection<String> names) {
        if (counties.isEmpty() || names.isEmpty()) {
            return List.of();
        }
        // by name alone (index ix_enterprise_name), the county filtered here: an IN list on the second column of
        // (county_code, name) made H2 scan the whole county for every chunk
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE name IN (:names) ORDER BY id")
                .param("names", List.copyOf(names)).query(EnterpriseRegistry::map).stream()
                .filter(e -> counties.contains(e.countyCode())).toList();
    }

    /**
     * The enterprise as the facts leave it: reported details over the stored ones ({@code found}, null for a new
     * enterprise, whose id is then 0). A stored enterprise keeps its county: only the city moves an enterprise
     * ({@link EnterpriseMoves}).
     */
    static StoredEnterprise merged(EnterpriseFacts facts, String submittingCounty, StoredEnterprise found) {
        return new StoredEnterprise(found == null ? 0 : found.id(),
                FactText.orStored(FactText.creditCode(facts.creditCode()), found == null ? null : found.creditCode()),
                FactText.orStored(FactText.clean(facts.name()), found == null ? null : found.name()),
                found == null ? county(facts, submittingCounty) : found.countyCode(),
                FactText.orStored(FactText.clean(facts.permitNo()), found == null ? null : found.permitNo()),
                FactText.orStored(FactText.clean(facts.township()), found == null ? null : found.township()),
                FactText.orStored(FactText.clean(facts.address()), found == null ? null : found.address()),
                FactText.orStored(facts.lowVocsMaterials(), found == null ? Boolean.FALSE : found.lowVocsMaterials()),
                FactText.orStored(facts.cleanEnergy(), found == null ? Boolean.FALSE : found.cleanEnergy()),
                facts.guarantee() != null ? facts.guarantee().name() : found == null ? null : found.guarantee());
    }

    /** Inserts the enterprises in one batch; their ids are read back by the caller (by credit code or name). */
    void insertAll(List<StoredEnterprise> enterprises, LocalDateTime now) {
        if (!enterprises.isEmpty()) {
            batch.batchUpdate(INSERT, enterprises.stream().map(e -> params(e, now)).toArray(SqlParameterSource[]::new));
        }
    }

    /** Writes the details of stored enterprises in one batch. */
    void updateAll(List<StoredEnterprise> enterprises, LocalDateTime now) {
        if (!enterprises.isEmpty()) {
            batch.batchUpdate(UPDATE, enterprises.stream().map(e -> params(e, now).addValue("id", e.id()))
                    .toArray(SqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource params(StoredEnterprise e, LocalDateTime now) {
        return new MapSqlParameterSource().addValue("code", e.creditCode()).addValue("name", e.name())
                .addValue("county", e.countyCode()).addValue("permit", e.permitNo())
                .addValue("township", e.township()).addValue("address", e.address())
                .addValue("lowVocs", e.lowVocsMaterials()).addValue("cleanEnergy", e.cleanEnergy())
                .addValue("guarantee", e.guarantee()).addValue("now", now);
    }

    /** The enterprises' honours (荣誉). */
    EnterpriseHonours honours() {
        return honours;
    }

    private static StoredEnterprise map(ResultSet rs, int row) throws SQLException {
        return new StoredEnterprise(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
                rs.getString("county_code"), rs.getString("permit_no"), rs.getString("township"),
                rs.getString("address"), rs.getBoolean("low_vocs_materials"), rs.getBoolean("clean_energy"),
                rs.getString("guarantee_type"));
    }

    /** An enterprise row as stored. */
    public record StoredEnterprise(long id, String creditCode, String name, String countyCode, String permitNo,
                            String township, String address, Boolean lowVocsMaterials, Boolean cleanEnergy,
                            String guarantee) {

        StoredEnterprise withId(long newId) {
            return new StoredEnterprise(newId, creditCode, name, countyCode, permitNo, township, address,
                    lowVocsMaterials, cleanEnergy, guarantee);
        }

        /** “通许县恒达铸造有限公司”（91410222…）for messages. */
        public String label() {
            return LedgerMessages.enterprise(name, creditCode);
        }
    }

    /**
     * What {@link #find} found.
     *
     * @param found    the stored enterprise, null when none
     * @param mismatch the issue refusing the row (NAME_MISMATCH, OTHER_COUNTY_ENTERPRISE), or null
     */
    public record Match(StoredEnterprise found, LedgerIssue mismatch) {
    }
}
