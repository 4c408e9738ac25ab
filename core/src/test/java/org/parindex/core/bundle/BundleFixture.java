package org.parindex.core.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.core.io.BundleReader;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problem;

/**
 * A small valid bundle, written into a folder, whose files a test replaces one by one:
 * {@code BundleFixture.valid().file("units.csv", "...").problemsIn(dir)}.
 */
public final class BundleFixture {

    public static final String BUNDLE = """
            format: parindex/bundle@1
            title: Chỉ số CCHC thử
            assessor: Hội đồng thử
            units: units.csv
            periods:
              - code: "2023"
                name: Năm 2023
                framework: fw.yaml
                scores: scores.csv
            """;

    public static final String UNITS = """
            code,name,group,validFrom,validTo,predecessors
            a,Xã A,commune,,,
            b,Xã B,commune,,,
            t,Thị trấn T,town,,,
            """;

    /** Field 1 (leaves 1.1 yes/no of 1, 1.2 manual of 2 on step 0.5), field 2 (2.1 choice, 2.2 linear), a bonus, a deduction. */
    public static final String FRAMEWORK = """
            format: parindex/framework@1
            id: test
            name: Bộ chỉ số thử
            bands:
              - { code: tot, name: Tốt, min: 80 }
              - { code: kha, name: Khá, min: 50 }
              - { code: yeu, name: Yếu, min: 0 }
            nodes:
              - code: "1"
                name: Chỉ đạo
                children:
                  - code: "1.1"
                    name: Kế hoạch
                    max: 1
                    rule: { type: yesno }
                  - code: "1.2"
                    name: Hoàn thành
                    max: 2
                    rule: { type: manual, step: 0.5 }
              - code: "2"
                name: Chính phủ số
                children:
                  - code: "2.1"
                    name: Cổng
                    max: 3
                    rule: { type: choice, options: [ { code: full, label: Đủ, points: 3 }, { code: part, label: Một phần, points: 1 } ] }
                  - code: "2.2"
                    name: Trực tuyến
                    max: 4
                    rule: { type: linear, from: 0, to: 50 }
                    notApplicable: exclude
              - code: "B"
                name: Sáng kiến
                kind: bonus
                max: 1
              - code: "D"
                name: Trễ hạn
                kind: deduction
                max: 1
                rule: { type: count, perOccurrence: 0.25 }
            """;

    public static final String SCORES = """
            unit,node,value,note
            a,1.1,yes,
            a,1.2,1.5,
            a,2.1,full,
            a,2.2,25,
            b,1.1,no,
            b,1.2,2,
            """;

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private BundleFixture() { }

    public static BundleFixture valid() {
        return new BundleFixture().file("bundle.yaml", BUNDLE).file("units.csv", UNITS).file("fw.yaml", FRAMEWORK)
                .file("scores.csv", SCORES);
    }

    public BundleFixture file(String name, String text) {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public BundleFixture bytes(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    public BundleFixture without(String name) {
        files.remove(name);
        return this;
    }

    /** Writes the files into dir and returns it. */
    public Path writeTo(Path dir) {
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Bundle readFrom(Path dir) {
        return BundleReader.read(writeTo(dir));
    }

    /** Every problem reading the bundle reports, as {@code file:line: message}; fails if reading succeeds. */
    public List<String> problemsIn(Path dir) {
        try {
            BundleReader.read(writeTo(dir));
        } catch (BadInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the bundle to be rejected");
    }
}
