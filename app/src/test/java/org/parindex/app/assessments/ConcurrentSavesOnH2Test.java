package org.parindex.app.assessments;

import org.parindex.app.support.Database;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ConcurrentSavesOnH2Test extends ConcurrentSavesContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }
}
