package org.parindex.app.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parindex.app.assessments.WorkflowFixture.ADMIN;
import static org.parindex.app.assessments.WorkflowFixture.APPRAISER;
import static org.parindex.app.assessments.WorkflowFixture.OFFICER;
import static org.parindex.app.assessments.WorkflowFixture.OTHER_OFFICER;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.parindex.app.assessments.internal.Sheets;
import org.parindex.app.assessments.policy.RefusedException;
import org.parindex.app.audit.Audit;
import org.parindex.app.audit.ItemChange;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.Periods;
import org.parindex.app.results.Results;
import org.parindex.app.scores.Scores;
import org.parindex.app.support.Database;
import org.parindex.core.bundle.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One period played through the services as the council and a commune would, with the refusals on the way. */
@SpringBootTest(properties = "parindex.demo=false")
@Import(WorkflowFixture.class)
class AssessmentScenarioTest {

    @Autowired WorkflowFixture fixture;
    @Autowired PeriodLifecycle lifecycle;
    @Autowired ScoreEntry entry;
    @Autowired SheetWorkflow sheets;
    @Autowired Sheets sheetRows;
    @Autowired Explanations explanations;
    @Autowired Periods periods;
    @Autowired Results results;
    @Autowired Audit audit;
    @Autowired Scores scoreRows;
    @Autowired Tasks tasks;
    @Autowired org.parindex.app.assessments.internal.PeriodContext context;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
        registry.add("parindex.evidence.dir", () -> System.getProperty("java.io.tmpdir") + "/parindex-scenario-evidence");
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final List<ItemInput> SELF_SCORES = List.of(new ItemInput("1.1", "yes", ""),
            new ItemInput("1.2", "5", ""), new ItemInput("2.1", "4", ""), new ItemInput("3.2", "12", ""),
            new ItemInput("4.1", "15", ""), new ItemInput("5.1", "3", ""), new ItemInput("7.2", "8", ""));

