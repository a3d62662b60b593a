/**
 * 申报评审与专家: the rows of 绩效分级申报及评审结果 and 专家（第三方）名单 — one current application per ledger line with
 * its county, city and provincial results, 省级核定 turning the province's result into the line's certified grade,
 * the 专家意见审查 of an application for A, B or 引领性, and the county's register of experts. It places an
 * application on the line the write room holds; the register the city keeps (通报批评) and the review batches stay
 * at the ledger's entrance.
 */
package org.perfgrade.ledger.review;
