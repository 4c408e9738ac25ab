package org.parindex.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.BundleFixture;
import org.parindex.core.framework.Framework;
import org.parindex.core.problem.Problems;

/** What the writers write reads back to the same framework and bundle. */
class WritersTest {

    /** Every key a framework can hold, names that need quoting, and every rule. */
    static final String RICH = """
            format: parindex/framework@1
            id: rich-2024
            name: "Bộ chỉ số: 'minh họa' # 2024"
            issuedBy: Quyết định 1325/QĐ-UBND
            demo: true
            aggregation: weighted
            capAt100: false
            decimals: 1
            bands:
              - { code: tot, name: Tốt, min: 79.5 }
              - { code: yeu, name: Yếu, min: 0 }
            nodes:
              - code: "1"
                name: "1: Chỉ đạo"
                weight: 2
                description: |
                  Hai dòng
                  mô tả.
                children:
                  - { code: "1.1", name: yes, max: 1, rule: { type: yesno }, evidence: required, unitGroups: [town, commune] }
                  - { code: "1.2", name: "-", max: 2.5, rule: { type: manual, step: 0.5 }, notApplicable: full }
                  - { code: "1.3", name: Tỷ lệ, max: 2, source: "indicator:online-rate", rule: { type: tiers, tiers: [ { atMost: 1, points: 2 }, { atMost: 5, points: 1 } ] } }
                  - { code: "1.4", name: Giải ngân, max: 2, notApplicable: exclude, rule: { type: linear, from: 100, to: 0.5 } }
              - code: "2"
                name: Phản hồi
                weight: 1
                max: 3
                children:
                  - { code: "2.1", name: Khảo sát, max: 3, source: "survey:sipas", evidence: none, rule: { type: choice, options: [ { code: "1", label: "Một, hai", points: 3 }, { code: b, label: "", points: 0 } ] } }
              - code: B
                name: Thưởng
                kind: bonus
                max: 2
                children:
                  - { code: B.1, name: Sáng kiến, max: 1.5, kind: bonus }
                  - { code: B.2, name: Giải pháp, max: 1.5 }
              - { code: D, name: Trễ hạn, kind: deduction, max: 1, rule: { type: count, perOccurrence: 0.25 } }
            """;

    @TempDir
    Path dir;

    private static Framework parse(String text) {
        Problems problems = new Problems();
        Framework framework = FrameworkReader.parse(text, "fw.yaml", problems);
        assertThat(problems.list()).isEmpty();
        return framework;
    }

    @Test
    void aFrameworkReadsBackTheSame() {
        Framework framework = parse(RICH);
        String written = FrameworkWriter.write(framework);
        assertThat(WithoutLines.of(parse(written))).isEqualTo(WithoutLines.of(framework));
    }

    @Test
    void theFrameworkFileIsReadable() {
        String written = FrameworkWriter.write(parse(BundleFixture.FRAMEWORK));
        assertThat(written).startsWith("""
                format: parindex/framework@1
                id: test
                name: Bộ chỉ số thử
                aggregation: points
                capAt100: true
                decimals: 2
                bands:
                  - {code: tot, name: Tốt, min: 80}
                """).contains("""
                nodes:
                  - code: '1'
                    name: Chỉ đạo
                    children:
                      - code: '1.1'
                        name: Kế hoạch
                        max: 1
                        rule: {type: yesno}
                """).contains("    rule: {type: count, perOccurrence: 0.25}\n");
    }

    @Test
    void aBundleReadsBackTheSame() {
        Bundle bundle = BundleFixture.valid()
                .file("bundle.yaml", BundleFixture.BUNDLE + "    announced: 2024-01-15\n    to: 2023-11-30\n")
                .file("scores.csv", "unit,node,value,note,stage,evidence\na,1.1,yes,\"có, đủ\",self,\"a.pdf\"\n"
                        + "a,1.1,no,,final,\nb,2.2,NA,Không phát sinh,final,\n")
                .readFrom(dir.resolve("in"));
        BundleWriter.write(bundle, dir.resolve("out"));
        Bundle again = BundleReader.read(dir.resolve("out"));
        assertThat(WithoutLines.of(again)).isEqualTo(WithoutLines.of(bundle));
        assertThat(again.periods().get(0).to()).hasToString("2023-11-30");
    }

    @Test
    void bundleYamlHoldsOnlyWhatWasGiven() throws IOException {
        Bundle bundle = BundleFixture.valid().readFrom(dir.resolve("in"));
        BundleWriter.write(bundle, dir.resolve("out"));
        assertThat(Files.readString(dir.resolve("out/bundle.yaml"))).isEqualTo("""
                format: parindex/bundle@1
                title: Chỉ số CCHC thử
                assessor: Hội đồng thử
                units: units.csv
                periods:
                  - code: '2023'
                    name: Năm 2023
                    framework: fw.yaml
                    scores: scores.csv
                """);
    }

    @Test
    void periodsSharingAFrameworkWriteItOnce() throws IOException {
        String second = """
                  - code: 2024-H1
                    name: 6 tháng đầu năm 2024
                    framework: fw.yaml
                    scores: scores/2024-H1.csv
                    announced: 2024-08-01
                """;
        Bundle bundle = BundleFixture.valid().file("bundle.yaml", BundleFixture.BUNDLE + second)
                .file("scores/2024-H1.csv", "unit,node,value\na,1.1,yes\n").readFrom(dir.resolve("in"));
        BundleWriter.write(bundle, dir.resolve("out"));
        try (var files = Files.walk(dir.resolve("out"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> dir.resolve("out").relativize(p).toString()))
                    .containsExactlyInAnyOrder("bundle.yaml", "units.csv", "fw.yaml", "scores.csv", "scores/2024-H1.csv");
        }
        assertThat(WithoutLines.of(BundleReader.read(dir.resolve("out")))).isEqualTo(WithoutLines.of(bundle));
    }

    @Test
    void aPathOutsideTheBundleIsRefused() {
        Bundle bundle = BundleFixture.valid().readFrom(dir.resolve("in"));
        var p = bundle.periods().get(0);
        Bundle escaping = new Bundle(bundle.title(), bundle.assessor(), false, bundle.units(), java.util.List.of(
                new org.parindex.core.bundle.Period(p.code(), p.name(), "../fw.yaml", p.framework(), p.scoresPath(),
                        p.rows(), null, p.from(), p.to())));
        assertThatThrownBy(() -> BundleWriter.write(escaping, dir.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../fw.yaml");
    }
}
