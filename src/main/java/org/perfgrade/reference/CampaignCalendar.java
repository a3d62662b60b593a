package org.perfgrade.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 工作安排: the year's stages and deadlines, the working calendar (工作日历: holidays and 调休) the periods of the
 * campaign are counted on, and the length of the 公示期 in working days.
 *
 * @param publicityWorkingDays 公示期: how many working days the publicity list stays open for objections
 */
public record CampaignCalendar(int year, List<CampaignStage> stages, WorkingCalendar workingDays,
                               int publicityWorkingDays) {

    /** 公示期 when the configuration names none: 5 个工作日. */
    public static final int DEFAULT_PUBLICITY_WORKING_DAYS = 5;

    public CampaignCalendar {
        stages = List.copyOf(stages);
        Objects.requireNonNull(workingDays, "workingDays");
        if (publicityWorkingDays < 1) {
            throw new IllegalArgumentException("publicityWorkingDays < 1: " + publicityWorkingDays);
        }
    }

    /** Stages only: weekends-only working days and the default 公示期. */
    public CampaignCalendar(int year, List<CampaignStage> stages) {
        this(year, stages, WorkingCalendar.weekendsOnly(), DEFAULT_PUBLICITY_WORKING_DAYS);
    }

    public List<Deadline> deadlines() {
        return stages.stream().flatMap(s -> s.deadlines().stream())
                .sorted(Comparator.comparing(Deadline::due)).toList();
    }

    /** The review batch (审核评定批次) for an industry category. */
    public Optional<Deadline> reviewBatch(ReviewCategory category) {
        return deadlines().stream().filter(d -> d.category() == category).findFirst();
    }
}
