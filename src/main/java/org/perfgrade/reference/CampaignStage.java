package org.perfgrade.reference;

import java.time.LocalDate;
import java.util.List;

/** 工作阶段 of the campaign (section 四), with the deadlines that fall in it. */
public record CampaignStage(String code, String name, LocalDate from, LocalDate to, int order,
                            List<Deadline> deadlines) {

    public CampaignStage {
        deadlines = List.copyOf(deadlines);
    }
}
