package org.parindex.app.periods;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves a period's status change and publishes its event in the same transaction (results listen to it). */
@Service
public class PeriodStages {

    private final Periods periods;
    private final ApplicationEventPublisher events;

    PeriodStages(Periods periods, ApplicationEventPublisher events) {
        this.periods = periods;
        this.events = events;
    }

    @Transactional
    public Period apply(Period.StatusChange change) {
        periods.save(change.period());
        events.publishEvent(change.event());
        return periods.find(change.period().code()).orElseThrow();
    }
}
