package org.perfgrade.filing;

import java.util.ArrayList;
import java.util.List;

import org.perfgrade.notice.NoticeDraft;

/** The Chinese sentences of the filing package: what is missing, what failed, where the package is. */
final class FilingMessages {

    private FilingMessages() {
    }

    /** Every enterprise lacking a required material, numbered with what it lacks, and what to do. */
    static String incomplete(FilingContents contents) {
        FilingRequest request = contents.request();
        List<String> gaps = contents.gapTexts();
        StringBuilder text = new StringBuilder("报省备案材料包（" + contents.batchName() + "，统计日期"
                + NoticeDraft.chineseDate(request.asOf()) + "）未生成：共" + contents.enterprises() + "家企业，其中"
                + gaps.size() + "家缺少材料：");
        for (int i = 0; i < gaps.size(); i++) {
            text.append('\n').append("  ").append(i + 1).append(". ").append(gaps.get(i));
        }
        text.append('\n').append("请县区补齐申报材料扫描件、经专家签字的意见并补报申报及评审结果（评审专家、专家意见日期）后重新运行；"
                + "如需先行报送，加 --allow-incomplete，缺项将列入报送函和材料缺项清单。");
        return text.toString();
    }

    /** {@code package --check}: the count and every enterprise lacking something, numbered. */
    static List<String> check(FilingContents contents) {
        List<String> lines = new ArrayList<>();
        lines.add("报省备案材料核对（" + contents.batchName() + "，统计日期" + NoticeDraft.chineseDate(contents.request().asOf())
                + "）：共" + contents.enterprises() + "家企业，材料齐全" + contents.complete() + "家，缺少材料"
                + contents.gaps().size() + "家。");
        List<String> gaps = contents.gapTexts();
        for (int i = 0; i < gaps.size(); i++) {
            lines.add("  " + (i + 1) + ". " + gaps.get(i));
        }
        return lines;
    }

    static String failed(FilingRequest request, long revision, String step, String cause) {
        return "报省备案材料包作业（" + request.batchLabel() + "，统计日期 " + request.asOf() + "，第" + revision + "次）在步骤 "
                + step + " 失败：" + cause + "。排除问题后再次运行同一请求，将从失败的步骤继续。";
    }

    /** @param executionId the running execution, {@code null} while the other start has not yet stored it */
    static String running(FilingRequest request, Long executionId) {
        return "报省备案材料包作业（" + request.batchLabel() + "，统计日期 " + request.asOf()
                + (executionId == null ? "" : "，执行编号 " + executionId) + "）正在运行，请等它结束后再试。";
    }

    /** The last line of a long list of gaps kept with the job. */
    static String moreGaps(int more) {
        return "……另有 " + more + " 家企业缺少材料，详见材料缺项清单。";
    }
}
