package org.perfgrade.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code authority.yml}: the issuers (发文机关) and their number registers (发文字号登记簿). Each document is
 * numbered by at most one register and signed by one issuer; a register key is what the database stores, so it must
 * be short and plain. A file in the older form (one {@code name}, {@code shortCode}, {@code header} at the top) is one
 * issuer whose one register numbers every numbered document, as before there were several.
 */
final class IssuingAuthorityReader {

    private static final List<String> NUMBERED = List.of("progress", "expert-criticism", "seasonal-control",
            "filing-letter");
    private static final String KEY = "[a-z][a-z0-9-]{0,31}";

    IssuingAuthority read(ConfigNode root) {
        ConfigNode objection;
        List<IssuingAuthority.Issuer> issuers;
        List<IssuingAuthority.NumberRegister> registers;
        if (root.find("issuers").isEmpty() && root.find("name").isPresent()) {
            root.allowOnly("name", "shortCode", "header", "addressees", "copyTo", "province", "objection");
            issuers = List.of(new IssuingAuthority.Issuer("office", root.string("name"), root.string("shortCode"),
                    root.string("header"), List.of()));
            registers = List.of(new IssuingAuthority.NumberRegister("office", "office", root.string("shortCode"),
                    NUMBERED));
        }
        else {
            root.allowOnly("issuers", "registers", "addressees", "copyTo", "province", "objection");
            issuers = issuers(root);
            registers = registers(root, issuers);
        }
        objection = root.get("objection").allowOnly("phone", "email");
        return new IssuingAuthority(issuers, registers, root.string("addressees"), root.strings("copyTo"),
                root.string("province"), objection.string("phone"), objection.string("email"));
    }

    private static List<IssuingAuthority.Issuer> issuers(ConfigNode root) {
        List<IssuingAuthority.Issuer> issuers = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        Map<String, String> signedBy = new HashMap<>();
        for (ConfigNode item : root.get("issuers").items()) {
            item.allowOnly("key", "name", "shortCode", "header", "documents");
            String key = key(item, keys, "发文机关");
            String name = item.string("name");
            if (!names.add(name)) {
                throw item.get("name").error("发文机关“" + name + "”重复");
            }
            List<String> documents = documents(item, signedBy, "由发文机关“" + name + "”签发");
            issuers.add(new IssuingAuthority.Issuer(key, name, item.string("shortCode"), item.string("header"),
                    documents));
        }
        if (issuers.isEmpty()) {
            throw root.get("issuers").error("至少要有一个发文机关");
        }
        return issuers;
    }

    private static List<IssuingAuthority.NumberRegister> registers(ConfigNode root,
                                                                   List<IssuingAuthority.Issuer> issuers) {
        List<IssuingAuthority.NumberRegister> registers = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Map<String, String> numberedBy = new HashMap<>();
        for (ConfigNode item : root.list("registers")) {
            item.allowOnly("key", "issuer", "prefix", "documents", "usedBefore");
            String key = key(item, keys, "登记簿");
            String issuer = item.string("issuer");
            IssuingAuthority.Issuer owner = issuers.stream().filter(i -> i.key().equals(issuer)).findFirst()
                    .orElseThrow(() -> item.get("issuer").error("没有代号为“" + issuer + "”的发文机关（可用："
                            + String.join("、", issuers.stream().map(IssuingAuthority.Issuer::key).toList()) + "）"));
            List<String> documents = documents(item, numberedBy, "由登记簿“" + key + "”编号");
            for (String document : documents) {
                issuers.stream().filter(i -> i != owner && i.documents().contains(document)).findFirst()
                        .ifPresent(other -> {
                            throw item.get("documents").error(IssuingAuthority.DOCUMENTS.get(document) + "（" + document
                                    + "）由登记簿“" + key + "”编号，属于“" + owner.name() + "”，不能同时列为“"
                                    + other.name() + "”签发");
                        });
            }
            String prefix = item.string("prefix");
            if (prefix.contains("〔") || prefix.contains("号")) {
                throw item.get("prefix").error("机关代字“" + prefix + "”只写代字（如 汴环函），年份和序号由程序加上");
            }
            registers.add(new IssuingAuthority.NumberRegister(key, issuer, prefix, documents, usedBefore(item)));
        }
        List<String> unnumbered = NUMBERED.stream().filter(d -> !numberedBy.containsKey(d)).toList();
        if (!unnumbered.isEmpty()) {
            ConfigNode where = root.find("registers").orElse(root);
            throw where.error("以下文书没有登记簿编号，请在 registers 中列出："
                    + String.join("、", unnumbered.stream().map(d -> IssuingAuthority.DOCUMENTS.get(d) + "（" + d + "）")
                    .toList()));
        }
        return registers;
    }

    private static String key(ConfigNode item, Set<String> keys, String what) {
        String key = item.string("key");
        if (!key.matches(KEY)) {
            throw item.get("key").error(what + "代号“" + key + "”只能用小写字母、数字和连字符，以字母开头，最长32个字符");
        }
        if (!keys.add(key)) {
            throw item.get("key").error(what + "代号“" + key + "”重复");
        }
        return key;
    }

    /** The documents listed under the item; each known and listed only once across {@code seen}. */
    private static List<String> documents(ConfigNode item, Map<String, String> seen, String role) {
        List<String> documents = new ArrayList<>();
        for (ConfigNode node : item.list("documents")) {
            String document = node.text();
            if (!IssuingAuthority.DOCUMENTS.containsKey(document)) {
                throw node.error("不认识的文书“" + document + "”（可用：" + String.join("、",
                        IssuingAuthority.DOCUMENTS.keySet().stream().sorted().toList()) + "）");
            }
            String before = seen.putIfAbsent(document, role);
            if (before != null) {
                throw node.error(IssuingAuthority.DOCUMENTS.get(document) + "（" + document + "）已" + before
                        + "，不能重复列出");
            }
            documents.add(document);
        }
        return documents;
    }

    /** {@code usedBefore: {2021: 91}}: per year, the highest number given out before perfgrade numbered. */
    private static Map<Integer, Integer> usedBefore(ConfigNode register) {
        Map<Integer, Integer> used = new TreeMap<>();
        register.find("usedBefore").ifPresent(node -> node.entries().forEach((year, number) -> {
            if (!year.matches("20\\d\\d")) {
                throw number.error("usedBefore 的键是年份（如 2021），不是“" + year + "”");
            }
            int n = number.integer();
            if (n < 0) {
                throw number.error("已用文号的序号不能为负数");
            }
            used.put(Integer.parseInt(year), n);
        }));
        return used;
    }
}
