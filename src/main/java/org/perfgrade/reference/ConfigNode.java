package org.perfgrade.reference;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a YAML config file that remembers its file and line, so that every complaint about a value names
 * the exact place. Reading is strict: unknown keys, missing keys and values of the wrong kind are errors.
 */
public final class ConfigNode {

    private final String file;
    private final Node node;
    private final String path;

    private ConfigNode(String file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    public static ConfigNode parse(ConfigFiles.Source source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(source.text()));
        }
        catch (MarkedYAMLException ex) {
            int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 0;
            throw new ConfigException(source.location(), line, "YAML 格式错误：" + ex.getProblem()
                    + "（常见原因：缩进不一致、冒号后缺空格、引号或括号未配对）", ex);
        }
        catch (YAMLException ex) {
            throw new ConfigException(source.location(), 0, "YAML 格式错误：" + ex.getMessage(), ex);
        }
        if (root == null) {
            throw new ConfigException(source.location(), 0, "文件为空");
        }
        return new ConfigNode(source.location(), root, "");
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    public ConfigException error(String problem) {
        return new ConfigException(file, line(), (path.isEmpty() ? "" : path + "：") + problem);
    }

    // ── mappings ──

    public Map<String, ConfigNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("这里应是“键: 值”形式的映射");
        }
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ConfigNode(file, tuple.getKeyNode(), path).error("键必须是文字");
            }
            String name = key.getValue();
            if (entries.containsKey(name)) {
                throw new ConfigNode(file, key, path).error("键“" + name + "”重复出现");
            }
            entries.put(name, new ConfigNode(file, tuple.getValueNode(), path.isEmpty() ? name : path + "." + name));
        }
        return entries;
    }

    /** Fails on any key not in the list (a misspelt key would otherwise be ignored silently). */
    public ConfigNode allowOnly(String... keys) {
        Set<String> allowed = Set.of(keys);
        Map<String, ConfigNode> entries = entries();
        for (Map.Entry<String, ConfigNode> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue().error("不认识的键“" + e.getKey() + "”，可用的键：" + String.join("、", keys));
            }
        }
        return this;
    }

    public Optional<ConfigNode> find(String key) {
        ConfigNode value = entries().get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public ConfigNode get(String key) {
        return find(key).orElseThrow(() -> error("缺少“" + key + "”"));
    }

    public String string(String key) {
        return get(key).text();
    }

    public String string(String key, String fallback) {
        return find(key).map(ConfigNode::text).orElse(fallback);
    }

    public int integer(String key) {
        return get(key).integer();
    }

    public boolean bool(String key, boolean fallback) {
        return find(key).map(ConfigNode::bool).orElse(fallback);
    }

    public LocalDate date(String key) {
        ConfigNode value = get(key);
        try {
            return LocalDate.parse(value.text());
        }
        catch (DateTimeParseException ex) {
            throw value.error("“" + value.text() + "”不是日期，应写成 2021-05-31");
        }
    }

    public BigDecimal decimal(String key) {
        ConfigNode value = get(key);
        try {
            return new BigDecimal(value.text());
        }
        catch (NumberFormatException ex) {
            throw value.error("“" + value.text() + "”不是数字");
        }
    }

    /** An enum value by its config name. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, Function<E, String> configName) {
        ConfigNode value = get(key);
        String text = value.text();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> configName.apply(e).equals(text) || e.name().equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> value.error("“" + text + "”不是可用的取值（可用："
                        + Arrays.stream(type.getEnumConstants()).map(configName).collect(Collectors.joining("、"))
                        + "）"));
    }

    // ── sequences and scalars ──

    /** The items of a list under the key; a missing key is an empty list. */
    public List<ConfigNode> list(String key) {
        return find(key).map(ConfigNode::items).orElse(List.of());
    }

    public List<ConfigNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("这里应是列表（每项以“- ”开头，或写成 [a, b]）");
        }
        List<Node> values = sequence.getValue();
        return java.util.stream.IntStream.range(0, values.size())
                .mapToObj(i -> new ConfigNode(file, values.get(i), path + "[" + (i + 1) + "]"))
                .toList();
    }

    public List<String> strings(String key) {
        return list(key).stream().map(ConfigNode::text).toList();
    }

    public String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("这里应是单个值");
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            throw error("值为空");
        }
        return value;
    }

    public int integer() {
        try {
            return Integer.parseInt(text());
        }
        catch (NumberFormatException ex) {
            throw error("“" + text() + "”不是整数");
        }
    }

    public boolean bool() {
        return switch (text().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "是" -> true;
            case "false", "no", "否" -> false;
            default -> throw error("“" + text() + "”应为 true 或 false");
        };
    }

    private boolean isNull() {
        return node instanceof ScalarNode scalar
                && scalar.getTag().getValue().endsWith(":null");
    }
}
