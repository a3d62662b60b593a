package org.perfgrade.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleDataset;
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
 */
record BenchInbox(Path inbox, List<CountyFile> files, int ledgerLines, int planLines, long rows, Path rowsFile) {

    /** One county's workbook. */
    record CountyFile(String county, Path file) {
    }

    /** Generates about {@code lines} ledger lines (seeded, so every run has the same data) into {@code dir}. */
    static BenchInbox prepare(ReferenceData reference, int lines, long seed, LocalDate asOf, Path dir)
            throws IOException {
        int enterprises = enterprisesFor(reference, lines, seed);
        SampleSubmissions samples = SampleSubmissions.withScale(reference, seed, enterprises).withoutDefects();
        SampleDataset dataset = samples.generate();
        int ledgerLines = dataset.ledgerLines().size();
        int planLines = dataset.improvementPlans().size();
        Path inbox = dir.resolve("inbox");
        List<CountyFile> files = samples.writeInbox(inbox, asOf).stream()
                .map(f -> new CountyFile(f.getParent().getFileName().toString(), f)).toList();
        dataset = null;
        Path rowsFile = dir.resolve("rows.tsv");
        long rows = RowsFile.write(files.stream().map(CountyFile::file).toList(), rowsFile);
        return new BenchInbox(inbox, files, ledgerLines, planLines, rows, rowsFile);
    }

    /** Enterprises for about {@code lines} ledger lines: the lines per enterprise of a small run of the same seed. */
    private static int enterprisesFor(ReferenceData reference, int lines, long seed) {
        int probe = 2_000;
        double perEnterprise = (double) SampleSubmissions.withScale(reference, seed, probe).withoutDefects().generate()
                .ledgerLines().size() / probe;
        return Math.max(1, (int) Math.round(lines / perEnterprise));
    }

    /** Deletes the generated files. */
    void delete() throws IOException {
        for (CountyFile f : files) {
            Files.deleteIfExists(f.file());
        }
        Files.deleteIfExists(rowsFile);
    }
}
