package org.perfgrade.nightly;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.perfgrade.document.ArchivedDocument;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The documents a rendering partition wrote, kept in its step's execution context as lists of strings (types that
 * every execution-context serializer reads back, Java serialization's allow-list included), so that a restart or a
 * partition run elsewhere still lists them.
 */
final class RenderedDocuments {

    static final String KEY = "documents";

    private RenderedDocuments() {
    }

    static void put(ExecutionContext context, List<ArchivedDocument> documents) {
        ArrayList<ArrayList<String>> rows = new ArrayList<>();
        for (ArchivedDocument d : documents) {
            rows.add(new ArrayList<>(Arrays.asList(d.kind(), d.path(), d.sha256(), String.valueOf(d.size()),
                    d.asOf().toString(), d.county(), d.createdAt().toString())));
        }
        context.put(KEY, rows);
    }

    @SuppressWarnings("unchecked")
    static List<ArchivedDocument> of(ExecutionContext context) {
        if (context == null || !context.containsKey(KEY)) {
            return List.of();
        }
        List<ArchivedDocument> documents = new ArrayList<>();
        for (List<String> row : (List<List<String>>) context.get(KEY)) {
            documents.add(new ArchivedDocument(row.get(0), row.get(1), row.get(2), Long.parseLong(row.get(3)),
                    LocalDate.parse(row.get(4)), row.get(5), OffsetDateTime.parse(row.get(6))));
        }
        return documents;
    }
}
