/**
 * 差异化管控名单 (section 三(四) of the plan) and the credit-platform list of violators (section 三(六)) as the
 * nightly documents: 正面清单候选, 臭氧污染高发时段涉VOCs排放管控豁免, 优先纳入评选范围 and 季节性生产调控 as .xlsx
 * and PDF, and 纳入信用信息共享平台的环境违法企业名单 as .xlsx, city-wide and per county, each from the ledger as of
 * the business date ({@link org.perfgrade.ledger.DerivedLists}, {@link org.perfgrade.ledger.violation.CreditListings}).
 */
package org.perfgrade.report.control;
