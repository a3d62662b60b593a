package org.perfgrade.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * 行业应急减排措施: the measures of one industry (or one branch of it) per grade, or — with no industry — the general
 * default by grade, as read from {@code config/emergency-measures.yml}. A rule whose {@code confirmed} is false has
 * not been checked line by line against the technical guide (待完善), and the list says so beside each line using it.
 *
 * @param industry  重点行业类型; null for the general default
 * @param branch    重点行业分支; null for a rule of the whole industry
 * @param confirmed checked against the guide's text
 * @param basis     the guide the measures come from (null when not given)
 * @param grades    grade code → measures, in the order of the file
 * @param line      the line of the rule in its file (for messages)
 */
public record EmergencyMeasureRule(String industry, String branch, boolean confirmed, String basis,
                                   Map<String, AlertMeasures> grades, int line) {

    public EmergencyMeasureRule {
        grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
    }

    /** Whether this is the general default (通用默认措施) rather than an industry's own rule. */
    public boolean isDefault() {
        return industry == null;
    }

    public Optional<AlertMeasures> measures(String grade) {
        return Optional.ofNullable(grades.get(grade));
    }
}
