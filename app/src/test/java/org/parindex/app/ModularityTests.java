package org.parindex.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
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

    static final Path DIAGRAMS = Path.of("../docs/modules");

    /**
     * The module diagram (C4 PlantUML) kept in docs/modules, next to docs/architecture.md; its lines are put in a
     * stable order (the Documenter's varies from run to run) so that a build changes the files only when the
     * modules do.
     */
    @Test
    void writesDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        try (Stream<Path> files = Files.list(DIAGRAMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, stable(Files.readAllLines(file)));
            }
        }
    }

    /** Each run of declaration lines (components, relations) sorted; everything else as written. */
    static List<String> stable(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("Rel(") || t.startsWith("Component(") || t.startsWith("Container(")) {
                run.add(line);
                continue;
            }
            Collections.sort(run);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        Collections.sort(run);
        out.addAll(run);
        return out;
    }
}
