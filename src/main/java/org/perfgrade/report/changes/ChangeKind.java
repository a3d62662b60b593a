package org.perfgrade.report.changes;

import java.util.Arrays;

/**
 * 变化类别: the kinds of {@link org.perfgrade.snapshot.Change} in the order and under the Chinese names the briefing's
 * summary and 《变化明细》 use; a kind the snapshot may add later reads 其他变化 until it is named here.
 */
public enum ChangeKind {

    UP("grade-up", "升级"),
    DOWN("grade-down", "降级"),
    NEW("new-grade", "新列入"),
    OTHER_GRADE("grade-change", "级别变更"),
    REMOVED("grade-removed", "退出/撤销"),
    MET("target-met", "目标新达成"),
    MISSED("target-missed", "目标新未达成"),
    OVERDUE("overdue", "新增逾期"),
    OTHER("", "其他变化");

    private final String code;
    private final String label;

    ChangeKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The kind of a change's code ({@code grade-up} …), {@link #OTHER} for one not named here. */
    public static ChangeKind of(String code) {
        return Arrays.stream(values()).filter(k -> k != OTHER && k.code.equals(code)).findFirst().orElse(OTHER);
    }

    public String code() {
        return code;
    }

    /** 升级, 降级 … */
    public String label() {
        return label;
    }
}
