package org.perfgrade.replay;

import java.time.LocalDate;
import java.util.List;

/**
 * 演示的一天: what the replay did on one working day, as printed on its progress line.
 *
 * @param date       the business date
 * @param replayed   false when an earlier run had already done the whole day (snapshot, notices, package)
 * @param files      the county files received that day, by name ({@code 县区/文件名})
 * @param cityActions the city's acts of the day (corrections, expert bars)
 * @param imported   the files the night took in (0 on a day already done)
 * @param rendered   the documents the night rendered
 * @param notices    the document numbers of the notices issued that day
 * @param filing     the filing package made that day (its path), null when none
 * @param events     what happened, in Chinese, one sentence each (the scenario's and the city's acts)
 * @param millis     how long the day took, in milliseconds
 */
public record ReplayedDay(LocalDate date, boolean replayed, List<String> files, int cityActions, int imported,
                          int rendered,
                          List<String> notices, String filing, List<String> events, long millis) {

    public ReplayedDay {
        files = List.copyOf(files);
        notices = List.copyOf(notices);
        events = List.copyOf(events);
    }
}
