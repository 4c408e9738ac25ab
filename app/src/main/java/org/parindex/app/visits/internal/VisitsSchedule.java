package org.parindex.app.visits.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the counter's periodic flush. */
@Configuration
@EnableScheduling
class VisitsSchedule { }
