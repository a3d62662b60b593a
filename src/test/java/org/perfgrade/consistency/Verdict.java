package org.perfgrade.consistency;

/** 达标 / 未达标 / 不考核: a county's verdict on one target of 附件1, as the expected facts state it. */
enum Verdict {
    MET, MISSED, NOT_ASSESSED;

    /** The flag {@code nightly --json} gives the target: true, false or null. */
    Boolean jsonFlag() {
        return switch (this) {
            case MET -> Boolean.TRUE;
            case MISSED -> Boolean.FALSE;
            case NOT_ASSESSED -> null;
        };
    }

    /** The verdict a document word stands for: 无企业（不考核）, 未达标…, 达标. */
    static Verdict ofWord(String word) {
        if (word.startsWith("无企业")) {
            return NOT_ASSESSED;
        }
        return word.startsWith("未达标") ? MISSED : MET;
    }
}
