package org.perfgrade.notice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Headings appear only with what supports them and are numbered as they appear. */
class ConditionalBodyTests {

    private static final NoticeCondition WHEN_LATE = new NoticeCondition(List.of(List.of(
            new NoticeCondition.Term("有逾期事项", false))));

    @Test
    void aHeadingWithoutItsSentenceIsDroppedAndTheOthersRenumbered() {
        // given three sections, the second's only sub-heading conditional on 有逾期事项, which does not hold
        Map<String, NoticeTemplate> s = new LinkedHashMap<>();
        put(s, "a", "总体情况", NoticeCondition.ALWAYS);
        put(s, "a1", "全市情况。", NoticeCondition.ALWAYS);
        put(s, "a1Text", "截至9月30日，情况良好。", NoticeCondition.ALWAYS);
        put(s, "b", "二、存在问题", NoticeCondition.ALWAYS);
        put(s, "b1", "（一）部分工作逾期未完成。", WHEN_LATE);
        put(s, "b1Text", "有逾期。", WHEN_LATE);
        put(s, "c", "下步要求", NoticeCondition.ALWAYS);
        put(s, "c1", "按时完成。", NoticeCondition.ALWAYS);
        put(s, "c1Text", "各县区要按时完成。", NoticeCondition.ALWAYS);
        put(s, "c2", "严格考核。", NoticeCondition.ALWAYS);
        put(s, "c2Text", "纳入考核。", NoticeCondition.ALWAYS);
        ConditionalBody body = new ConditionalBody(new NoticeTemplates.Wording("标题", Optional.empty(),
                Optional.empty(), s), Set.of("无逾期事项"));

        // when
        body.heading1("a");
        body.heading2("a1", "a1Text");
        body.heading1("b");
        body.heading2("b1", "b1Text");
        body.heading1("c");
        body.heading2("c1", "c1Text");
        body.heading2("c2", "c2Text");
        List<BodyBlock> blocks = body.blocks();

        // then 存在问题 is gone with its empty section and 下步要求 is 二、, its sub-headings （一）（二）
        assertThat(blocks).extracting(BodyBlock::text).containsExactly("一、总体情况", "（一）全市情况。", "二、下步要求",
                "（一）按时完成。", "（二）严格考核。");
        assertThat(blocks.get(4).rest()).isEqualTo("纳入考核。");
    }

    @Test
    void numeralsAsOfficesWriteThem() {
        assertThat(List.of(1, 3, 10, 11, 20, 23).stream().map(ConditionalBody::numeral).toList())
                .containsExactly("一", "三", "十", "十一", "二十", "二十三");
    }

    private static void put(Map<String, NoticeTemplate> s, String key, String text, NoticeCondition when) {
        s.put(key, new NoticeTemplate(key, text, "测试", when));
    }
}
