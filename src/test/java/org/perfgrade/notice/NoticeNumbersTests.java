package org.perfgrade.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 发文字号登记簿: unique per register and year, never reused, kept by a notice across renders, --number checked; the
 * notices and the filing letters in registers of their own; numbers follow the issue dates.
 */
@DatabaseTest
class NoticeNumbersTests {

    private static final LocalDate AUG_16 = LocalDate.of(2021, 8, 16);
    private static final LocalDate AUG_31 = LocalDate.of(2021, 8, 31);

    @Autowired
    NoticeNumbers numbers;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clear() {
        jdbc.sql("DELETE FROM notice_number").update();
    }

    @Test
    void numbersRunOnPerYearAndANoticeKeepsItsNumber() {
        // when
        DocumentNumber first = numbers.assign(NoticeKind.PROGRESS, AUG_16, null, "进展通报");
        DocumentNumber second = numbers.assign(NoticeKind.SEASONAL_CONTROL, AUG_16, null, "错峰生产通报");
        DocumentNumber again = numbers.assign(NoticeKind.PROGRESS, AUG_16, null, "进展通报");
        DocumentNumber nextYear = numbers.assign(NoticeKind.PROGRESS, LocalDate.of(2022, 1, 5), null, "进展通报");
        // then: 2021 goes on after the numbers used before perfgrade (the plan itself is 〔2021〕91号), 2022 starts at 1
        assertThat(first.text()).isEqualTo("汴环攻坚办〔2021〕92号");
        assertThat(second.number()).isEqualTo(93);
        assertThat(again).isEqualTo(first);
        assertThat(nextYear.text()).isEqualTo("汴环攻坚办〔2022〕1号");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice_number").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aRequestedNumberIsTakenWhenFreeAndRefusedWhenHeldByAnotherNotice() {
        // given
        DocumentNumber ninetyTwo = numbers.assign(NoticeKind.PROGRESS, AUG_16, 92, "关于全市重点行业绩效分级提升工作进展情况的通报");
        // when / then
        assertThat(ninetyTwo.text()).isEqualTo("汴环攻坚办〔2021〕92号");
        assertThat(numbers.assign(NoticeKind.PROGRESS, AUG_31, null, "进展通报").number()).isEqualTo(93);
        assertThatThrownBy(() -> numbers.assign(NoticeKind.EXPERT_CRITICISM, AUG_31, 92, "通报批评"))
                .isInstanceOf(NoticeNumberException.class)
                .hasMessageContaining("汴环攻坚办〔2021〕92号 已用于“关于全市重点行业绩效分级提升工作进展情况的通报”（成文日期 2021年8月16日）");
        assertThatThrownBy(() -> numbers.assign(NoticeKind.PROGRESS, AUG_16, 95, "进展通报"))
                .isInstanceOf(NoticeNumberException.class).hasMessageContaining("已编为 汴环攻坚办〔2021〕92号");
        assertThat(numbers.assign(NoticeKind.PROGRESS, AUG_16, 92, "进展通报")).isEqualTo(ninetyTwo);
    }

    @Test
    void theLastNoticeOfAKindIsTheLatestEarlierDate() {
        // given
        numbers.assign(NoticeKind.PROGRESS, LocalDate.of(2021, 7, 1), null, "进展通报");
        numbers.assign(NoticeKind.PROGRESS, AUG_16, null, "进展通报");
        numbers.assign(NoticeKind.SEASONAL_CONTROL, LocalDate.of(2021, 8, 20), null, "错峰生产通报");
        // then
        assertThat(numbers.previous(NoticeKind.PROGRESS, AUG_31)).contains(AUG_16);
        assertThat(numbers.previous(NoticeKind.PROGRESS, AUG_16)).contains(LocalDate.of(2021, 7, 1));
        assertThat(numbers.previous(NoticeKind.EXPERT_CRITICISM, AUG_31)).isEmpty();
    }

