package org.perfgrade.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.ReferenceData;

/**
 * 县区报送样例: a deterministic generator of realistic county submissions — per county the
 * 重点行业绩效分级清单台账 and the 重点行业绩效分级提升企业清单 (附件2), with a handful of deliberately bad rows — for the
 * {@code demo} command, the tests and the benchmark. It uses nothing but the given {@link ReferenceData}; the same
 * reference data and seed give the same model and byte-identical files.
 * <pre>
 * SampleSubmissions samples = new SampleSubmissions(reference, 20210610L);
 * SampleDataset dataset = samples.generate();
 * List&lt;Path&gt; files = samples.writeInbox(Path.of("out/demo/inbox"), LocalDate.of(2021, 6, 10));
 * </pre>
 */
public final class SampleSubmissions {

    private final ReferenceData reference;
    private final long seed;
    private final int totalEnterprises;
    private final boolean defects;
    private final SampleGenerator.BatchQuota quota;
    private final boolean clerkStyle;
    /** The files' document dates: the default business zone unless {@link #datedBy} says otherwise. */
    private final WorkbookStamp stamp;
    private SampleDataset dataset;

    /** The default scale: 20–45 enterprises per county (a few hundred for Kaifeng's ten units). */
    public SampleSubmissions(ReferenceData reference, long seed) {
        this(reference, seed, 0);
    }

    private SampleSubmissions(ReferenceData reference, long seed, int totalEnterprises) {
        this(reference, seed, totalEnterprises, true);
    }

    private SampleSubmissions(ReferenceData reference, long seed, int totalEnterprises, boolean defects) {
        this(reference, seed, totalEnterprises, defects, null, false, WorkbookStamp.inDefaultZone());
    }

    private SampleSubmissions(ReferenceData reference, long seed, int totalEnterprises, boolean defects,
                              SampleGenerator.BatchQuota quota, boolean clerkStyle, WorkbookStamp stamp) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.seed = seed;
        this.totalEnterprises = totalEnterprises;
        this.defects = defects;
        this.quota = quota;
        this.clerkStyle = clerkStyle;
        this.stamp = Objects.requireNonNull(stamp, "stamp");
    }

    /** The same generator without the deliberately bad rows (the benchmark measures clean data). */
    public SampleSubmissions withoutDefects() {
        return new SampleSubmissions(reference, seed, totalEnterprises, false, quota, clerkStyle, stamp);
    }

    /**
     * The same generator with 兰考县 and 尉氏县 writing their 清单台账 and 附件2 the way county clerks fill them
     * (县区手填样式, {@link ClerkStyle}): grades as B级, B级企业, Ｂ or b; 铸造行业, 铸造（黑色金属铸造）, 包装印刷业; the
     * branch left empty or / where it is certain; 拟完成时间 as 2021年8月, 8月底, 2021.9.30前, 9月中旬 or in Chinese
     * numerals; 兰考 for 兰考县; /, 无, —, 不涉及 in empty optional cells; a blank row, the header repeated mid-sheet, a
     * 合计 row and a 填报人/联系电话 footer. The model ({@link #generate()}) is the same, and so is what an import that
     * reads these forms stores; the planted defects stay errors (the unknown industry becomes one no reading rule
     * explains). Without it every county's files are clean.
     */
    public SampleSubmissions withClerkStyle() {
        return new SampleSubmissions(reference, seed, totalEnterprises, defects, quota, true, stamp);
    }

    /** The same generator dating its files with {@code stamp} (the demo passes the configured business zone's). */
    public SampleSubmissions datedBy(WorkbookStamp stamp) {
        return new SampleSubmissions(reference, seed, totalEnterprises, defects, quota, clerkStyle, stamp);
    }

    /**
     * The same generator steering review batch {@code batch} (1–4) toward about {@code enterprises} enterprises with
     * an A、B级（含B-级）or 引领性 line in it — the enterprises that batch's filing package lists — by drawing the
     * random enterprises' industries and grades again where needed (the benchmark's filing package of about 10,000
     * enterprises, whatever the size of the data). Without it the batches take the shares the industries give them.
     */
    public SampleSubmissions withFilingBatch(int batch, long enterprises) {
        if (batch < 1 || enterprises < 1) {
            throw new IllegalArgumentException("batch and enterprises must be positive");
        }
        return new SampleSubmissions(reference, seed, totalEnterprises, defects,
                new SampleGenerator.BatchQuota(batch, enterprises), clerkStyle, stamp);
    }

    /**
     * A generator for about {@code totalEnterprises} clean enterprises over all counties (for the benchmark), never
     * fewer than the coverage set that makes every grade of every scheme appear; a few more may be added to carry
     * the bad improvement-list rows.
     */
    public static SampleSubmissions withScale(ReferenceData reference, long seed, int totalEnterprises) {
        if (totalEnterprises <= 0) {
            throw new IllegalArgumentException("totalEnterprises must be positive, was " + totalEnterprises);
        }
        return new SampleSubmissions(reference, seed, totalEnterprises);
    }

    /** The in-memory model; built once per instance, then returned again. */
    public synchronized SampleDataset generate() {
        if (dataset == null) {
            dataset = new SampleGenerator(reference, seed, totalEnterprises, defects, quota, clerkStyle)
                    .generate();
        }
        return dataset;
    }

    /**
     * Writes each county's two workbooks into {@code inboxDir/<县区名>/}, replacing files of the same name, and
     * returns their paths (county order; ledger, then improvement list). {@code asOf} is the 日期 in the files and
     * their document date.
     */
    public List<Path> writeInbox(Path inboxDir, LocalDate asOf) throws IOException {
        Objects.requireNonNull(asOf, "asOf");
        List<Path> written = new ArrayList<>();
        for (CountySubmission submission : generate().submissions()) {
            Path folder = inboxDir.resolve(submission.county().name());
            Files.createDirectories(folder);
            Path ledger = folder.resolve(submission.fileName(SampleFileKind.LEDGER));
            LedgerWorkbookWriter.write(submission, ledger, asOf, stamp);
            written.add(ledger);
            Path improvementList = folder.resolve(submission.fileName(SampleFileKind.IMPROVEMENT_LIST));
            ImprovementListWorkbookWriter.write(submission, reference.city(), improvementList, asOf, stamp);
            written.add(improvementList);
        }
        return written;
    }
}
