package org.perfgrade.filing;

import java.util.List;

/** The Chinese sentences of the filing package: what is missing, what failed, where the package is. */
final class FilingMessages {

    private FilingMessages() {
    }

    /** Every enterprise without a required expert opinion, numbered, and what to do. */
    static String incomplete(FilingRequest request, List<String> missing) {
        StringBuilder text = new StringBuilder("报省备案材料包（" + request.batchLabel() + "，统计日期 " + request.asOf()
                + "）未生成：以下 " + missing.size() + " 条申报缺少经专家签字的意见：");
        for (int i = 0; i < missing.size(); i++) {
            text.append('\n').append("  ").append(i + 1).append(". ").append(missing.get(i));
        }
        text.append('\n').append("请县区补报申报及评审结果（评审专家、专家意见日期）后重新运行；如需先行报送，"
                + "加 --allow-incomplete，缺项将在报送函中列明。");
        return text.toString();
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
        return "……另有 " + more + " 项缺项，详见报送函。";
    }
}
