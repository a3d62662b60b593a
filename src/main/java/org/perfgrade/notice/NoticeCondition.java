package org.perfgrade.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.perfgrade.reference.ConfigNode;

/**
 * 措辞条件 ({@code when:} in {@code notices.yml}): when a sentence or heading of a notice appears, over named facts of
 * the date such as 有未达标县区 — so that an office can change which sentence says what without a release. A
 * condition is a list of clauses that must all hold; a clause holds when one of its terms does (written with
 * {@code or}); a term is a fact name, or {@code not} and a fact name.
 *
 * @param clauses the clauses, all of which must hold; empty: always
 */
public record NoticeCondition(List<List<Term>> clauses) {

    /** No condition: the sentence always appears. */
    public static final NoticeCondition ALWAYS = new NoticeCondition(List.of());

    public NoticeCondition {
        clauses = clauses.stream().map(List::copyOf).toList();
    }

    /** One fact, possibly negated. */
    public record Term(String fact, boolean negated) {

        boolean holds(Set<String> facts) {
            return facts.contains(fact) != negated;
        }
    }

    /** Whether the condition holds when exactly {@code facts} are true. */
    public boolean holds(Set<String> facts) {
        return clauses.stream().allMatch(clause -> clause.stream().anyMatch(t -> t.holds(facts)));
    }

    /**
     * Reads a {@code when:} value — one clause ("有逾期事项 or 有降级企业") or a list of clauses — failing with the file
     * and line on a fact name not in {@code known}.
     */
    static NoticeCondition read(ConfigNode node, Set<String> known) {
        List<ConfigNode> items;
        try {
            items = node.items();
        }
        catch (RuntimeException notAList) {
            items = List.of(node);
        }
        List<List<Term>> clauses = new ArrayList<>();
        for (ConfigNode item : items) {
            List<Term> clause = new ArrayList<>();
            for (String part : item.text().split("\\s+or\\s+")) {
                String word = part.strip();
                boolean negated = word.startsWith("not ");
                String fact = negated ? word.substring(4).strip() : word;
                if (!known.contains(fact)) {
                    throw item.error("不认识的条件“" + fact + "”" + (known.isEmpty() ? "（这种通报的措辞不能带条件）"
                            : "（可用：" + String.join("、", new TreeSet<>(known)) + "）"));
                }
                clause.add(new Term(fact, negated));
            }
            clauses.add(clause);
        }
        return new NoticeCondition(clauses);
    }
}
