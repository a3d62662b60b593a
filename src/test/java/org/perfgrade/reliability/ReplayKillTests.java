package org.perfgrade.reliability;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of {@code perfgrade demo} in the middle of the campaign replay (the slice to 2021-06-15, on the
 * embedded H2), then {@code demo} again: it continues where the killed run stopped, and {@code history --json} is the
 * same as after an unbroken replay.
 */
class ReplayKillTests {

    private static final String UNTIL = "2021-06-15";
    private static final Duration RUN = Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void aReplayKilledMidwayAndRunAgainGivesTheHistoryOfAnUnbrokenReplay() throws Exception {
        // given an unbroken replay of the slice
        JsonNode unbroken;
        try (ChildPerfgrade child = ChildPerfgrade.onH2(dir.resolve("unbroken"))) {
            ChildPerfgrade.Result done = child.run(RUN, "demo", "--as-of", UNTIL, "--json");
            assertThat(done.exitCode()).as(done.err()).isZero();
            unbroken = history(child);
            // (its JSON lists every day replayed and the weeks, each ending on its last working day)
            JsonNode demo = JSON.readTree(done.out());
            assertThat(demo.get("asOf").asString()).isEqualTo(UNTIL);
            assertThat(demo.get("replayedDays").asInt()).isEqualTo(demo.get("days").asInt())
                    .isEqualTo(demo.get("replayed").size()).isEqualTo(unbroken.get("dates").size());
            assertThat(demo.get("weeks").get(demo.get("weeks").size() - 1).get("weekEnding").asString())
                    .isEqualTo(UNTIL);
            assertThat(done.err().lines().filter(l -> l.matches("2021-\\d\\d-\\d\\d  收文 .*")).count())
                    .isEqualTo(demo.get("days").asLong());
        }
        try (ChildPerfgrade child = ChildPerfgrade.onH2(dir.resolve("killed"))) {
            // when the replay is killed once the first week is replayed, in the middle of the next days
            ChildPerfgrade.Running running = child.start("demo", "--as-of", UNTIL);
            running.awaitUntil(RUN, "the first week replayed", () -> running.err().contains("\n2021-06-01  "));
            running.kill();
            String killed = running.err();
            assertThat(killed).doesNotContain("演示完成");
            // and run again
            ChildPerfgrade.Result again = child.run(RUN, "demo", "--as-of", UNTIL);
            // then it skips the days done and continues (on H2 the last second of commits before a kill -9 may be
            // lost, so the day before the kill may be done again)
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.err()).contains("2021-05-25  已重放，跳过");
            assertThat(again.err().lines().filter(l -> l.startsWith(UNTIL + "  ")).findFirst().orElseThrow())
                    .doesNotContain("已重放");
            // and the history is the unbroken replay's
            JsonNode history = history(child);
            assertThat(history.get("dates").size()).isGreaterThanOrEqualTo(10);
            assertThat(history).isEqualTo(unbroken);
        }
    }

    private static JsonNode history(ChildPerfgrade child) {
        ChildPerfgrade.Result history = child.run(Duration.ofMinutes(2), "history", "--json");
        assertThat(history.exitCode()).as(history.err()).isZero();
        return JSON.readTree(history.out());
    }
}
