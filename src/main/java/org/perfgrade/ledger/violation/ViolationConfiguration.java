package org.perfgrade.ledger.violation;

import org.perfgrade.reference.ConfigException;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceData;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Reads the downgrade table ({@code violations.yml}) once at start-up, from the same config search path as the
 * reference data, so that a misspelt grade stops the start with its file and line. The rule's former
 * {@code from}/{@code to} settings in application.yml are refused with a pointer to the table rather than ignored.
 */
@Configuration(proxyBeanMethods = false)
public class ViolationConfiguration {

    private static final String FORMER = "perfgrade.grading.violation-downgrade.";

    @Bean
    DowngradeMapping downgradeMapping(ConfigFiles files, ReferenceData reference, Environment environment) {
        for (String key : new String[] { "from", "to", "from[0]" }) {
            if (environment.containsProperty(FORMER + key)) {
                throw new ConfigException("application.yml", 0, FORMER + key.replace("[0]", "")
                        + " 已不再使用：违法降级的级别对照改在 config/" + DowngradeMappingReader.FILE
                        + " 的 downgrade 中设置（如 A: C），请删除该设置");
            }
        }
        return new DowngradeMappingReader(files, reference).read();
    }
}
