package org.perfgrade.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.perfgrade.reference.Industry;
import org.perfgrade.reference.IndustryBranch;
import org.perfgrade.reference.ReferenceData;

/**
 * 重点行业名称核对: 附件2 notes 1–2 require the industry type and branch exactly as the national and Henan guides write
 * them. This finds the configured industry or branch of a cell (spaces and the width of brackets do not count) and,
 * when there is none, the nearest configured name to suggest — 铸造业 → 铸造, 水泥制造 → 水泥, 包装印刷业 → 包装印刷 —
 * by containment first, then a small edit distance.
 */
public final class IndustryMatcher {

    private final List<Industry> industries;

    public IndustryMatcher(ReferenceData reference) {
        this.industries = reference.industries();
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
