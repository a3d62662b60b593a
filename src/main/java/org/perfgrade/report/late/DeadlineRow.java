package org.perfgrade.report.late;

import java.time.LocalDate;

/**
 * 逾期事项 one row: a county's item of the calendar overdue on the day ({@code done} null, {@code days} overdue) or
 * done after its deadline ({@code done} the day, {@code days} late).
 *
 * @param county the county's name
 * @param order  the county's place in 附件1 order
 * @param item   the deadline's name as in config/calendar.yml
 * @param label  its short name in tables (第一批, 提升企业清单 …)
 * @param batch  the review batch (第一批 …), null for a deadline that is not a batch
 * @param due    截止日期
 * @param done   完成日期, null while overdue
 * @param days   逾期天数: to the day while overdue, to {@code done} once done
 */
public record DeadlineRow(String county, int order, String item, String label, String batch, LocalDate due,
                          LocalDate done, int days) {
}
