/**
 * 工作计划的登记: a county's 工作计划及动员部署情况 is a document (PDF, Word, OFD), not a spreadsheet of rows; it is
 * recorded as received, with its business date, without an import job.
 */
package org.perfgrade.ingest.workplan;