    @Test
    void notificationsNumberedAtTheSameMomentGetDifferentNumbers() throws Exception {
        // given: eight notices of one issue date asking for a number at once
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<DocumentNumber>> futures = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            LocalDate date = LocalDate.of(2021, 9, day);
            futures.add(pool.submit(() -> numbers.assign(new NoticeNumbers.Request(NoticeKind.PROGRESS, date, "",
                    LocalDate.of(2021, 9, 10), null, "进展通报")).number()));
        }
        // when
        List<Integer> issued = new ArrayList<>();
        for (Future<DocumentNumber> f : futures) {
            issued.add(f.get().number());
        }
        pool.shutdown();
        // then
        assertThat(issued).doesNotHaveDuplicates().containsExactlyInAnyOrder(92, 93, 94, 95, 96, 97, 98, 99);
    }

    @Test
    void theFilingLettersHaveTheBureausRegisterBesideTheNotices() {
        // when: notices and letters numbered in turn
        DocumentNumber notice1 = numbers.assign(NoticeKind.PROGRESS, AUG_16, null, "进展通报");
        DocumentNumber letter1 = numbers.assign(NoticeKind.FILING_LETTER, AUG_16, "batch-1", null, "报送函");
        DocumentNumber notice2 = numbers.assign(NoticeKind.SEASONAL_CONTROL, AUG_31, null, "错峰生产通报");
        DocumentNumber letter2 = numbers.assign(NoticeKind.FILING_LETTER, AUG_31, "batch-2", null, "报送函");
        DocumentNumber notice5 = numbers.assign(NoticeKind.EXPERT_CRITICISM, AUG_31, 5, "通报批评");
        DocumentNumber letter5 = numbers.assign(NoticeKind.FILING_LETTER, AUG_31, "batch-3", 5, "报送函");
        // then: each register counts on its own, with its own code, and may hand out the same number
        assertThat(List.of(notice1.text(), notice2.text(), notice5.text()))
                .containsExactly("汴环攻坚办〔2021〕92号", "汴环攻坚办〔2021〕93号", "汴环攻坚办〔2021〕5号");
        assertThat(List.of(letter1.text(), letter2.text(), letter5.text()))
                .containsExactly("汴环函〔2021〕1号", "汴环函〔2021〕2号", "汴环函〔2021〕5号");
        assertThat(jdbc.sql("SELECT register_key FROM notice_number WHERE kind = 'filing-letter'")
                .query(String.class).list()).containsOnly("bureau-letter");
        assertThat(numbers.issuerOf(NoticeKind.FILING_LETTER, AUG_16, "batch-1").name()).isEqualTo("开封市生态环境局");
        assertThat(numbers.issuerOf(NoticeKind.PROGRESS, AUG_16, "").name())
                .isEqualTo("开封市环境污染防治攻坚战领导小组办公室");
    }

    @Test
    void aNoticeDatedBeforeOneAlreadyNumberedIsRefusedUnlessItsNumberIsGiven() {
        // given: a notice issued on 31 August, on the figures of 16 August
        NoticeNumbers.Entry first = numbers.assign(new NoticeNumbers.Request(NoticeKind.PROGRESS, AUG_16, "", AUG_31,
                null, "进展通报（8月16日）"));
        // when / then: another dated 20 August is refused, naming the later notice and its date
        NoticeNumbers.Request earlier = new NoticeNumbers.Request(NoticeKind.SEASONAL_CONTROL, AUG_16, "",
                LocalDate.of(2021, 8, 20), null, "错峰生产通报");
        assertThatThrownBy(() -> numbers.assign(earlier)).isInstanceOf(NoticeNumberException.class)
                .hasMessageContaining("成文日期 2021年8月20日 早于同一登记簿已编号的 汴环攻坚办〔2021〕92号")
                .hasMessageContaining("成文日期 2021年8月31日").hasMessageContaining("--number");
        assertThat(numbers.find(NoticeKind.SEASONAL_CONTROL, AUG_16)).isEmpty();
        // the letters' register is not concerned
        assertThat(numbers.assign(new NoticeNumbers.Request(NoticeKind.FILING_LETTER, AUG_16, "batch-1",
                AUG_16, null, "报送函")).number().text()).isEqualTo("汴环函〔2021〕1号");
        // the same day, a later day, and a number given by hand are taken
        NoticeNumbers.Entry sameDay = numbers.assign(new NoticeNumbers.Request(NoticeKind.EXPERT_CRITICISM, AUG_16,
                "", AUG_31, null, "通报批评"));
        NoticeNumbers.Entry byHand = numbers.assign(new NoticeNumbers.Request(NoticeKind.SEASONAL_CONTROL, AUG_16,
                "", LocalDate.of(2021, 8, 20), 90, "错峰生产通报"));
        assertThat(sameDay.number().number()).isEqualTo(93);
        assertThat(byHand.number().text()).isEqualTo("汴环攻坚办〔2021〕90号");
        assertThat(byHand.issuedOn()).isEqualTo(LocalDate.of(2021, 8, 20));
        // the register stores the issue date apart from the as-of date
        assertThat(jdbc.sql("SELECT issued_on FROM notice_number WHERE kind = 'progress' AND as_of = :asOf")
                .param("asOf", AUG_16).query(LocalDate.class).single()).isEqualTo(AUG_31);
        assertThat(first.issuedOn()).isEqualTo(AUG_31);
        assertThat(first.asOf()).isEqualTo(AUG_16);
    }

    @Test
    void aNumberedNoticeKeepsItsIssueDateAndTheYearIsTheIssueYear() {
        // given: the figures of 31 December issued on 5 January
        NoticeNumbers.Entry entry = numbers.assign(new NoticeNumbers.Request(NoticeKind.PROGRESS,
                LocalDate.of(2021, 12, 31), "", LocalDate.of(2022, 1, 5), null, "进展通报"));
        // then
        assertThat(entry.number().text()).isEqualTo("汴环攻坚办〔2022〕1号");
        assertThat(numbers.assign(new NoticeNumbers.Request(NoticeKind.PROGRESS, LocalDate.of(2021, 12, 31), "",
                LocalDate.of(2022, 1, 5), null, "进展通报"))).isEqualTo(entry);
        assertThatThrownBy(() -> numbers.assign(new NoticeNumbers.Request(NoticeKind.PROGRESS,
                LocalDate.of(2021, 12, 31), "", LocalDate.of(2022, 1, 6), null, "进展通报")))
                .isInstanceOf(NoticeNumberException.class)
                .hasMessageContaining("已编为 汴环攻坚办〔2022〕1号，成文日期 2022年1月5日");
    }
}
