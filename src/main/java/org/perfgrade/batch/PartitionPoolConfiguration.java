package org.perfgrade.batch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The machine's one {@link PartitionPool}, shared by the import's county partitions and the rendering partitions. */
@Configuration(proxyBeanMethods = false)
class PartitionPoolConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PartitionPool partitionPool(PartitionProperties properties) {
        return new PartitionPool(properties);
    }
}
