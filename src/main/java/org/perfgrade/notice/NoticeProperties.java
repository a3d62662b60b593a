package org.perfgrade.notice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 通报设置 ({@code perfgrade.notice}).
 *
 * @param firstNumber the lowest number each register (authority.yml {@code registers}) hands out in a year without
 *                    {@code --number}: the office numbers other documents by hand, so perfgrade starts above them
 *                    (e.g. 100)
 */
@ConfigurationProperties("perfgrade.notice")
public record NoticeProperties(@DefaultValue("1") int firstNumber) {
}
