/**
 * 空白模板: the blank county templates (填报模板) a county fills in — one workbook per submission kind with its title,
 * header, prepared rows, drop-down lists of configured industries, grades and counties, and a sheet of instructions.
 * Not intake: it uses only ingest's column definitions ({@code SubmissionKind}, {@code Column},
 * {@code SubmissionLayout}), and only the command line and the console use it.
 */
package org.perfgrade.template;
