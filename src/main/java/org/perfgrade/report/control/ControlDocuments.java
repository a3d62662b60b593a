package org.perfgrade.report.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.ledger.DerivedLists;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;

/**
 * 差异化管控与信用名单: the documents of this room for one business date, city-wide or one county's extracts — each
 * of the four 差异化管控 lists as .xlsx and PDF (from one read of the ledger as of the date), then the credit-platform
 * list of violators as .xlsx. The nightly rendering calls it through {@code report.DailyDocuments}.
 */
@Service
public class ControlDocuments {

    private final DerivedLists derived;
    private final ReferenceData reference;
    private final ControlListWorkbook workbook;
    private final ControlListReport report;
    private final CreditListWorkbook creditList;

    public ControlDocuments(DerivedLists derived, ReferenceData reference, ControlListWorkbook workbook,
                            ControlListReport report, CreditListWorkbook creditList) {
        this.derived = derived;
        this.reference = reference;
        this.workbook = workbook;
        this.report = report;
        this.creditList = creditList;
    }

    /** Renders and archives the documents of the date, city-wide (county null) or for one county. */
    public List<ArchivedDocument> render(LocalDate asOf, County countyOrNull) {
        DerivedLists.ControlLists lists = derived.controlLists(asOf, countyOrNull == null ? null : countyOrNull.code());
        List<ArchivedDocument> documents = new ArrayList<>();
        for (ControlList list : ControlList.values()) {
            List<DerivedLists.Entry> entries = list.entries(lists);
            List<ControlListRow> rows = ControlListRow.of(list, entries);
            long enterprises = entries.stream().map(e -> e.countyCode() + "/" + e.enterprise() + "/" + e.creditCode())
                    .distinct().count();
            ControlTexts texts = ControlTexts.of(reference, list, asOf, countyOrNull, rows.size(), enterprises);
            documents.add(workbook.render(list, asOf, countyOrNull, rows, texts));
            documents.add(report.render(list, asOf, countyOrNull, rows, texts));
        }
        documents.add(creditList.render(asOf, countyOrNull));
        return documents;
    }
}
