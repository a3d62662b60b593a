package org.perfgrade.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * 控制台安全设置: form sign-in at {@code /login} (Chinese page), CSRF on, sign-out at {@code /logout};
 * {@code /actuator/health} and the sign-in page are open, everything else needs a signed-in user. A locked account
 * is sent back to {@code /login?locked}, other failures to {@code /login?error}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return ConsoleUsers.passwordEncoder();
    }

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/actuator/health", "/actuator/health/**", "/error", "/console.css")
                        .permitAll()
                        .requestMatchers("/audit", "/jobs", "/jobs/**").hasRole(ConsoleRole.CITY.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + (exception instanceof LockedException
                                        ? "/login?locked" : "/login?error"))))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }
}
