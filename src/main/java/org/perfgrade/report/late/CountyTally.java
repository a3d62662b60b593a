package org.perfgrade.report.late;

/**
 * 按县区汇总: one county's (or, with {@code county} 合计, all counties') overdue items, items done late and plans past
 * their 拟完成时间 without an application — how many and the most days.
 */
public record CountyTally(String county, int overdue, int overdueMaxDays, int late, int lateMaxDays, int plans,
                          int plansMaxDays) {

    /** Whether the county has nothing to report. */
    public boolean isEmpty() {
        return overdue == 0 && late == 0 && plans == 0;
    }
}
