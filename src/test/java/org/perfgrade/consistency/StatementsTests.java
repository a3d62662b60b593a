package org.perfgrade.consistency;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.consistency.Verdict.MET;
import static org.perfgrade.consistency.Verdict.MISSED;
import static org.perfgrade.consistency.Verdict.NOT_ASSESSED;

/** The reading helpers of the consistency suite, on text as PDFBox gives it: they must not see what is not there. */
class StatementsTests {

    @Test
    void aLateLineIsFoundAcrossWrapsAndItsDaysAreNotTakenFromADate() {
        // given a 逾期完成 list whose item wraps, received on the 5th, 4 days late
        String text = "各县区逾期完成事项清单\n序号 县区 事项 截止日期 完成日期 逾期天数\n"
                + "1 通许县 专家（第三方）信息报市生\n态环境局 2021年7月1日 2021年7月5日 4\n2 杞县 重点行业 2021年6月14日 2021年6月20日 6\n";
        String item = Statements.loose("专家（第三方）信息报市生态环境局");
        // when
        Pattern fourDays = Pattern.compile(Statements.loose("逾期完成") + ".*?" + Statements.loose("通许县") + ".{0,80}?"
                + item + ".{0,120}?" + Statements.days(4), Pattern.DOTALL);
        Pattern fiveDays = Pattern.compile(Statements.loose("逾期完成") + ".*?" + Statements.loose("通许县") + ".{0,80}?"
                + item + ".{0,120}?" + Statements.days(5), Pattern.DOTALL);
        // then
        assertThat(fourDays.matcher(text).find()).isTrue();
        assertThat(fiveDays.matcher(text).find()).as("5 is the day of the month received").isFalse();
    }

    @Test
    void countsMustAppearInTheirOrderAmongTheRowsNumbersButSharesAndTargetsDoNotCount() {
        // given a ranking row: rank, county, national 4/2/50.00/2/50.00, provincial 0 …, targets ＞25
        List<Integer> numbers = Statements.wholeNumbers("1 通许县 4 2 50.00 2 50.00 ＞25 3 1 33.33 1 33.33");
        // then
        assertThat(numbers).containsExactly(1, 4, 2, 2, 3, 1, 1);
        assertThat(Statements.inOrder(numbers, List.of(4, 2, 2, 3, 1, 1))).isTrue();
        assertThat(Statements.inOrder(numbers, List.of(4, 2, 2, 3, 2, 1))).isFalse();
        assertThat(Statements.inOrder(Statements.wholeNumbers("7 通许县 ＞25 50.00 达标"), List.of(25))).isFalse();
    }

    @Test
    void aLevelNotAssessedReadsOnlyAsNoEnterpriseNotAssessed() {
        // given
        List<Verdict> expected = List.of(MET, MISSED, NOT_ASSESSED, NOT_ASSESSED);
        // then: one word a target, or one word for a level not assessed
        assertThat(Statements.showsVerdicts(Statements.verdictWords(
                "通许县 50.00 达标 20.00 未达标（差1家） — 无企业（不考核） — 无企业（不考核）"), expected)).isTrue();
        assertThat(Statements.showsVerdicts(Statements.verdictWords("通许县 50.00 达标 20.00 未达标（差1家） 无企业（不考核）"),
                expected)).isTrue();
        assertThat(Statements.showsVerdicts(Statements.verdictWords("通许县 达标 未达标 无企业 无企业"), expected))
                .as("bare 无企业 does not say 不考核").isFalse();
        assertThat(Statements.showsVerdicts(Statements.verdictWords("通许县 达标 未达标 未达标 未达标"), expected))
                .isFalse();
    }

    @Test
    void theCountiesAClauseNamesAreThoseBeforeOrAfterItsMarkerUpToTheNextComma() {
        // given
        String body = "按完成目标情况排名，通许县、兰考县位居前列，杞县排名靠后，各县区进展情况详见附件1。";
        // then
        assertThat(Statements.countiesNamedWith(body, "位居前列")).containsExactly("通许县", "兰考县");
        assertThat(Statements.countiesNamedWith(body, "排名靠后")).containsExactly("杞县");
    }

    @Test
    void theParagraphAfterAHeadingEndsAtTheNextHeading() {
        // given
        String body = "（二）部分工作逾期未完成。截至9月30日，通许县1项工作逾期未完成。（三）部分企业绩效级别下调。未发生下调。";
        // then
        assertThat(Statements.paragraphAfter(body, "部分工作逾期未完成。")).isEqualTo("截至9月30日，通许县1项工作逾期未完成。");
        assertThat(Statements.paragraphAfter(body, "部分县区进展滞后。")).isEmpty();
    }
}
