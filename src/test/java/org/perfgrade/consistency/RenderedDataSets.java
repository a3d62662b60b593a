package org.perfgrade.consistency;

import java.util.LinkedHashMap;
import java.util.Map;

import org.perfgrade.consistency.DataSets.DataSet;

import org.springframework.context.ApplicationContext;

/**
 * The documents of every data set, rendered once per test run (per database) and shared by the consistency tests,
 * which run in one Spring context: each data set is planted in turn (the ledger emptied first) and its date rendered
 * twice, so that the second rendering can be compared with the first.
 */
final class RenderedDataSets {

    /** The two renderings of one data set's date. */
    record Renderings(DateDocuments first, DateDocuments second) {
    }

    private static Map<String, Renderings> rendered;

    private RenderedDataSets() {
    }

    static synchronized Map<String, Renderings> in(ApplicationContext context) {
        if (rendered == null) {
            DocumentsOfTheDate documents = DocumentsOfTheDate.in(context);
            Map<String, Renderings> all = new LinkedHashMap<>();
            for (DataSet set : DataSets.all()) {
                documents.plant(set);
                all.put(set.name(), new Renderings(documents.render(set.asOf()), documents.render(set.asOf())));
            }
            rendered = all;
        }
        return rendered;
    }
}
