package org.perfgrade.ingest.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.perfgrade.reference.Grade;
import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.ReferenceData;

/**
 * 绩效级别核对: counties write grades as A级, b, Ｂ, B级企业, B－, B-级, 引领性企业 or 绩效引领性; this brings each to the
 * code of the configured vocabulary (A, B, B-, 引领性 …), recognises 未评级 (also 未评, 无), and says whether a grade
 * belongs to a line's 级别方案 and whether one grade is better than another ({@link Grade#rank()}: smaller is better,
 * 未评级 below all). {@link Reading#exact()} tells whether the cell was written exactly as configured: any other
 * spelling is stored as the configured grade with a correction (R28).
 */
public final class GradeReader {

    /** How an ungraded line is written (绩效级别, 绩效现状). */
    public static final String UNRATED = "未评级";

    private static final Set<String> UNRATED_SPELLINGS = Set.of("未评级", "未评", "未评定", "未定级", "未分级", "无级别",
            "无");

    private final Map<String, Grade> grades;

    public GradeReader(ReferenceData reference) {
        this.grades = reference.grades();
    }

    /** What a grade cell holds once normalised. */
    public enum Kind {
        /** Nothing written, or an 空值标记 such as / or —. */
        BLANK,
        /** 未评级 (or 未评, 无). */
        UNRATED,
        /** A grade of the configured vocabulary. */
        GRADE,
        /** Something that is no grade of the vocabulary. */
        UNKNOWN
    }

    /**
     * A grade cell read.
     *
     * @param code the vocabulary code for {@link Kind#GRADE}, {@link #UNRATED} for 未评级, the cleaned text for
     *             {@link Kind#UNKNOWN}, empty for {@link Kind#BLANK}
     * @param exact whether the cell holds exactly that code (surrounding spaces aside): false for {@code b}, {@code Ｂ},
     *              {@code B级企业}, {@code 未评} …, which are read with a correction
     */
    public record Reading(Kind kind, String code, boolean exact) {

        public Reading(Kind kind, String code) {
            this(kind, code, true);
        }
    }

    /**
     * Normalises a grade as written: full-width, case, 级/企业/绩效 around it, 引领性 spellings, 未评级 (未评, 无); an
     * 空值标记 other than 无 is blank.
     */
    public Reading read(String text) {
        String value = TextNormalizer.code(TextNormalizer.text(text)).toUpperCase(Locale.ROOT);
        if (!value.equals("无") && TextNormalizer.isEmptyMarker(value)) {
            return new Reading(Kind.BLANK, "");
        }
        String written = TextNormalizer.trim(text);
        if (UNRATED_SPELLINGS.contains(value)) {
            return new Reading(Kind.UNRATED, UNRATED, written.equals(UNRATED));
        }
        String core = value;
        if (core.startsWith("绩效")) {
            core = core.substring(2);
        }
        for (String suffix : List.of("企业", "级别", "级")) {
            if (core.endsWith(suffix) && core.length() > suffix.length()) {
                core = core.substring(0, core.length() - suffix.length());
            }
        }
        if (core.equals("引领") || core.equals("引领型")) {
            core = "引领性";
        } else if (core.equals("非引领") || core.equals("非引领型")) {
            core = "非引领性";
        }
        String key = core;
        Optional<String> known = grades.keySet().stream()
                .filter(code -> code.toUpperCase(Locale.ROOT).equals(key)).findFirst();
        return known.map(code -> new Reading(Kind.GRADE, code, written.equals(code)))
                .orElseGet(() -> new Reading(Kind.UNKNOWN, key, false));
    }

    /** Whether any of the schemes allows the grade (a line whose branch is unknown may be graded by several). */
    public boolean allowed(String code, Collection<GradeScheme> schemes) {
        return schemes.stream().anyMatch(s -> s.allows(code));
    }

    /** The grades a cell may hold, for a message: 引领性、非引领性 or A、B、C、D、未评级. */
    public String choices(Collection<GradeScheme> schemes, boolean unratedAllowed) {
        Set<String> codes = new LinkedHashSet<>();
        if (schemes.isEmpty()) {
            grades.values().stream().sorted(Comparator.comparingInt(Grade::rank)).map(Grade::code).forEach(codes::add);
        } else {
            List<String> all = new ArrayList<>();
            schemes.forEach(s -> all.addAll(s.grades()));
            all.stream().sorted(Comparator.comparingInt(this::rank)).forEach(codes::add);
        }
        if (unratedAllowed) {
            codes.add(UNRATED);
        }
        return String.join("、", codes);
    }

    /** Whether {@code target} is strictly better than {@code current}; null current (未评级) is below every grade. */
    public boolean above(String target, String current) {
        if (current == null) {
            return true;
        }
        return rank(target) < rank(current);
    }

    /** The rank of a vocabulary code (smaller is better); unknown codes rank below everything. */
    public int rank(String code) {
        Grade grade = code == null ? null : grades.get(code);
        return grade == null ? Integer.MAX_VALUE : grade.rank();
    }
}
