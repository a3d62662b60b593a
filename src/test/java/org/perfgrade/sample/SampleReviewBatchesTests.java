package org.perfgrade.sample;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfgrade.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The review batches of generated data, and steering one batch toward a number of filed enterprises. */
class SampleReviewBatchesTests {

    private static final long SEED = 7L;
    private static final int ENTERPRISES = 6_000;

    private static ReferenceData reference;
    private static Map<Integer, Integer> natural;

    @BeforeAll
    static void generate() {
        reference = SampleReferenceData.kaifeng();
        natural = SampleReviewBatches.filedEnterprises(reference,
                SampleSubmissions.withScale(reference, SEED, ENTERPRISES).withoutDefects().generate());
    }

    @Test
    void everyBatchHasFiledEnterprisesAndTheTotalCountsEachOnce() {
        // then: four batches, and an enterprise filed in two batches counts once in the total
        assertThat(natural.keySet()).containsExactly(0, 1, 2, 3, 4);
        int sum = natural.get(1) + natural.get(2) + natural.get(3) + natural.get(4);
        assertThat(natural.get(0)).isLessThanOrEqualTo(sum).isGreaterThan(sum * 9 / 10)
                .isLessThan(ENTERPRISES);
    }

    @Test
    void aBatchIsSteeredUpToItsQuota() {
        // given a quota twice the batch's natural size
        int quota = natural.get(3) * 2;
        // when
        SampleDataset steered = SampleSubmissions.withScale(reference, SEED, ENTERPRISES).withoutDefects()
                .withFilingBatch(3, quota).generate();
        // then the batch holds about that many filed enterprises, and the data keeps its size
        Map<Integer, Integer> counts = SampleReviewBatches.filedEnterprises(reference, steered);
        assertThat((double) counts.get(3)).isCloseTo(quota, within(quota * 0.05));
        assertThat(steered.enterprises()).hasSizeBetween(ENTERPRISES, ENTERPRISES + 3);
    }

    @Test
    void aBatchIsSteeredDownToItsQuota() {
        // given a quota a third of the largest batch
        int quota = natural.get(1) / 3;
        // when
        Map<Integer, Integer> counts = SampleReviewBatches.filedEnterprises(reference,
                SampleSubmissions.withScale(reference, SEED, ENTERPRISES).withoutDefects().withFilingBatch(1, quota)
                        .generate());
        // then
        assertThat((double) counts.get(1)).isCloseTo(quota, within(quota * 0.05));
        assertThat(counts.get(2)).isGreaterThan(natural.get(2));
    }
}
