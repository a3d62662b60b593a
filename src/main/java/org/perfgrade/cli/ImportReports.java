package org.perfgrade.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.perfgrade.ingest.ImportReport;

/**
 * Prints import reports for people: a line per file, then its problems with their places. Control characters of a
 * county's file name or cells (a terminal escape sequence, a line break) are shown as "?", so that a hostile name
 * cannot rewrite the terminal or forge a line of the report.
 */
final class ImportReports {

    private ImportReports() {
    }

    static List<String> lines(List<ImportReport> reports) {
        List<String> lines = new ArrayList<>();
        if (reports.isEmpty()) {
            lines.add("没有要导入的文件。");
        }
        for (ImportReport r : reports) {
            String status = switch (r.status()) {
                case ImportReport.IMPORTED -> "已导入";
                case ImportReport.DUPLICATE -> "重复文件（此前已导入，未做任何改动）";
                case ImportReport.HELD -> "待市局确认（在册数据未作改动）";
                default -> "整体拒收";
            };
            lines.add(String.format("%s：%s，%s，%s；数据 %d 行，接收 %d 行，拒收 %d 行，提示 %d 条%s", r.file(),
                    r.county() == null ? "县区未知" : r.county(), r.kind() == null ? "类型未知" : r.kind(), status,
                    r.rows(), r.accepted(), r.rejected(), r.warnings(),
                    r.receipt() == null ? "" : "；回执 " + r.receipt()));
            if (r.reason() != null && !ImportReport.IMPORTED.equals(r.status())) {
                lines.add("  原因：" + r.reason() + (r.submissionId() == null ? "" : "（报送编号 " + r.submissionId()
                        + (ImportReport.HELD.equals(r.status()) ? "，市局可用 perfgrade import confirm "
                        + r.submissionId() + " 或 perfgrade import reject " + r.submissionId() + " 决定" : "") + "）"));
            }
            for (ImportReport.Entry e : r.errors()) {
                // every message names its cell (H12) or row already; the sheet is added for workbooks with several
                lines.add(String.format("  [%s %s] %s%s", "error".equals(e.level()) ? "错误" : "提示", e.code(),
                        e.sheet() == null ? "" : "工作表“" + e.sheet() + "” ", e.message()));
            }
        }
        return lines.stream().map(ImportReports::printable).toList();
    }

    /**
     * The corrections (更正) of a file in a few lines, one per code with its count and first example, and the rows
     * skipped as not data: "[更正 R28 ×17] 例：H5 绩效级别“B级企业”按“B”读取", "[已跳过 4 行] 合计行、空行".
     */
    static List<String> corrections(ImportReport r, String indent) {
        Map<String, List<ImportReport.Entry>> byCode = new LinkedHashMap<>();
        r.errors().stream().filter(e -> "warning".equals(e.level()) && e.readAs() != null)
                .sorted(Comparator.comparing(ImportReport.Entry::code))
                .forEach(e -> byCode.computeIfAbsent(e.code(), c -> new ArrayList<>()).add(e));
        List<String> lines = new ArrayList<>();
        byCode.forEach((code, entries) -> lines.add(printable(indent + "[更正 " + code + " ×" + entries.size() + "] 例："
                + entries.get(0).message())));
        if (!r.skipped().isEmpty()) {
            lines.add(printable(indent + "[已跳过 " + r.skipped().size() + " 行] " + r.skipped().stream()
                    .map(s -> s.reason().replaceFirst("（第.*", "")).distinct().collect(Collectors.joining("、"))));
        }
        return lines;
    }

    static String printable(String line) {
        return line.replaceAll("\\p{Cntrl}", "?");
    }
}
