package org.perfgrade.ledger.asof;

/** One line's grade on two days (null = 未评级), with its enterprise and industry. */
public record GradeMove(long lineId, String countyCode, String enterprise, String industry, String branch,
                        String from, String to) {
}
