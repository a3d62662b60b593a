package org.perfgrade.filing;

import java.util.List;

/**
 * 材料缺项: one enterprise of a filing package lacking something — a required material, the signed opinion's
 * registration, its industry's branch (分支待补充) or a scanned file that could not be taken. One line of the
 * 材料缺项清单 and of {@code perfgrade package --check}.
 *
 * @param county     县区 name
 * @param creditCode null when the ledger holds the enterprise without one
 * @param industries the enterprise's industries in the package, e.g. 铸造（黑色金属铸造）
 * @param missing    what is missing, each a short phrase, in material order
 */
public record EnterpriseGap(String county, String enterpriseName, String creditCode, String industries,
                            List<String> missing) {

    public EnterpriseGap {
        missing = List.copyOf(missing);
    }

    /** 企业名称（代码，县区，行业）：缺少的材料 — for messages. */
    public String text() {
        return enterpriseName + "（" + (creditCode == null ? "无统一社会信用代码" : creditCode) + "，" + county + "，"
                + industries + "）：" + String.join("；", missing);
    }
}
