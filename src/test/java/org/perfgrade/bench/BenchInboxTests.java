package org.perfgrade.bench;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which review batch the bench's filing package measures, from the filed enterprises of a small probe run. */
class BenchInboxTests {

    /** Filed enterprises of a probe run: key 0 all batches together, then batches 1–4. */
    private static final Map<Integer, Integer> PROBE = Map.of(0, 760, 1, 330, 2, 110, 3, 50, 4, 280);

    @Test
    void smallDataIsPackagedWhole() {
        // when the data will have at most 10,000 filed enterprises (760 × 13 = 9,880)
        // then every batch goes in the package
        assertThat(BenchInbox.filingBatch(PROBE, 13)).isNull();
    }

    @Test
    void largerDataIsPackagedByTheBatchNearestToTenThousand() {
        // when the data is 40 times the probe: batches of 13,200, 4,400, 2,000 and 11,200 filed enterprises
        // then the batch nearest to 10,000
        assertThat(BenchInbox.filingBatch(PROBE, 40)).isEqualTo(4);
        // and at 500 times (a million lines): 25,000 in batch 3 is the nearest
        assertThat(BenchInbox.filingBatch(PROBE, 500)).isEqualTo(3);
        // and at 100 times: 11,000 in batch 2
        assertThat(BenchInbox.filingBatch(PROBE, 100)).isEqualTo(2);
    }
}
