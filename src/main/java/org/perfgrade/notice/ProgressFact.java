package org.perfgrade.notice;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfgrade.snapshot.facts.DateFacts;

/**
 * 通报条件事实: the named facts of a date that the {@code when:} of the progress notice's sentences may test — each
 * read from the date's {@link DateFacts} and the lists the notice prints, never computed anew.
 */
enum ProgressFact {
    HAS_DATA("有企业数据"),
    NO_DATA("无企业数据"),
    SOME_MISSING("有未达标县区"),
    ALL_MET("各县区均达标"),
    HAS_LEADERS("有位居前列县区"),
    NO_LEADERS("无位居前列县区"),
    HAS_TRAILERS("有排名靠后县区"),
    HAS_OVERDUE("有逾期事项"),
    NO_OVERDUE("无逾期事项"),
    HAS_LATE("有逾期完成事项"),
    NO_LATE("无逾期完成事项"),
    HAS_DOWNGRADES("有降级企业"),
    NO_DOWNGRADES("无降级企业"),
    HAS_DEADLINES_AHEAD("有待完成时间节点"),
    NO_DEADLINES_AHEAD("无待完成时间节点");

    private final String words;

    ProgressFact(String words) {
        this.words = words;
    }

    /** The name written in {@code when:}. */
    String words() {
        return words;
    }

    /** Every name, for the reader's check. */
    static Set<String> names() {
        return Arrays.stream(values()).map(ProgressFact::words).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The names of the facts that hold on the date.
     *
     * @param overdue    逾期未完成事项 in the notice
     * @param late       逾期完成事项 in the notice
     * @param downgrades enterprises downgraded in the period
     * @param ahead      deadlines after the date
     */
    static Set<String> holding(DateFacts facts, int overdue, int late, int downgrades, int ahead) {
        Set<String> names = new LinkedHashSet<>();
        boolean data = facts.hasEnterprises();
        names.add((data ? HAS_DATA : NO_DATA).words);
        if (!facts.missing().isEmpty()) {
            names.add(SOME_MISSING.words);
        }
        if (facts.allMet()) {
            names.add(ALL_MET.words);
        }
        names.add((facts.leaders().isEmpty() ? NO_LEADERS : HAS_LEADERS).words);
        if (!facts.trailers().isEmpty()) {
            names.add(HAS_TRAILERS.words);
        }
        names.add((overdue > 0 ? HAS_OVERDUE : NO_OVERDUE).words);
        names.add((late > 0 ? HAS_LATE : NO_LATE).words);
        names.add((downgrades > 0 ? HAS_DOWNGRADES : NO_DOWNGRADES).words);
        names.add((ahead > 0 ? HAS_DEADLINES_AHEAD : NO_DEADLINES_AHEAD).words);
        return names;
    }
}
