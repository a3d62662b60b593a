package org.perfgrade.ledger.violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.perfgrade.ledger.GradingRules;

/**
 * 违法降级对照表 ({@code config/violations.yml}): the grade each grade drops to when its enterprise is found violating
 * (section 三(六) of the plan: every violator "实行降级处理"). Default A、B、B- → C, 引领性 → 非引领性, C → D; a grade
 * not in the table (D, 非引领性) keeps its grade, and its enterprise is listed for the credit platform all the same.
 *
 * @param downgrades grade → grade it drops to, in the file's order
 * @param kept       the grades of the vocabulary the table leaves as they are, in rank order
 * @param location   where the table was read (shown in messages)
 */
public record DowngradeMapping(Map<String, String> downgrades, List<String> kept, String location) {

    public DowngradeMapping {
        downgrades = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(downgrades));
        kept = List.copyOf(kept);
    }

    /** The grade a line holding {@code grade} drops to, or empty when the table keeps it (or it is 未评级). */
    public Optional<String> target(String grade) {
        return grade == null ? Optional.empty() : Optional.ofNullable(downgrades.get(grade));
    }

    /** The table as one Chinese sentence: “A级、B级、B-级降为C级，引领性降为非引领性，C级降为D级；D级、非引领性保持不变。” */
    public String describe() {
        Map<String, List<String>> byTarget = new LinkedHashMap<>();
        downgrades.forEach((from, to) -> byTarget.computeIfAbsent(to, t -> new ArrayList<>()).add(from));
        String moves = byTarget.entrySet().stream()
                .map(e -> e.getValue().stream().map(GradingRules::gradeName).collect(Collectors.joining("、"))
                        + "降为" + GradingRules.gradeName(e.getKey()))
                .collect(Collectors.joining("，"));
        String same = kept.stream().map(GradingRules::gradeName).collect(Collectors.joining("、"));
        if (moves.isEmpty()) {
            return "各级别均保持不变。";
        }
        return moves + (same.isEmpty() ? "" : "；" + same + "保持不变") + "。";
    }
}
