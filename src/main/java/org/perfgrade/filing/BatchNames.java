package org.perfgrade.filing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * 批次名称: a review batch as the filing documents name it, with its category — 第一批（涉VOCs行业）…
 * 第四批（河南省本地重点行业及保障类企业） — read from the batch's deadline in {@code config/calendar.yml}
 * (name “第一批：涉VOCs行业审核认定”, else the number and the {@code reviewCategory}'s label); 全部批次 for all.
 */
@Component
class BatchNames {

    private static final Pattern NAMED = Pattern.compile("^\\s*(第[一二三四五六七八九十0-9]+批)\\s*[：:]\\s*(.+?)(?:审核认定|审核评定)?\\s*$");
    private static final String[] NUMERALS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

    private final ReferenceData reference;

    BatchNames(ReferenceData reference) {
        this.reference = reference;
    }

    /** 第二批（金属类行业）, or 全部批次 for {@code null}. */
    String name(Integer batch) {
        if (batch == null) {
            return "全部批次";
        }
        return reference.calendar().deadlines().stream().filter(d -> d.batch() == batch).findFirst()
                .map(BatchNames::named).orElse(numbered(batch));
    }

    private static String named(Deadline deadline) {
        Matcher m = NAMED.matcher(deadline.name());
        if (m.matches()) {
            return m.group(1) + "（" + m.group(2) + "）";
        }
        String category = deadline.category() == null ? "" : "（" + deadline.category().label() + "）";
        return numbered(deadline.batch()) + category;
    }

    private static String numbered(int batch) {
        return "第" + (batch >= 0 && batch < NUMERALS.length ? NUMERALS[batch] : String.valueOf(batch)) + "批";
    }
}
