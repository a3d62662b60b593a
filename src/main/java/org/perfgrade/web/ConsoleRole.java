package org.perfgrade.web;

import java.util.Locale;
import java.util.Optional;

/**
 * 控制台角色: who a console user speaks for. The role decides which documents the user sees
 * ({@link DocumentAccess}) and for which counties the user may upload.
 */
public enum ConsoleRole {

    /** 市局（开封市攻坚办）: everything. */
    CITY("市局"),
    /** 县区: its own county only. */
    COUNTY("县区"),
    /** 省厅: the filing packages sent to the province. */
    PROVINCE("省厅");

    private final String title;

    ConsoleRole(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The role of a command-line word ({@code city}, {@code county}, {@code province}), any case. */
    public static Optional<ConsoleRole> of(String word) {
        if (word == null) {
            return Optional.empty();
        }
        for (ConsoleRole role : values()) {
            if (role.name().equals(word.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
