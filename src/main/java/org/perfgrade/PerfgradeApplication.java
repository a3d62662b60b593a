package org.perfgrade;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring application behind every perfgrade command. It is started by {@code org.perfgrade.cli.PerfgradeMain}
 * for the commands that need the database; {@code --help} and usage errors never start it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PerfgradeApplication {
}
