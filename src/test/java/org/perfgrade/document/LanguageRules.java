package org.perfgrade.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfgrade.reference.Glossary;

/**
 * 文档用语检查: what no document may contain — an ISO date (2021-09-30; an office writes 2021年9月30日), an English
 * word outside a short whitelist, a document kind code ({@code briefing-pdf}) or a writing the glossary lists to
 * avoid (快照, manifest.json, 字节 …). Each finding names the text it was found in.
 */
final class LanguageRules {

    /** Latin words a Chinese office document does use. */
    static final Set<String> ALLOWED_WORDS = Set.of(
            "VOCs", "A", "B", "B-", "C", "D", "PDF", "KB", "MB", "GB/T", "GB", "Excel", "Word", "SHA-256");

    /**
     * Technical notation of the enterprises' own data, written so in every environmental document: pollutants,
     * abatement techniques, units.
     */
    static final Set<String> TECHNICAL = Set.of(
            "O3", "PM2.5", "PM10", "NOx", "SO2", "RTO", "RCO", "RTO/RCO", "UV", "LDAR", "SCR", "SNCR",
            "t/a", "mg/m", "m", "t", "kg", "km", "h", "MW", "kW");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Values that are not words: 排污许可证编号 (a credit code and a serial, 91410225MA339P05YF001P), credit codes
     * (GB 32100, 18 characters), SHA-256 digests, e-mail addresses (a PDF line may break after a dot), file
     * extensions after a name (报送函.pdf), cement designations (P·O 42.5, P·C 42.5R) and equipment models (HZS180).
     */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{18}[0-9A-Z]?\\d{3}[A-Z](?![0-9A-Za-z])"
                    + "|(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Za-z])"
                    + "|(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])"
                    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.\\s?[A-Za-z0-9-]+)+"
                    + "|\\.(?i:pdf|xlsx|xls|docx|zip|json)(?![A-Za-z])"
                    + "|P(?:·[A-Z]){1,2}|(?<=\\d\\.\\d)R(?![A-Za-z])"
                    + "|(?<![A-Za-z])[A-Z]{2,4}\\d{2,4}(?![0-9A-Za-z])");

    /** A Latin word with the digits, dots, slashes and hyphens that belong to it (B-, GB/T, PM2.5, SHA-256). */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[./-][A-Za-z0-9]+)*-?");

    private final Map<String, String> forbidden;
    private final Set<String> kindCodes;

    LanguageRules(Glossary glossary) {
        this.forbidden = glossary.forbidden();
        this.kindCodes = glossary.kinds().keySet();
    }

    /** A rule broken in a text: where, which rule, and the words around it. */
    record Finding(String where, String rule, String context) {

        @Override
        public String toString() {
            return where + "：" + rule + "：“" + context + "”";
        }
    }

    List<Finding> check(ReaderText text) {
        List<Finding> findings = new ArrayList<>();
        String s = text.text();
        Matcher iso = ISO_DATE.matcher(s);
        while (iso.find()) {
            findings.add(new Finding(text.where(), "ISO 日期 " + iso.group(), around(s, iso.start(), iso.end())));
        }
        String lower = s.toLowerCase(Locale.ROOT);
        forbidden.forEach((avoid, word) -> {
            int at = lower.indexOf(avoid.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                findings.add(new Finding(text.where(), "内部用语“" + avoid + "”（应作“" + word + "”）",
                        around(s, at, at + avoid.length())));
            }
        });
        for (String kind : kindCodes) {
            int at = lower.indexOf(kind);
            if (at >= 0 && kind.contains("-")) {
                findings.add(new Finding(text.where(), "文档类别代码 " + kind, around(s, at, at + kind.length())));
            }
        }
        String words = NOT_WORDS.matcher(ISO_DATE.matcher(s).replaceAll(" ")).replaceAll(" ");
        Matcher word = WORD.matcher(words);
        while (word.find()) {
            String w = word.group();
            if (!ALLOWED_WORDS.contains(w) && !ALLOWED_WORDS.contains(w.replaceAll("-$", ""))
                    && !TECHNICAL.contains(w)) {
                findings.add(new Finding(text.where(), "英文 " + w, around(words, word.start(), word.end())));
            }
        }
        return findings;
    }

    private static String around(String s, int start, int end) {
        return s.substring(Math.max(0, start - 12), Math.min(s.length(), end + 12)).replaceAll("\\s+", " ").strip();
    }
}
