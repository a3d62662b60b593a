package org.perfgrade.ledger.write;

import java.time.LocalDate;
import java.util.List;

import org.perfgrade.ledger.FactText;

/**
 * The Chinese sentences of the ledger's issues (台账比对问题说明), kept in one place so that every kind of
 * submission words the same finding the same way.
 */
public final class LedgerMessages {

    /** What makes two rows of a ledger, 附件2 or application list the same entry. */
    public static final String SAME_LINE = "同一企业、同一行业、同一分支";

    /**
     * The row names an enterprise of another county. It says no more (neither the county nor the registered details
     * of the other county's enterprise).
     */
    static final String OTHER_COUNTY_ENTERPRISE = "该企业已登记在其他县区，如需迁移请联系市生态环境局";

    private LedgerMessages() {
    }

    /** “通许县恒达铸造有限公司”（统一社会信用代码 91410222…）, or only the quoted name without a code. */
    public static String enterprise(String name, String creditCode) {
        return creditCode == null ? "“" + name + "”" : "“" + name + "”（统一社会信用代码 " + creditCode + "）";
    }

    static String nameMismatch(String creditCode, String registeredName, String givenName) {
        return "统一社会信用代码 " + creditCode + " 已登记的企业名称为“" + registeredName + "”，本行为“" + givenName
                + "”（附件2 注5：企业名称应与营业执照一致），本行未登记";
    }

    public static String duplicate(Integer firstRow, String sameWhat) {
        return "与第 " + firstRow + " 行重复（" + sameWhat + "），本行未登记";
    }

    static String enterpriseAdded(String enterprise, IndustryRef ref, String grade) {
        return "清单台账中尚无企业" + enterprise + "，已按本行新增该企业及其“" + ref.label() + "”行业记录，绩效级别按绩效现状记为"
                + FactText.gradeLabel(grade) + "，请在清单台账中补报";
    }

    static String lineAdded(String enterprise, IndustryRef ref, String grade) {
        return "清单台账中企业" + enterprise + "尚无“" + ref.label() + "”行业记录，已按本行新增，绩效级别按绩效现状记为"
                + FactText.gradeLabel(grade) + "，请在清单台账中补报";
    }

    static String remarksCompleted(List<String> otherIndustries, String remarks) {
        return "该企业在清单台账中同时涉及" + String.join("、", otherIndustries) + "行业，备注未注明，已补充为“" + remarks
                + "”（附件2 注4：涉及多个行业的企业按行业分别填报，并在备注中注明）";
    }

    public static String enterpriseNotInLedger(String enterprise, String what) {
        return "清单台账中没有企业" + enterprise + "，" + what + "未登记，请先报送该企业的清单台账或核对企业名称、统一社会信用代码";
    }

    public static String industryNotInLedger(String enterprise, IndustryRef ref, LocalDate retiredOn) {
        String state = retiredOn == null ? "清单台账中没有企业" + enterprise + "的“" + ref.label() + "”行业记录"
                : "企业" + enterprise + "的“" + ref.label() + "”行业记录已于 " + retiredOn + " 随新报送的清单台账移出";
        return state + "，申报未登记，请核对重点行业类型、分支或先补报清单台账";
    }

    public static String violationIndustryNotInLedger(String enterprise, String industry) {
        return "清单台账中企业" + enterprise + "没有“" + industry + "”行业的在册记录，违法问题已按企业登记，未关联到行业记录";
    }
}
