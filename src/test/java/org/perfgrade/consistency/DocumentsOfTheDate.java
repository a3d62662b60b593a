package org.perfgrade.consistency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.perfgrade.consistency.DataSets.County;
import org.perfgrade.consistency.DataSets.DataSet;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.notice.NoticeIssuer;
import org.perfgrade.notice.NoticeKind;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.BriefingReport;
import org.perfgrade.report.TargetTableReport;
import org.perfgrade.sample.SampleApplications;
import org.perfgrade.sample.SampleSubmissions;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotClock;
import org.perfgrade.snapshot.SnapshotJson;
import org.perfgrade.snapshot.SnapshotRunner;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Plants a data set in the shared test database and renders every document of its date through the application's
 * public services, as {@code perfgrade nightly} and {@code perfgrade notice progress} do: the snapshot job, the
 * briefing, the city-wide target table, the progress notice, and the snapshot's JSON.
 */
class DocumentsOfTheDate {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Planting planting;
    private final ReferenceData reference;
    private final SubmissionImporter importer;
    private final WorkbookStamp stamp;
    private final SnapshotClock clock;
    private final SnapshotRunner snapshots;
    private final BriefingReport briefing;
    private final TargetTableReport targetTable;
    private final NoticeIssuer notices;
    private final DocumentArchive archive;

    DocumentsOfTheDate(JdbcClient jdbc, LedgerImport ledger, SnapshotClock clock, ReferenceData reference,
                       SubmissionImporter importer, WorkbookStamp stamp, SnapshotRunner snapshots,
                       BriefingReport briefing, TargetTableReport targetTable, NoticeIssuer notices,
                       DocumentArchive archive) {
        this.planting = new Planting(jdbc, ledger, clock);
        this.reference = reference;
        this.importer = importer;
        this.stamp = stamp;
        this.clock = clock;
        this.snapshots = snapshots;
        this.briefing = briefing;
        this.targetTable = targetTable;
        this.notices = notices;
        this.archive = archive;
    }

    /** The services of the test's application context. */
    static DocumentsOfTheDate in(ApplicationContext context) {
        return new DocumentsOfTheDate(context.getBean(JdbcClient.class), context.getBean(LedgerImport.class),
                context.getBean(SnapshotClock.class), context.getBean(ReferenceData.class),
                context.getBean(SubmissionImporter.class), context.getBean(WorkbookStamp.class),
                context.getBean(SnapshotRunner.class), context.getBean(BriefingReport.class),
                context.getBean(TargetTableReport.class), context.getBean(NoticeIssuer.class),
                context.getBean(DocumentArchive.class));
    }

    /** Empties the ledger and plants the data set: its counties' files, or the demo's sample inbox. */
    void plant(DataSet set) {
        planting.clear();
        if (set.demo()) {
            plantDemo(set.asOf());
            return;
        }
        for (County county : set.counties()) {
            planting.county(county.code(), DataSets.LEDGER_DAY, county.firms());
        }
        for (DataSets.Late late : set.late()) {
            planting.received(late.code(), late.kind(), late.received());
        }
        clock.setDay(set.asOf());
    }

    /** The demo's inbox (seed 2021, clerk-style files and applications) imported as {@code perfgrade demo} does. */
    private void plantDemo(LocalDate asOf) {
        clock.setReal();
        try {
            Path inbox = Files.createTempDirectory("perfgrade-consistency-demo");
            SampleSubmissions samples = new SampleSubmissions(reference, Demo.SEED).withClerkStyle().datedBy(stamp);
            samples.writeInbox(inbox, asOf);
            SampleApplications.write(reference, samples.generate(), inbox, asOf, stamp);
            importer.importInbox(inbox, asOf);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Runs the date's snapshot job and renders its documents, read back as a reader would. */
    DateDocuments render(LocalDate asOf) {
        try {
            Snapshot snapshot = snapshots.run(asOf);
            String json = SnapshotJson.writeIndented(snapshot);
            ArchivedDocument briefingPdf = briefing.render(snapshot);
            ArchivedDocument tablePdf = targetTable.render(snapshot, null);
            NoticeIssuer.IssuedNotice notice = notices.issue(NoticeKind.PROGRESS, asOf, null);
            return new DateDocuments(PdfLayout.read(file(briefingPdf)), PdfLayout.read(file(tablePdf)),
                    PdfLayout.read(file(notice.pdf())), JSON.readTree(json));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Path file(ArchivedDocument document) {
        return archive.outDir().resolve(document.path());
    }
}
