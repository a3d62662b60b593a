package org.perfgrade.reference;

import java.time.LocalDate;

/**
 * 时间节点: something due by a date. Review batches carry their review category and batch number.
 *
 * @param category null unless this is a review batch
 * @param batch    0 unless this is a review batch
 */
public record Deadline(String code, String name, LocalDate due, ReviewCategory category, int batch) {
}
