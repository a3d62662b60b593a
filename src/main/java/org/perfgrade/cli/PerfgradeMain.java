package org.perfgrade.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import picocli.CommandLine;

/**
 * Entry point of {@code perfgrade.jar}. Parses the command line with picocli before anything else, so that
 * {@code --help} and usage errors never need the database, then lets the chosen command start the application.
 * Results go to stdout, logs and progress to stderr; failures become one Chinese paragraph and exit code 1.
 */
public final class PerfgradeMain {

    private PerfgradeMain() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, new CliEnvironment(out, err, System.getenv(), Map.of())));
    }

    /** Runs one command line and returns its exit code (tests call this in-process). */
    public static int run(String[] args, CliEnvironment environment) {
        CommandLine commandLine = commandLine(environment);
        return commandLine.execute(args);
    }

    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new PerfgradeCommand(), new Factory(environment));
        for (PlannedCommand.Plan plan : PlannedCommand.PLANS) {
            commandLine.addSubcommand(plan.name(), PlannedCommand.commandLine(plan, environment.err()));
        }
        commandLine.setOut(new PrintWriter(environment.out(), true));
        commandLine.setErr(new PrintWriter(environment.err(), true));
        commandLine.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("用法错误：" + UsageErrors.describe(ex));
            cmd.getErr().println("查看用法：" + cmd.getCommandSpec().qualifiedName() + " --help");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            environment.err().println(FailureMessages.describe(ex, environment));
            if (environment.debug()) {
                ex.printStackTrace(environment.err());
            }
            return ExitCodes.FAILURE;
        });
        return commandLine;
    }

    /** Gives commands that want it the {@link CliEnvironment}; everything else picocli builds itself. */
    private record Factory(CliEnvironment environment) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == 1
                        && constructor.getParameterTypes()[0] == CliEnvironment.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(environment));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
