package org.parindex.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.BundleFixture;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Unit;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;

/** Whatever text the names, notes and titles hold, write then read gives the same bundle. */
class RoundTripProperties {

    /** Text users type: Vietnamese letters, digits, YAML and CSV syntax, quotes, line breaks; no surrounding spaces. */
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("aăâbđeêoôơuưyỳỹÀẢẠxyz019 :#-'\",;{}[]&*!|>%@`\n\t?")
                .ofMinLength(1).ofMaxLength(20).map(String::strip).filter(s -> !s.isEmpty());
    }

    @Property(tries = 150)
    void anyNamesRoundTrip(@ForAll("text") String title, @ForAll("text") String unitName,
                           @ForAll("text") String nodeName, @ForAll("text") String note) throws IOException {
        Path dir = Files.createTempDirectory("parindex-roundtrip");
        try {
            Bundle bundle = BundleFixture.valid().readFrom(dir.resolve("in"));
            Period p = bundle.periods().get(0);
            Framework f = p.framework();
            Node first = f.nodes().get(0);
            Node renamed = new Node(first.code(), nodeName, first.kind(), first.stated(), first.rule(), first.evidence(),
                    first.source(), first.notApplicable(), first.unitGroups(), first.weight(), nodeName,
                    first.children(), 0);
            List<Node> nodes = Stream.concat(Stream.of(renamed), f.nodes().stream().skip(1)).toList();
            Framework framework = new Framework(f.id(), title, f.aggregation(), f.capAt100(), f.decimals(), f.bands(),
                    nodes, title, f.demo());
            List<Unit> units = bundle.units().stream().map(u -> new Unit(u.code(), unitName, u.group(), u.validFrom(),
                    u.validTo(), u.predecessors())).toList();
            List<ScoreRow> rows = p.rows().stream().map(r -> new ScoreRow(r.unit(), r.node(), r.value(), note,
                    r.stage(), r.evidence(), 0)).toList();
            Bundle changed = new Bundle(title, title, true, units, List.of(new Period(p.code(), title,
                    p.frameworkPath(), framework, p.scoresPath(), rows, null, p.from(), p.to())));

            BundleWriter.write(changed, dir.resolve("out"));
            assertThat(WithoutLines.of(BundleReader.read(dir.resolve("out")))).isEqualTo(WithoutLines.of(changed));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
