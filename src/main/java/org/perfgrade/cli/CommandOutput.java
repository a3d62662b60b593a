package org.perfgrade.cli;

import java.io.PrintStream;
import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints a command's result on stdout: readable lines, or one JSON object with {@code --json}. */
final class CommandOutput {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CommandOutput() {
    }

    static void print(PrintStream out, boolean json, Object result, List<String> lines) {
        if (json) {
            out.println(JSON.writeValueAsString(result));
        }
        else {
            lines.forEach(out::println);
        }
        out.flush();
    }
}
