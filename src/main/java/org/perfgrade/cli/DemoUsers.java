package org.perfgrade.cli;

import java.security.SecureRandom;
import java.util.List;

import org.perfgrade.reference.County;
import org.perfgrade.web.ConsoleRole;
import org.perfgrade.web.ConsoleUsers;

/**
 * 演示账户: the demo's console users — one of the city, one of the first county in 附件1 order, one of the province —
 * each with a fresh random password printed by {@code demo}, so that {@code perfgrade serve} can be tried at once.
 * There is no default password: a second run gives the same accounts new passwords. Real accounts are made with
 * {@code perfgrade user add}.
 */
final class DemoUsers {

    /** One demo account as printed (the password in clear, once). */
    record DemoUser(String username, String role, String county, String password) {
    }

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 16;

    private DemoUsers() {
    }

    /** The accounts as printed at the end of {@code demo}. */
    static List<String> lines(List<DemoUser> users) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("演示账户（perfgrade serve 后登录 http://localhost:8080/；每次运行 demo 都换新密码，正式账户请用 perfgrade user add）：");
        for (DemoUser u : users) {
            lines.add("    " + TextColumns.pad(u.username(), 16) + TextColumns.pad(u.role()
                    + (u.county() == null ? "" : "（" + u.county() + "）"), 26) + "密码 " + u.password());
        }
        return lines;
    }

    /** Creates the accounts, or renews their passwords when they exist. */
    static List<DemoUser> ensure(ConsoleUsers users, County county, SecureRandom random) {
        return List.of(
                ensure(users, "demo-city", ConsoleRole.CITY, null, random),
                ensure(users, "demo-county", ConsoleRole.COUNTY, county, random),
                ensure(users, "demo-province", ConsoleRole.PROVINCE, null, random));
    }

    private static DemoUser ensure(ConsoleUsers users, String name, ConsoleRole role, County county,
                                   SecureRandom random) {
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        if (users.find(name).isPresent()) {
            users.resetPassword(name, password);
        } else {
            users.add(name, password, role, county == null ? null : county.code());
        }
        return new DemoUser(name, role.title(), county == null ? null : county.name(), new String(password));
    }
}
