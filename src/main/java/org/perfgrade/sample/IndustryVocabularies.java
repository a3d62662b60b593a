package org.perfgrade.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfgrade.reference.Industry;
import org.perfgrade.reference.ReviewCategory;
import org.perfgrade.sample.IndustryVocabulary.Upgrade;

/**
 * 行业用语表: sample wording for the industries common in Kaifeng (铸造, 机械加工, 包装印刷 …), looked up by industry
 * name and branch, with a generic fallback so that any configured industry list can be sampled.
 */
final class IndustryVocabularies {

    private static final Map<String, IndustryVocabulary> BY_KEY = new HashMap<>();

    private static final List<Upgrade> FOUNDRY = List.of(
            u("有组织排放：颗粒物≤10mg/m³、二氧化硫≤35mg/m³、氮氧化物≤50mg/m³", "熔化工段无组织排放收集不到位",
                    "新建中频炉集气罩及布袋除尘器"),
            u("无组织排放：落砂、清理、砂处理工序密闭并配备高效除尘设施", "落砂、抛丸工段未密闭",
                    "落砂、抛丸工段封闭并配套脉冲布袋除尘器"),
            u("运输方式：物料公路运输全部使用国五及以上排放标准车辆", "厂内运输车辆国四及以下占比较高",
                    "淘汰国四及以下运输车辆，厂内非道路移动机械使用新能源"),
            u("监测监控水平：主要排放口安装自动监测设施并与生态环境部门联网", "未安装颗粒物在线监测设施",
                    "主要排放口安装颗粒物在线监测并联网"),
            u("VOCs无组织排放：制芯、浇注工序废气收集处理", "制芯、浇注工序废气无组织排放",
                    "制芯、浇注工位加装集气罩，废气经活性炭吸附处理"));

    private static final List<Upgrade> GENERIC = List.of(
            u("有组织排放：主要排放口污染物排放浓度满足绩效分级指标要求", "治理设施去除效率偏低", "升级改造末端治理设施"),
            u("无组织排放：物料储存、输送及生产工艺过程密闭", "无组织排放管控不到位", "生产车间密闭并配套收集处理设施"),
            u("监测监控水平：主要排放口安装自动监测设施并联网", "未安装在线监测设施", "安装在线监测设施并联网"),
            u("环境管理水平：环保档案齐全，台账记录规范", "治理设施运行台账不完善", "完善环保设施运行、维护台账"));

