package org.perfgrade.sample;

import java.util.List;
import java.util.Map;

/**
 * 地名用语: townships (乡镇、街道) of the Kaifeng counties, road names and trade-name characters, so that sample
 * enterprises have plausible 乡镇（街道）, 详细地址 and 企业名称; unknown counties fall back to generic townships.
 */
final class PlaceNames {

    private static final Map<String, List<String>> TOWNSHIPS = Map.of(
            "城乡一体化示范区", List.of("杏花营镇", "水稻乡", "宋城路街道", "汴京路街道", "开封经济技术开发区"),
            "龙亭区", List.of("北书店街道", "午朝门街道", "大兴街道", "北道门街道", "北郊乡", "柳园口乡"),
            "鼓楼区", List.of("州桥街道", "西司门街道", "相国寺街道", "卧龙街道", "五一街道", "新华街道", "仙人庄街道"),
            "禹王台区", List.of("三里堡街道", "新门关街道", "繁塔街道", "菜市街道", "官坊街道", "南郊乡", "汪屯乡"),
            "顺河回族区", List.of("清平街道", "铁塔街道", "曹门街道", "宋门街道", "工业街道", "苹果园街道", "东郊乡", "土柏岗乡"),
            "祥符区", List.of("城关镇", "陈留镇", "仇楼镇", "八里湾镇", "曲兴镇", "朱仙镇", "半坡店乡", "罗王乡", "刘店乡",
                    "袁坊乡", "杜良乡", "兴隆乡", "西姜寨乡", "万隆乡", "范村乡"),
            "通许县", List.of("城关镇", "竖岗镇", "玉皇庙镇", "四所楼镇", "长智镇", "朱砂镇", "练城乡", "厉庄乡", "孙营乡",
                    "大岗李乡", "邸阁乡"),
            "杞县", List.of("城关镇", "五里河镇", "高阳镇", "圉镇镇", "葛岗镇", "阳堌镇", "邢口镇", "傅集镇", "裴村店乡",
                    "宗店乡", "板木乡", "竹林乡", "官庄乡", "湖岗乡", "苏木乡", "沙沃乡", "西寨乡", "平城乡", "泥沟乡", "柿园乡"),
            "尉氏县", List.of("城关镇", "洧川镇", "朱曲镇", "蔡庄镇", "永兴镇", "张市镇", "十八里镇", "水坡镇", "大营镇",
                    "庄头镇", "大桥乡", "南曹乡", "门楼任乡", "邢庄乡", "岗李乡", "小陈乡", "大马乡"),
            "兰考县", List.of("城关镇", "堌阳镇", "南彰镇", "张君墓镇", "红庙镇", "考城镇", "东坝头镇", "谷营镇", "仪封镇",
                    "小宋镇", "城关乡", "三义寨乡", "闫楼乡", "许河乡", "葡萄架乡", "孟寨乡"));

    private static final List<String> GENERIC_TOWNSHIPS = List.of("城关镇", "城东街道", "城西街道", "产业集聚区");

    static final List<String> ROADS = List.of("工业路", "产业大道", "创业路", "迎宾大道", "黄河大街", "金明大道", "郑开大道",
            "建设路", "纬一路", "纬三路", "经二路", "经六路", "复兴大道", "兴业路", "商贸大道", "滨河路", "光明路", "中原路");

    /** Characters for 字号 (trade names), combined two or three at a time. */
    static final String TRADE_NAME_CHARACTERS = "恒达华兴宏鑫盛昌泰隆源通博瑞丰祥德利远鼎金顺永安正新天宇豪嘉汇创诚信亿佳腾峰海龙凯越众合和"
            + "晟中东方明光辉荣春立威力元益联旭百万富民康建";

    static final List<String> COMPANY_FORMS = List.of("有限公司", "有限公司", "有限公司", "有限公司", "有限公司",
            "有限公司", "有限公司", "有限责任公司", "有限责任公司", "股份有限公司", "厂");

    private PlaceNames() {
    }

    static List<String> townships(String countyName) {
        return TOWNSHIPS.getOrDefault(countyName, GENERIC_TOWNSHIPS);
    }
}
