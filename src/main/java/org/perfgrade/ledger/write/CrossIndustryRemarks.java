package org.perfgrade.ledger.write;

import java.util.List;

/**
 * 备注补全: 附件2 note 4 lists an enterprise in several industries once per industry and names the other industries
 * in 备注. Given the row's 备注 and the enterprise's other industries, this returns the 备注 naming all of them:
 * unchanged when each is named, the missing ones added to an existing “同时涉及：” list, or that list appended.
 */
final class CrossIndustryRemarks {

    static final String MARKER = "同时涉及";
    private static final String LIST_END = "；;。\n";

    private CrossIndustryRemarks() {
    }

    /** The other industries the remarks do not name yet. */
    static List<String> missing(String remarks, List<String> otherIndustries) {
        String text = remarks == null ? "" : remarks;
        return otherIndustries.stream().filter(name -> !text.contains(name)).toList();
    }

    /** The remarks naming every other industry (the same text when nothing is missing). */
    static String complete(String remarks, List<String> otherIndustries) {
        List<String> missing = missing(remarks, otherIndustries);
        String text = remarks == null ? "" : remarks.strip();
        if (missing.isEmpty()) {
            return remarks;
        }
        String names = String.join("、", missing);
        int marker = text.indexOf(MARKER);
        if (marker >= 0) {
            int listStart = marker + MARKER.length();
            if (listStart < text.length() && (text.charAt(listStart) == '：' || text.charAt(listStart) == ':')) {
                listStart++;
            }
            int listEnd = listStart;
            while (listEnd < text.length() && LIST_END.indexOf(text.charAt(listEnd)) < 0) {
                listEnd++;
            }
            String separator = listEnd > listStart ? "、" : "";
            return text.substring(0, listEnd) + separator + names + text.substring(listEnd);
        }
        if (text.isEmpty()) {
            return MARKER + "：" + names;
        }
        char last = text.charAt(text.length() - 1);
        String separator = LIST_END.indexOf(last) >= 0 || last == '，' || last == ',' ? "" : "；";
        return text + separator + MARKER + "：" + names;
    }
}
