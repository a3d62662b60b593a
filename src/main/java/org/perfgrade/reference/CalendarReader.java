package org.perfgrade.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code calendar.yml}: the stages of section 四 and their deadlines, review batches included; the working
 * calendar (节假日 {@code holidays} and 调休上班 {@code workdays}, see {@link WorkingCalendar}); the 公示期 in
 * working days ({@code publicityWorkingDays}, default {@value CampaignCalendar#DEFAULT_PUBLICITY_WORKING_DAYS}).
 */
final class CalendarReader {

    CampaignCalendar read(ConfigNode root) {
        root.allowOnly("year", "stages", "publicityWorkingDays", "holidays", "workdays");
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
        int publicity = root.find("publicityWorkingDays").map(ConfigNode::integer)
                .orElse(CampaignCalendar.DEFAULT_PUBLICITY_WORKING_DAYS);
        if (publicity < 1 || publicity > 60) {
            throw root.get("publicityWorkingDays").error("公示期应为 1 至 60 个工作日，现为 " + publicity);
        }
        CampaignCalendar calendar = new CampaignCalendar(year, stages, workingCalendar(root), publicity);
        for (ReviewCategory category : ReviewCategory.values()) {
            if (calendar.reviewBatch(category).isEmpty()) {
                throw root.get("stages").error("缺少“" + category.label() + "”的审核批次（reviewCategory: "
                        + category.configName() + "）");
            }
        }
        return calendar;
    }

    /** 节假日 (each a festival over a range of days) and 调休上班日 (each a Saturday or Sunday worked). */
    private static WorkingCalendar workingCalendar(ConfigNode root) {
        Map<LocalDate, String> holidays = new HashMap<>();
        for (ConfigNode item : root.list("holidays")) {
            item.allowOnly("name", "from", "to");
            String name = item.string("name");
            LocalDate from = item.date("from");
            LocalDate to = item.find("to").isPresent() ? item.date("to") : from;
            if (to.isBefore(from)) {
                throw item.get("to").error("结束日期早于开始日期 " + from);
            }
            if (from.plusDays(31).isBefore(to)) {
                throw item.get("to").error("放假时间超过一个月，请检查日期");
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                String before = holidays.putIfAbsent(d, name);
                if (before != null) {
                    throw item.error(d + " 已列为“" + before + "”的放假日期");
                }
            }
        }
        Map<LocalDate, String> workdays = new HashMap<>();
        for (ConfigNode item : root.list("workdays")) {
            item.allowOnly("date", "for");
            LocalDate day = item.date("date");
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                throw item.get("date").error(day + " 不是星期六或星期日，调休上班日应为周末");
            }
            if (holidays.containsKey(day)) {
                throw item.get("date").error(day + " 已列为“" + holidays.get(day) + "”的放假日期，不能同时为调休上班日");
            }
            if (workdays.putIfAbsent(day, item.string("for")) != null) {
                throw item.get("date").error(day + " 重复列为调休上班日");
            }
        }
        return new WorkingCalendar(holidays, workdays);
    }
}
