package org.parindex.app.persistence;

import org.parindex.app.support.Database;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class FeedsOnH2Test extends FeedsPersistenceContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }
}
