package org.parindex.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The app's modules (top-level packages) only use each other's APIs and have no cycles. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ParIndexApplication.class);

    @Test
    void verifiesModularStructure() {
        MODULES.verify();
    }

    /** The module diagram (C4 PlantUML) kept in docs/modules, next to docs/architecture.md. */
    @Test
    void writesDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
