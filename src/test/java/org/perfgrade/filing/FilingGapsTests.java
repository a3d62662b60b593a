package org.perfgrade.filing;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gaps kept with a {@code filingJob} run fit the job repository's context column on MySQL (64 KiB) however many
 * opinions a province-sized package lacks: the first ones and a line saying how many more.
 */
class FilingGapsTests {

    @Test
    void thousandsOfGapsAreKeptAsTheFirstFiftyAndACount() {
        // given 5,000 gaps of a realistic length
        List<String> gaps = IntStream.rangeClosed(1, 5000)
                .mapToObj(i -> "兰考县某某铸造有限公司" + i + "（91410225MA" + i + "，兰考县，铸造）：经专家签字的申报材料审核意见（未提供）").toList();
        ExecutionContext context = new ExecutionContext();
        // when
        FilingJobConfiguration.putGaps(context, gaps);
        List<String> kept = FilingJobConfiguration.gaps(context.getString(FilingJobConfiguration.GAPS));
        // then
        assertThat(kept).hasSize(FilingJobConfiguration.GAPS_KEPT + 1);
        assertThat(kept.subList(0, FilingJobConfiguration.GAPS_KEPT)).isEqualTo(gaps.subList(0, 50));
        assertThat(kept.get(50)).isEqualTo("……另有 4950 家企业缺少材料，详见材料缺项清单。");
        assertThat(context.getString(FilingJobConfiguration.GAPS).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSizeLessThan(20_000);
    }

    @Test
    void aFewGapsAreKeptWhole() {
        // given
        ExecutionContext context = new ExecutionContext();
        // when
        FilingJobConfiguration.putGaps(context, List.of("甲", "乙"));
        // then
        assertThat(FilingJobConfiguration.gaps(context.getString(FilingJobConfiguration.GAPS)))
                .containsExactly("甲", "乙");
    }
}
