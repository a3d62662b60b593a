package org.perfgrade.consistency;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 语句: what the sentences of a document's body claim, read from its text — the counties a clause names, the verdict
 * words of a table row, a heading and the paragraph that follows it.
 */
final class Statements {

    private static final Pattern VERDICT = Pattern.compile("无企业（不考核）|无重点行业企业|无企业|未达标|达标");
    private static final Pattern HEADING = Pattern.compile("（[一二三四五六七八九十]）|[一二三四五六七八九十]、");

    private Statements() {
    }

    /** The counties of 附件1 named in the text, in 附件1 order. */
    static Set<String> counties(String text) {
        Set<String> named = new LinkedHashSet<>();
        for (String county : ExpectedFacts.COUNTIES) {
            if (text.contains(county)) {
                named.add(county);
            }
        }
        return named;
    }

    /** The clauses (between ，；。：) that contain the marker. */
    static List<String> clauses(String body, String marker) {
        return pieces(body, "[，,；;。：:]", marker);
    }

    /** The sentences (between 。 and ；) that contain the marker. */
    static List<String> sentences(String body, String marker) {
        return pieces(body, "[。；;]", marker);
    }

    private static List<String> pieces(String body, String separators, String marker) {
        List<String> found = new ArrayList<>();
        for (String piece : body.split(separators)) {
            if (piece.contains(marker)) {
                found.add(piece);
            }
        }
        return found;
    }

    /** The counties named in the clauses containing the marker. */
    static Set<String> countiesNamedWith(String body, String marker) {
        Set<String> named = new LinkedHashSet<>();
        clauses(body, marker).forEach(c -> named.addAll(counties(c)));
        return named;
    }

    /** The verdict words of a row, left to right: 达标, 未达标 (its gap dropped), 无企业（不考核）. */
    static List<String> verdictWords(String row) {
        List<String> words = new ArrayList<>();
        Matcher m = VERDICT.matcher(row.replaceAll("\\s", ""));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static final Pattern WHOLE_NUMBER = Pattern.compile("(?<![\\d.＞≥>＜≤<])\\d+(?![\\d.])");

    /** The whole numbers of a row (not shares such as 50.00, not targets such as ＞25), left to right. */
    static List<Integer> wholeNumbers(String row) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = WHOLE_NUMBER.matcher(row.replaceAll("\\s", " "));
        while (m.find()) {
            numbers.add(Integer.valueOf(m.group()));
        }
        return numbers;
    }

    /** Whether the expected numbers appear in the row's numbers in the same order (others may stand between). */
    static boolean inOrder(List<Integer> numbers, List<Integer> expected) {
        int at = 0;
        for (Integer n : numbers) {
            if (at < expected.size() && n.equals(expected.get(at))) {
                at++;
            }
        }
        return at == expected.size();
    }

    /** A pattern for the words as printed, line breaks and cell gaps allowed between any two characters. */
    static String loose(String words) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < words.length(); i++) {
            if (i > 0) {
                pattern.append("\\s*");
            }
            pattern.append(Pattern.quote(String.valueOf(words.charAt(i))));
        }
        return pattern.toString();
    }

    /** A pattern for a count of days: the number standing alone, not a year, month or day of a date. */
    static String days(int days) {
        return "(?<![\\d年月])" + days + "(?![\\d年月日])";
    }

    /** The words a document should show for the verdicts. */
    static String word(Verdict verdict) {
        return switch (verdict) {
            case MET -> "达标";
            case MISSED -> "未达标";
            case NOT_ASSESSED -> "无企业（不考核）";
        };
    }

    /**
     * Whether the row's words show the expected verdicts: one word a target, or one 无企业（不考核） for a level where
     * both targets are not assessed (a cell spanning the level).
     */
    static boolean showsVerdicts(List<String> words, List<Verdict> expected) {
        List<String> each = expected.stream().map(Statements::word).toList();
        if (words.equals(each)) {
            return true;
        }
        List<String> merged = new ArrayList<>();
        for (int level = 0; level < 2; level++) {
            List<Verdict> pair = expected.subList(2 * level, 2 * level + 2);
            if (pair.stream().allMatch(v -> v == Verdict.NOT_ASSESSED)) {
                merged.add(word(Verdict.NOT_ASSESSED));
            }
            else {
                pair.forEach(v -> merged.add(word(v)));
            }
        }
        return words.equals(merged);
    }

    /** The text after the heading up to the next heading (（二）, 三、 …); empty if the heading is absent. */
    static String paragraphAfter(String body, String heading) {
        int at = body.indexOf(heading);
        if (at < 0) {
            return "";
        }
        String rest = body.substring(at + heading.length());
        Matcher next = HEADING.matcher(rest);
        return next.find() ? rest.substring(0, next.start()) : rest;
    }
}
