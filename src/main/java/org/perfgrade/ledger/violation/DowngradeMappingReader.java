package org.perfgrade.ledger.violation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ConfigNode;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;

/**
 * Reads {@code violations.yml} (违法降级对照表), looked up like every other config file (the override folder, then
 * ./config, then the packed default). Strict like the reference readers: an unknown key, a grade that is not in
 * {@code industries.yml}, or a grade that would rise, stops with a {@link org.perfgrade.reference.ConfigException}
 * naming the file and line.
 */
public final class DowngradeMappingReader {

    public static final String FILE = "violations.yml";

    private final ConfigFiles files;
    private final ReferenceData reference;

    public DowngradeMappingReader(ConfigFiles files, ReferenceData reference) {
        this.files = files;
        this.reference = reference;
    }

    public DowngradeMapping read() {
        ConfigFiles.Source source = files.read(FILE);
        ConfigNode root = ConfigNode.parse(source).allowOnly("downgrade");
        Map<String, String> downgrades = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> entry : root.get("downgrade").entries().entrySet()) {
            ConfigNode value = entry.getValue();
            Grade from = grade(entry.getKey(), value, "原级别");
            Grade to = grade(value.text(), value, "降后级别");
            if (to.rank() < from.rank()) {
                throw value.error("降后级别“" + to.code() + "”高于原级别“" + from.code() + "”（违法降级只能降低或保持级别）");
            }
            downgrades.put(from.code(), to.code());
        }
        List<String> kept = reference.grades().values().stream()
                .sorted(Comparator.comparingInt(Grade::rank)).map(Grade::code)
                .filter(code -> !downgrades.containsKey(code) || downgrades.get(code).equals(code)).toList();
        downgrades.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return new DowngradeMapping(downgrades, kept, source.location());
    }

    private Grade grade(String code, ConfigNode at, String role) {
        String text = code == null ? "" : code.strip();
        return reference.grade(text).orElseThrow(() -> at.error(role + "“" + text + "”未在 industries.yml 的 grades 中"
                + "定义（可用：" + String.join("、", reference.grades().values().stream()
                .sorted(Comparator.comparingInt(Grade::rank)).map(Grade::code).toList()) + "）"));
    }
}
