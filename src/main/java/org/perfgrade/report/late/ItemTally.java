package org.perfgrade.report.late;

import java.time.LocalDate;

/**
 * 按事项（批次）汇总: one deadline of the calendar, with how many counties still owe it on the day and the most days
 * overdue, and how many did it late and the most days late.
 */
public record ItemTally(String item, String label, String batch, LocalDate due, int overdue, int overdueMaxDays,
                        int late, int lateMaxDays) {
}
