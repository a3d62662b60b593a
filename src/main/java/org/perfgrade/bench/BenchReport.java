package org.perfgrade.bench;

import java.util.List;

/**
 * 基准结果 ({@code bench.json}, manifest kind {@value #KIND}): the stages with their floors and ratios, the floors
 * themselves, and what the numbers were measured on.
 *
 * @param lines       ledger lines generated
 * @param db          the database (product and version)
 * @param repetitions timed repetitions per stage (medians reported)
 * @param warmupLines lines of the untimed warm-up pass
 * @param stages      the stages, in pipeline order
 * @param floors      the bare floors measured beside them
 * @param machine     cores, JVM, heap limit and flags
 * @param notes       what was not measured and why, targets missed
 */
public record BenchReport(long lines, String db, int repetitions, int warmupLines, List<StageResult> stages,
                          List<FloorResult> floors, Machine machine, List<String> notes) {

    public static final String KIND = "bench";

    /** Where it ran. */
    public record Machine(int cores, String jvm, long maxHeapMb, List<String> jvmFlags, String os) {
    }
}
