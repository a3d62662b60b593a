package org.perfgrade.filing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.perfgrade.LedgerTables;
import org.perfgrade.ledger.facts.ApplicationFacts;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.reference.CreditCode;
import org.perfgrade.sample.SampleApplications;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.perfgrade.LedgerSubmissions.rows;
import static org.perfgrade.LedgerSubmissions.stored;
import static org.perfgrade.LedgerSubmissions.submission;

/**
 * The data set of the filing tests, imported through {@link LedgerImport} as the importer does:
 * <pre>
 * 通许县 T1 铸造 applied A, county A, city A, experts 张三、王五 (7/25)
 *        T2 铸造 (B in the ledger) applied B, county B, city B, 王五 (7/26)
 *        T3 铸造 applied B, county 不通过 (not filed)
 * 杞县   Q1 铸造 applied B, county B, city B, province B on 8/20, 李四 (7/28)
 *        Q2 水泥（熟料） applied A, county A, 赵六 (8/25): batch 3
 * </pre>
 * 铸造 is reviewed in batch 2, 水泥 in batch 3. {@link #materials} gives T1, T2, Q1 and Q2 every required scan
 * (申报书.pdf, 专家意见.pdf, 现场核查专家意见.pdf), so batch 2 is complete. {@link #pending()} adds T4 (铸造, applied A,
 * no county result and no expert opinion yet), {@link #branchPending()} T5 (铸造 without its branch: 分支待补充),
 * {@link #gapScans} the scans of the gap test (see there).
 */
public final class FilingFixtures {

    static final String TONGXU = "410222";
    static final String QIXIAN = "410221";
    static final LocalDate LEDGER_DAY = LocalDate.of(2021, 6, 1);
    public static final LocalDate AS_OF = LocalDate.of(2021, 9, 1);

    public final Firm t1 = firm("通许县恒达铸造有限公司", TONGXU, 1);
    public final Firm t2 = firm("通许县宏运铸造有限公司", TONGXU, 2);
    public final Firm t3 = firm("通许县金源铸业有限公司", TONGXU, 3);
    public final Firm t4 = firm("通许县精诚铸造有限公司", TONGXU, 4);
    public final Firm q1 = firm("杞县兴业铸造有限公司", QIXIAN, 5);
    public final Firm q2 = firm("杞县孟电水泥有限公司", QIXIAN, 6);
    public final Firm t5 = firm("通许县鼎盛铸造有限公司", TONGXU, 7);

    private final JdbcClient jdbc;
    private final LedgerImport ledger;

