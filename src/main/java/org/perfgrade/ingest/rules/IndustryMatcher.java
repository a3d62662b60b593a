package org.perfgrade.ingest.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.perfgrade.reference.Industry;
import org.perfgrade.reference.IndustryBranch;
import org.perfgrade.reference.ReferenceData;

/**
 * 重点行业名称核对: 附件2 notes 1–2 require the industry type and branch exactly as the national and Henan guides write
 * them. This finds the configured industry or branch of a cell (spaces and the width of brackets do not count);
 * {@link #read(String)} also reads what a clerk reads with certainty (R29) — a 行业/业/类 suffix (铸造行业), an alias of
 * {@code config/industries.yml} (印刷 → 包装印刷), the branch written inside the type (铸造（黑色金属铸造）,
 * 工业涂装-钢结构, or the branch alone: 熟料) — and tells an alias that could mean two industries (钢铁). When there
 * is none, {@link #suggestIndustry(String)} gives the nearest configured name to suggest, by containment first, then a
 * small edit distance.
 */
public final class IndustryMatcher {

    /** Suffixes a county adds to an industry name: 铸造行业, 铸造业, 铸造类. */
    private static final List<String> SUFFIXES = List.of("行业", "业", "类");

    /** What may stand between an industry and its branch written in one cell: 工业涂装-钢结构, 铸造/有色金属铸造. */
    private static final String SEPARATORS = "-/:·、,_";

    private final List<Industry> industries;
    /** The keys each industry may be written as, see {@link #forms(Industry)}. */
    private final Map<Industry, List<String>> forms = new LinkedHashMap<>();

    public IndustryMatcher(ReferenceData reference) {
        this.industries = reference.industries();
        industries.forEach(industry -> forms.put(industry, forms(industry)));
    }

    /** How a 重点行业类型 cell was read. */
    public enum Kind {
        /** Exactly a configured name (spaces and bracket width aside). */
        EXACT,
        /** One industry (and maybe its branch) with certainty, though not written as configured: a correction. */
        READ,
        /** An alias of two or more industries. */
        AMBIGUOUS,
        /** No configured industry. */
        UNKNOWN
    }

    /**
     * A 重点行业类型 cell read.
     *
     * @param industry   the industry for EXACT and READ, else null
     * @param branch     the branch written inside the type (READ only), else null
     * @param candidates for AMBIGUOUS, the industries the alias may mean
     */
    public record Reading(Kind kind, Industry industry, IndustryBranch branch, List<Industry> candidates) {
    }

    /** Reads a 重点行业类型 cell: its configured name, or what it means with certainty, or that it is ambiguous. */
    public Reading read(String text) {
        Optional<Industry> exact = industry(text);
        if (exact.isPresent()) {
            return new Reading(Kind.EXACT, exact.get(), null, List.of());
        }
        String key = TextNormalizer.key(text);
        if (key.isEmpty()) {
            return new Reading(Kind.UNKNOWN, null, null, List.of());
        }
        Map<Industry, IndustryBranch> found = new LinkedHashMap<>();
        for (Industry industry : industries) {
            for (String form : forms.get(industry)) {
                if (key.equals(form)) {
                    found.putIfAbsent(industry, null);
                } else if (key.startsWith(form)) {
                    branch(industry, within(key.substring(form.length()))).ifPresent(b -> found.put(industry, b));
                }
            }
            branch(industry, key).ifPresent(b -> found.put(industry, b));
        }
        if (found.size() == 1) {
            Map.Entry<Industry, IndustryBranch> only = found.entrySet().iterator().next();
            return new Reading(Kind.READ, only.getKey(), only.getValue(), List.of());
        }
        return found.isEmpty() ? new Reading(Kind.UNKNOWN, null, null, List.of())
                : new Reading(Kind.AMBIGUOUS, null, null, List.copyOf(found.keySet()));
    }

    /** The keys an industry may be written as: its name and aliases, each also with a 行业/业/类 suffix. */
    private static List<String> forms(Industry industry) {
        List<String> names = new ArrayList<>();
        names.add(TextNormalizer.key(industry.name()));
        industry.aliases().forEach(alias -> names.add(TextNormalizer.key(alias)));
        List<String> forms = new ArrayList<>(names);
        for (String name : names) {
            SUFFIXES.forEach(suffix -> forms.add(name + suffix));
        }
        return forms;
    }

    /** The branch part after the industry: (黑色金属铸造) → 黑色金属铸造, -钢结构 → 钢结构, 熟料 → 熟料. */
    private static String within(String rest) {
        if (rest.length() > 2 && rest.startsWith("(") && rest.endsWith(")")) {
            return rest.substring(1, rest.length() - 1);
        }
        int start = 0;
        while (start < rest.length() && SEPARATORS.indexOf(rest.charAt(start)) >= 0) {
            start++;
        }
        return rest.substring(start);
    }

    /** The configured industry written in the cell, if it is one. */
    public Optional<Industry> industry(String text) {
        String key = TextNormalizer.key(text);
        return key.isEmpty() ? Optional.empty()
                : industries.stream().filter(i -> TextNormalizer.key(i.name()).equals(key)).findFirst();
    }

    /** The configured branch of the industry written in the cell, if it is one. */
    public Optional<IndustryBranch> branch(Industry industry, String text) {
        String key = TextNormalizer.key(text);
        return key.isEmpty() ? Optional.empty()
                : industry.branches().stream().filter(b -> TextNormalizer.key(b.name()).equals(key)).findFirst();
    }

    /** The configured industry whose name is nearest to an unknown one, when one is near enough to suggest. */
    public Optional<String> suggestIndustry(String text) {
        return nearest(text, industries, Industry::name);
    }

    /** The branch of the industry whose name is nearest to an unknown one, when one is near enough to suggest. */
    public Optional<String> suggestBranch(Industry industry, String text) {
        return nearest(text, industry.branches(), IndustryBranch::name);
    }

    /**
     * The nearest name: one the text contains or that contains the text (at least two characters; the closest in
     * length wins), else the one at the smallest edit distance, at most a third of the longer name (at least 1).
     * Nothing is suggested when two names are equally near.
     */
    static <T> Optional<String> nearest(String text, Collection<T> items, Function<T, String> nameOf) {
        String key = TextNormalizer.key(text);
        if (key.length() < 2) {
            return Optional.empty();
        }
        List<String> names = items.stream().map(nameOf).toList();
        Optional<String> contained = unique(names.stream()
                .filter(name -> overlaps(key, TextNormalizer.key(name))).toList(),
                name -> Math.abs(TextNormalizer.key(name).length() - key.length()));
        if (contained.isPresent()) {
            return contained;
        }
        return unique(names.stream()
                .filter(name -> distance(key, TextNormalizer.key(name)) <= allowed(key, TextNormalizer.key(name)))
                .toList(), name -> distance(key, TextNormalizer.key(name)));
    }

    private static Optional<String> unique(List<String> candidates, ToIntFunction<String> score) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int best = candidates.stream().mapToInt(score).min().getAsInt();
        List<String> nearest = candidates.stream().filter(name -> score.applyAsInt(name) == best).toList();
        return nearest.size() == 1 ? Optional.of(nearest.get(0)) : Optional.empty();
    }

    private static boolean overlaps(String key, String name) {
        return name.length() >= 2 && (key.contains(name) || name.contains(key));
    }

    private static int allowed(String a, String b) {
        return Math.max(1, Math.max(a.length(), b.length()) / 3);
    }

    /** The Levenshtein distance (insertions, deletions, substitutions) between two strings. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
