package org.parindex.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.core.bundle.BundleFixture.BUNDLE;
import static org.parindex.core.bundle.BundleFixture.FRAMEWORK;
import static org.parindex.core.bundle.BundleFixture.UNITS;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.bundle.BundleFixture;
import org.parindex.core.bundle.Codes;

/** Every code (period, unit, node, indicator) follows one grammar; a code that could be a path is refused where it is read. */
class CodeGrammarTest {

    @TempDir
    Path dir;

    @Test
    void theGrammar() {
        assertThat(List.of("2023", "2023-H1", "hai-truong", "1.1", "B", "online_rate", "a.b-c_d")).allMatch(Codes::isValid);
        assertThat(List.of("", "../x", "..", "a..b", "a/b", "a\\b", ".x", "x.", "-x", "a b", "x\u0000", "Ả",
                "x".repeat(51))).noneMatch(Codes::isValid);
    }

    @Test
    void aPeriodCodeThatIsAPathIsRefused() {
        assertThat(BundleFixture.valid().file("bundle.yaml", BUNDLE.replace("\"2023\"", "\"../../etc/x\"")).problemsIn(dir))
                .containsExactly("bundle.yaml:6: period code \"../../etc/x\" must be " + Codes.RULE);
    }

    @Test
    void aUnitCodeThatIsAPathIsRefused() {
        assertThat(BundleFixture.valid().file("units.csv", UNITS + "../x,Xã X,commune,,,\n").problemsIn(dir))
                .containsExactly("units.csv:5: unit code \"../x\" must be " + Codes.RULE);
    }

    @Test
    void nodeAndIndicatorCodesFollowTheGrammar() {
        String fw = FRAMEWORK.replace("code: \"1.1\"", "code: \"1/../1\"")
                .replace("rule: { type: linear, from: 0, to: 50 }",
                        "rule: { type: linear, from: 0, to: 50 }\n        source: indicator:../rate");
        assertThat(BundleFixture.valid().file("fw.yaml", fw).problemsIn(dir))
                .anyMatch(p -> p.matches("fw.yaml:\\d+: node code \"1/../1\" must be .*"))
                .anyMatch(p -> p.matches("fw.yaml:\\d+: `source` must be self, indicator:<code> or survey:<code>, found \"indicator:../rate\".*"));
    }

    @Test
    void aSuggestedCodeDropsVietnameseMarksAndFollowsTheGrammar() {
        assertThat(Codes.suggest("Năm 2025/I")).isEqualTo("nam-2025-i");
        assertThat(Codes.suggest("Đợt 1 – Hải Trường")).isEqualTo("dot-1-hai-truong");
        assertThat(Codes.suggest("  ../x  ")).isEqualTo("x");
        assertThat(Codes.suggest("Kỳ ".repeat(40))).hasSizeLessThanOrEqualTo(Codes.MAX_LENGTH).matches(Codes::isValid);
        assertThat(Codes.suggest("///")).isEmpty();
        assertThat(Codes.suggest(null)).isEmpty();
    }
}
