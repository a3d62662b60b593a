package org.perfgrade;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every stage reads "now" from, in the business zone, so that tests can fix it. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(WorkspaceProperties workspace) {
        return Clock.system(workspace.zone());
    }
}
