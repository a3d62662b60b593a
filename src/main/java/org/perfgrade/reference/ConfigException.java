package org.perfgrade.reference;

/**
 * A config file that cannot be used: says which file, which line, and what is wrong, in one paragraph, so the
 * bureau can fix it without reading a stack trace.
 */
public class ConfigException extends RuntimeException {

    private final String file;
    private final int line;

    public ConfigException(String file, int line, String problem) {
        super("配置文件 " + file + (line > 0 ? " 第 " + line + " 行" : "") + "：" + problem);
        this.file = file;
        this.line = line;
    }

    public ConfigException(String file, int line, String problem, Throwable cause) {
        this(file, line, problem);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    /** 1-based line, 0 when the problem is with the file as a whole. */
    public int line() {
        return line;
    }
}
