package org.perfgrade.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 发文机关: who signs each document, which register (发文字号登记簿) numbers it, and to whom the notices go. The plan
 * gives the notices to the 攻坚办 and the publicity and the provincial filing to 市生态环境局, so a city has several
 * issuers; the first one is the default (it signs what no register or issuer lists, and stands as the author of the
 * unsigned reports). {@link #name()}, {@link #shortCode()} and {@link #header()} are the default issuer's.
 *
 * @param issuers   the issuers, the default first
 * @param registers the number registers, each belonging to one issuer
 */
public record IssuingAuthority(List<Issuer> issuers, List<NumberRegister> registers, String addressees,
                               List<String> copyTo, String province, String objectionPhone, String objectionEmail) {

    /** The documents an issuer or register may name, with their Chinese names for messages. */
    public static final Map<String, String> DOCUMENTS = Map.of(
            "progress", "进展情况通报",
            "expert-criticism", "专家通报批评",
            "seasonal-control", "D级企业错峰生产通报",
            "filing-letter", "报省备案材料的报送函",
            "publicity", "公示名单");

    /**
     * 发文机关 (one of them).
     *
     * @param key       its key in authority.yml
     * @param name      全称: 署名, 版记, and the 信函格式's head
     * @param shortCode 发文机关代字
     * @param header    发文机关标志 of the 文件格式 (the red header)
     * @param documents the unnumbered documents it signs (its numbered ones are its registers')
     */
    public record Issuer(String key, String name, String shortCode, String header, List<String> documents) {

        public Issuer {
            documents = List.copyOf(documents);
        }
    }

    /**
     * 发文字号登记簿: numbers per year, never reused, following the issue dates; two registers may hand out the same
     * number.
     *
     * @param key       stored with every number (never changed once used)
     * @param issuer    the key of the issuer whose documents it numbers
     * @param prefix    the 机关代字 printed before 〔year〕 in new numbers (汴环攻坚办, 汴环函)
     * @param documents the documents it numbers
     * @param usedBefore per year, the highest number the register had already given out before perfgrade numbered
     *                   (by hand or another system: 汴环攻坚办〔2021〕91号 is the plan itself); new numbers of that year
     *                   follow it
     */
    public record NumberRegister(String key, String issuer, String prefix, List<String> documents,
                                 Map<Integer, Integer> usedBefore) {

        public NumberRegister {
            documents = List.copyOf(documents);
            usedBefore = Map.copyOf(usedBefore);
        }

        /** A register with no numbers given out before perfgrade. */
        public NumberRegister(String key, String issuer, String prefix, List<String> documents) {
            this(key, issuer, prefix, documents, Map.of());
        }

        /** The first number perfgrade may give out in the year (1 when the register says nothing of it). */
        public int firstFreeNumber(int year) {
            return usedBefore.getOrDefault(year, 0) + 1;
        }
    }

    public IssuingAuthority {
        issuers = List.copyOf(issuers);
        registers = List.copyOf(registers);
        copyTo = List.copyOf(copyTo);
        if (issuers.isEmpty()) {
            throw new IllegalArgumentException("至少要有一个发文机关");
        }
    }

    /** The default issuer's full name. */
    public String name() {
        return issuers.get(0).name();
    }

    /** The default issuer's 发文机关代字. */
    public String shortCode() {
        return issuers.get(0).shortCode();
    }

    /** The default issuer's 发文机关标志. */
    public String header() {
        return issuers.get(0).header();
    }

    /** An issuer by its key. */
    public Optional<Issuer> issuer(String key) {
        return issuers.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The issuer whose full name this is (what a document's signature names). */
    public Optional<Issuer> issuerNamed(String name) {
        return issuers.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** A register by its key. */
    public Optional<NumberRegister> register(String key) {
        return registers.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** The register that numbers a document (by its code, e.g. {@code filing-letter}), if it is numbered. */
    public Optional<NumberRegister> registerOf(String document) {
        return registers.stream().filter(r -> r.documents().contains(document)).findFirst();
    }

    /**
     * The issuer that signs a document: its register's issuer, else the issuer listing it, else the default issuer.
     */
    public Issuer issuerOf(String document) {
        return registerOf(document).flatMap(r -> issuer(r.issuer()))
                .or(() -> issuers.stream().filter(i -> i.documents().contains(document)).findFirst())
                .orElse(issuers.get(0));
    }
}
