package org.perfgrade.sample.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReferenceDataReader;

/** The whole scenario of seed 2021 prepared once into a folder per day, and a reader for its workbooks. */
final class PreparedScenario {

    static final long SEED = 2021L;

    private static PreparedScenario prepared;

    final ReferenceData reference;
    final CampaignScenario scenario;
    final Path root;
    final Map<LocalDate, ScenarioDay> days = new LinkedHashMap<>();

    private PreparedScenario() throws IOException {
        reference = new ReferenceDataReader(ConfigFiles.standard(null)).read();
        scenario = CampaignScenario.of(reference, SEED, WorkbookStamp.inDefaultZone());
        root = Files.createTempDirectory("scenario");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
        for (LocalDate day : scenario.days()) {
            days.put(day, scenario.prepare(day, inbox(day), root.resolve("materials")));
        }
    }

    static synchronized PreparedScenario get() {
        if (prepared == null) {
            try {
                prepared = new PreparedScenario();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return prepared;
    }

    private static void delete(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        catch (IOException ex) {
            // a temporary folder left behind
        }
    }

    static ReferenceData reference() {
        return new ReferenceDataReader(ConfigFiles.standard(null)).read();
    }

    Path inbox(LocalDate day) {
        return root.resolve("inbox").resolve(day.toString());
    }

    /** The days on which a file whose name contains {@code part} arrived, with the files. */
    Map<LocalDate, List<Path>> filesNamed(String part) {
        Map<LocalDate, List<Path>> found = new LinkedHashMap<>();
        days.forEach((day, d) -> d.files().stream().filter(f -> f.getFileName().toString().contains(part))
                .forEach(f -> found.computeIfAbsent(day, x -> new ArrayList<>()).add(f)));
        return found;
    }

    /** The first sheet as text rows from the header row (row 3) on, header first. */
    static List<List<String>> rows(Path file) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return rows;
    }

    /** The values of the column headed {@code header}, one per data row. */
    static List<String> column(Path file, String header) {
        List<List<String>> rows = rows(file);
        int index = rows.get(0).indexOf(header);
        if (index < 0) {
            throw new IllegalArgumentException(file + " has no column " + header + ": " + rows.get(0));
        }
        return rows.subList(1, rows.size()).stream().map(r -> index < r.size() ? r.get(index) : "").toList();
    }
}
