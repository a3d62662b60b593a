package org.perfgrade.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 控制台设置 ({@code perfgrade.web}): the sign-in lock-out.
 *
 * @param maxFailedSignIns consecutive failed sign-ins that lock an account
 * @param lockMinutes      how long a locked account is refused
 */
@ConfigurationProperties("perfgrade.web")
public record ConsoleProperties(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15") int lockMinutes) {
}
