package org.perfgrade.ledger.asof;

import java.math.BigDecimal;

/**
 * 台账行明细: a line listed and standing on a day, with what the 应急减排清单 prints of it and its grade that day
 * (null = 未评级).
 */
public record LineDetail(long id, long enterpriseId, String creditCode, String enterpriseName, String countyCode,
                         String township, String address, String permitNo, String industry, String branch,
                         BigDecimal so2Tpa, BigDecimal noxTpa, BigDecimal pmTpa, BigDecimal vocsTpa,
                         String mainProducts, String productionLines, String grade) {
}
