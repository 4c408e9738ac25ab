package org.parindex.app.assessments.internal;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deadlines are days in the assessor's time zone (Vietnam by default): a deadline's whole day counts. */
@Configuration(proxyBeanMethods = false)
class WorkflowConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(ZoneSetting setting) {
        return Clock.system(setting.zone());
    }
}
