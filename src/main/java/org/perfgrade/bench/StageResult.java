package org.perfgrade.bench;

/**
 * 阶段测量结果: one stage of the benchmark — the median of its repetitions, the highest heap peak seen while it ran,
 * and beside it its floor (the fastest bare way to do the same I/O, measured in the same run on the same data) and
 * the ratio stage / floor. {@code floorSeconds} and {@code ratio} are null for a stage without a floor.
 *
 * @param stage          the stage's name ({@code import}, {@code snapshot}, {@code improvement-list-xlsx} …)
 * @param lines          the lines the stage handled (rows read, lines counted, rows written)
 * @param seconds        median wall time of the repetitions
 * @param linesPerSecond lines / seconds
 * @param peakHeapMb     the highest heap in use while the stage ran (MiB, sum of the heap pools' peaks)
 * @param floorSeconds   median wall time of the floor, or null
 * @param ratio          seconds / floorSeconds, or null
 * @param target         the target for the ratio (≤), or null
 * @param floor          what the floor is, in words
 * @param cpuSeconds     median CPU time of the process while the stage ran (less disturbed by a busy machine)
 * @param floorCpuSeconds median CPU time of the floor, or null
 * @param cpuRatio       cpuSeconds / floorCpuSeconds, or null
 */
public record StageResult(String stage, long lines, double seconds, double linesPerSecond, long peakHeapMb,
                          Double floorSeconds, Double ratio, Double target, String floor, double cpuSeconds,
                          Double floorCpuSeconds, Double cpuRatio) {

    /** A stage and its floor; the floor's times are the sums of its parts (xlsx read + database load for import). */
    static StageResult of(String stage, long lines, Measurement measured, Measurement[] floorParts, Double target,
                          String floor) {
        double seconds = measured.medianSeconds();
        double cpu = measured.medianCpuSeconds();
        Double floorSeconds = null;
        Double floorCpu = null;
        if (floorParts.length > 0) {
            floorSeconds = 0.0;
            floorCpu = 0.0;
            for (Measurement part : floorParts) {
                floorSeconds += part.medianSeconds();
                floorCpu += part.medianCpuSeconds();
            }
        }
        // derived figures from the rounded ones, so that the JSON is consistent in itself
        double shown = round(seconds);
        Double floorShown = floorSeconds == null ? null : round(floorSeconds);
        Double floorCpuShown = floorCpu == null ? null : round(floorCpu);
        return new StageResult(stage, lines, shown, round(lines / Math.max(shown, 1e-3)), measured.peakHeapMb(),
                floorShown, ratio(shown, floorShown), target, floor, round(cpu), floorCpuShown,
                ratio(round(cpu), floorCpuShown));
    }

    private static Double ratio(double stage, Double floor) {
        return floor == null || floor <= 0 ? null : round(stage / floor);
    }

    /** Whether the ratio is within its target (true when the stage has no ratio target). */
    public boolean withinTarget() {
        return target == null || ratio == null || ratio <= target;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
