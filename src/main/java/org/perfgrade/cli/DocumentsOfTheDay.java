package org.perfgrade.cli;

import java.util.ArrayList;
import java.util.List;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.ImprovementListWorkbook;
import org.perfgrade.report.TargetTableReport;
import org.perfgrade.snapshot.Snapshot;

import org.springframework.context.ApplicationContext;

/**
 * The documents rendered for a business date after its snapshot, city-wide and as county extracts. Grows with the
 * reports issue (#5): the briefing, the lists and the publicity list join here.
 */
final class DocumentsOfTheDay {

    private DocumentsOfTheDay() {
    }

    static List<ArchivedDocument> render(ApplicationContext context, Snapshot snapshot) {
        ReferenceData reference = context.getBean(ReferenceData.class);
        TargetTableReport targetTable = context.getBean(TargetTableReport.class);
        ImprovementListWorkbook improvementList = context.getBean(ImprovementListWorkbook.class);
        List<ArchivedDocument> documents = new ArrayList<>();
        documents.add(targetTable.render(snapshot, null));
        documents.add(improvementList.render(snapshot.asOf(), null));
        for (County county : reference.counties()) {
            documents.add(targetTable.render(snapshot, county));
            documents.add(improvementList.render(snapshot.asOf(), county));
        }
        return documents;
    }
}
