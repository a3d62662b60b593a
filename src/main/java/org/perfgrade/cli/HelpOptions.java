package org.perfgrade.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} and {@code -V/--version}, described in Chinese, mixed into every command. */
public class HelpOptions {

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "显示本帮助并退出")
    boolean help;

    @Option(names = { "-V", "--version" }, versionHelp = true, description = "显示版本并退出")
    boolean version;
}
