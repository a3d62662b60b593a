package org.perfgrade.report;

import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceData;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the emergency-reduction measures once at start-up, from the same config search path as the reference data,
 * so that a malformed {@code emergency-measures.yml} stops the start with its file and line.
 */
@Configuration(proxyBeanMethods = false)
public class EmergencyMeasuresConfiguration {

    @Bean
    EmergencyMeasures emergencyMeasures(ConfigFiles files, ReferenceData reference) {
        return new EmergencyMeasuresReader(files, reference).read();
    }
}
