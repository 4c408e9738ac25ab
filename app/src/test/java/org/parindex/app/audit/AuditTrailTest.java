package org.parindex.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parindex.app.support.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit module alone: entries are appended in order, found by item and filter, and never fail on length. */
@ApplicationModuleTest
class AuditTrailTest {

    @Autowired Audit audit;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void anItemsHistoryListsItsChangesOldestFirstAndNobodyElses() {
        audit.change("can-bo-hai-truong", "score.self", "2023-H1", "hai-truong", "7.3.1", null, "4.8", null);
        audit.change("appraiser", "score.round1", "2023-H1", "hai-truong", "7.3.1", "4.8", "5", "hồ sơ bổ sung");
        audit.change("appraiser", "score.round1", "2023-H1", "hai-phu", "7.3.1", null, "60", null);

        assertThat(audit.history("2023-H1", "hai-truong", "7.3.1")).extracting(ItemChange::actor, ItemChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("can-bo-hai-truong", "4.8"),
                        org.assertj.core.groups.Tuple.tuple("appraiser", "5"));
        assertThat(audit.filter("2023-H1", null, "7.3.1", "appraiser", 10)).extracting(ItemChange::unit)
                .containsExactly("hai-phu", "hai-truong");
        assertThat(audit.filter("2023-H1", "hai-truong", "", " ", 1)).hasSize(1);
    }

    @Test
    void anEntryWithoutActorIsTheSystemsAndAnOverlongDetailIsShortenedNotRefused() {
        long before = audit.count();
        audit.record(null, "late-submission", "2023-H1/hai-an", "x".repeat(10_000));

        assertThat(audit.count()).isEqualTo(before + 1);
        AuditEntry entry = audit.latest(1).get(0);
        assertThat(entry.actor()).isEqualTo("system");
        assertThat(entry.detail()).hasSize(4000).endsWith("...");
    }
}
