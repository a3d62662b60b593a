package org.perfgrade.web;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * 登录事件: counts failed sign-ins (locking the account after {@link ConsoleProperties#maxFailedSignIns()} for
 * {@link ConsoleProperties#lockMinutes()}), clears the count on success, and writes every sign-in, failure and lock
 * to the audit log.
 */
@Component
class SignInEvents {

    private final ConsoleUsers users;
    private final AuditLog audit;
    private final ConsoleProperties properties;

    SignInEvents(ConsoleUsers users, AuditLog audit, ConsoleProperties properties) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        users.recordSuccess(authentication.getName());
        audit.record(authentication.getName(), AuditAction.SIGN_IN, null, remote(authentication));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        String name = authentication.getName();
        String remote = remote(authentication);
        if (event instanceof AuthenticationFailureLockedEvent) {
            audit.record(name, AuditAction.SIGN_IN_FAILED, "账户已锁定", remote);
            return;
        }
        audit.record(name, AuditAction.SIGN_IN_FAILED, "用户名或密码错误", remote);
        if (users.recordFailure(name, properties.maxFailedSignIns(), properties.lockMinutes())) {
            audit.record(name, AuditAction.LOCKED, "连续 " + properties.maxFailedSignIns() + " 次登录失败，锁定 "
                    + properties.lockMinutes() + " 分钟", remote);
        }
    }

    private static String remote(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
