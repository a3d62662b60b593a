package org.perfgrade.notice;

import org.perfgrade.reference.ConfigFiles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the notice wording once at start-up, from the same config search path as the reference data, so that a
 * malformed {@code notices.yml} stops the start with its file and line.
 */
@Configuration(proxyBeanMethods = false)
public class NoticeTemplatesConfiguration {

    @Bean
    NoticeTemplates noticeTemplates(ConfigFiles files) {
        return new NoticeTemplatesReader(files).read();
    }
}
