package org.parindex.core.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.demo.DemoBundle;
import org.parindex.core.io.BundleReader;
import org.parindex.core.problem.Problems;
import org.parindex.core.io.FrameworkReader;

class FrameworkDiffTest {

    static final String OLDER = """
            format: parindex/framework@1
            id: f
            name: F
            bands: [ { code: a, name: A, min: 50 }, { code: b, name: B, min: 0 } ]
            nodes:
              - code: "1"
                name: Chỉ đạo
                children:
                  - { code: "1.1", name: Kế hoạch, max: 1, rule: { type: yesno }, evidence: required }
                  - { code: "1.2", name: Báo cáo, max: 2 }
              - { code: "2", name: Thể chế, max: 3 }
            """;

    static final String NEWER = """
            format: parindex/framework@1
            id: f
            name: F
            bands: [ { code: a, name: A, min: 60 }, { code: b, name: B, min: 0 } ]
            nodes:
              - code: "1"
                name: Chỉ đạo, điều hành
                children:
                  - { code: "1.1", name: Kế hoạch, max: 1, rule: { type: yesno }, evidence: optional }
                  - { code: "1.3", name: Sáng kiến, max: 2, rule: { type: manual, step: 0.5 } }
              - { code: "2", name: Thể chế, max: 4 }
            """;

    @Test
    void eachNodeThatDiffersIsListedWithWhatChanged() {
        List<FrameworkDiff.Change> changes = FrameworkDiff.between(read(OLDER), read(NEWER));

        assertThat(changes).extracting(FrameworkDiff.Change::code, FrameworkDiff.Change::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", FrameworkDiff.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("1.1", FrameworkDiff.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("1.3", FrameworkDiff.Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("2", FrameworkDiff.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("1.2", FrameworkDiff.Kind.REMOVED));
        assertThat(changes.get(0).fields()).containsExactly("name");
        assertThat(changes.get(1).fields()).containsExactly("evidence");
        assertThat(changes.get(3).fields()).containsExactly("max");
        assertThat(FrameworkDiff.settings(read(OLDER), read(NEWER))).containsExactly("bands", "max");
    }

    @Test
    void aVersionComparedWithItselfHasNoChange() {
        assertThat(FrameworkDiff.between(read(NEWER), read(NEWER))).isEmpty();
        assertThat(FrameworkDiff.settings(read(NEWER), read(NEWER))).isEmpty();
    }

    @Test
    void theDemoFrameworksOf2020And2023Differ(@TempDir Path dir) {
        DemoBundle.write(dir);
        Bundle bundle = BundleReader.read(dir);
        Framework f2020 = bundle.period("2022").orElseThrow().framework();
        Framework f2023 = bundle.period("2023-H1").orElseThrow().framework();

        List<FrameworkDiff.Change> changes = FrameworkDiff.between(f2020, f2023);

        assertThat(changes).isNotEmpty();
        assertThat(changes).noneMatch(c -> c.code().length() == 1 && c.kind() != FrameworkDiff.Kind.CHANGED);
    }

    private static Framework read(String text) {
        Problems problems = new Problems();
        Framework f = FrameworkReader.parse(text, "f.yaml", problems);
        problems.throwIfAny();
        return f;
    }
}
