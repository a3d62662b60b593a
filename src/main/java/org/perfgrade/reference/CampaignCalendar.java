package org.perfgrade.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** 工作安排: the year's stages and deadlines. */
public record CampaignCalendar(int year, List<CampaignStage> stages) {

    public CampaignCalendar {
        stages = List.copyOf(stages);
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
