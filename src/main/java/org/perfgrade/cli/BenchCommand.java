package org.perfgrade.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.perfgrade.bench.BenchOptions;
import org.perfgrade.bench.BenchReport;
import org.perfgrade.bench.BenchRunner;
import org.perfgrade.bench.FloorResult;
import org.perfgrade.bench.StageResult;
import org.perfgrade.document.ArchivedDocument;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code perfgrade bench}: every stage measured against its bare-I/O floor, as a table or {@code bench.json}. */
@Command(name = "bench",
        description = { "性能基准：生成约 N 条企业台账行（十个县区的样例报送文件按比例放大），在同一 JVM 中预热后逐阶段测量",
                "（导入、快照、附件2 与应急减排清单 xlsx、附件2 PDF、报省备案材料包），每个阶段重复测量取中位数，并在同一数据上测量其最快的裸 I/O 下限",
                "（fastexcel-reader 读取、JDBC 批量插入／LOAD DATA、fastexcel 写 xlsx、OpenPDF 表格），给出倍数（阶段/下限）。",
                "基准每次导入前清空台账表：默认使用 --data-dir 下自己的内嵌 H2 数据库；设置 PERFGRADE_DB_URL 时须指向一个空库。",
                "--json 时把结果写成 <out>/bench/bench.json（登记为 bench）并在标准输出打印同样的 JSON。" },
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
class BenchCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Mixin
    HelpOptions help;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "100000", description = "台账行数（默认 ${DEFAULT-VALUE}）")
    int lines;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "每个阶段计时的次数，报告中位数（默认 ${DEFAULT-VALUE}）")
    int repeat;

    @Option(names = "--warmup-lines", paramLabel = "N", defaultValue = "5000",
            description = "预热轮的行数，不计时；0 表示不预热（默认 ${DEFAULT-VALUE}）")
    int warmupLines;

    @Option(names = "--pdf-lines", paramLabel = "N", defaultValue = "100000",
            description = "附件2 PDF 最多渲染的行数（默认 ${DEFAULT-VALUE}）")
    int pdfLines;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "2021", description = "样例数据的随机种子（默认 ${DEFAULT-VALUE}）")
    long seed;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./bench-data",
            description = "基准自己的数据目录（内嵌数据库、报送原件、生成的工作簿），不使用 ./data（默认 ${DEFAULT-VALUE}）")
    Path dataDir;

    BenchCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        if (lines < 1 || repeat < 1 || warmupLines < 0 || pdfLines < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--lines、--repeat、--pdf-lines 须为正整数，--warmup-lines 不能为负");
        }
        BenchOptions options = new BenchOptions(lines, repeat, warmupLines, pdfLines, seed);
        try (ConfigurableApplicationContext context = environment.start(output.out,
                Map.of("perfgrade.data-dir", dataDir.toString()))) {
            BenchRunner runner = context.getBean(BenchRunner.class);
            BenchReport report = runner.run(options, line -> environment.err().println(line));
            List<String> text = lines(report);
            if (output.json) {
                ArchivedDocument stored = runner.store(report);
                environment.err().println("结果：" + stored.path() + "（bench，SHA-256 " + stored.sha256() + "）");
            }
            CommandOutput.print(environment.out(), output.json, report, text);
            return ExitCodes.OK;
        }
    }

    static List<String> lines(BenchReport r) {
        List<String> lines = new ArrayList<>();
        lines.add("性能基准：" + r.lines() + " 条台账行，数据库 " + r.db() + "，每阶段 " + r.repetitions() + " 次取中位数"
                + (r.warmupLines() > 0 ? "（先以 " + r.warmupLines() + " 行预热）" : "（未预热）"));
        lines.add(TextColumns.pad("stage", 24) + TextColumns.padLeft("lines", 10) + TextColumns.padLeft("seconds", 10)
                + TextColumns.padLeft("lines/s", 11) + TextColumns.padLeft("heap MiB", 10)
                + TextColumns.padLeft("floor s", 10) + TextColumns.padLeft("ratio", 8) + TextColumns.padLeft("target", 8)
                + TextColumns.padLeft("cpu ratio", 10) + "  floor");
        for (StageResult s : r.stages()) {
            lines.add(TextColumns.pad(s.stage(), 24) + TextColumns.padLeft(String.valueOf(s.lines()), 10)
                    + TextColumns.padLeft(fixed(s.seconds(), 2), 10)
                    + TextColumns.padLeft(fixed(s.linesPerSecond(), 0), 11)
                    + TextColumns.padLeft(String.valueOf(s.peakHeapMb()), 10)
                    + TextColumns.padLeft(s.floorSeconds() == null ? "–" : fixed(s.floorSeconds(), 2), 10)
                    + TextColumns.padLeft(s.ratio() == null ? "–" : fixed(s.ratio(), 2), 8)
                    + TextColumns.padLeft(s.target() == null ? "–" : "≤ " + fixed(s.target(), 1), 8)
                    + TextColumns.padLeft(s.cpuRatio() == null ? "–" : fixed(s.cpuRatio(), 2), 10)
                    + (s.withinTarget() ? "  " : " ✗") + s.floor());
        }
        lines.add("下限（裸 I/O，同一数据、同一 JVM）：");
        for (FloorResult f : r.floors()) {
            lines.add("  " + TextColumns.pad(f.floor(), 24) + TextColumns.padLeft(fixed(f.seconds(), 2) + " s", 10)
                    + TextColumns.padLeft("cpu " + fixed(f.cpuSeconds(), 2) + " s", 14)
                    + TextColumns.padLeft(String.valueOf(f.rows()), 10) + " 行  " + f.tool());
        }
        BenchReport.Machine m = r.machine();
        lines.add("机器：" + m.cores() + " 核，" + m.jvm() + "，最大堆 " + m.maxHeapMb() + " MiB，" + m.os()
                + (m.jvmFlags().isEmpty() ? "" : "，JVM 参数 " + String.join(" ", m.jvmFlags())));
        lines.add("说明：seconds 为墙钟时间的中位数，ratio = seconds / floor s；cpu ratio 为进程 CPU 时间之比"
                + "（机器繁忙时更稳定；MySQL 服务器端的时间不计入）。heap MiB 为阶段运行中堆的峰值。");
        r.notes().forEach(n -> lines.add("注：" + n));
        return lines;
    }

    private static String fixed(double value, int places) {
        return String.format(Locale.ROOT, "%,." + places + "f", value);
    }
}
