package org.perfgrade.sample.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * 演示场景的一天: what happens on one working day of the replayed 2021 campaign — the county files received that day
 * (written into the day's inbox), the city's own acts, whether the night renders documents, the notices issued and
 * the review batch whose filing package is made.
 *
 * @param date             the working day (business date)
 * @param files            the county files received that day, as written into the day's inbox
 * @param cityActions      the city's acts of the day (corrections, expert bars), in order
 * @param renderDocuments  whether the night renders its documents (every Monday, each deadline, the last day)
 * @param notices          the notices issued that day, by {@code NoticeKind} code ({@code progress},
 *                         {@code expert-criticism}), in order
 * @param filingBatch      the review batch (1–4) whose filing package is made that day, or null
 * @param events           what happens, in Chinese, one sentence each (printed by the replay)
 */
public record ScenarioDay(LocalDate date, List<Path> files, List<CityAction> cityActions, boolean renderDocuments,
                          List<String> notices, Integer filingBatch, List<String> events) {

    public ScenarioDay {
        files = List.copyOf(files);
        cityActions = List.copyOf(cityActions);
        notices = List.copyOf(notices);
        events = List.copyOf(events);
    }
}