    static {
        put("铸造", null, new IndustryVocabulary(6, List.of("铸造", "铸业", "精密铸造", "机械铸造"),
                List.of("灰铁铸件", "球墨铸铁件", "铸钢件", "阀门铸件", "汽车零部件铸件"), "铸件{c}吨/年", 2000, 50000,
                "中频感应电炉{n}台、造型线{n}条", 2, 4, 12, 3, FOUNDRY, Map.of("有色金属铸造", 0.5),
                List.of("机械加工", "工业涂装")));
        put("铸造", "有色金属铸造", new IndustryVocabulary(6, List.of("铸造", "精密铸造", "压铸"),
                List.of("铝合金铸件", "铜合金铸件", "锌合金压铸件"), "铸件{c}吨/年", 1000, 20000,
                "熔铝炉{n}台、压铸机{n}台", 0.5, 2, 6, 2, FOUNDRY, Map.of(), List.of("机械加工")));
        put("机械加工", null, new IndustryVocabulary(10, List.of("机械", "机械制造", "机械设备", "精工机械", "阀门", "重工"),
                List.of("阀门", "机床零部件", "农机配件", "液压件", "标准件", "空分设备配件", "输送设备"), "{c}台（套）/年",
                500, 20000, "机加工生产线{n}条、焊接工位{n}个", 0.2, 0.5, 3, 2, List.of(
                u("VOCs无组织排放：喷涂、流平、烘干工序在密闭空间内进行，废气收集率≥90%", "喷漆工序未在密闭空间内进行",
                        "建设密闭喷漆房并配套活性炭吸附+催化燃烧设施"),
                u("原辅材料：水性、粉末等低VOCs含量涂料使用比例≥80%", "溶剂型涂料使用比例较高",
                        "更换水性涂料，喷涂线改造为静电粉末喷涂"),
                u("有组织排放：焊接、打磨工序颗粒物≤10mg/m³", "焊接烟尘无组织排放", "焊接工位配套焊烟净化器，打磨工序配套布袋除尘器"),
                u("治理设施：活性炭定期更换并建立台账", "活性炭吸附装置未定期更换", "建立活性炭更换台账，安装VOCs在线监测设施")),
                Map.of(), List.of("铸造", "工业涂装")));
        put("包装印刷", null, new IndustryVocabulary(6, List.of("印务", "包装", "彩印", "包装材料", "印刷"),
                List.of("瓦楞纸箱", "彩印包装盒", "塑料软包装", "不干胶标签", "书刊印刷品"), "{c}万平方米/年", 100, 5000,
                "印刷机{n}台、覆膜机{n}台", 0, 0.1, 0.3, 8, List.of(
                u("原辅材料：使用低VOCs含量油墨、胶粘剂、清洗剂", "溶剂型油墨使用比例较高", "更换水性油墨及低VOCs清洗剂"),
                u("VOCs无组织排放：印刷、复合、烘干工序密闭，废气负压收集", "印刷车间废气收集效率低", "印刷车间整体密闭，设置负压收集系统"),
                u("末端治理：采用RTO、RCO或活性炭吸附+催化燃烧工艺", "治理设施仅为单一活性炭吸附", "新建沸石转轮+RCO治理设施"),
                u("VOCs物料储存：油墨、稀释剂、废抹布密闭存放", "废油墨、废抹布未密闭贮存", "新建危险废物密闭暂存间")),
                Map.of("凹版印刷", 0.6, "柔版印刷", 0.6, "其他印刷", 0.4), List.of("家具制造")));
        put("家具制造", null, new IndustryVocabulary(5, List.of("家具", "家居", "木业", "办公家具", "钢木家具"),
                List.of("实木家具", "板式家具", "钢制办公家具", "沙发", "橱柜"), "{c}件/年", 5000, 200000,
                "喷漆房{n}间、打磨工位{n}个", 0, 0.1, 2, 6, List.of(
                u("原辅材料：水性涂料、UV涂料使用比例≥80%", "使用溶剂型木器涂料", "更换水性木器漆及UV涂料"),
                u("涂装工艺：采用静电喷涂、辊涂、淋涂等高效涂装工艺", "采用空气喷枪手工喷涂，涂着效率低", "引进自动辊涂线及静电喷涂设备"),
                u("VOCs治理：喷涂废气经干式过滤+活性炭吸附+脱附催化燃烧处理", "喷漆房漆雾过滤效果差",
                        "新建干式过滤+活性炭吸附脱附催化燃烧装置"),
                u("无组织排放：打磨、开料粉尘集中收集", "打磨粉尘收集不完善", "打磨工位配套中央集尘系统")),
                Map.of("其他家具", 0.3), List.of("包装印刷", "工业涂装")));
        put("工业涂装", null, new IndustryVocabulary(6, List.of("钢结构", "汽车配件", "金属制品", "车辆部件", "机电设备"),
                List.of("钢结构件", "汽车零部件", "农机具", "电动车车架", "金属货架"), "{c}吨/年", 1000, 50000,
                "喷涂线{n}条、烘干室{n}间", 0.1, 0.5, 1.5, 10, List.of(
                u("原辅材料：粉末、水性等低VOCs含量涂料使用比例≥50%", "溶剂型底漆、面漆使用量大", "底漆改用水性涂料，面漆改用粉末涂料"),
                u("VOCs无组织排放：调漆、喷涂、流平、烘干全过程密闭", "调漆间未密闭，流平区废气无组织排放",
                        "调漆间、流平区密闭并接入废气收集系统"),
                u("末端治理：喷涂废气采用RTO/RCO处理，去除效率≥80%", "喷涂废气仅经UV光氧处理",
                        "拆除UV光氧装置，新建活性炭吸附+催化燃烧设施"),
                u("监测监控：安装VOCs在线监测及治理设施用电监控", "未安装VOCs在线监测设施", "主要排放口安装非甲烷总烃在线监测并联网")),
                Map.of("集装箱", 0.1, "船舶制造", 0.05), List.of("机械加工")));
        put("水泥", null, new IndustryVocabulary(1.2, List.of("水泥", "建材"), List.of("水泥熟料"), "熟料{c}吨/日", 2500,
                5000, "新型干法熟料生产线{n}条", 80, 600, 60, 0, List.of(
                u("有组织排放：窑尾颗粒物≤10mg/m³、二氧化硫≤35mg/m³、氮氧化物≤50mg/m³", "窑尾氮氧化物排放浓度偏高",
                        "窑尾实施SNCR+SCR脱硝改造"),
                u("无组织排放：物料全封闭储存，皮带输送机密闭", "原料堆场未全封闭", "建设全封闭原料大棚，输送皮带加装密闭罩"),
                u("运输方式：清洁运输比例≥80%", "大宗物料公路运输占比高", "新建铁路专用线，短倒使用新能源车辆")),
                Map.of("熟料", 0.25), List.of("预拌混凝土")));
        put("水泥", "粉磨站", new IndustryVocabulary(1.2, List.of("水泥", "建材", "新型建材"),
                List.of("P·O 42.5水泥", "P·C 42.5R水泥", "P·S·A 32.5水泥"), "水泥{c}万吨/年", 30, 120,
                "Φ3.2×13m水泥磨{n}台", 0.5, 1, 8, 0, List.of(
                u("有组织排放：水泥磨、包装机颗粒物≤10mg/m³", "包装机除尘器排放浓度偏高", "包装机除尘器更换覆膜滤袋"),
                u("无组织排放：熟料、混合材全封闭储存，散装口配套除尘", "熟料库顶、散装口无组织排放", "库顶、散装口配套袋式除尘器"),
                u("运输方式：水泥散装运输使用国五及以上车辆", "运输车辆国四及以下占比较高", "淘汰国四及以下运输车辆")),
                Map.of(), List.of("预拌混凝土")));
        put("玻璃", null, new IndustryVocabulary(1, List.of("玻璃", "玻璃制品", "玻业"),
                List.of("日用玻璃瓶罐", "浮法玻璃", "玻璃器皿"), "{c}吨/日", 100, 600, "玻璃熔窑{n}座", 40, 120, 15, 0.5,
                List.of(u("有组织排放：熔窑颗粒物≤20mg/m³、二氧化硫≤100mg/m³、氮氧化物≤400mg/m³", "熔窑烟气脱硝效率不足",
                                "熔窑烟气实施SCR脱硝+湿法脱硫改造"),
                        u("无组织排放：配料、混料工序密闭并配套除尘设施", "配料车间粉尘无组织排放", "配料、混料工段密闭并配套布袋除尘器"),
                        u("燃料：使用天然气等清洁能源", "熔窑使用石油焦燃料", "熔窑燃料改为天然气")),
                Map.of(), List.of()));
        put("制药", null, new IndustryVocabulary(1.5, List.of("制药", "药业", "生物制药", "医药", "生物科技"),
                List.of("原料药", "化学制剂", "中成药", "兽药制剂"), "{c}吨/年", 50, 3000, "合成车间{n}个、提取车间{n}个",
                2, 6, 2, 15, List.of(
                u("VOCs收集：反应、分离、干燥工序废气密闭收集，收集率≥90%", "发酵、提取工段废气收集不完善",
                        "反应釜、离心机密闭改造，废气分类收集"),
                u("末端治理：有机废气采用RTO焚烧处理", "有机废气仅经水喷淋+活性炭处理", "新建RTO蓄热焚烧装置"),
                u("污水处理站：高浓度废水池加盖密闭，废气收集处理", "污水处理站未加盖密闭", "污水处理站加盖密闭并引入除臭系统"),
                u("LDAR：每年开展泄漏检测与修复", "未开展LDAR工作", "委托第三方开展LDAR检测")),
                Map.of(), List.of()));
        put("预拌混凝土", null, new IndustryVocabulary(4, List.of("混凝土", "商砼", "新型建材", "建材"),
                List.of("商品混凝土", "预拌砂浆"), "{c}万立方米/年", 20, 120, "HZS180搅拌站{n}座", 0, 0.3, 3, 0, List.of(
                u("无组织排放：搅拌楼、砂石料仓全封闭，粉料罐配套除尘", "砂石料场未完全封闭", "建设全封闭砂石料仓"),
                u("运输方式：混凝土罐车使用国五及以上或新能源车辆", "罐车国四及以下车辆占比较高", "淘汰国四及以下罐车，新购新能源罐车"),
                u("厂区管理：道路硬化并定期清扫，出口设置洗车平台", "厂区道路积尘，车辆带泥上路", "配备洗车平台和道路清扫车")),
                Map.of(), List.of("水泥")));
        put("长流程联合钢铁", null, new IndustryVocabulary(0.05, List.of("钢铁", "钢铁集团", "特钢"),
                List.of("螺纹钢", "高速线材", "生铁"), "粗钢{c}万吨/年", 100, 400, "烧结机{n}台、高炉{n}座、转炉{n}座",
                300, 800, 500, 20, List.of(
                u("超低排放：烧结机头颗粒物≤10mg/m³、二氧化硫≤35mg/m³、氮氧化物≤50mg/m³", "烧结烟气脱硝设施未建设",
                        "烧结烟气实施活性炭脱硫脱硝改造"),
                u("无组织排放：料场全封闭，物料转运点密闭并配套除尘", "原料场未全封闭", "建设封闭式料棚"),
                u("清洁运输：大宗物料清洁运输比例≥80%", "铁精粉、煤炭公路运输占比高", "建设铁路专用线及管状带式输送机")),
                Map.of(), List.of()));
        put("砖瓦窑", null, new IndustryVocabulary(0.8, List.of("新型建材", "建材", "页岩砖"),
                List.of("烧结多孔砖", "烧结空心砌块"), "{c}万块标砖/年", 3000, 12000, "隧道窑{n}条", 30, 30, 10, 0, List.of(
                u("有组织排放：颗粒物≤20mg/m³、二氧化硫≤100mg/m³、氮氧化物≤150mg/m³", "隧道窑脱硫设施效率偏低",
                        "隧道窑烟气实施双碱法脱硫改造"),
                u("无组织排放：原料破碎、陈化工序封闭", "原料破碎工段粉尘无组织排放", "破碎、筛分工段封闭并配套布袋除尘器")),
                Map.of(), List.of()));
    }

