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

/** 发文字号登记簿: unique per year, never reused, kept by a notice across renders, --number checked. */
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
        // then
        assertThat(first.text()).isEqualTo("汴环攻坚办〔2021〕1号");
        assertThat(second.number()).isEqualTo(2);
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
                .hasMessageContaining("汴环攻坚办〔2021〕92号 已用于“关于全市重点行业绩效分级提升工作进展情况的通报”（2021-08-16）");
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
        // given: eight notices asking for a number at once
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<DocumentNumber>> futures = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            LocalDate date = LocalDate.of(2021, 9, day);
            futures.add(pool.submit(() -> numbers.assign(NoticeKind.PROGRESS, date, null, "进展通报")));
        }
        // when
        List<Integer> issued = new ArrayList<>();
        for (Future<DocumentNumber> f : futures) {
            issued.add(f.get().number());
        }
        pool.shutdown();
        // then
        assertThat(issued).doesNotHaveDuplicates().containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    }
}
