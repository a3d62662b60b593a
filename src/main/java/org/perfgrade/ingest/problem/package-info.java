/**
 * 问题代码: what can be found wrong in a county file, shared by every room of intake — the catalogue of codes
 * ({@link org.perfgrade.ingest.problem.ProblemCode}: F01–F12 for a file as a whole, R01–R33 for a row), how bad each
 * is (错误 or 提示), one {@link org.perfgrade.ingest.problem.Problem} at its exact sheet, row and cell, and the
 * {@link org.perfgrade.ingest.problem.FileRejectedException} that refuses a file whole. It uses no other room.
 */
package org.perfgrade.ingest.problem;
