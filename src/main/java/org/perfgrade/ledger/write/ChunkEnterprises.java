package org.perfgrade.ledger.write;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongUnaryOperator;

import org.perfgrade.ledger.FactText;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.Honour;
import org.perfgrade.ledger.write.EnterpriseRegistry.Match;
import org.perfgrade.ledger.write.EnterpriseRegistry.StoredEnterprise;

/**
 * 一个分块的企业登记: the enterprises a chunk of rows names, read ahead in two queries (by credit code, by county and
 * name) and kept in memory while the rows are applied, so that finding and saving an enterprise costs no statement.
 * The chunk's writes go to the database afterwards in a few batches ({@link #flush}): new enterprises (with a
 * temporary negative id until then, their real ids read back by credit code or by county and name), changed
 * details and honours. The content is the same as saving row by row: each enterprise ends as the last row left it.
 */
final class ChunkEnterprises {

    private final EnterpriseRegistry registry;
    private final String submittingCounty;
    private final Map<Long, Entry> byId = new LinkedHashMap<>();
    private final Map<String, Entry> byCode = new HashMap<>();
    private final Map<String, List<Entry>> byName = new HashMap<>();
    /** Enterprises of other counties under the chunk's names: never changed, only refused (归属). */
    private final Map<String, List<StoredEnterprise>> elsewhereByName = new HashMap<>();
    private final List<Entry> added = new ArrayList<>();
    private long nextTemporaryId = -1;

    ChunkEnterprises(EnterpriseRegistry registry, String submittingCounty, List<EnterpriseFacts> facts) {
        this.registry = registry;
        this.submittingCounty = submittingCounty;
        Set<String> codes = new HashSet<>();
        Set<String> counties = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (EnterpriseFacts f : facts) {
            String code = FactText.creditCode(f.creditCode());
            if (code != null) {
                codes.add(code);
            }
            String name = FactText.clean(f.name());
            if (name != null) {
                names.add(name);
                counties.add(EnterpriseRegistry.county(f, submittingCounty));
            }
        }
        List<StoredEnterprise> known = new ArrayList<>();
        for (StoredEnterprise e : registry.byNames(names)) {
            if (counties.contains(e.countyCode())) {
                known.add(e);
            }
            else {
                elsewhereByName.computeIfAbsent(e.name(), n -> new ArrayList<>()).add(e);
            }
        }
        known.addAll(registry.byCreditCodes(codes).values());
        known.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).forEach(e -> {
            if (!byId.containsKey(e.id())) {
                index(new Entry(e));
            }
        });
    }

    /** The ids of the enterprises read ahead (not those the chunk adds). */
    Set<Long> storedIds() {
        Set<Long> ids = new HashSet<>(byId.keySet());
        ids.removeIf(id -> id < 0);
        return ids;
    }

    /** As {@link EnterpriseRegistry#find(EnterpriseFacts, String)}, against the chunk's view. */
    Match find(EnterpriseFacts facts) {
        return registry.find(facts, submittingCounty,
                code -> Optional.ofNullable(byCode.get(code)).map(e -> e.current),
                name -> {
                    List<StoredEnterprise> named = new ArrayList<>();
                    byName.getOrDefault(name, List.of()).forEach(e -> named.add(e.current));
                    named.addAll(elsewhereByName.getOrDefault(name, List.of()));
                    return named;
                });
    }

    /**
     * Saves the reported details in memory ({@link EnterpriseRegistry#merged}): returns the enterprise as the row
     * leaves it, with a temporary negative id when the chunk adds it.
     */
    StoredEnterprise save(EnterpriseFacts facts, StoredEnterprise found) {
        StoredEnterprise reported = EnterpriseRegistry.merged(facts, submittingCounty, found);
        Entry entry;
        if (found == null) {
            entry = new Entry(null);
            entry.current = reported.withId(nextTemporaryId--);
            index(entry);
            added.add(entry);
        }
        else {
            entry = byId.get(found.id());
            entry.current = reported;
            if (reported.creditCode() != null) {
                byCode.put(reported.creditCode(), entry);
            }
        }
        if (facts.honours() != null) {
            entry.honours = Set.copyOf(facts.honours());
        }
        return entry.current;
    }

    /**
     * Writes what the chunk changed, in a few batches; returns the mapping of temporary ids to the ids the
     * database gave (other ids unchanged).
     */
    LongUnaryOperator flush(LocalDateTime now) {
        registry.insertAll(added.stream().map(e -> e.current).toList(), now);
        Map<Long, Long> realIds = readBack();
        LongUnaryOperator resolve = id -> id < 0 ? realIds.get(id) : id;
        registry.updateAll(byId.values().stream().filter(e -> e.original != null && !e.current.equals(e.original))
                .map(e -> e.current).toList(), now);
        Map<Long, Set<Honour>> wanted = new HashMap<>();
        Set<Long> stored = new HashSet<>();
        for (Entry e : byId.values()) {
            if (e.honours != null) {
                wanted.put(resolve.applyAsLong(e.current.id()), e.honours);
                if (e.original != null) {
                    stored.add(e.original.id());
                }
            }
        }
        registry.honours().replace(wanted, registry.honours().of(stored));
        return resolve;
    }

    /** The real ids of the added enterprises: by credit code, or by county and name among those without one. */
    private Map<Long, Long> readBack() {
        Map<Long, Long> realIds = new HashMap<>();
        if (added.isEmpty()) {
            return realIds;
        }
        Map<String, Long> codes = new HashMap<>();
        Set<String> counties = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Entry e : added) {
            if (e.current.creditCode() != null) {
                codes.put(e.current.creditCode(), e.current.id());
            }
            else {
                counties.add(e.current.countyCode());
                names.add(e.current.name());
            }
        }
        registry.byCreditCodes(codes.keySet()).forEach((code, e) -> realIds.put(codes.get(code), e.id()));
        if (!names.isEmpty()) {
            Map<String, Long> byCountyAndName = new HashMap<>();
            for (StoredEnterprise e : registry.byCountiesAndNames(counties, names)) {
                if (e.creditCode() == null && !byId.containsKey(e.id())) {
                    byCountyAndName.put(e.countyCode() + "\u0000" + e.name(), e.id()); // the newest wins
                }
            }
            for (Entry e : added) {
                if (e.current.creditCode() == null) {
                    realIds.put(e.current.id(), byCountyAndName.get(e.current.countyCode() + "\u0000" + e.current.name()));
                }
            }
        }
        for (Entry e : added) {
            if (realIds.get(e.current.id()) == null) {
                throw new IllegalStateException("新登记的企业未能读回：" + e.current.label());
            }
        }
        return realIds;
    }

    private void index(Entry entry) {
        byId.put(entry.current.id(), entry);
        if (entry.current.creditCode() != null) {
            byCode.put(entry.current.creditCode(), entry);
        }
        byName.computeIfAbsent(entry.current.name(), n -> new ArrayList<>()).add(entry);
    }

    /** An enterprise as stored before the chunk ({@code original}, null when added) and as the chunk leaves it. */
    private static final class Entry {

        private final StoredEnterprise original;
        private StoredEnterprise current;
        private Set<Honour> honours;

        Entry(StoredEnterprise original) {
            this.original = original;
            this.current = original;
        }
    }
}
