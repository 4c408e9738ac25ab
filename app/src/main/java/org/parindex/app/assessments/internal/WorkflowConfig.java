package org.parindex.app.assessments.internal;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deadlines are days in the assessor's time zone (Vietnam by default): a deadline's whole day counts. */
@Configuration(proxyBeanMethods = false)
class WorkflowConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${parindex.zone:Asia/Ho_Chi_Minh}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