    private IndustryVocabularies() {
    }

    /** The wording for a branch of an industry, else for the industry; empty when the industry is not known here. */
    static Optional<IndustryVocabulary> find(String industry, String branch) {
        IndustryVocabulary byBranch = branch == null ? null : BY_KEY.get(industry + "/" + branch);
        return Optional.ofNullable(byBranch != null ? byBranch : BY_KEY.get(industry));
    }

    /** The wording for a branch of an industry, falling back to generic wording built from the industry's name. */
    static IndustryVocabulary forLine(Industry industry, String branch) {
        return find(industry.name(), branch).orElseGet(() -> generic(industry));
    }

    /** Generic wording for an industry without its own vocabulary (picked rarely). */
    static IndustryVocabulary generic(Industry industry) {
        String name = industry.name();
        int and = name.indexOf('与');
        String word = and >= 0 ? name.substring(and + 1) : name;
        word = word.endsWith("制造") && word.length() > 2 ? word.substring(0, word.length() - 2) : word;
        boolean vocs = industry.category() == ReviewCategory.VOCS;
        return new IndustryVocabulary(0.15, List.of(word, "实业", "工贸"), List.of(word + "产品"), "{c}吨/年", 1000,
                30000, "生产线{n}条", vocs ? 0.2 : 1, vocs ? 0.5 : 3, vocs ? 0.5 : 3, vocs ? 5 : 0.5, GENERIC,
                Map.of(), List.of());
    }

    private static void put(String industry, String branch, IndustryVocabulary vocabulary) {
        BY_KEY.put(branch == null ? industry : industry + "/" + branch, vocabulary);
    }

    private static Upgrade u(String indicator, String problem, String measure) {
        return new Upgrade(indicator, problem, measure);
    }
}
