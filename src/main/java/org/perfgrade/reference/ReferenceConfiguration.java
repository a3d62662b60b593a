package org.perfgrade.reference;

import org.perfgrade.WorkspaceProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the reference data once at start-up (a malformed file stops the start with its file and line) and makes
 * it available to every stage.
 */
@Configuration(proxyBeanMethods = false)
public class ReferenceConfiguration {

    @Bean
    ConfigFiles configFiles(WorkspaceProperties workspace) {
        return ConfigFiles.standard(workspace.configDir());
    }

    @Bean
    ReferenceData referenceData(ConfigFiles files) {
        return new ReferenceDataReader(files).read();
    }
}
