package org.perfgrade.ingest.header;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.perfgrade.ingest.sheet.HeaderText;

/**
 * 列名匹配: which column of one submission kind a header cell names. Compared after {@link HeaderText#normalize},
 * without the required-field marks (*) counties copy from other templates; a header with a bracketed addition
 * (“企业名称（盖章）”, “绩效级别(A/B/C/D)”) matches when its text without brackets names exactly one column of the kind.
 * Matching per kind keeps short aliases (“单位”, “专家”) from meaning columns of another kind.
 */
final class ColumnMatcher {

    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]");

    private final SubmissionLayout layout;
    private final Map<String, Column> exact = new HashMap<>();
    private final Map<String, Column> loose = new HashMap<>();

    ColumnMatcher(SubmissionLayout layout) {
        this.layout = layout;
        Set<String> ambiguous = new HashSet<>();
        for (Column column : layout.columns()) {
            for (String name : names(column)) {
                exact.putIfAbsent(key(name), column);
                put(loose, withoutBrackets(key(name)), column, ambiguous);
            }
        }
        ambiguous.forEach(loose::remove);
    }

    SubmissionLayout layout() {
        return layout;
    }

    /** The column the header names, if any. */
    Optional<Column> match(String header) {
        String key = key(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Column column = exact.get(key);
        if (column == null) {
            String stripped = withoutBrackets(key);
            column = stripped.isEmpty() ? null : exact.getOrDefault(stripped, loose.get(stripped));
        }
        return Optional.ofNullable(column);
    }

    /** The normalised header without required-field marks. */
    static String key(String header) {
        String key = HeaderText.normalize(header);
        int start = 0;
        int end = key.length();
        while (start < end && isMark(key.charAt(start))) {
            start++;
        }
        while (end > start && isMark(key.charAt(end - 1))) {
            end--;
        }
        return key.substring(start, end);
    }

    private static boolean isMark(char c) {
        return c == '*' || c == '※' || c == '★';
    }

    /** The key without any (…) or […] parts. */
    static String withoutBrackets(String key) {
        if (key.indexOf('(') < 0 && key.indexOf('[') < 0) {
            return key;
        }
        return BRACKETS.matcher(key).replaceAll("");
    }

    /** The official title and the aliases of a column. */
    static List<String> names(Column column) {
        List<String> names = new ArrayList<>();
        names.add(column.title());
        names.addAll(column.aliases());
        return names;
    }

    private static void put(Map<String, Column> map, String key, Column column, Set<String> ambiguous) {
        if (key.isEmpty()) {
            return;
        }
        Column previous = map.putIfAbsent(key, column);
        if (previous != null && previous != column) {
            ambiguous.add(key);
        }
    }
}
