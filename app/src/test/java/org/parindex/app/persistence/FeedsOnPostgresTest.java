package org.parindex.app.persistence;

import org.parindex.app.support.Database;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DirtiesContext   // closed after the class, while the embedded PostgreSQL runs (at exit, its pool would wait)
class FeedsOnPostgresTest extends FeedsPersistenceContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.postgres(registry);
    }
}