    public FilingFixtures(JdbcClient jdbc, LedgerImport ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** Empties the ledger and the register and imports the data set. */
    public void load() {
        LedgerTables.clear(jdbc);
        jdbc.sql("DELETE FROM notice_number").update();
        ledger(TONGXU, line(t1, "铸造", "黑色金属铸造", "C"), line(t2, "铸造", "有色金属铸造", "B"),
                line(t3, "铸造", "黑色金属铸造", "C"), line(t4, "铸造", "黑色金属铸造", "C"));
        ledger(QIXIAN, line(q1, "铸造", "黑色金属铸造", "C"), line(q2, "水泥", "熟料", "C"));
        applications(TONGXU, LocalDate.of(2021, 7, 30),
                new ApplicationFacts(t1.facts(), "铸造", "黑色金属铸造", "A", 2, "A", "张三、王五",
                        LocalDate.of(2021, 7, 25), "A", null, null, null),
                new ApplicationFacts(t2.facts(), "铸造", "有色金属铸造", "B", 2, "B", "王五",
                        LocalDate.of(2021, 7, 26), "B", null, null, "=再次申报"),
                new ApplicationFacts(t3.facts(), "铸造", "黑色金属铸造", "B", 2, "不通过", "王五",
                        LocalDate.of(2021, 7, 26), null, null, null, "无组织排放不达标"));
        applications(QIXIAN, LocalDate.of(2021, 8, 30),
                new ApplicationFacts(q1.facts(), "铸造", "黑色金属铸造", "B", 2, "B", "李四",
                        LocalDate.of(2021, 7, 28), "B", "B", LocalDate.of(2021, 8, 20), null),
                new ApplicationFacts(q2.facts(), "水泥", "熟料", "A", 3, "A", "赵六", LocalDate.of(2021, 8, 25), null,
                        null, null, null));
    }

    /** T4's application, not yet reviewed: no county result, no expert opinion. */
    public void pending() {
        applications(TONGXU, LocalDate.of(2021, 8, 31),
                new ApplicationFacts(t4.facts(), "铸造", "黑色金属铸造", "A", 2, null, null, null, null, null, null,
                        null));
    }

    /** T5: a 铸造 line without its branch (分支待补充), applied B and passed by the county with a signed opinion. */
    public void branchPending() {
        ledger(TONGXU, line(t1, "铸造", "黑色金属铸造", "C"), line(t2, "铸造", "有色金属铸造", "B"),
                line(t3, "铸造", "黑色金属铸造", "C"), line(t4, "铸造", "黑色金属铸造", "C"), line(t5, "铸造", null, "C"));
        applications(TONGXU, LocalDate.of(2021, 8, 31),
                new ApplicationFacts(t5.facts(), "铸造", null, "B", 2, "B", "张三", LocalDate.of(2021, 8, 20), null, null,
                        null, null));
    }

    /** Every required scan of T1, T2, Q1 and Q2 beside the submissions: {@code <root>/<县区>/materials/<code>/}. */
    public void materials(Path root) throws IOException {
        for (Firm firm : List.of(t1, t2, q1, q2)) {
            complete(root, firm);
        }
    }

    /**
     * The scans of the gap test, written by hand (with {@link #pending()} and {@link #branchPending()}):
     * <pre>
     * T1 every scan                                   → complete
     * T2 no scan at all                               → all three missing
     * T4 every scan, no opinion registered             → 申报材料审核意见（未登记评审专家和专家意见日期）
     * T5 every scan, branch pending                    → 重点行业分支
     * Q1 申报书, 专家意见; 现场核查专家意见.pdf encrypted; 损坏.pdf not a PDF; 说明.txt ignored
     *                                                 → 现场核查意见（encrypted）, 损坏.pdf not taken
     * </pre>
     */
    public void gapScans(Path root) throws IOException {
        complete(root, t1);
        complete(root, t4);
        complete(root, t5);
        Path q1Folder = folder(root, q1);
        scan(q1Folder.resolve("申报书.pdf"), q1, "重点行业绩效分级申报书");
        scan(q1Folder.resolve("专家意见.pdf"), q1, "申报材料专家审核意见");
        scan(q1Folder.resolve("现场核查专家意见.pdf"), q1, "现场核查专家意见");
        encrypt(q1Folder.resolve("现场核查专家意见.pdf"));
        Files.writeString(q1Folder.resolve("损坏.pdf"), "%PDF-1.4 this is not really a PDF");
        Files.writeString(q1Folder.resolve("说明.txt"), "扫描件说明");
    }

    private void complete(Path root, Firm firm) throws IOException {
        Path folder = folder(root, firm);
        scan(folder.resolve("申报书.pdf"), firm, "重点行业绩效分级申报书");
        scan(folder.resolve("专家意见.pdf"), firm, "申报材料专家审核意见");
        scan(folder.resolve("现场核查专家意见.pdf"), firm, "现场核查专家意见");
    }

    private static Path folder(Path root, Firm firm) {
        return root.resolve(firm.county().equals(TONGXU) ? "通许县" : "杞县").resolve("materials")
                .resolve(firm.creditCode());
    }

    private static void scan(Path file, Firm firm, String what) throws IOException {
        SampleApplications.scan(file, List.of(what + "（扫描件）", firm.name()), AS_OF);
    }

    /** Protects the PDF as a scanner's "protect with password" does: PDFBox's standard security handler, AES 128. */
    static void encrypt(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
    }

    private static Firm firm(String name, String county, int serial) {
        return new Firm(CreditCode.withCheckCharacter("91410200MA5" + String.format("%06d", serial)), name, county);
    }

    private static LedgerLineFacts line(Firm firm, String industry, String branch, String grade) {
        return new LedgerLineFacts(firm.facts(), industry, branch, grade, BigDecimal.ONE, null, null, null, null, null,
                null);
    }

    private void ledger(String county, LedgerLineFacts... lines) {
        stored(ledger.applyLedgerRows(submission(jdbc, county, "LEDGER", LEDGER_DAY), rows(List.of(lines))));
    }

    private void applications(String county, LocalDate day, ApplicationFacts... facts) {
        stored(ledger.applyApplicationRows(submission(jdbc, county, "APPLICATION", day), rows(List.of(facts))));
    }

    /** An enterprise of the data set. */
    public record Firm(String creditCode, String name, String county) {

        EnterpriseFacts facts() {
            return EnterpriseFacts.identity(creditCode, name, county);
        }
    }
}
