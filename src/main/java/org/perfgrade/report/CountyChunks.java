package org.perfgrade.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 按县区分块: the rows of a city-wide list read one county at a time in 附件1 order, each county's rows loaded and
 * ordered by {@code load} only when the previous county is used up, and numbered 1..n across the counties. A list
 * ordered by county first thus streams in the memory of its largest county, not of the whole city.
 *
 * @param <T> a list row
 */
final class CountyChunks<T> implements Iterator<T> {

    /** Renumbers a row (序号). */
    interface Numbering<T> {
        T number(T row, int number);
    }

    private final Iterator<String> counties;
    private final Function<String, List<T>> load;
    private final Numbering<T> numbering;
    private final long limit;
    private Iterator<T> chunk = java.util.Collections.emptyIterator();
    private int number;

    /**
     * @param counties county codes in document order
     * @param load     one county's rows, already in document order
     * @param limit    the most rows to yield (Long.MAX_VALUE for all)
     */
    CountyChunks(List<String> counties, Function<String, List<T>> load, Numbering<T> numbering, long limit) {
        this.counties = counties.iterator();
        this.load = load;
        this.numbering = numbering;
        this.limit = limit;
    }

    @Override
    public boolean hasNext() {
        if (number >= limit) {
            return false;
        }
        while (!chunk.hasNext() && counties.hasNext()) {
            chunk = load.apply(counties.next()).iterator();
        }
        return chunk.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return numbering.number(chunk.next(), ++number);
    }

    /**
     * The county codes of a list in document order: the one county of an extract, or every configured county by
     * its 附件1 order and then any county the database has that the configuration does not (by code).
     */
    static List<String> countyOrder(ReferenceData reference, JdbcClient jdbc, County countyOrNull) {
        if (countyOrNull != null) {
            return List.of(countyOrNull.code());
        }
        Set<String> codes = new LinkedHashSet<>();
        reference.counties().stream().sorted(Comparator.comparingInt(County::order).thenComparing(County::code))
                .forEach(c -> codes.add(c.code()));
        List<String> others = new ArrayList<>(jdbc.sql("SELECT code FROM county ORDER BY code")
                .query(String.class).list());
        others.removeAll(codes);
        others.sort(Comparator.naturalOrder());
        codes.addAll(others);
        return List.copyOf(codes);
    }
}
