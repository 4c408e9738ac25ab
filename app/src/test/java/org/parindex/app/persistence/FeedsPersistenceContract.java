package org.parindex.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.app.bundles.BundleExport;
import org.parindex.app.bundles.BundleImport;
import org.parindex.app.indicators.ApiTokens;
import org.parindex.app.indicators.Observations;
import org.parindex.app.indicators.TokenScope;
import org.parindex.app.results.Results;
import org.parindex.app.surveys.SurveyRefused;
import org.parindex.app.surveys.Surveys;
import org.parindex.core.feeds.SurveyResponse;
import org.parindex.app.support.Database;
import org.parindex.app.support.TestBundles;
import org.parindex.core.analysis.Observation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Indicator observations, API tokens and survey data on H2 and PostgreSQL (the two subclasses): appended, never
 * changed; a bundle's indicator file is stored at import, feeds the results and is exported again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "parindex.demo=false")
abstract class FeedsPersistenceContract {

    @Autowired JdbcClient jdbc;
    @Autowired Observations observations;
    @Autowired ApiTokens tokens;
    @Autowired BundleImport bundles;
    @Autowired BundleExport export;
    @Autowired Results results;
    @Autowired Surveys surveys;
    @TempDir Path dir;

    @BeforeEach
    void empty() {
        Database.empty(jdbc);
    }

    private static Observation online(String date, String value) {
        return new Observation("hai-truong", "online-dossier-rate", LocalDate.parse(date), value, "Cổng DVC");
    }

    @Test
    void observationsAreAppendedReSendingIsANoOpAndAChangedValueKeepsTheOld() {
        String empty = observations.stamp();
        var first = observations.append("2023-H1", List.of(online("2023-03-31", "20"), online("2023-06-30", "30")), "a");
        String afterFirst = observations.stamp();
        var again = observations.append("2023-H1", List.of(online("2023-03-31", "20")), "a");
        assertThat(observations.stamp()).as("a no-op keeps the stamp").isEqualTo(afterFirst).isNotEqualTo(empty);
        var changed = observations.append("2023-H1", List.of(online("2023-06-30", "35")), "b");
        assertThat(observations.stamp()).isNotEqualTo(afterFirst);

        assertThat(first).isEqualTo(new Observations.Appended(2, 0));
        assertThat(again).isEqualTo(new Observations.Appended(0, 1));
        assertThat(changed).isEqualTo(new Observations.Appended(1, 0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator_observations WHERE period_code = '2023-H1'")
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(observations.of("2023-H1")).extracting(Observation::value).containsExactly("20", "35");
        assertThat(observations.of("2022")).isEmpty();
    }

    @Test
    void tokensKeepOnlyTheirHashAndStayRevoked() {
        ApiTokens.Created created = tokens.create("Kho bạc", TokenScope.INDICATORS, "admin");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE token_hash = :s").param("s", created.secret())
                .query(Integer.class).single()).isZero();
        assertThat(tokens.bySecret(created.secret())).map(t -> t.name()).contains("Kho bạc");
        tokens.revoke(created.token().id(), "admin");
        assertThat(tokens.bySecret(created.secret()).orElseThrow().revoked()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action LIKE 'token.%'").query(Integer.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aBundlesIndicatorFileIsStoredFeedsItsItemsAndIsExportedAgain() throws IOException {
        Path small = TestBundles.small(dir.resolve("in"));
        bundles.apply(bundles.prepare(small), "test");
        double before = index("hai-truong");
        Files.createDirectories(small.resolve("indicators"));
        Files.writeString(small.resolve("indicators/2023-H1.csv"), """
                unit,indicator,date,value,source
                hai-truong,online-dossier-rate,2023-03-31,45,Cổng DVC
                hai-truong,online-dossier-rate,2023-06-30,50,Cổng DVC
                """);
        bundles.apply(bundles.prepare(small), "test");

        assertThat(observations.of("2023-H1")).hasSize(2);
        assertThat(index("hai-truong")).isCloseTo(before + 1.2, org.assertj.core.data.Offset.offset(1e-9));   // 7.1: 20 % → 50 %, 0.8 → 2 points
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        export.write(List.of("2023-H1"), zip);
        assertThat(zip.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).contains("indicators/2023-H1.csv");
    }

    @Test
    void aSurveyItsResponsesAndItsOneTimeCodesAreStoredAndACodeIsSpentOnce() {
        Path small = TestBundles.small(dir.resolve("survey"));
        bundles.apply(bundles.prepare(small), "test");
        surveys.imported("2023-H1", SURVEY, List.of(new SurveyResponse("hai-truong", new int[] {5, 2}),
                new SurveyResponse("hai-an", new int[] {0, 4})), "test");
        assertThat(surveys.definition("2023-H1").orElseThrow().survey().questions()).hasSize(2);
        assertThat(surveys.responses("2023-H1", surveys.definition("2023-H1").orElseThrow().survey()))
                .containsExactly(new SurveyResponse("hai-truong", new int[] {5, 2}),
                        new SurveyResponse("hai-an", new int[] {0, 4}));
        assertThat(surveys.satisfaction("2023-H1").get("hai-truong").overall().percent()).isEqualTo(50.0);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try {
            export.write(List.of("2023-H1"), zip);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(zip.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).contains("surveys/2023-H1.yaml",
                "surveys/2023-H1.csv");

        jdbc.sql("UPDATE periods SET status = 'APPRAISAL_1' WHERE code = '2023-H1'").update();
        String code = surveys.issueCodes("2023-H1", "hai-truong", 1, "admin").get(0);
        surveys.answer("2023-H1", "hai-truong", code, java.util.Map.of("a1", "4"));
        assertThatThrownBy(() -> surveys.answer("2023-H1", "hai-truong", code, java.util.Map.of("a1", "1")))
                .isInstanceOf(SurveyRefused.class);
        assertThat(surveys.count("2023-H1")).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_codes WHERE used_at IS NOT NULL").query(Integer.class)
                .single()).isEqualTo(1);
    }

    static final String SURVEY = """
            format: parindex/survey@1
            title: Khảo sát
            minResponses: 1
            scales:
              - { code: s, labels: [Không hài lòng, Bình thường, Hài lòng, Rất hài lòng, Tuyệt vời], satisfiedFrom: 4 }
            factors:
              - code: access
                questions: [ { code: a1, text: Dễ tìm thông tin } ]
              - code: results
                questions: [ { code: r1, text: Đúng hẹn } ]
            """;

    private double index(String unit) {
        return results.ranking("2023-H1").orElseThrow().rows().stream().filter(r -> r.unit().equals(unit))
                .findFirst().orElseThrow().index();
    }
}
