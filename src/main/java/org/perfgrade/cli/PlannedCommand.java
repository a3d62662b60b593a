package org.perfgrade.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command the design plans whose work has not landed yet: it is listed in the help with what it will do, and
 * says so (exit code 1) instead of pretending to work.
 */
final class PlannedCommand implements Callable<Integer> {

    /** A planned command: its name, what it will do, and the issue that delivers it. */
    record Plan(String name, String description, int issue) {
    }

    static final List<Plan> PLANS = List.of();

    private final Plan plan;
    private final PrintStream err;

    private PlannedCommand(Plan plan, PrintStream err) {
        this.plan = plan;
        this.err = err;
    }

    static CommandLine commandLine(Plan plan, PrintStream err) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(new PlannedCommand(plan, err));
        spec.name(plan.name());
        spec.usageMessage().description(plan.description(), "", "（尚未提供：由 issue #" + plan.issue() + " 实现）");
        spec.addMixin("help", CommandSpec.forAnnotatedObject(new HelpOptions()));
        spec.addPositional(PositionalParamSpec.builder().arity("0..*").paramLabel("参数").hidden(true)
                .type(String[].class).build());
        spec.parser().unmatchedArgumentsAllowed(true).unmatchedOptionsArePositionalParams(true);
        return new CommandLine(spec);
    }

    @Override
    public Integer call() {
        err.println("perfgrade " + plan.name() + "：该命令尚未提供（由 issue #" + plan.issue() + " 实现）。"
                + "目前可用的命令见 perfgrade --help。");
        return ExitCodes.FAILURE;
    }
}
