package org.perfgrade.ingest.rules;

import static org.perfgrade.ingest.header.Column.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

import org.perfgrade.ingest.header.Column;

/**
 * 字段长度上限: the longest text each column may hold, in characters, so that a row the database would refuse is
 * refused here with its place (R18) instead of failing the whole import. Taken from the columns of
 * {@code sql/V2__enterprise_ledger.sql} (enterprise, ledger_line, improvement_plan) and
 * {@code sql/V6__ledger_dynamics.sql} (grade_application, violation, expert); change both together.
 */
public final class TextLimits {

    private static final Map<Column, Integer> LIMITS = new EnumMap<>(Column.class);

    static {
        // enterprise
        LIMITS.put(ENTERPRISE_NAME, 200);
        LIMITS.put(PERMIT_NO, 40);
        LIMITS.put(TOWNSHIP, 60);
        LIMITS.put(ADDRESS, 300);
        // ledger_line
        LIMITS.put(PRODUCTS, 500);
        LIMITS.put(CAPACITY, 500);
        LIMITS.put(PRODUCTION_LINES, 1000);
        // improvement_plan
        LIMITS.put(DIFFERENTIATING_INDEX, 1000);
        LIMITS.put(PROBLEMS, 2000);
        LIMITS.put(MEASURES, 2000);
        LIMITS.put(REMARKS, 1000);
        // grade_application
        LIMITS.put(EXPERTS, 500);
        // violation (the 违法类型 text is kept as description for type 其他)
        LIMITS.put(SOURCE_DOCUMENT, 300);
        LIMITS.put(VIOLATION_TYPE, 1000);
        // expert
        LIMITS.put(EXPERT_NAME, 100);
        LIMITS.put(ORGANISATION, 200);
        LIMITS.put(FIELD, 200);
    }

    private TextLimits() {
    }

    /** The limit of a column, empty when its text is not stored as such (codes, grades, dates, numbers). */
    public static OptionalInt of(Column column) {
        Integer limit = LIMITS.get(column);
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }
}
