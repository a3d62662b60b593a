package org.perfgrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the SQL a Java source file writes out: its string literals and text blocks that contain an upper-case SQL
 * keyword (comments and char literals skipped). {@link SqlOwnershipTests} checks which tables they name.
 */
final class SqlLiterals {

    private static final Pattern KEYWORD = Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|FROM|JOIN|WHERE|INTO)\\b");

    private SqlLiterals() {
    }

    /** One literal with SQL in it, and where it stands. */
    record Literal(String file, int line, String text) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + text.strip().replaceAll("\\s+", " ");
        }
    }

    /** Every SQL literal of every .java file under the folder. */
    static List<Literal> under(Path root) {
        return under(root, true);
    }

    /** Every string literal and text block of every .java file under the folder, SQL or not. */
    static List<Literal> allUnder(Path root) {
        return under(root, false);
    }

    private static List<Literal> under(Path root, boolean sqlOnly) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Literal> all = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.addAll(of(root.relativize(file).toString().replace('\\', '/'), Files.readString(file), sqlOnly));
            }
            return all;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The SQL literals of one source text. */
    static List<Literal> of(String file, String source) {
        return of(file, source, true);
    }

    private static List<Literal> of(String file, String source, boolean sqlOnly) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            }
            else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            }
            else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            }
            else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end;
                add(literals, file, line, source.substring(i + 3, end), sqlOnly);
                line += count(source, i, Math.min(n, end + 3));
                i = end + 3;
            }
            else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        text.append(source.charAt(j + 1));
                        j += 2;
                    }
                    else {
                        text.append(source.charAt(j++));
                    }
                }
                if (c == '"') {
                    add(literals, file, line, text.toString(), sqlOnly);
                }
                i = j + 1;
            }
            else {
                i++;
            }
        }
        return literals;
    }

    private static void add(List<Literal> literals, String file, int line, String text, boolean sqlOnly) {
        if (!sqlOnly || KEYWORD.matcher(text).find()) {
            literals.add(new Literal(file, line, text));
        }
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
