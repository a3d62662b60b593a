package org.perfgrade.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

class IngestLimitsTests {

    @Test
    void bindsTheSectionOfApplicationYmlToTheDefaults() throws IOException {
        // given config/application.yml
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new FileSystemResource(Path.of("config/application.yml")))
                .forEach(environment.getPropertySources()::addLast);
        // when perfgrade.ingest is bound
        IngestLimits limits = new Binder(ConfigurationPropertySources.get(environment))
                .bind("perfgrade.ingest", IngestLimits.class).get();
        // then it holds the documented defaults
        assertThat(limits).isEqualTo(IngestLimits.defaults());
        assertThat(limits.maxFileBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(limits.maxUncompressedBytes()).isEqualTo(2L * 1024 * 1024 * 1024);
    }

    @Test
    void fallsBackToTheDefaultsForKeysLeftOutAndRefusesNonsense() {
        // given only max-rows set
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("perfgrade.ingest.max-rows", "5000")));
        // when bound, then the other limits keep their defaults
        assertThat(binder.bindOrCreate("perfgrade.ingest", IngestLimits.class))
                .isEqualTo(IngestLimits.defaults().withMaxRows(5000));
        // and a zero limit is refused
        assertThatThrownBy(() -> IngestLimits.defaults().withMaxRows(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
