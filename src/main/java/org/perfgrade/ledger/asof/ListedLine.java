package org.perfgrade.ledger.asof;

/**
 * A line listed and standing on a day, with its enterprise's facts the derived lists and notices need, its grade
 * that day (null = 未评级) and whether it had any grade by then.
 *
 * @param industryOrder the industry's configured display order
 */
public record ListedLine(long id, long enterpriseId, String countyCode, String creditCode, String enterpriseName,
                         boolean cleanEnergy, boolean lowVocs, String industry, int industryOrder, String branch,
                         String grade, boolean everGraded) {
}
