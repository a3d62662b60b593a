package org.perfgrade.reference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Upserts the reference data into the (migrated) database at every start, before any command runs. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceDataStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataStartup.class);

    private final ReferenceData data;
    private final ReferenceDataRepository repository;

    ReferenceDataStartup(ReferenceData data, ReferenceDataRepository repository) {
        this.data = data;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        repository.synchronize(data);
        log.info("参考数据已载入：{} 个县区，{} 个重点行业，{} 条县区目标，{} 个工作阶段", data.counties().size(),
                data.industries().size(), data.targets().size(), data.calendar().stages().size());
    }
}
