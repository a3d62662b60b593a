package org.perfgrade.filing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.perfgrade.WorkspaceProperties;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.ManifestEntry;
import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.PdfRoleFonts;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * 报省备案材料包: writes the parts of a package into a work folder step by step (the list, the cover letter) and
 * assembles them with the scanned materials, the combined PDF, the printable 清单 and {@code manifest.json} into
 * one ZIP, archived as {@value #KIND} ({@link DocumentArchive}: atomic, in {@code out/manifest.json}). Entries are
 * in a fixed order (letter, list, materials by county and enterprise, combined PDF, 清单, manifest.json), dated the business date, every inner document is byte-stable: the same data give the same ZIP.
 */
@Component
class FilingPackage {

    static final String KIND = "filing-zip";
    static final String MATERIALS = "03-申报材料";
    static final String COMBINED = "04-合并文件.pdf";
    static final String CHECKLIST = "清单.pdf";
    static final String MANIFEST = "manifest.json";
    static final String LETTER_PREFIX = "01-报送函-";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final FilingList list;
    private final CoverLetter letter;
    private final PdfRoleFonts fonts;
    private final DocumentArchive archive;
    private final ReferenceData reference;
    /** The business zone ({@code perfgrade.zone}): the manifest dates each file 00:00 of the day in it. */
    private final ZoneId zone;

    FilingPackage(FilingList list, CoverLetter letter, PdfRoleFonts fonts, DocumentArchive archive,
                  ReferenceData reference, WorkspaceProperties workspace) {
        this.list = list;
        this.letter = letter;
        this.fonts = fonts;
        this.archive = archive;
        this.reference = reference;
        this.zone = workspace.zone();
    }

    /** {@code filing/<date>/开封市绩效分级报省材料-第1批.zip} (or {@code -全部批次}). */
    String path(FilingRequest request) {
        return "filing/" + request.asOf() + "/" + reference.city().name() + "绩效分级报省材料-" + request.batchLabel()
                + ".zip";
    }

    /** 02-第1批A、B级（含B-级）及绩效引领性企业名单 (without extension). */
    static String listName(FilingRequest request) {
        return "02-" + FilingList.title(request);
    }

    /** Step {@code lists}: the list as .xlsx and PDF in the work folder. */
    void writeLists(FilingContents contents, Path work) throws IOException {
        Files.createDirectories(work);
        Files.write(work.resolve(listName(contents.request()) + ".xlsx"), list.xlsx(contents));
        Files.write(work.resolve(listName(contents.request()) + ".pdf"), list.pdf(contents));
    }

    /** Step {@code coverLetter}: the numbered letter in the work folder; its file name. */
    String writeLetter(FilingContents contents, Path work) throws IOException {
        Files.createDirectories(work);
        List<String> gaps = contents.gaps();
        CoverLetter.Letter written = letter.write(contents, enclosures(contents), gaps);
        String name = LETTER_PREFIX + written.number().text() + ".pdf";
        Files.write(work.resolve(name), written.pdf());
        return name;
    }

    /** What the letter says is enclosed. */
    List<String> enclosures(FilingContents contents) {
        FilingRequest request = contents.request();
        List<String> enclosures = new ArrayList<>();
        enclosures.add(request.batchLabel() + "A、B级（含B-级）及绩效引领性企业名单（含申报级别、各级审核结果、签字专家及专家意见日期；"
                + "Excel、PDF各1份）");
        if (!contents.materials().isEmpty()) {
            long firms = contents.materials().stream().map(FilingMaterial::creditCode).distinct().count();
            enclosures.add("企业申报材料及签字专家意见扫描件（" + firms + "家企业，" + contents.materials().size() + "个文件）");
        }
        enclosures.add("以上材料的合并文件（PDF，按章节和企业设书签）");
        enclosures.add("文件清单及SHA-256校验值（清单、manifest.json）");
        return enclosures;
    }

    /** Step {@code assemble}: the ZIP from the work folder's parts and the materials, archived. */
    ArchivedDocument assemble(FilingContents contents, Path work) throws IOException {
        FilingRequest request = contents.request();
        LocalDate asOf = request.asOf();
        String letterName = letterName(work);
        byte[] letterPdf = Files.readAllBytes(work.resolve(letterName));
        byte[] listXlsx = Files.readAllBytes(work.resolve(listName(request) + ".xlsx"));
        byte[] listPdf = Files.readAllBytes(work.resolve(listName(request) + ".pdf"));
        String title = reference.city().name() + "重点行业绩效分级报省备案材料（" + request.batchLabel() + "）";
        byte[] combined = CombinedPdf.write(contents, letterPdf, listPdf,
                new PdfMetadata(title, reference.authority().name(), "合并文件（统计日期 " + asOf + "）"));
        List<FilingZip.Item> items = new ArrayList<>();
        List<ManifestEntry> entries = new ArrayList<>();
        add(items, entries, asOf, "filing-letter-pdf", null, FilingZip.Item.of(letterName, letterPdf));
        add(items, entries, asOf, "filing-list-pdf", null, FilingZip.Item.of(listName(request) + ".pdf", listPdf));
        add(items, entries, asOf, "filing-list-xlsx", null, FilingZip.Item.of(listName(request) + ".xlsx", listXlsx));
        for (FilingMaterial m : contents.materials()) {
            add(items, entries, asOf, "filing-material-pdf", m.county().name(), FilingZip.Item.of(m.entry(),
                    m.source()));
        }
        add(items, entries, asOf, "filing-combined-pdf", null, FilingZip.Item.of(COMBINED, combined));
        byte[] checklist = checklist(request, items, entries);
        add(items, entries, asOf, "filing-checklist-pdf", null, FilingZip.Item.of(CHECKLIST, checklist));
        items.add(FilingZip.Item.of(MANIFEST, JSON.writeValueAsBytes(entries)));
        return archive.store(DocumentRequest.cityWide(KIND, asOf, path(request)),
                out -> FilingZip.write(items, asOf, out));
    }

    /** 清单: every file of the package but itself and manifest.json, with kind, size and SHA-256, as PDF. */
    private byte[] checklist(FilingRequest request, List<FilingZip.Item> items, List<ManifestEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(List.of(String.valueOf(i + 1), items.get(i).name(), entries.get(i).kind(),
                    String.valueOf(size(items.get(i))), entries.get(i).sha256()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String title = "报省备案材料清单（" + request.batchLabel() + "）";
        FilingTablePdf.write(fonts, new PdfMetadata(title, reference.authority().name(),
                        "文件及SHA-256校验值（统计日期 " + request.asOf() + "）"), request.asOf(), true, title,
                "报送单位：" + reference.authority().name() + "　　统计日期：" + request.asOf()
                        + "　　另附 manifest.json（机器可读，内容相同）",
                List.of("序号", "文件", "类型", "大小（字节）", "SHA-256"), new float[] { 5, 58, 16, 10, 72 }, rows, out);
        return out.toByteArray();
    }

    private void add(List<FilingZip.Item> items, List<ManifestEntry> entries, LocalDate asOf, String kind,
                     String county, FilingZip.Item item) throws IOException {
        items.add(item);
        entries.add(new ManifestEntry(kind, item.name(), sha256(item), asOf.toString(), county,
                asOf.atStartOfDay(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
    }

    private static long size(FilingZip.Item item) {
        try {
            return item.bytes() != null ? item.bytes().length : Files.size(item.file());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String sha256(FilingZip.Item item) throws IOException {
        return sha256(item.bytes() != null ? item.bytes() : Files.readAllBytes(item.file()));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String letterName(Path work) throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(LETTER_PREFIX)).sorted()
                    .findFirst().orElseThrow(() -> new IllegalStateException("报送函尚未生成（步骤 coverLetter）"));
        }
    }
}
