package org.perfgrade.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.perfgrade.sample.scenario.CampaignScenario;
import org.perfgrade.sample.scenario.ScenarioDay;

/**
 * 演示日程: the days a {@link CampaignReplay} replays and what each brings — the seam between the replay and the
 * seeded {@link CampaignScenario} (which satisfies it, {@link #of(CampaignScenario)}), so that a test can replay a
 * few days of its own.
 */
public interface ReplayDays {

    /** The working days, oldest first. */
    List<LocalDate> days();

    /**
     * Writes the day's county files into {@code dayInbox} and its scanned materials under {@code materialsRoot};
     * writing a day again writes the same bytes.
     */
    ScenarioDay prepare(LocalDate day, Path dayInbox, Path materialsRoot) throws IOException;

    /** The seeded campaign scenario as replay days. */
    static ReplayDays of(CampaignScenario scenario) {
        return new ReplayDays() {
            @Override
            public List<LocalDate> days() {
                return scenario.days();
            }

            @Override
            public ScenarioDay prepare(LocalDate day, Path dayInbox, Path materialsRoot) throws IOException {
                return scenario.prepare(day, dayInbox, materialsRoot);
            }
        };
    }
}
