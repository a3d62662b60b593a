package org.perfgrade.notice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 通报措辞清单: the sentence keys every kind of notice needs in {@code notices.yml}, the placeholders each sentence
 * may use and the facts its {@code when:} may test — what the reader checks the file against, so that a misspelt
 * placeholder or fact is reported with its line instead of being printed in a notice or silently never true.
 */
final class RequiredSentences {

    private static final Map<NoticeKind, Map<String, Set<String>>> SPEC = Map.of(
            NoticeKind.PROGRESS, progress(),
            NoticeKind.EXPERT_CRITICISM, expertCriticism(),
            NoticeKind.SEASONAL_CONTROL, seasonalControl(),
            NoticeKind.FILING_LETTER, filingLetter());

    private RequiredSentences() {
    }

    /** The keys of a kind, in reading order, with the placeholders each may use. */
    static Map<String, Set<String>> of(NoticeKind kind) {
        return SPEC.get(kind);
    }

    private static Map<String, Set<String>> progress() {
        Set<String> attachments = Set.of("排名表", "逾期清单", "逾期完成清单");
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("opening", Set.of("日期"));
        m.put("overallHeading", Set.of());
        m.put("overall", Set.of("日期", "国家级企业数", "国家级申报数", "全市国家级申报占比", "国家级通过数",
                "全市国家级通过占比", "全市国家级目标占比", "国家级目标情况", "省级企业数", "省级申报数", "全市省级申报占比",
                "省级通过数", "全市省级通过占比", "全市省级目标占比", "省级目标情况"));
        m.put("noData", with(attachments, "日期"));
        m.put("goalMet", Set.of("目标"));
        m.put("goalMissed", Set.of("目标", "差距"));
        m.put("goalUnreachable", Set.of("目标"));
        m.put("goalNotAssessed", Set.of("目标"));
        m.put("dGrade", Set.of("D级企业数", "D级目标情况"));
        m.put("dGoalMet", Set.of());
        m.put("dGoalMissed", Set.of("D级企业数"));
        m.put("ranking", with(attachments, "排名规则"));
        m.put("leaders", Set.of("位居前列县区", "位居前列县区数"));
        m.put("noLeaders", Set.of());
        m.put("trailers", Set.of("排名靠后县区", "排名靠后县区数"));
        m.put("allMet", with(attachments));
        m.put("onTime", Set.of("日期"));
        m.put("noDowngrades", Set.of("起始日期"));
        m.put("problemsHeading", Set.of());
        m.put("laggardsHeading", Set.of());
        m.put("laggards", with(attachments, "未达标县区数", "未达标县区", "未达标明细"));
        m.put("overdueHeading", Set.of());
        m.put("overdue", with(attachments, "日期", "逾期县区", "逾期事项数"));
        m.put("lateHeading", Set.of());
        m.put("late", with(attachments, "日期", "逾期完成县区", "逾期完成事项数", "最长逾期天数"));
        m.put("downgradesHeading", Set.of());
        m.put("downgrades", Set.of("起始日期", "降级企业数", "降级企业"));
        m.put("requirementsHeading", Set.of());
        m.put("deadlinesHeading", Set.of());
        m.put("deadlines", Set.of());
        m.put("deadline", Set.of("序号", "截止日期", "事项", "阶段"));
        m.put("deadlinesOverdue", with(attachments));
        m.put("deadlinesDone", Set.of());
        m.put("catchUpHeading", Set.of());
        m.put("catchUpLaggards", Set.of());
        m.put("catchUpOverdue", Set.of());
        m.put("assessmentHeading", Set.of());
        m.put("assessment", Set.of());
        m.put("rankingTitle", Set.of());
        m.put("rankingNote", Set.of("排名规则"));
        m.put("overdueTitle", Set.of());
        m.put("lateTitle", Set.of());
        return m;
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    private static Map<String, Set<String>> expertCriticism() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("opening", Set.of("起始日期", "日期", "专家数"));
        m.put("factsHeading", Set.of());
        m.put("expert", Set.of("序号", "县区", "专家", "意见明细", "禁入截止日期"));
        m.put("opinion", Set.of("企业", "行业", "申报级别", "意见日期", "不予采用原因"));
        m.put("opinionUnknown", Set.of());
        m.put("cityRejected", Set.of("原因"));
        m.put("provincialRejected", Set.of("原因"));
        m.put("decisionHeading", Set.of());
        m.put("decision", Set.of("禁入年数"));
        m.put("requirementsHeading", Set.of());
        m.put("requirements", Set.of());
        m.put("listTitle", Set.of());
        return m;
    }

    private static Map<String, Set<String>> seasonalControl() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("opening", Set.of());
        m.put("scopeHeading", Set.of());
        m.put("scope", Set.of("日期", "D级企业数", "D级记录数", "涉及县区", "涉及行业"));
        m.put("controlHeading", Set.of());
        m.put("control", Set.of());
        m.put("upgradeHeading", Set.of());
        m.put("upgrade", Set.of());
        m.put("listTitle", Set.of());
        return m;
    }

    private static Map<String, Set<String>> filingLetter() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("opening", Set.of("批次", "日期"));
        m.put("summary", Set.of("批次", "企业数", "记录数", "县区数", "分级明细"));
        m.put("complete", Set.of("企业数", "核对材料"));
        m.put("incomplete", Set.of("企业数", "齐全数", "缺项企业数", "核对材料", "缺项清单"));
        m.put("enclosuresIntro", Set.of());
        m.put("enclosure", Set.of("序号", "材料"));
        m.put("closing", Set.of());
        m.put("contact", Set.of("电话", "电子邮箱"));
        return m;
    }

    /** The names of the facts a kind's {@code when:} may test; empty: its sentences take no condition. */
    static Set<String> facts(NoticeKind kind) {
        return kind == NoticeKind.PROGRESS ? ProgressFact.names() : Set.of();
    }

    /** The keys of every kind, for the message on an unknown key. */
    static List<String> keys(NoticeKind kind) {
        return List.copyOf(of(kind).keySet());
    }
}
