package org.perfgrade.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code glossary.yml} (用语表), looked up like every other config file (the override folder, then ./config,
 * then the packed default). Strict like the reference readers: an unknown key, a kind not written like a manifest
 * kind, a name with no Chinese, or a term listed twice stops the start with the file and line.
 */
public final class GlossaryReader {

    public static final String FILE = "glossary.yml";

    private final ConfigFiles files;

    public GlossaryReader(ConfigFiles files) {
        this.files = files;
    }

    public Glossary read() {
        ConfigFiles.Source source = files.read(FILE);
        ConfigNode root = ConfigNode.parse(source).allowOnly("kinds", "terms");
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> entry : root.get("kinds").entries().entrySet()) {
            String kind = entry.getKey();
            ConfigNode value = entry.getValue();
            if (!kind.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw value.error("文档类别“" + kind + "”应写成文件清单中的类别代码（小写字母、数字和连字符，如 briefing-pdf）");
            }
            kinds.put(kind, chinese(value));
        }
        List<Glossary.Term> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigNode item : root.list("terms")) {
            item.allowOnly("term", "name", "avoid");
            String term = item.string("term");
            if (!seen.add(term)) {
                throw item.get("term").error("用语“" + term + "”重复出现");
            }
            List<String> avoid = item.strings("avoid");
            if (avoid.isEmpty()) {
                throw item.error("用语“" + term + "”缺少 avoid（文档中不应出现的写法）");
            }
            terms.add(new Glossary.Term(term, chinese(item.get("name")), avoid));
        }
        return new Glossary(source.location(), kinds, terms);
    }

    private static String chinese(ConfigNode node) {
        String text = node.text();
        if (text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            throw node.error("“" + text + "”应是中文名称");
        }
        return text;
    }
}
