package org.perfgrade.sample;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.perfgrade.reference.County;
import org.perfgrade.reference.CreditCode;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReviewCategory;

/**
 * 企业生成: names (通许县恒达铸造有限公司), 统一社会信用代码 valid per GB 32100 with the county's region code,
 * 排污许可证编号, townships, addresses and the incentive flags; names and codes unique city-wide.
 */
final class SampleEnterpriseFactory {

    private static final int[] LEGACY_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final List<String> HONOURS = List.of("绿色工厂", "能效领跑者", "绿色发展排行榜前列");

    private final ReferenceData reference;
    private final Random random;
    private final Set<String> names = new HashSet<>();
    private final Set<String> codes = new HashSet<>();
    private final Map<String, String> regions = new HashMap<>();

    SampleEnterpriseFactory(ReferenceData reference, Random random) {
        this.reference = reference;
        this.random = random;
    }

    /** A clean enterprise of the county running the given industries (the first one names it). */
    SampleEnterprise create(County county, IndustryVocabulary naming, Collection<Industry> industries) {
        String code = creditCode(county);
        String permit = random.nextDouble() < 0.15 ? null
                : code + (random.nextDouble() < 0.9 ? "001" : "002") + "P";
        boolean vocs = industries.stream().anyMatch(i -> i.category() == ReviewCategory.VOCS);
        boolean lowVocs = random.nextDouble() < (vocs ? 0.25 : 0.03);
        boolean cleanEnergy = random.nextDouble() < 0.15;
        double g = random.nextDouble();
        String guarantee = g < 0.04 ? "保障类" : g < 0.07 ? "民生保障类" : null;
        String township = pick(PlaceNames.townships(county.name()));
        return new SampleEnterprise(code, name(county, naming), county.code(), permit, township,
                address(county, township), lowVocs, cleanEnergy, guarantee, honours());
    }

    /** An enterprise for a deliberately bad row: like a clean one, but without permit number. */
    SampleEnterprise createForDefect(County county, IndustryVocabulary naming, Collection<Industry> industries) {
        SampleEnterprise e = create(county, naming, industries);
        return new SampleEnterprise(e.creditCode(), e.name(), e.countyCode(), null, e.township(), e.address(),
                e.lowVocs(), e.cleanEnergy(), e.guaranteeType(), e.honours());
    }

    private String name(County county, IndustryVocabulary naming) {
        String prefix = namePrefix(county);
        String word = pick(naming.nameWords());
        String form = pick(PlaceNames.COMPANY_FORMS);
        for (int attempt = 0; ; attempt++) {
            String tradeName = tradeName(attempt < 16 ? 2 : 3);
            if (attempt >= 64) {
                tradeName += attempt;
            }
            String name = prefix + tradeName + word + form;
            if (names.add(name)) {
                return name;
            }
        }
    }

    private String namePrefix(County county) {
        String city = reference.city() == null ? "" : reference.city().name();
        double p = random.nextDouble();
        if (p < 0.15 && !city.isEmpty()) {
            return strip(city, "市");
        }
        if (p < 0.30 && reference.city() != null && reference.city().province() != null) {
            return strip(reference.city().province(), "省");
        }
        return countyPrefix(county, city);
    }

    private static String countyPrefix(County county, String city) {
        String name = county.name();
        if (name.endsWith("县") || name.startsWith(city)) {
            return name;
        }
        return name.length() <= 5 ? city + name : city;
    }

    private String tradeName(int length) {
        String chars = PlaceNames.TRADE_NAME_CHARACTERS;
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            char c = chars.charAt(random.nextInt(chars.length()));
            if (b.indexOf(String.valueOf(c)) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private String address(County county, String township) {
        String city = reference.city() == null ? "" : reference.city().name();
        String prefix = county.name().endsWith("县") || county.name().startsWith(city) ? county.name()
                : city + county.name();
        String road = pick(PlaceNames.ROADS);
        if (random.nextDouble() < 0.2) {
            String other = pick(PlaceNames.ROADS);
            if (!other.equals(road)) {
                return prefix + township + road + "与" + other + "交叉口" + pick(List.of("东北角", "西南角", "向东200米", "路北"));
            }
        }
        return prefix + township + road + (1 + random.nextInt(300)) + "号";
    }

    private List<String> honours() {
        if (random.nextDouble() >= 0.1) {
            return List.of();
        }
        List<String> titles = new ArrayList<>(HONOURS);
        int count = random.nextDouble() < 0.8 ? 1 : 2;
        List<String> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String title = titles.remove(random.nextInt(titles.size()));
            result.add(title + "（" + (2018 + random.nextInt(4)) + "）");
        }
        return result;
    }

    /** Frees the name and credit code of an enterprise drawn but not used (the generator steering a batch). */
    void release(SampleEnterprise enterprise) {
        names.remove(enterprise.name());
        codes.remove(enterprise.creditCode());
    }

    /** 9 (market regulation) + 1 (company) + the region code + an organisation code + the check character. */
    String creditCode(County county) {
        String region = regions.computeIfAbsent(county.code(), c -> region(county));
        while (true) {
            String code = CreditCode.withCheckCharacter("91" + region + organisationCode());
            if (codes.add(code)) {
                return code;
            }
        }
    }

    private String region(County county) {
        if (county.code() != null && county.code().matches("[0-9]{6}")) {
            return county.code();
        }
        String city = reference.city() == null ? null : reference.city().code();
        return city != null && city.matches("[0-9]{6}") ? city : "000000";
    }

    /** New codes: MA + 7 characters; older enterprises keep their GB 11714 organisation code (8 digits + check). */
    private String organisationCode() {
        StringBuilder b = new StringBuilder(9);
        if (random.nextDouble() < 0.65) {
            b.append("MA").append("349".charAt(random.nextInt(3)));
            for (int i = 0; i < 6; i++) {
                b.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
            }
            return b.toString();
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int digit = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
            b.append(digit);
            sum += digit * LEGACY_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return b.append(check == 10 ? "X" : check == 11 ? "0" : String.valueOf(check)).toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String strip(String name, String suffix) {
        return name.endsWith(suffix) && name.length() > suffix.length()
                ? name.substring(0, name.length() - suffix.length()) : name;
    }
}
