package org.perfgrade.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleDataset;
import org.perfgrade.sample.SampleReviewBatches;
import org.perfgrade.sample.SampleSubmissions;

/**
 * 基准数据: the synthetic county submissions of a benchmark run — the sample generator scaled up to about N ledger
 * lines over the configured counties (each county's workbooks enlarged, the reference data unchanged), written to an
 * inbox (clean: no deliberately bad rows), and the same data rows as a tab-separated text file for the database floors.
 *
 * @param inbox       the inbox folder ({@code <inbox>/<县区>/…})
 * @param files       the workbooks, county by county (ledger, then 附件2)
 * @param ledgerLines the clean ledger lines the import must accept
 * @param planLines   the clean 附件2 rows the import must accept
 * @param rows        the data rows of all workbooks
 * @param rowsFile    those rows as MySQL's default LOAD DATA text (tab-separated, backslash escapes)
 * @param filingBatch the review batch whose filing package the bench measures, or null for all batches (when the
 *                    data has no more than {@value #FILING_ENTERPRISES} filed enterprises in all)
 */
record BenchInbox(Path inbox, List<CountyFile> files, int ledgerLines, int planLines, long rows, Path rowsFile,
                  Integer filingBatch) {

    /** The filing package the issue measures: one for 10,000 enterprises. */
    static final int FILING_ENTERPRISES = 10_000;
    private static final int PROBE = 2_000;

    /** One county's workbook. */
    record CountyFile(String county, Path file) {
    }

    /** Generates about {@code lines} ledger lines (seeded, so every run has the same data) into {@code dir}. */
    static BenchInbox prepare(ReferenceData reference, int lines, long seed, LocalDate asOf, Path dir)
            throws IOException {
        SampleDataset probe = SampleSubmissions.withScale(reference, seed, PROBE).withoutDefects().generate();
        double scale = (double) lines / probe.ledgerLines().size();
        int enterprises = Math.max(1, (int) Math.round(PROBE * scale));
        SampleSubmissions samples = SampleSubmissions.withScale(reference, seed, enterprises).withoutDefects();
        Integer filingBatch = filingBatch(SampleReviewBatches.filedEnterprises(reference, probe), scale);
        if (filingBatch != null) {
            samples = samples.withFilingBatch(filingBatch, FILING_ENTERPRISES);
        }
        SampleDataset dataset = samples.generate();
        int ledgerLines = dataset.ledgerLines().size();
        int planLines = dataset.improvementPlans().size();
        Path inbox = dir.resolve("inbox");
        List<CountyFile> files = samples.writeInbox(inbox, asOf).stream()
                .map(f -> new CountyFile(f.getParent().getFileName().toString(), f)).toList();
        dataset = null;
        Path rowsFile = dir.resolve("rows.tsv");
        long rows = RowsFile.write(files.stream().map(CountyFile::file).toList(), rowsFile);
        return new BenchInbox(inbox, files, ledgerLines, planLines, rows, rowsFile, filingBatch);
    }

    /**
     * The batch to package: none (all batches) when the data will have no more than {@value #FILING_ENTERPRISES}
     * filed enterprises in all, else the batch whose natural size (a small run of the same seed, scaled) is nearest
     * to it, which the generator then steers to about that many (the fewest enterprises drawn again).
     */
    static Integer filingBatch(Map<Integer, Integer> probe, double scale) {
        if (probe.getOrDefault(0, 0) * scale <= FILING_ENTERPRISES) {
            return null;
        }
        return probe.keySet().stream().filter(batch -> batch > 0)
                .min(Comparator.comparingDouble((Integer batch) -> Math.abs(probe.get(batch) * scale
                        - FILING_ENTERPRISES)).thenComparing(batch -> batch))
                .orElse(null);
    }

    /** Deletes the generated files. */
    void delete() throws IOException {
        for (CountyFile f : files) {
            Files.deleteIfExists(f.file());
        }
        Files.deleteIfExists(rowsFile);
    }
}
