package org.perfgrade.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.perfgrade.ledger.write.EnterpriseRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 企业迁移: moving an enterprise from one county to another is the city's action, never a county upload's (an
 * upload naming another county's enterprise is refused, R33). The enterprise keeps its id, so its lines, plans,
 * applications, grade history and documents follow it; each move is kept in its history ({@code enterprise_move})
 * with the counties, the date it takes effect, the reason and who moved it. The caller records it in the audit log.
 */
@Service
public class EnterpriseMoves {

    /** One move of an enterprise, as its history lists it. */
    public record Move(long enterpriseId, String enterpriseName, String creditCode, String fromCounty,
                       String toCounty, LocalDate effectiveOn, String reason, String movedBy) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    EnterpriseMoves(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Moves the enterprise with the credit code to the county.
     *
     * @param toCounty the county code (as in config) it moves to
     * @throws MoveRefusedException when no enterprise has the code, it is already in that county, or the reason is
     *                              empty
     */
    @Transactional
    public Move move(String creditCode, String toCounty, LocalDate effectiveOn, String reason, String movedBy) {
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        String code = FactText.creditCode(creditCode);
        String why = FactText.clean(reason);
        if (why == null) {
            throw new MoveRefusedException("请填写迁移原因");
        }
        if (why.length() > 500) {
            throw new MoveRefusedException("迁移原因不超过 500 字");
        }
        EnterpriseRegistry.StoredEnterprise e = code == null ? null : jdbc.sql("SELECT id, name, credit_code, "
                + "county_code FROM enterprise WHERE credit_code = :code").param("code", code)
                .query((rs, n) -> new EnterpriseRegistry.StoredEnterprise(rs.getLong(1), rs.getString(3),
                        rs.getString(2), rs.getString(4), null, null, null, null, null, null))
                .optional().orElse(null);
        if (e == null) {
            throw new MoveRefusedException("清单台账中没有统一社会信用代码为 " + creditCode + " 的企业");
        }
        if (e.countyCode().equals(toCounty)) {
            throw new MoveRefusedException("企业" + e.label() + "已登记在该县区，无需迁移");
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("UPDATE enterprise SET county_code = :county, updated_at = :now WHERE id = :id")
                .param("county", toCounty).param("now", now).param("id", e.id()).update();
        jdbc.sql("INSERT INTO enterprise_move (enterprise_id, from_county, to_county, effective_on, reason, moved_by, "
                + "moved_at) VALUES (:id, :from, :to, :on, :reason, :by, :at)")
                .param("id", e.id()).param("from", e.countyCode()).param("to", toCounty).param("on", effectiveOn)
                .param("reason", why).param("by", movedBy).param("at", now).update();
        return new Move(e.id(), e.name(), e.creditCode(), e.countyCode(), toCounty, effectiveOn, why, movedBy);
    }

    /** The moves of the enterprise with the credit code, oldest first. */
    public List<Move> history(String creditCode) {
        return jdbc.sql("SELECT m.enterprise_id, e.name, e.credit_code, m.from_county, m.to_county, m.effective_on, "
                + "m.reason, m.moved_by FROM enterprise_move m JOIN enterprise e ON e.id = m.enterprise_id "
                + "WHERE e.credit_code = :code ORDER BY m.id").param("code", FactText.creditCode(creditCode))
                .query((rs, n) -> new Move(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** A move that cannot be made; the message says why, in Chinese. */
    public static class MoveRefusedException extends RuntimeException {

        public MoveRefusedException(String message) {
            super(message);
        }
    }
}
