package org.parindex.app.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.app.support.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The units module alone (with the audit it writes to): a merger retires, forms and audits in one step. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class UnitAdministrationTest {

    @Autowired UnitAdministration administration;
    @Autowired Units units;
    @Autowired JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void aMergerRetiresTheMergedUnitsTheDayBeforeAndFormsOneWithTheirLineage() {
        units.add(new Unit("hai-tho", "Xã Hải Thọ", "commune", null, null, List.of(), 0));
        units.add(new Unit("hai-lang", "Thị trấn Hải Lăng", "town", null, null, List.of(), 0));

        Unit formed = administration.merge("admin", List.of("hai-tho", "hai-lang"), "dien-sanh",
                "Thị trấn Diên Sanh", "town", LocalDate.of(2020, 1, 1));

        assertThat(formed.predecessors()).containsExactly("hai-tho", "hai-lang");
        assertThat(units.find("hai-lang").orElseThrow().validTo()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(jdbc.sql("SELECT detail FROM audit_entries WHERE action = 'unit.merge'").query(String.class)
                .single()).isEqualTo("hai-tho;hai-lang");
    }

    @Test
    void aMergerOfOneUnitOrIntoAnExistingCodeIsRefusedAndChangesNothing() {
        units.add(new Unit("hai-an", "Xã Hải An", "commune", null, null, List.of(), 0));
        units.add(new Unit("hai-ba", "Xã Hải Ba", "commune", null, null, List.of(), 0));

        assertThatThrownBy(() -> administration.merge("admin", List.of("hai-an"), "moi", "Mới", "commune",
                LocalDate.of(2030, 1, 1))).isInstanceOf(UnitChangeRefused.class).hasMessageContaining("two units");
        assertThatThrownBy(() -> administration.merge("admin", List.of("hai-an", "hai-ba"), "hai-ba", "Mới",
                "commune", LocalDate.of(2030, 1, 1))).isInstanceOf(UnitChangeRefused.class)
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> administration.retire("admin", "hai-an", null, 0))
                .isInstanceOf(UnitChangeRefused.class);
        assertThat(units.find("hai-an").orElseThrow().validTo()).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE subject IN ('moi', 'hai-ba', 'hai-an')")
                .query(Long.class).single()).isZero();
    }
}
