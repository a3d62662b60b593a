package org.perfgrade.bench;

/**
 * 裸 I/O 下限: one floor measured beside the stages — what it does and with which tool, the rows and cells it moved
 * and the median of its repetitions.
 *
 * @param floor   short name ({@code xlsx-read}, {@code db-load-jdbc}, {@code db-load-infile}, {@code xlsx-write} …)
 * @param tool    the library or statement used
 * @param rows    rows moved
 * @param cells   cells moved (non-empty)
 * @param seconds median wall time
 * @param cpuSeconds median CPU time of the process
 */
public record FloorResult(String floor, String tool, long rows, long cells, double seconds, double cpuSeconds) {

    static FloorResult of(String floor, String tool, long rows, long cells, Measurement measured) {
        return new FloorResult(floor, tool, rows, cells, StageResult.round(measured.medianSeconds()),
                StageResult.round(measured.medianCpuSeconds()));
    }
}
