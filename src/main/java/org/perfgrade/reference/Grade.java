package org.perfgrade.reference;

/**
 * 绩效级别: one grade of the vocabulary (A, B, B-, C, D, 引领性, 非引领性 …), kept as data so that a new grade
 * (A+ in the 2026 rules) is a config change.
 *
 * @param code     the grade as written in lists
 * @param rank     smaller is better; a multi-industry enterprise takes its highest rank (就低)
 * @param abClass  counts as an "A、B级企业" (B- counts as B)
 * @param leading  绩效引领性
 * @param countsAs the grade it is counted as in published statistics ("B（含B-）")
 */
public record Grade(String code, int rank, boolean abClass, boolean leading, String countsAs) {
}
