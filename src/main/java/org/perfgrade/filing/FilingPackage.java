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
import org.perfgrade.notice.NoticeDraft;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * 报省备案材料包: writes the parts of a package into a work folder step by step (the list and the 材料缺项清单, the
 * cover letter) and assembles them with the scanned materials, the 合并文件, the printable 文件清单 and a
 * machine-readable list of checksums ({@value #CHECKSUMS}) into one ZIP, archived as {@value #KIND}
 * ({@link DocumentArchive}: atomic, in {@code out/manifest.json}). Entries are in a fixed order (报送函, 企业名单,
 * 材料缺项清单, 申报材料 by county and enterprise, 合并文件, 文件清单, 校验值), dated the business date, every inner
 * document is byte-stable: the same data give the same ZIP. Inside, everything is named in Chinese
 * ({@link PackageFileKind}).
 */
@Component
class FilingPackage {

    static final String KIND = "filing-zip";
    static final String GAP_LIST = "03-" + GapList.TITLE;
    static final String MATERIALS = "04-申报材料";
    static final String COMBINED = "05-合并文件.pdf";
    static final String CHECKLIST = "06-文件清单.pdf";
    static final String CHECKSUMS = "文件校验值.json";
    static final String LETTER_PREFIX = "01-报送函-";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final FilingList list;
    private final GapList gapList;
    private final CoverLetter letter;
    private final PdfRoleFonts fonts;
    private final DocumentArchive archive;
    private final ReferenceData reference;
    /** The business zone ({@code perfgrade.zone}): the manifest dates each file 00:00 of the day in it. */
    private final ZoneId zone;

    FilingPackage(FilingList list, GapList gapList, CoverLetter letter, PdfRoleFonts fonts, DocumentArchive archive,
                  ReferenceData reference, WorkspaceProperties workspace) {
        this.list = list;
        this.gapList = gapList;
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

    /** 02-第二批（金属类行业）A、B级（含B-级）及绩效引领性企业名单 (without extension). */
    static String listName(FilingContents contents) {
        return "02-" + FilingList.title(contents);
    }

    /** Step {@code lists}: the list and the 材料缺项清单, each as .xlsx and PDF, in the work folder. */
    void writeLists(FilingContents contents, Path work) throws IOException {
        Files.createDirectories(work);
        Files.write(work.resolve(listName(contents) + ".xlsx"), list.xlsx(contents));
        Files.write(work.resolve(listName(contents) + ".pdf"), list.pdf(contents));
        Files.write(work.resolve(GAP_LIST + ".xlsx"), gapList.xlsx(contents));
        Files.write(work.resolve(GAP_LIST + ".pdf"), gapList.pdf(contents));
    }

    /** Step {@code coverLetter}: the numbered letter in the work folder; its file name. */
    String writeLetter(FilingContents contents, Path work) throws IOException {
        Files.createDirectories(work);
        CoverLetter.Letter written = letter.write(contents, enclosures(contents));
        String name = LETTER_PREFIX + written.number().text() + ".pdf";
        Files.write(work.resolve(name), written.pdf());
        return name;
    }

    /** What the letter says is enclosed, each by its title. */
    List<String> enclosures(FilingContents contents) {
        List<String> enclosures = new ArrayList<>();
        enclosures.add(reference.city().name() + FilingList.title(contents)
                + "（含申报级别、各级审核结果、签字专家及专家意见日期；电子表格和PDF格式各1份）");
        enclosures.add(GapList.TITLE + "（" + (contents.gaps().isEmpty() ? "各企业材料齐全，无缺项"
                : contents.gaps().size() + "家企业") + "；电子表格和PDF格式各1份）");
        if (!contents.materials().isEmpty()) {
            long firms = contents.materials().stream().map(FilingMaterial::creditCode).distinct().count();
            enclosures.add("企业申报材料及签字专家意见扫描件（" + firms + "家企业，" + contents.materials().size() + "个文件）");
        }
        enclosures.add("以上材料的合并文件（按章节和企业设书签）");
        enclosures.add("文件清单（列明各文件的类型、大小和校验值）");
        return enclosures;
    }

    /** Step {@code assemble}: the ZIP from the work folder's parts and the materials, archived. */
    ArchivedDocument assemble(FilingContents contents, Path work) throws IOException {
        FilingRequest request = contents.request();
        LocalDate asOf = request.asOf();
        String letterName = letterName(work);
        byte[] letterPdf = Files.readAllBytes(work.resolve(letterName));
        byte[] listXlsx = Files.readAllBytes(work.resolve(listName(contents) + ".xlsx"));
        byte[] listPdf = Files.readAllBytes(work.resolve(listName(contents) + ".pdf"));
        byte[] gapsXlsx = Files.readAllBytes(work.resolve(GAP_LIST + ".xlsx"));
        byte[] gapsPdf = Files.readAllBytes(work.resolve(GAP_LIST + ".pdf"));
        String title = reference.city().name() + "重点行业绩效分级报省备案材料（" + contents.batchName() + "）";
        byte[] combined = CombinedPdf.write(contents, letterPdf, listPdf, gapsPdf,
                new PdfMetadata(title, reference.authority().issuerOf("filing-letter").name(), "合并文件（统计日期"
                        + NoticeDraft.chineseDate(asOf) + "）"));
        List<FilingZip.Item> items = new ArrayList<>();
        List<ManifestEntry> entries = new ArrayList<>();
        add(items, entries, asOf, PackageFileKind.LETTER, null, FilingZip.Item.of(letterName, letterPdf));
        add(items, entries, asOf, PackageFileKind.LIST, null, FilingZip.Item.of(listName(contents) + ".pdf", listPdf));
        add(items, entries, asOf, PackageFileKind.LIST, null, FilingZip.Item.of(listName(contents) + ".xlsx",
                listXlsx));
        add(items, entries, asOf, PackageFileKind.GAP_LIST, null, FilingZip.Item.of(GAP_LIST + ".pdf", gapsPdf));
        add(items, entries, asOf, PackageFileKind.GAP_LIST, null, FilingZip.Item.of(GAP_LIST + ".xlsx", gapsXlsx));
        for (FilingMaterial m : contents.materials()) {
            add(items, entries, asOf, PackageFileKind.MATERIAL, m.county().name(), FilingZip.Item.of(m.entry(),
                    m.source()));
        }
        add(items, entries, asOf, PackageFileKind.COMBINED, null, FilingZip.Item.of(COMBINED, combined));
        byte[] checklist = checklist(contents, items, entries);
        add(items, entries, asOf, PackageFileKind.CHECKLIST, null, FilingZip.Item.of(CHECKLIST, checklist));
        items.add(FilingZip.Item.of(CHECKSUMS, JSON.writeValueAsBytes(entries)));
        return archive.store(DocumentRequest.cityWide(KIND, asOf, path(request)),
                out -> FilingZip.write(items, asOf, out));
    }

    /** 文件清单: every file of the package but itself and the checksums, with kind, size and 校验值, as PDF. */
    private byte[] checklist(FilingContents contents, List<FilingZip.Item> items, List<ManifestEntry> entries) {
        FilingRequest request = contents.request();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(List.of(String.valueOf(i + 1), items.get(i).name(), entries.get(i).kind(),
                    PackageFileKind.size(size(items.get(i))), entries.get(i).sha256()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String title = "文件清单（" + contents.batchName() + "）";
        String date = NoticeDraft.chineseDate(request.asOf());
        FilingTablePdf.write(fonts, new PdfMetadata(title, reference.authority().issuerOf("filing-letter").name(),
                        "报省备案材料各文件及校验值（统计日期" + date + "）"), request.asOf(), true, title,
                "报送单位：" + reference.authority().issuerOf("filing-letter").name() + "　　统计日期：" + date
                        + "　　校验值为按256位安全散列算法计算的摘要，用于核对文件是否完整；另附机器可读的" + CHECKSUMS
                        .substring(0, CHECKSUMS.indexOf('.')) + "文件，内容相同",
                List.of("序号", "文件", "类型", "大小", "校验值"), new float[] { 5, 58, 14, 10, 74 }, rows, out);
        return out.toByteArray();
    }

    private void add(List<FilingZip.Item> items, List<ManifestEntry> entries, LocalDate asOf, PackageFileKind kind,
                     String county, FilingZip.Item item) throws IOException {
        items.add(item);
        entries.add(new ManifestEntry(kind.label(), item.name(), sha256(item), asOf.toString(), county,
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
