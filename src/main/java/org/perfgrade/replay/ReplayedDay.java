package org.perfgrade.replay;

import java.time.LocalDate;
import java.util.List;

/**
 * 演示的一天: what the replay did on one working day, as printed on its progress line.
 *
 * @param date       the business date
 * @param replayed   false when an earlier run had already done the whole day (snapshot, notices, package)
 * @param files      the county files received that day
 * @param imported   the files the night took in (0 on a day already done)
 * @param rendered   the documents the night rendered
 * @param notices    the document numbers of the notices issued that day
 * @param filing     the filing package made that day (its path), null when none
 * @param events     what happened, in Chinese, one sentence each (the scenario's and the city's acts)
 * @param millis     how long the day took, in milliseconds
 */
public record ReplayedDay(LocalDate date, boolean replayed, int files, int imported, int rendered,
                          List<String> notices, String filing, List<String> events, long millis) {

    public ReplayedDay {
        notices = List.copyOf(notices);
        events = List.copyOf(events);
    }
}
