package org.parindex.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is plain Java: no framework, no servlet, no database (see also the enforcer rule in core/pom.xml). */
@AnalyzeClasses(packages = "org.parindex.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIsPlainJavaTest {

    @ArchTest
    static final ArchRule noFrameworkServletOrDatabase = noClasses().that().resideInAPackage("org.parindex.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "javax.servlet..", "java.sql..");
}
