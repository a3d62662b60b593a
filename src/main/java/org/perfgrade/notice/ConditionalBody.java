package org.perfgrade.notice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 按条件成文: a notice body built from sentences of {@code notices.yml} that appear only when their {@code when:}
 * holds on the date — a level-2 heading only with the sentence run on after it, a level-1 heading only with
 * something under it — and headings numbered as they appear (一、二、…; （一）（二）… within each), so that no
 * heading stands without a paragraph that supports it and no number is skipped.
 */
final class ConditionalBody {

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)");

    private final NoticeTemplates.Wording wording;
    private final Set<String> facts;
    private final Map<String, String> values = new HashMap<>();
    private final List<BodyBlock> blocks = new ArrayList<>();

    ConditionalBody(NoticeTemplates.Wording wording, Set<String> facts) {
        this.wording = wording;
        this.facts = Set.copyOf(facts);
    }

    /** The placeholder values, to be filled in before the sentences using them are added. */
    Map<String, String> values() {
        return values;
    }

    boolean holds(String key) {
        return wording.holds(key, facts);
    }

    /** A level-1 heading; dropped at the end when nothing follows it. */
    void heading1(String key) {
        if (holds(key)) {
            blocks.add(BodyBlock.heading1(wording.fill(key, values)));
        }
    }

    /** A level-2 heading with the sentences run on after it; nothing when the heading or all of them do not hold. */
    boolean heading2(String key, String... rest) {
        String text = joined(rest);
        if (!holds(key) || text.isEmpty()) {
            return false;
        }
        blocks.add(BodyBlock.heading2(wording.fill(key, values), text));
        return true;
    }

    /** A paragraph of the sentences that hold, joined; nothing when none does. */
    void paragraph(String... keys) {
        String text = joined(keys);
        if (!text.isEmpty()) {
            blocks.add(BodyBlock.paragraph(text));
        }
    }

    /** The blocks, level-1 headings without content dropped, headings numbered. */
    List<BodyBlock> blocks() {
        List<BodyBlock> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            BodyBlock b = blocks.get(i);
            boolean empty = b.type() == BodyBlock.Type.HEADING_1
                    && (i + 1 == blocks.size() || blocks.get(i + 1).type() == BodyBlock.Type.HEADING_1);
            if (!empty) {
                kept.add(b);
            }
        }
        List<BodyBlock> numbered = new ArrayList<>();
        int first = 0;
        int second = 0;
        for (BodyBlock b : kept) {
            String bare = NUMBERED.matcher(b.text()).replaceFirst("");
            switch (b.type()) {
                case HEADING_1 -> {
                    second = 0;
                    numbered.add(BodyBlock.heading1(numeral(++first) + "、" + bare));
                }
                case HEADING_2 -> numbered.add(BodyBlock.heading2("（" + numeral(++second) + "）" + bare, b.rest()));
                case PARAGRAPH -> numbered.add(b);
            }
        }
        return numbered;
    }

    private String joined(String... keys) {
        StringBuilder text = new StringBuilder();
        for (String key : keys) {
            if (holds(key)) {
                text.append(wording.fill(key, values));
            }
        }
        return text.toString();
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十. */
    static String numeral(int n) {
        if (n <= 10) {
            return String.valueOf(NUMERALS.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "" : String.valueOf(NUMERALS.charAt(n / 10 - 1));
        return tens + "十" + (n % 10 == 0 ? "" : String.valueOf(NUMERALS.charAt(n % 10 - 1)));
    }
}
