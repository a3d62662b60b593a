package org.perfgrade.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the command line in-process, capturing stdout and stderr, for tests. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Map<String, Object> properties, String... args) {
        return run(Map.of(), properties, args);
    }

    static CliRun run(Map<String, String> env, Map<String, Object> properties, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = PerfgradeMain.run(args, new CliEnvironment(outStream, errStream, env, properties));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
