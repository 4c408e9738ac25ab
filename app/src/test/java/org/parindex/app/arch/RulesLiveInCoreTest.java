package org.parindex.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.base.DescribedPredicate;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.history.BundleResults;

/**
 * Core computes, the app asks: the app scores only through the results module's gateway (the command line, which
 * scores bundle files, through core's BundleResults), and never decides validity by catching core's exceptions.
 */
@AnalyzeClasses(packages = "org.parindex.app", importOptions = ImportOption.DoNotIncludeTests.class)
class RulesLiveInCoreTest {

    static final String GATEWAY = "org.parindex.app.results.internal.PeriodScoring";

    @ArchTest
    static final ArchRule nothingButCoreTouchesTheEngine = noClasses().that().resideInAPackage("org.parindex.app..")
            .should().dependOnClassesThat().belongToAnyOf(Engine.class, ScoreSheet.class)
            .because("core's BundleResults binds and scores; the app goes through results.internal.PeriodScoring");

    @ArchTest
    static final ArchRule onlyTheResultsGatewayScores = noClasses().that().resideInAPackage("org.parindex.app..")
            .and().doNotHaveFullyQualifiedName(GATEWAY).and().resideOutsideOfPackage("org.parindex.app.cli..")
            .should().callMethodWhere(scoring())
            .because("results are computed once per change, by the results module's one scoring service");

    @ArchTest
    static final ArchRule noValidationByCatchingIllegalArgument = codeUnits().that()
            .areDeclaredInClassesThat().resideInAPackage("org.parindex.app..")
            .should(notCatch(IllegalArgumentException.class))
            .because("core says why a value is invalid (Node.check, Rule.check); refusals are typed exceptions");

    @ArchTest
    static final ArchRule resultsReadScoreRowsNotTheWorkflow = noClasses().that()
            .resideInAPackage("org.parindex.app.results..").should().dependOnClassesThat()
            .resideInAPackage("org.parindex.app.assessments..")
            .because("results read the score rows module; the workflow asks results, not the other way round");

    private static DescribedPredicate<JavaCall<?>> scoring() {
        return DescribedPredicate.describe("BundleResults scores a period or a bundle", call ->
                call.getTargetOwner().isEquivalentTo(BundleResults.class)
                        && (call.getName().equals("score") || call.getName().equals("of")));
    }

    private static ArchCondition<JavaCodeUnit> notCatch(Class<? extends Throwable> type) {
        return new ArchCondition<>("not catch " + type.getSimpleName()) {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                unit.getTryCatchBlocks().forEach(block -> block.getCaughtThrowables().stream()
                        .filter(t -> t.isEquivalentTo(type))
                        .forEach(t -> events.add(SimpleConditionEvent.violated(unit,
                                unit.getFullName() + " catches " + type.getSimpleName() + " at "
                                        + block.getSourceCodeLocation()))));
            }
        };
    }
}
