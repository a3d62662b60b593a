package org.perfgrade.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 用语表 ({@code config/glossary.yml}): the Chinese name of every document kind, and the internal terms with the
 * words a reader is given instead — so that the console, the command line and the documents say the same thing, and
 * a new document kind is one line in config.
 *
 * @param location where the file was read from (shown in messages)
 * @param kinds    document kind (manifest {@code kind}) → Chinese name, in the order of the file
 * @param terms    internal terms, each with its Chinese word and the writings no document may contain
 */
public record Glossary(String location, Map<String, String> kinds, List<Term> terms) {

    /**
     * 用语: an internal term ({@code snapshot}), the word a document uses for it (统计) and the writings that must not
     * appear in a document (快照).
     */
    public record Term(String term, String name, List<String> avoid) {

        public Term {
            avoid = List.copyOf(avoid);
        }
    }

    public Glossary {
        kinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
        terms = List.copyOf(terms);
    }

    /** The Chinese name of a document kind; the kind itself when the glossary has no entry for it. */
    public String kindName(String kind) {
        return kinds.getOrDefault(kind, kind);
    }

    /** The Chinese name of a document kind, empty when the glossary has no entry for it. */
    public Optional<String> knownKindName(String kind) {
        return Optional.ofNullable(kinds.get(kind));
    }

    /** The kinds in the glossary's order; kinds it does not know follow, alphabetically. */
    public List<String> inGlossaryOrder(java.util.Collection<String> someKinds) {
        List<String> known = new ArrayList<>(kinds.keySet());
        known.retainAll(someKinds);
        List<String> unknown = someKinds.stream().filter(k -> !kinds.containsKey(k)).distinct().sorted().toList();
        known.addAll(unknown);
        return known;
    }

    /** Position of the kind in the glossary (unknown kinds after every known one). */
    public int rank(String kind) {
        int i = 0;
        for (String k : kinds.keySet()) {
            if (k.equals(kind)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }

    /** The word a document uses for an internal term ({@code snapshot} → 统计). */
    public Optional<String> word(String term) {
        return terms.stream().filter(t -> t.term().equals(term)).map(Term::name).findFirst();
    }

    /** Every writing no document may contain, each with the word to use instead. */
    public Map<String, String> forbidden() {
        Map<String, String> forbidden = new LinkedHashMap<>();
        for (Term t : terms) {
            t.avoid().forEach(a -> forbidden.putIfAbsent(a, t.name()));
        }
        return forbidden;
    }
}
