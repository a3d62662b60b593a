package org.perfgrade.notice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 通报措辞模板: one sentence of {@code notices.yml} with named placeholders such as {@code {日期}}, filled in Java from
 * the figures of the as-of date. Kept apart from the code so that an office can reword a notice without a release.
 *
 * @param key      the sentence's key in the file (e.g. {@code overall})
 * @param text     the sentence as written
 * @param location the file and line it came from, for messages
 * @param when     when it appears ({@link NoticeCondition#ALWAYS} without a {@code when:})
 */
public record NoticeTemplate(String key, String text, String location, NoticeCondition when) {

    public NoticeTemplate {
        when = when == null ? NoticeCondition.ALWAYS : when;
    }

    /** A sentence that always appears. */
    public NoticeTemplate(String key, String text, String location) {
        this(key, text, location, NoticeCondition.ALWAYS);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]+)}");

    /** The placeholder names used in the text, in order of first use. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The text with every placeholder replaced by its value.
     *
     * @throws IllegalStateException when a placeholder has no value (the reader lets through only known names, so
     *                               this is a programming error)
     */
    public String fill(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        List<String> missing = new ArrayList<>();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                missing.add(m.group(1));
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(location + "：模板“" + key + "”的占位符 " + missing + " 没有取值");
        }
        return out.toString();
    }
}
