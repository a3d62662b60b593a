package org.perfgrade.notice;

import java.util.Map;
import java.util.Optional;

/**
 * 通报措辞: the wording of every notice kind as read from {@code notices.yml} — title, optional 主送机关 and the
 * sentences by key.
 */
public record NoticeTemplates(String location, Map<NoticeKind, Wording> kinds) {

    public NoticeTemplates {
        kinds = Map.copyOf(kinds);
    }

    /** The wording of one kind. */
    public Wording of(NoticeKind kind) {
        Wording wording = kinds.get(kind);
        if (wording == null) {
            throw new IllegalStateException(location + " 中没有通报种类“" + kind.code() + "”的措辞");
        }
        return wording;
    }

    /**
     * One kind's wording.
     *
     * @param addressees 主送机关 without the final colon; empty: take authority.yml's
     * @param issuerCode 发文机关代字 of the kind's numbers (e.g. 汴环攻坚办函 for letters); empty: authority.yml's
     *                   shortCode. The register (year and number) is shared by all kinds either way.
     */
    public record Wording(String title, Optional<String> addressees, Optional<String> issuerCode,
                          Map<String, NoticeTemplate> sentences) {

        public Wording {
            sentences = Map.copyOf(sentences);
        }

        /** The number with this kind's issuer code, when it has its own. */
        public DocumentNumber numbered(DocumentNumber number) {
            return issuerCode.map(code -> new DocumentNumber(code, number.year(), number.number())).orElse(number);
        }

        /** A sentence by key (the reader guarantees every key of {@link RequiredSentences} is present). */
        public NoticeTemplate sentence(String key) {
            NoticeTemplate t = sentences.get(key);
            if (t == null) {
                throw new IllegalStateException("通报措辞缺少“" + key + "”");
            }
            return t;
        }

        /** A sentence filled with the values. */
        public String fill(String key, Map<String, String> values) {
            return sentence(key).fill(values);
        }

        /** Whether the sentence's {@code when:} holds when exactly {@code facts} are true. */
        public boolean holds(String key, java.util.Set<String> facts) {
            return sentence(key).when().holds(facts);
        }

        /** A sentence without placeholders. */
        public String text(String key) {
            return sentence(key).fill(Map.of());
        }
    }
}
