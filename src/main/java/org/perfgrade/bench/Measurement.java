package org.perfgrade.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * 计时: the repetitions of one measured piece of work — wall times, the CPU time of the process (less disturbed
 * than wall time by other processes on a busy machine) and the heap peak — with their medians. Each
 * repetition starts after a garbage collection with the heap pools' peaks reset, so the peak is the work's own.
 */
final class Measurement {

    /** A piece of work to time; returns what it counted (rows, cells …) so that the count can be checked. */
    @FunctionalInterface
    interface Work {
        long run() throws Exception;
    }

    private final List<Double> seconds = new ArrayList<>();
    private final List<Double> cpuSeconds = new ArrayList<>();
    private long peakBytes;
    private long lastCount = -1;

    /** Runs the work once, timed, and keeps its time, heap peak and count. */
    long time(Work work) throws Exception {
        List<MemoryPoolMXBean> pools = heapPools();
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = processCpu();
        long start = System.nanoTime();
        long count = work.run();
        seconds.add((System.nanoTime() - start) / 1e9);
        cpuSeconds.add((processCpu() - cpuStart) / 1e9);
        long peak = 0;
        for (MemoryPoolMXBean pool : pools) {
            peak += pool.getPeakUsage().getUsed();
        }
        peakBytes = Math.max(peakBytes, peak);
        lastCount = count;
        return count;
    }

    double medianSeconds() {
        return median(seconds);
    }

    /** The median CPU time of the process. */
    double medianCpuSeconds() {
        return median(cpuSeconds);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalStateException("nothing measured");
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    long peakHeapMb() {
        return Math.round(peakBytes / 1048576.0);
    }

    long lastCount() {
        return lastCount;
    }

    List<Double> seconds() {
        return List.copyOf(seconds);
    }

    /** CPU time of the whole process (every thread: partitions, garbage collector, compiler), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .filter(MemoryPoolMXBean::isValid).toList();
    }
}
