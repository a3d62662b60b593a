package org.perfgrade.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.perfgrade.WorkspaceProperties;
import org.perfgrade.nightly.NightlyOutcome;
import org.perfgrade.nightly.NightlyProperties;
import org.perfgrade.nightly.NightlyRunner;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 夜间作业 from the console: the same run as {@code perfgrade nightly --as-of DATE} (the inbox and the county
 * databases, the snapshot, every document of the date) — a failed run of the date continues where it stopped, a
 * completed one is followed by the next revision. The form proposes the date the schedule would take today.
 */
@Component
@Order(1)
class NightlyJobStarter implements ConsoleJobStarter {

    private static final Map<String, String> STEPS = Map.of(
            "takeIn", "接收报送文件（收件箱、县区数据库）",
            "snapshot", "计算进展快照",
            "renderDocuments", "生成当日文档");

    private final NightlyRunner runner;
    private final NightlyProperties nightly;
    private final WorkspaceProperties workspace;
    private final Clock clock;

    NightlyJobStarter(NightlyRunner runner, NightlyProperties nightly, WorkspaceProperties workspace, Clock clock) {
        this.runner = runner;
        this.nightly = nightly;
        this.workspace = workspace;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "nightly";
    }

    @Override
    public String title() {
        return "夜间作业";
    }

    @Override
    public String description() {
        return "导入收件箱和县区数据库中的报送文件，计算该业务日期的进展快照，生成当日全部文档（与 perfgrade nightly 相同）。";
    }

    @Override
    public String jobName() {
        return "nightlyJob";
    }

    /** The business date of a scheduled run started now ({@code perfgrade.nightly.date-offset-days}). */
    @Override
    public LocalDate defaultDate() {
        return LocalDate.now(clock.withZone(workspace.zone())).plusDays(nightly.dateOffsetDays());
    }

    @Override
    public String run(JobRequest request) {
        NightlyOutcome outcome = runner.run(request.asOf(), workspace.inboxDir(), false);
        return "第" + outcome.revision() + "次" + (outcome.restarted() ? "（从失败的步骤继续）" : "") + "，导入 "
                + outcome.imports().size() + " 个文件，生成 " + outcome.documents().size() + " 份文档";
    }

    @Override
    public String stepTitle(String stepName) {
        return STEPS.getOrDefault(stepName, stepName);
    }
}
