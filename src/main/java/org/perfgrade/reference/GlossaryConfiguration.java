package org.perfgrade.reference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the glossary (用语表) once at start-up, from the same config search path as the reference data, so that a
 * malformed {@code glossary.yml} stops the start with its file and line.
 */
@Configuration(proxyBeanMethods = false)
public class GlossaryConfiguration {

    @Bean
    Glossary glossary(ConfigFiles files) {
        return new GlossaryReader(files).read();
    }
}
