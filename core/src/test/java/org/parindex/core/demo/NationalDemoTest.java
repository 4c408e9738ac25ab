package org.parindex.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Unit;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.history.BundleResults;
import org.parindex.core.io.BundleReader;

/** The national synthetic bundle is valid, has the country's shape and is the same every time. */
class NationalDemoTest {

    @TempDir
    Path dir;

    @Test
    void aValidCountryOf34ProvincesAnd3321UnitsWithMergersIn2025() throws IOException {
        NationalDemo.write(dir.resolve("a"));
        Bundle bundle = BundleReader.read(dir.resolve("a"));
        BundleResults results = BundleResults.of(bundle);
        PeriodResult y2025 = results.result("2025");
        PeriodResult y2024 = results.result("2024");
        assertThat(y2025.size()).isEqualTo(NationalDemo.UNITS);
        assertThat(bundle.periods()).extracting(Period::code).containsExactly("2024", "2025");
        assertThat(bundle.periods().get(1).framework().leaves("commune")).hasSize(150);
        List<Unit> current = bundle.units().stream().filter(u -> u.validTo() == null).toList();
        assertThat(current).hasSize(NationalDemo.UNITS);
        assertThat(current.stream().map(u -> u.code().substring(0, u.code().indexOf('.'))).distinct()).hasSize(34);
        Map<String, Long> groups = current.stream().collect(Collectors.groupingBy(Unit::group, Collectors.counting()));
        assertThat(groups.get("special-zone")).isEqualTo(13);
        assertThat(groups.get("ward")).isBetween(400L, 1000L);
        assertThat(bundle.unit("an-giang.phu-quoc")).get().extracting(Unit::name).isEqualTo("Đặc khu Phú Quốc (An Giang)");
        List<Unit> merged = current.stream().filter(u -> !u.predecessors().isEmpty()).toList();
        assertThat(merged).hasSize(NationalDemo.MERGED).allSatisfy(u -> {
            assertThat(u.validFrom()).hasToString("2025-07-01");
            assertThat(y2024.position(u.code())).isEqualTo(-1);
            assertThat(u.predecessors()).hasSizeBetween(2, 3)
                    .allSatisfy(p -> assertThat(y2024.position(p)).isNotNegative());
        });
        assertThat(y2024.size()).isEqualTo(NationalDemo.UNITS - NationalDemo.MERGED
                + merged.stream().mapToInt(u -> u.predecessors().size()).sum());
        assertThat(y2025.ranking()).allSatisfy(r -> assertThat(r.index()).isBetween(0.0, 100.0));
        assertThat(y2025.ranking().stream().map(r -> r.band().code()).distinct()).hasSizeGreaterThanOrEqualTo(4);

        NationalDemo.write(dir.resolve("b"));
        for (String file : List.of("bundle.yaml", "units.csv", "frameworks/national-2024.yaml", "scores/2024.csv",
                "scores/2025.csv")) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file))).isEqualTo(-1);
        }
    }

    @Test
    void codesAreAsciiSlugsOfTheNames() {
        assertThat(NationalDemo.slug("Đắk Lắk")).isEqualTo("dak-lak");
        assertThat(NationalDemo.slug("Hồ Chí Minh")).isEqualTo("ho-chi-minh");
    }
}
