package org.perfgrade.web;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Reads console users from {@code console_user} for Spring Security. A user whose lock has not expired comes back
 * locked, so that even the right password is refused until then. (Being a bean in every context, it also keeps
 * Spring Boot from making a default in-memory user.)
 */
@Service
public class ConsoleUserDetailsService implements UserDetailsService {

    private final ConsoleUsers users;

    public ConsoleUserDetailsService(ConsoleUsers users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username)
                .map(u -> new ConsoleUserDetails(u, u.lockedAt(users.now())))
                .orElseThrow(() -> new UsernameNotFoundException("无此用户"));
    }
}
