package org.perfgrade.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.perfgrade.WorkspaceProperties;
import org.perfgrade.batch.FilingKey;
import org.perfgrade.filing.FilingOutcome;
import org.perfgrade.filing.FilingRequest;
import org.perfgrade.filing.FilingRunner;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 报省材料包 from the console: the same run as {@code perfgrade package --batch N|--all --as-of DATE
 * [--allow-incomplete]} — the list, the numbered cover letter, the counties' scanned materials and the combined PDF in
 * one ZIP for the province (document kind {@code filing-zip}, which province users download). A package that lacks an
 * expert opinion fails naming the enterprises, unless the form allows gaps.
 */
@Component
@Order(2)
class FilingJobStarter implements ConsoleJobStarter {

    static final String BATCH = "batch";
    static final String ALLOW_INCOMPLETE = "allowIncomplete";

    private static final Map<String, String> STEPS = Map.of(
            "collect", "汇总申报企业和扫描材料",
            "lists", "生成企业名单（xlsx、PDF）",
            "coverLetter", "生成报送函（编号）",
            "assemble", "合并文件并打包");

    private final FilingRunner runner;
    private final WorkspaceProperties workspace;
    private final Clock clock;

    FilingJobStarter(FilingRunner runner, WorkspaceProperties workspace, Clock clock) {
        this.runner = runner;
        this.workspace = workspace;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "filing";
    }

    @Override
    public String title() {
        return "报省材料包";
    }

    @Override
    public String description() {
        return "按审核批次生成报省备案材料包（报送函、A/B级及引领性企业名单、扫描材料、合并PDF、清单），"
                + "与 perfgrade package 相同；缺少专家意见时不生成，勾选“材料不全时仍生成”则在报送函中列明缺项。";
    }

    @Override
    public String jobName() {
        return FilingKey.JOB;
    }

    /** Today in Beijing: a package is filed with the data as they stand. */
    @Override
    public LocalDate defaultDate() {
        return LocalDate.now(clock.withZone(workspace.zone()));
    }

    @Override
    public List<JobOption> options() {
        return List.of(new JobOption(BATCH, "审核批次（1–4，留空为全部批次）", JobOption.Type.NUMBER, "1"),
                new JobOption(ALLOW_INCOMPLETE, "材料不全时仍生成（缺项列入报送函）", JobOption.Type.CHECKBOX, null));
    }

    @Override
    public void check(JobRequest request) {
        batch(request);
    }

    @Override
    public String run(JobRequest request) {
        FilingOutcome outcome = runner.run(new FilingRequest(request.asOf(), batch(request),
                request.flag(ALLOW_INCOMPLETE)));
        if (!outcome.completed()) {
            throw new IllegalStateException(outcome.message());
        }
        return outcome.packagePath().getFileName() + "（SHA-256 " + outcome.sha256() + "）"
                + (outcome.gaps().isEmpty() ? "，材料齐全" : "，缺项 " + outcome.gaps().size() + " 项已列入报送函");
    }

    @Override
    public String stepTitle(String stepName) {
        return STEPS.getOrDefault(stepName, stepName);
    }

    @Override
    public String documentKind() {
        return "filing-zip";
    }

    /** The batch of the form: 1–4, or null (blank) for every batch. */
    private static Integer batch(JobRequest request) {
        String value = request.option(BATCH).orElse(null);
        if (value == null) {
            return null;
        }
        try {
            int batch = Integer.parseInt(value);
            if (batch >= 1 && batch <= 4) {
                return batch;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("审核批次应为 1 至 4 的数字，或留空表示全部批次：" + value);
    }
}
