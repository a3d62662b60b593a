package org.perfgrade.document.xlsx;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 排序键: the Chinese collation keys ({@link Collator} for {@link Locale#CHINA}) of a list's texts, made once per
 * distinct text — sorting by keys gives the order of {@code collator.compare} without analysing both strings again
 * at each of the n log n comparisons — and made on every core ({@link #prepare}) before a county's rows are sorted:
 * making the keys was a fifth of the emergency list's CPU in the benchmark's profile. A collator is not
 * thread-safe, so each thread uses its own; keys of collators with the same rules compare as one.
 */
public final class CollationKeys {

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> Collator.getInstance(
            Locale.CHINA));

    private final Map<String, CollationKey> keys = new ConcurrentHashMap<>();

    /** Makes the keys of the texts (nulls skipped) on every core. */
    public CollationKeys prepare(Collection<String> texts) {
        texts.parallelStream().filter(t -> t != null && !keys.containsKey(t)).distinct()
                .forEach(this::key);
        return this;
    }

    public CollationKey key(String text) {
        return keys.computeIfAbsent(text, t -> COLLATOR.get().getCollationKey(t));
    }

    /** Texts by collation, null first. */
    public Comparator<String> comparator() {
        return Comparator.nullsFirst(Comparator.comparing(this::key));
    }
}
