package org.perfgrade.report;

import java.util.ArrayList;
import java.util.List;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.snapshot.Snapshot;

import org.springframework.stereotype.Service;

/**
 * 当日文档: the documents rendered for a business date after its snapshot, city-wide and as county extracts. The
 * briefing, the emergency-reduction and publicity lists join here as they land.
 */
@Service
public class DailyDocuments {

    private final ReferenceData reference;
    private final BriefingReport briefing;
    private final TargetTableReport targetTable;
    private final ImprovementListWorkbook improvementList;

    DailyDocuments(ReferenceData reference, BriefingReport briefing, TargetTableReport targetTable,
                   ImprovementListWorkbook improvementList) {
        this.reference = reference;
        this.briefing = briefing;
        this.targetTable = targetTable;
        this.improvementList = improvementList;
    }

    public List<ArchivedDocument> render(Snapshot snapshot) {
        List<ArchivedDocument> documents = new ArrayList<>();
        documents.add(briefing.render(snapshot));
        documents.add(targetTable.render(snapshot, null));
        documents.add(improvementList.render(snapshot.asOf(), null));
        for (County county : reference.counties()) {
            documents.add(targetTable.render(snapshot, county));
            documents.add(improvementList.render(snapshot.asOf(), county));
        }
        return documents;
    }
}
