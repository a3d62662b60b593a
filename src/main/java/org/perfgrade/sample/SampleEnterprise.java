package org.perfgrade.sample;

import java.util.List;

/**
 * 企业: one enterprise of the sample city as the county ledgers (清单台账) describe it, so tests can compare what an
 * import produced with what the files hold.
 *
 * @param creditCode    统一社会信用代码, valid per GB 32100-2015, region part from the county code
 * @param countyCode    the code of the county whose files list it
 * @param permitNo      排污许可证编号 (credit code + 3-digit sequence + letter); null for 排污登记 (registration only)
 * @param township      乡镇（街道）
 * @param lowVocs       全部使用低VOCs原辅材料
 * @param cleanEnergy   清洁能源替代
 * @param guaranteeType 保障类企业: 保障类, 民生保障类 or null
 * @param honours       荣誉称号 as written, e.g. 绿色工厂（2020）
 */
public record SampleEnterprise(String creditCode, String name, String countyCode, String permitNo, String township,
                               String address, boolean lowVocs, boolean cleanEnergy, String guaranteeType,
                               List<String> honours) {

    public SampleEnterprise {
        honours = List.copyOf(honours);
    }

    /** The 荣誉称号 cell: honours joined by a full-width semicolon, empty when none. */
    public String honoursText() {
        return String.join("；", honours);
    }
}
