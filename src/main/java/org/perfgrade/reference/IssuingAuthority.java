package org.perfgrade.reference;

import java.util.List;

/**
 * 发文机关: who signs the notices and cover letters, and to whom they go.
 *
 * @param shortCode 发文机关代字, as in 汴环攻坚办〔2021〕91号
 * @param header    发文机关标志 (the red header)
 */
public record IssuingAuthority(String name, String shortCode, String header, String addressees, List<String> copyTo,
                               String province, String objectionPhone, String objectionEmail) {

    public IssuingAuthority {
        copyTo = List.copyOf(copyTo);
    }
}
