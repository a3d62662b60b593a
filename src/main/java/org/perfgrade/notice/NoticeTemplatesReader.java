package org.perfgrade.notice;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ConfigNode;

/**
 * Reads {@code notices.yml} (通报措辞), looked up like every other config file (the override folder, then ./config,
 * then the packed default). Strict: an unknown or missing kind or sentence key, a placeholder the sentence cannot
 * use, or a {@code when:} over a fact the kind does not know ({@link NoticeCondition}) stops with a
 * {@link org.perfgrade.reference.ConfigException} naming the file and line.
 */
public final class NoticeTemplatesReader {

    public static final String FILE = "notices.yml";

    private final ConfigFiles files;

    public NoticeTemplatesReader(ConfigFiles files) {
        this.files = files;
    }

    public NoticeTemplates read() {
        ConfigFiles.Source source = files.read(FILE);
        ConfigNode root = ConfigNode.parse(source)
                .allowOnly(Arrays.stream(NoticeKind.values()).map(NoticeKind::code).toArray(String[]::new));
        Map<NoticeKind, NoticeTemplates.Wording> kinds = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            kinds.put(kind, wording(kind, root.get(kind.code()), source.location()));
        }
        return new NoticeTemplates(source.location(), kinds);
    }

    private static NoticeTemplates.Wording wording(NoticeKind kind, ConfigNode node, String location) {
        node.allowOnly("title", "addressees", "issuerCode", "text");
        ConfigNode title = node.get("title");
        check(title, Set.of());
        Optional<String> addressees = node.find("addressees").map(a -> {
            check(a, Set.of());
            return stripColon(a.text());
        });
        Optional<String> issuerCode = node.find("issuerCode").map(c -> {
            check(c, Set.of());
            return c.text().strip();
        });
        Map<String, Set<String>> spec = RequiredSentences.of(kind);
        ConfigNode text = node.get("text").allowOnly(spec.keySet().toArray(String[]::new));
        Set<String> facts = RequiredSentences.facts(kind);
        Map<String, NoticeTemplate> sentences = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : spec.entrySet()) {
            ConfigNode sentence = text.get(e.getKey());
            ConfigNode words = sentence;
            NoticeCondition when = NoticeCondition.ALWAYS;
            if (isMapping(sentence)) {
                sentence.allowOnly("text", "when");
                words = sentence.get("text");
                when = sentence.find("when").map(w -> NoticeCondition.read(w, facts)).orElse(NoticeCondition.ALWAYS);
            }
            check(words, e.getValue());
            sentences.put(e.getKey(), new NoticeTemplate(e.getKey(), words.text(),
                    location + " 第 " + words.line() + " 行", when));
        }
        return new NoticeTemplates.Wording(title.text(), addressees, issuerCode, sentences);
    }

    /** A sentence written as "text: … / when: …" rather than as its text alone. */
    private static boolean isMapping(ConfigNode node) {
        try {
            node.entries();
            return true;
        }
        catch (RuntimeException scalar) {
            return false;
        }
    }

    /** Fails on a placeholder the sentence cannot use, listing those it can. */
    private static void check(ConfigNode node, Set<String> allowed) {
        NoticeTemplate template = new NoticeTemplate("", node.text(), "");
        for (String name : template.placeholders()) {
            if (!allowed.contains(name)) {
                throw node.error("不认识的占位符“{" + name + "}”" + (allowed.isEmpty() ? "（这里不能使用占位符）"
                        : "（这里可用：" + String.join("、", new TreeSet<>(allowed).stream()
                        .map(a -> "{" + a + "}").toList()) + "）"));
            }
        }
    }

    private static String stripColon(String text) {
        return text.endsWith("：") || text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
    }
}
