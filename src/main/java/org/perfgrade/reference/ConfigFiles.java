package org.perfgrade.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the reference-data files a bureau edits. Each file is looked up on its own, first in
 * {@code PERFGRADE_CONFIG_DIR}, then in {@code ./config}, then among the defaults packed in the jar, so that a
 * bureau overrides only the files it changes.
 */
public final class ConfigFiles {

    /** A config file's text and where it came from (shown in messages). */
    public record Source(String name, String location, String text) {
    }

    private final List<Path> directories;

    public ConfigFiles(List<Path> directories) {
        this.directories = List.copyOf(directories);
    }

    /** The default search path: PERFGRADE_CONFIG_DIR (when set), then ./config. */
    public static ConfigFiles standard(String configDirSetting) {
        List<Path> dirs = new ArrayList<>();
        if (configDirSetting != null && !configDirSetting.isBlank()) {
            dirs.add(Path.of(configDirSetting.strip()));
        }
        dirs.add(Path.of("config"));
        return new ConfigFiles(dirs);
    }

    public Source read(String name) {
        for (Path dir : directories) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return new Source(name, file.toString(), decode(Files.readAllBytes(file), file.toString()));
                }
                catch (IOException ex) {
                    throw new ConfigException(file.toString(), 0, "无法读取：" + ex.getMessage(), ex);
                }
            }
        }
        return classpath(name).orElseThrow(() -> new ConfigException(name, 0,
                "找不到该文件（已查找 " + directories + " 和程序内置的默认配置）"));
    }

    private static Optional<Source> classpath(String name) {
        String resource = "config/" + name;
        try (InputStream in = ConfigFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Source(name, "内置默认配置 " + resource, decode(in.readAllBytes(), resource)));
        }
        catch (IOException ex) {
            throw new ConfigException(resource, 0, "无法读取：" + ex.getMessage(), ex);
        }
    }

    private static String decode(byte[] bytes, String location) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException ex) {
            throw new ConfigException(location, 0, "不是 UTF-8 编码的文本（请用 UTF-8 保存，不要用 GBK/ANSI）");
        }
    }
}
