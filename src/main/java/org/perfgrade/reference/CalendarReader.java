package org.perfgrade.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code calendar.yml}: the stages of section 四 and their deadlines, review batches included. */
final class CalendarReader {

    CampaignCalendar read(ConfigNode root) {
        root.allowOnly("year", "stages");
        int year = root.integer("year");
        List<CampaignStage> stages = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (ConfigNode item : root.get("stages").items()) {
            item.allowOnly("code", "name", "from", "to", "deadlines");
            String code = item.string("code");
            if (!codes.add(code)) {
                throw item.error("代码“" + code + "”重复");
            }
            LocalDate from = item.date("from");
            LocalDate to = item.date("to");
            if (to.isBefore(from)) {
                throw item.get("to").error("结束日期早于开始日期 " + from);
            }
            List<Deadline> deadlines = new ArrayList<>();
            for (ConfigNode d : item.list("deadlines")) {
                d.allowOnly("code", "name", "due", "reviewCategory", "batch");
                String dcode = d.string("code");
                if (!codes.add(dcode)) {
                    throw d.error("代码“" + dcode + "”重复");
                }
                ReviewCategory category = d.find("reviewCategory").isPresent()
                        ? d.choice("reviewCategory", ReviewCategory.class, ReviewCategory::configName) : null;
                int batch = d.find("batch").map(ConfigNode::integer).orElse(0);
                if ((category == null) != (batch == 0)) {
                    throw d.error("审核批次须同时写明 reviewCategory 和 batch");
                }
                deadlines.add(new Deadline(dcode, d.string("name"), d.date("due"), category, batch));
            }
            stages.add(new CampaignStage(code, item.string("name"), from, to, stages.size() + 1, deadlines));
        }
        CampaignCalendar calendar = new CampaignCalendar(year, stages);
        for (ReviewCategory category : ReviewCategory.values()) {
            if (calendar.reviewBatch(category).isEmpty()) {
                throw root.get("stages").error("缺少“" + category.label() + "”的审核批次（reviewCategory: "
                        + category.configName() + "）");
            }
        }
        return calendar;
    }
}
