package org.perfgrade.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.changes.ChangesWorkbook;
import org.perfgrade.report.control.ControlDocuments;
import org.perfgrade.report.late.LateItemsWorkbook;
import org.perfgrade.report.trend.CountyTrendReport;
import org.perfgrade.snapshot.Snapshot;

import org.springframework.stereotype.Service;

/**
 * 当日文档: the documents rendered for a business date after its snapshot — the briefing with 《变化明细》 and
 * 《逾期事项清单》 beside it, 附件1, 附件2, the
 * emergency-reduction list, the publicity list and the 差异化管控 and credit-platform lists ({@link ControlDocuments})
 * city-wide, and the county extracts of each list and table with the county's own trend ({@link CountyTrendReport}).
 */
@Service
public class DailyDocuments {

    private final ReferenceData reference;
    private final BriefingReport briefing;
    private final TargetTableReport targetTable;
    private final ImprovementListWorkbook improvementList;
    private final ImprovementListReport improvementReport;
    private final EmergencyListWorkbook emergencyList;
    private final PublicityListWorkbook publicityWorkbook;
    private final PublicityListReport publicityReport;
    private final ControlDocuments controlDocuments;
    private final ChangesWorkbook changes;
    private final LateItemsWorkbook lateItems;
    private final CountyTrendReport countyTrend;

    DailyDocuments(ReferenceData reference, BriefingReport briefing, TargetTableReport targetTable,
                   ImprovementListWorkbook improvementList, ImprovementListReport improvementReport,
                   EmergencyListWorkbook emergencyList,
                   PublicityListWorkbook publicityWorkbook, PublicityListReport publicityReport,
                   ControlDocuments controlDocuments, ChangesWorkbook changes, LateItemsWorkbook lateItems,
                   CountyTrendReport countyTrend) {
        this.countyTrend = countyTrend;
        this.changes = changes;
        this.lateItems = lateItems;
        this.reference = reference;
        this.briefing = briefing;
        this.targetTable = targetTable;
        this.improvementList = improvementList;
        this.improvementReport = improvementReport;
        this.emergencyList = emergencyList;
        this.publicityWorkbook = publicityWorkbook;
        this.publicityReport = publicityReport;
        this.controlDocuments = controlDocuments;
    }

    /** Renders every document of the snapshot's date, city-wide first, then each county in 附件1 order. */
    public List<ArchivedDocument> render(Snapshot snapshot) {
        List<ArchivedDocument> documents = new ArrayList<>(renderCityWide(snapshot));
        for (County county : reference.counties()) {
            documents.addAll(render(snapshot, county));
        }
        return documents;
    }

    /**
     * Renders the city-wide documents of the snapshot's date: the briefing, 附件1 and every list (one partition of
     * the nightly rendering; each county's extracts are {@link #render(Snapshot, County)}).
     */
    public List<ArchivedDocument> renderCityWide(Snapshot snapshot) {
        List<ArchivedDocument> documents = new ArrayList<>();
        documents.addAll(briefingWithDetail(snapshot));
        documents.add(targetTable.render(snapshot, null));
        documents.addAll(lists(snapshot.asOf(), null));
        return documents;
    }

    /**
     * Renders the briefing of the snapshot's date and, beside it, the two workbooks it names for the detail:
     * 《变化明细》 and 《逾期事项清单》 (city-wide). Wherever the briefing is rendered, these are.
     */
    public List<ArchivedDocument> briefingWithDetail(Snapshot snapshot) {
        return List.of(briefing.render(snapshot), changes.render(snapshot, null), lateItems.render(snapshot, null));
    }

    /** Renders one county's extracts of the snapshot's date: 附件1, its changes and late items, and every list. */
    public List<ArchivedDocument> render(Snapshot snapshot, County county) {
        List<ArchivedDocument> documents = new ArrayList<>();
        documents.add(targetTable.render(snapshot, county));
        documents.add(changes.render(snapshot, county));
        documents.add(lateItems.render(snapshot, county));
        documents.add(countyTrend.render(snapshot, county));
        documents.addAll(lists(snapshot.asOf(), county));
        return documents;
    }

    private List<ArchivedDocument> lists(LocalDate asOf, County countyOrNull) {
        List<ArchivedDocument> documents = new ArrayList<>();
        documents.add(improvementList.render(asOf, countyOrNull));
        documents.add(improvementReport.render(asOf, countyOrNull));
        documents.add(emergencyList.render(asOf, countyOrNull));
        documents.add(publicityWorkbook.render(asOf, countyOrNull));
        documents.add(publicityReport.render(asOf, countyOrNull));
        documents.addAll(controlDocuments.render(asOf, countyOrNull));
        return documents;
    }
}
