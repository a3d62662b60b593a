package org.perfgrade.web;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in console user as Spring Security holds it: the role ({@code ROLE_CITY} …) and the county code. */
public class ConsoleUserDetails extends User {

    private final ConsoleRole role;
    private final String countyCode;

    public ConsoleUserDetails(ConsoleUser user, boolean locked) {
        super(user.username(), user.passwordHash(), true, true, true, !locked,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        this.role = user.role();
        this.countyCode = user.countyCode();
    }

    public ConsoleRole role() {
        return role;
    }

    /** The county of a county user, null for the others. */
    public String countyCode() {
        return countyCode;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