    @Test
    void aCommuneSubmitsTheCouncilAsksForAnExplanationAndPublishes() {
        fixture.open("2031", 7, true);
        lifecycle.advance(ADMIN, "2031", fixture.version("2031"));
        assertThat(stage("2031")).isEqualTo(PeriodStatus.SELF_ASSESSMENT);

        var saved = entry.save(OFFICER, "2031", "hai-truong", version("2031"), SELF_SCORES, null);
        assertThat(saved.changed()).isEqualTo(7);
        assertThat(saved.totals().points()).isEqualTo(48.0);
        refused(() -> sheets.submit(OFFICER, "2031", "hai-truong", version("2031")), "evidenceMissing");
        sheets.attach(OFFICER, "2031", "hai-truong", "1.1", "ke-hoach.pdf", PDF);
        sheets.submit(OFFICER, "2031", "hai-truong", version("2031"));
        refused(() -> save(OFFICER, "1.2", "6"), "submitted");
        sheets.withdraw(OFFICER, "2031", "hai-truong", version("2031"));
        save(OFFICER, "1.2", "6");
        sheets.submit(OFFICER, "2031", "hai-truong", version("2031"));
        refused(() -> save(OTHER_OFFICER, "1.2", "1"), "notYourUnit");
        refused(() -> save(OFFICER, "3.1", "99"), "submitted");

        lifecycle.advance(ADMIN, "2031", fixture.version("2031"));
        refused(() -> save(OFFICER, "1.2", "1"), "stage");
        entry.save(APPRAISER, "2031", "hai-truong", version("2031"), List.of(new ItemInput("1.2", "4", "Thiếu báo cáo quý"),
                new ItemInput("2.1", "3", "Một văn bản trễ hạn"), new ItemInput("3.1", "97", ""),
                new ItemInput("6.1", "80", ""), new ItemInput("7.1", "30", ""), new ItemInput("8.1", "25", "")), null);
        refused(() -> save(APPRAISER, "1.2", "7"), "invalidValue");
        explanations.ask(APPRAISER, "2031", "hai-truong", "3.2", "Đề nghị giải trình tỷ lệ hồ sơ một cửa");
        refused(() -> explanations.answer(OFFICER, explanations.of("2031", "hai-truong").get(0).id(), "x"), "stage");

        lifecycle.advance(ADMIN, "2031", fixture.version("2031"));
        long id = explanations.of("2031", "hai-truong").get(0).id();
        explanations.answer(OFFICER, id, "Đã bổ sung sổ theo dõi hồ sơ");
        sheets.attach(OFFICER, "2031", "hai-truong", "3.2", "so-theo-doi.pdf", PDF);
        refused(() -> sheets.attach(OFFICER, "2031", "hai-truong", "1.1", "khac.pdf", PDF), "notAsked");
        assertThat(explanations.unanswered("2031", "hai-truong")).isZero();

        lifecycle.advance(ADMIN, "2031", fixture.version("2031"));
        assertThat(stage("2031")).isEqualTo(PeriodStatus.APPRAISAL_2);
        refused(() -> explanations.ask(APPRAISER, "2031", "hai-truong", "3.2", "?"), "stage");
        save(APPRAISER, "3.2", "13");

        lifecycle.lock(ADMIN, "2031", fixture.version("2031"));
        refused(() -> save(APPRAISER, "3.2", "14"), "locked");
        var row = results.ranking("2031").orElseThrow().rows().stream().filter(r -> r.unit().equals("hai-truong"))
                .findFirst().orElseThrow();
        // 1.1 1 + 1.2 4 + 2.1 3 + 3.1 4 + 3.2 13 + 4.1 15 + 5.1 3 + 6.1 4 + 7.1 1.2 + 7.2 8 + 8.1 25
        assertThat(row.points()).isCloseTo(81.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(entry.totals("2031", "hai-truong", Stage.FINAL).points()).isCloseTo(81.2,
                org.assertj.core.data.Offset.offset(1e-9));

        refused(() -> lifecycle.publish(ADMIN, "2031", fixture.version("2031")), "leaveOutReasonRequired");
        assertThat(lifecycle.publish(ADMIN, "2031", fixture.version("2031"), true,
                "Ba xã chưa tham gia kỳ thử nghiệm")).isEqualTo(1);
        refused(() -> save(ADMIN, "3.2", "14"), "published");
        refused(() -> lifecycle.reopen(ADMIN, "2031", fixture.version("2031"), " "), "reasonRequired");
        assertThat(lifecycle.reopen(ADMIN, "2031", fixture.version("2031"), "Sai điểm tiêu chí 3.2"))
                .isEqualTo(PeriodStatus.APPRAISAL_2);
        save(ADMIN, "3.2", "14");
        lifecycle.lock(ADMIN, "2031", fixture.version("2031"));
        assertThat(lifecycle.publish(ADMIN, "2031", fixture.version("2031"), true,
                "Ba xã chưa tham gia kỳ thử nghiệm")).isEqualTo(2);
        List<PublishedVersion> versions = lifecycle.publishedVersions("2031");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).reopenReason()).isEqualTo("Sai điểm tiêu chí 3.2");
        assertThat(versions.get(0).rankingCsv()).contains("hai-truong,81.2");
        assertThat(versions.get(1).rankingCsv()).contains("hai-truong,82.2");

