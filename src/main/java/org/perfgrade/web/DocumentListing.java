package org.perfgrade.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.reference.County;
import org.perfgrade.reference.Glossary;
import org.perfgrade.reference.ReferenceData;

/**
 * 文档列表的显示: the documents of a day as the documents page shows them — grouped by county (全市 first, then the
 * counties in 附件1 order), each named by its Chinese kind from the glossary, with its size in KB or MB and its dates
 * written in Chinese.
 */
final class DocumentListing {

    static final String CITY = "全市";

    /** One county's documents (or the city-wide ones). */
    record CountyGroup(String county, List<Row> rows) {
    }

    /** A listed document with what the page shows of it. */
    record Row(ConsoleDocument document, String kindName, String size, String createdAt) {
    }

    /** An entry of a drop-down: the value sent back and the text shown. */
    record Option(String value, String label) {
    }

    private final Glossary glossary;
    private final ReferenceData reference;

    DocumentListing(Glossary glossary, ReferenceData reference) {
        this.glossary = glossary;
        this.reference = reference;
    }

    /** The documents by county: 全市 first, then 附件1 order, unknown county codes last; by kind, then file. */
    List<CountyGroup> groups(List<ConsoleDocument> documents) {
        Map<String, County> counties = reference.countiesByCode();
        Comparator<ConsoleDocument> order = Comparator
                .comparingInt((ConsoleDocument d) -> d.cityWide() ? 0 : counties.containsKey(d.countyCode())
                        ? counties.get(d.countyCode()).order() : Integer.MAX_VALUE)
                .thenComparing(d -> d.cityWide() ? "" : d.countyCode())
                .thenComparingInt(d -> glossary.rank(d.kind()))
                .thenComparing(ConsoleDocument::kind)
                .thenComparing(ConsoleDocument::path);
        Map<String, List<Row>> byCounty = new LinkedHashMap<>();
        for (ConsoleDocument d : documents.stream().sorted(order).toList()) {
            String county = d.cityWide() ? CITY
                    : counties.containsKey(d.countyCode()) ? counties.get(d.countyCode()).name() : d.countyCode();
            byCounty.computeIfAbsent(county, c -> new ArrayList<>()).add(new Row(d, glossary.kindName(d.kind()),
                    ConsoleText.size(d.size()), ConsoleText.dateTime(d.createdAt())));
        }
        return byCounty.entrySet().stream().map(e -> new CountyGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** The kinds of the drop-down, in the glossary's order, each with its Chinese name. */
    List<Option> kinds(java.util.Collection<String> kinds) {
        return glossary.inGlossaryOrder(kinds).stream().map(k -> new Option(k, glossary.kindName(k))).toList();
    }

    /** The dates of the drop-down, newest first, shown as 2021年11月15日. */
    static List<Option> dates(List<LocalDate> dates) {
        return dates.stream().map(d -> new Option(d.toString(), ConsoleText.date(d))).toList();
    }
}
