package org.perfgrade.notice;

/**
 * 发文字号: the issuer's code (the 机关代字 of the register that gave it, kept with the number), the year of the 成文日期
 * in 〔〕 and the number without leading zeros or 第, e.g. 汴环攻坚办〔2021〕91号 or 汴环函〔2021〕3号.
 */
public record DocumentNumber(String issuerCode, int year, int number) {

    public DocumentNumber {
        if (number < 1) {
            throw new IllegalArgumentException("文号须为正整数：" + number);
        }
    }

    /** 汴环攻坚办〔2021〕91号. */
    public String text() {
        return issuerCode + "〔" + year + "〕" + number + "号";
    }
}
