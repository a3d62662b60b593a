package org.perfgrade.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where a command writes its documents and how it prints its result. */
public class OutputOptions {

    @Option(names = "--out", paramLabel = "DIR", description = "文档输出目录（默认 ./out），其中的 manifest.json 登记每个文档")
    Path out;

    @Option(names = "--json", description = "以一个 JSON 对象输出结果（便于脚本处理）")
    boolean json;
}