        List<ItemChange> history = audit.history("2031", "hai-truong", "1.2");
        assertThat(history).extracting(ItemChange::action, ItemChange::oldValue, ItemChange::newValue).contains(
                org.assertj.core.groups.Tuple.tuple("score.self", null, "5"),
                org.assertj.core.groups.Tuple.tuple("score.self", "5", "6"),
                org.assertj.core.groups.Tuple.tuple("score.appraisal1", null, "4"),
                org.assertj.core.groups.Tuple.tuple("score.final", null, "4"));
    }

    @Test
    void anOfficerCannotEditAfterTheDeadlineUnlessTheUnitIsGrantedAnExtension() {
        fixture.open("2032", -1, false);
        lifecycle.advance(ADMIN, "2032", fixture.version("2032"));
        refused(() -> entry.save(OFFICER, "2032", "hai-truong", version("2032"), SELF_SCORES, null), "deadline");
        refused(() -> lifecycle.extend(ADMIN, "2032", "hai-truong", java.time.LocalDate.now().plusDays(3), ""),
                "reasonRequired");
        refused(() -> lifecycle.extend(APPRAISER, "2032", "hai-truong", java.time.LocalDate.now().plusDays(3), "x"),
                "role");
        lifecycle.extend(ADMIN, "2032", "hai-truong", java.time.LocalDate.now().plusDays(3), "Mất điện kéo dài");
        entry.save(OFFICER, "2032", "hai-truong", version("2032"), SELF_SCORES, null);
        sheets.attach(OFFICER, "2032", "hai-truong", "1.1", "ke-hoach.pdf", PDF);
        sheets.submit(OFFICER, "2032", "hai-truong", version("2032"));
        assertThat(sheetRows.find("2032", "hai-truong").orElseThrow().late()).isTrue();
        refused(() -> entry.save(OTHER_OFFICER, "2032", "hai-an", version2("2032", "hai-an"), SELF_SCORES, null),
                "deadline");
        assertThat(audit.filter("2032", "hai-truong", null, "admin", 10)).extracting(ItemChange::reason)
                .contains("Mất điện kéo dài");
    }

    @Test
    void aLateSubmissionAppliesTheFrameworksLateDeductionAsTheSystem() {
        List<ItemInput> scores = List.of(new ItemInput("1.1", "4", ""), new ItemInput("1.2", "NA", "Không phát sinh"),
                new ItemInput("1.3", "yes", ""), new ItemInput("1.4", "NA", ""));
        fixture.openWith("2036", "/frameworks/late-and-na.yaml", 5);
        lifecycle.advance(ADMIN, "2036", fixture.version("2036"));
        entry.save(OFFICER, "2036", "hai-truong", version("2036"), scores, null);
        sheets.submit(OFFICER, "2036", "hai-truong", version("2036"));
        assertThat(audit.history("2036", "hai-truong", "D.1")).isEmpty();

        fixture.openWith("2035", "/frameworks/late-and-na.yaml", -1);
        lifecycle.advance(ADMIN, "2035", fixture.version("2035"));
        lifecycle.extend(ADMIN, "2035", "hai-truong", java.time.LocalDate.now().plusDays(3), "Mất điện kéo dài");
        var saved = entry.save(OFFICER, "2035", "hai-truong", version("2035"), scores, null);
        assertThat(saved.totals().points()).isEqualTo(4 + 3 + 2);
        sheets.submit(OFFICER, "2035", "hai-truong", version("2035"));

        assertThat(value("2035", "D.1")).isEqualTo("1");
        assertThat(value("2035", "D.2")).isEqualTo("yes");
        assertThat(value("2035", "D.3")).isEqualTo("0.25");
        assertThat(value("2035", "D.4")).isNull();
        assertThat(audit.history("2035", "hai-truong", "D.1"))
                .extracting(ItemChange::actor, ItemChange::oldValue, ItemChange::newValue, ItemChange::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("system", null, "1", "nộp muộn"));
        assertThat(entry.totals("2035", "hai-truong", Stage.SELF).points()).isEqualTo(9 - 0.5 - 0.5 - 0.25);

        sheets.withdraw(OFFICER, "2035", "hai-truong", version("2035"));
        sheets.submit(OFFICER, "2035", "hai-truong", version("2035"));
        assertThat(value("2035", "D.1")).isEqualTo("2");
        assertThat(audit.history("2035", "hai-truong", "D.2")).hasSize(1);
        assertThat(entry.totals("2035", "hai-truong", Stage.SELF).points()).isEqualTo(9 - 1 - 0.5 - 0.25);
    }

    @Test
    void theCouncilsTaskAndTheQueueCountOnlyWhatIsStillOpen() {
        fixture.open("2037", 7, false);
        lifecycle.advance(ADMIN, "2037", fixture.version("2037"));
        entry.save(OFFICER, "2037", "hai-truong", version("2037"), SELF_SCORES, null);
        assertThat(tasks.of(APPRAISER)).noneMatch(t -> t.key().equals("work.appraise"));
        lifecycle.advance(ADMIN, "2037", fixture.version("2037"));
        assertThat(appraise("2037")).isEqualTo(4);
        var p = periods.find("2037").orElseThrow();
        var framework = context.framework(p);
        List<ItemInput> all = framework.leaves("commune").stream()
                .filter(n -> n.kind() == org.parindex.core.framework.NodeKind.SCORED)
                .map(n -> new ItemInput(n.code(), n.rule() instanceof org.parindex.core.framework.Rule.YesNo ? "yes" : "1", ""))
                .toList();
        assertThat(open(p, "hai-truong")).isEqualTo(all.size());
        entry.save(APPRAISER, "2037", "hai-truong", version("2037"), all, null);
        assertThat(open(p, "hai-truong")).isZero();
        assertThat(appraise("2037")).isEqualTo(3);
        assertThat(open(p, "hai-an")).isEqualTo(all.size());
        lifecycle.advance(ADMIN, "2037", fixture.version("2037"));
        lifecycle.lock(ADMIN, "2037", fixture.version("2037"));
        assertThat(open(periods.find("2037").orElseThrow(), "hai-an")).isZero();
    }

    private int open(org.parindex.app.periods.Period p, String unit) {
        return org.parindex.app.assessments.internal.OpenItems.count(p, context.framework(p),
                context.unit(p, unit).group(), scoreRows.ofUnit(p.code(), unit));
    }

    private Object appraise(String period) {
        return tasks.of(APPRAISER).stream().filter(t -> t.key().equals("work.appraise")
                        && t.args().get(1).equals("Năm " + period)).map(t -> t.args().get(0))
                .map(n -> ((Number) n).intValue()).findFirst().orElse(0);
    }

    private String value(String period, String node) {
        return scoreRows.ofUnit(period, "hai-truong").stream().filter(r -> r.node().equals(node))
                .map(org.parindex.core.bundle.ScoreRow::value).findFirst().orElse(null);
    }

    @Test
    void aPeriodWithoutRoundTwoLocksAfterTheExplanations() {
        fixture.open("2033", 7, false);
        for (int i = 0; i < 3; i++) {
            lifecycle.advance(ADMIN, "2033", fixture.version("2033"));
        }
        assertThat(stage("2033")).isEqualTo(PeriodStatus.EXPLANATIONS);
        refused(() -> lifecycle.advance(ADMIN, "2033", fixture.version("2033")), "stage");
        lifecycle.lock(ADMIN, "2033", fixture.version("2033"));
        assertThat(stage("2033")).isEqualTo(PeriodStatus.LOCKED);
    }

    @Test
    void aStaleSaveIsRefusedAndChangesNothing() {
        fixture.open("2034", 7, false);
        lifecycle.advance(ADMIN, "2034", fixture.version("2034"));
        int read = version("2034");
        entry.save(OFFICER, "2034", "hai-truong", read, List.of(new ItemInput("1.2", "5", "")), null);
        assertThatThrownBy(() -> entry.save(OFFICER, "2034", "hai-truong", read,
                List.of(new ItemInput("2.1", "3", "")), null)).isInstanceOf(StaleSheetException.class);
        assertThat(audit.history("2034", "hai-truong", "2.1")).isEmpty();
    }

    private PeriodStatus stage(String code) {
        return periods.find(code).orElseThrow().status();
    }

    private int version(String period) {
        return version2(period, "hai-truong");
    }

    private int version2(String period, String unit) {
        return sheetRows.get(period, unit).version();
    }

    private void save(org.parindex.app.accounts.Viewer who, String node, String value) {
        String unit = "hai-truong";
        entry.save(who, "2031", unit, version2("2031", unit), List.of(new ItemInput(node, value, "")), null);
    }

    private static void refused(ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.decision().reason()).isEqualTo("workflow.refused." + reason));
    }
}
