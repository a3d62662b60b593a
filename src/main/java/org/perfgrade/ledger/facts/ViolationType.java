package org.perfgrade.ledger.facts;

import java.util.Arrays;
import java.util.Optional;

/** 环境违法问题类型 (section 三(六) of the plan; OTHER for those of provincial practice). */
public enum ViolationType {
    EXCESS_EMISSION("超标排放"),
    ILLEGAL_DISCHARGE("偷排偷放"),
    FACILITY_NOT_RUNNING("污染治理设施不正常运行"),
    OTHER("其他");

    private final String label;

    ViolationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ViolationType> fromLabel(String text) {
        return Arrays.stream(values()).filter(v -> v.label.equals(text)).findFirst();
    }
}
