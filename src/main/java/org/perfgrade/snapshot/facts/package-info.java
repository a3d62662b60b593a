/**
 * 统计结论: one set of facts per date, read from the date's snapshot — each county's verdict on each target (达标,
 * 未达标, 无企业（不考核）), the ranking by target completion with its ties, the counties the documents name, and whether
 * every county meets its targets. The briefing, 附件1, the notices and the console take their statements from here
 * and compute none of their own, so documents of one date never contradict each other.
 */
package org.perfgrade.snapshot.facts;
