package org.parindex.app.shared;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts a module's writes once their transaction has ended, for a kept copy to tell it is out of date even when
 * rows commit out of the order of their ids (which a look at the last id alone would miss).
 */
public final class CommitCounter {

    private final AtomicLong count = new AtomicLong();

    /** Call where rows are written: the count grows when the transaction ends (at once outside one). */
    public void wrote() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    count.incrementAndGet();
                }
            });
        } else {
            count.incrementAndGet();
        }
    }

    public long value() {
        return count.get();
    }
}
