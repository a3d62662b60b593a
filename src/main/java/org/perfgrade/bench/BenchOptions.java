package org.perfgrade.bench;

/**
 * 基准参数: how big and how often.
 *
 * @param lines        about how many ledger lines to generate (enterprise × industry × branch)
 * @param repetitions  timed repetitions of every stage and floor (the median is reported); at least 1
 * @param warmupLines  ledger lines of the untimed warm-up pass over every stage first (0: no warm-up)
 * @param pdfLines     the most lines the improvement-list PDF renders (the 100,000)
 * @param seed         the sample generator's seed (the same seed, the same data)
 */
public record BenchOptions(int lines, int repetitions, int warmupLines, int pdfLines, long seed) {

    public static final int DEFAULT_LINES = 100_000;
    public static final int DEFAULT_PDF_LINES = 100_000;

    public BenchOptions {
        if (lines < 1 || repetitions < 1 || warmupLines < 0 || pdfLines < 1) {
            throw new IllegalArgumentException("lines, repetitions and pdfLines must be positive, warmupLines >= 0");
        }
    }
}
