package org.perfgrade.sample.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.perfgrade.reference.County;

/**
 * 评审专家库: each county's experts (third parties) as its 专家（第三方）名单 lists them — names unique in the city,
 * an organisation and a field — and the pair of them that signs an application's expert opinion.
 */
final class ExpertPool {

    /** One expert of a county's list. */
    record Expert(String name, String organisation, String field) {
    }

    static final int PER_COUNTY = 5;

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String[] GIVEN = { "建国", "卫东", "志强", "立新", "文华", "海涛", "国庆", "永刚", "红梅",
            "晓燕", "振华", "明远", "秀英", "俊杰", "春生", "玉兰", "德胜", "雪峰", "丽娟", "保国", "新民", "学军",
            "宏伟", "金山", "素芳", "长青", "建华", "利民", "向阳", "桂香" };
    private static final String[] ORGANISATIONS = { "河南省环境科学研究院", "开封市环境保护科学研究所",
            "河南大学环境与规划学院", "开封市环境保护协会", "河南省环境监测中心", "郑州大学生态与环境学院",
            "河南省生态环境技术中心", "开封市生态环境监控中心" };
    private static final String[] FIELDS = { "工业涂装、包装印刷", "铸造、机械加工", "水泥、玻璃、砖瓦窑",
            "制药、橡胶制品制造", "家具制造、人造板制造", "大气污染治理", "VOCs治理", "钢铁、焦化" };

    private final Map<String, List<Expert>> byCounty = new LinkedHashMap<>();

    ExpertPool(List<County> counties, Random random) {
        Set<String> used = new HashSet<>();
        for (County county : counties) {
            List<Expert> experts = new ArrayList<>();
            while (experts.size() < PER_COUNTY) {
                String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
                if (used.add(name)) {
                    experts.add(new Expert(name, ORGANISATIONS[random.nextInt(ORGANISATIONS.length)],
                            FIELDS[random.nextInt(FIELDS.length)]));
                }
            }
            byCounty.put(county.code(), List.copyOf(experts));
        }
    }

    List<Expert> of(String countyCode) {
        return byCounty.getOrDefault(countyCode, List.of());
    }

    /**
     * The two experts signing the opinion of the {@code k}-th application of the county, never {@code barred} (the
     * expert criticised, for opinions on or after the bar).
     */
    List<Expert> signing(String countyCode, int k, Expert barred) {
        List<Expert> pool = of(countyCode).stream().filter(e -> !e.equals(barred)).toList();
        Expert first = pool.get(Math.floorMod(k, pool.size()));
        Expert second = pool.get(Math.floorMod(k + 1, pool.size()));
        return List.of(first, second);
    }
}
