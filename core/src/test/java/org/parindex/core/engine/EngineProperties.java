package org.parindex.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parindex.core.engine.Scoring.framework;
import static org.parindex.core.engine.Scoring.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.parindex.core.framework.Numbers;

/** Properties of the engine over random score rows and random frameworks. */
class EngineProperties {

    /** Every rule type, NA full and exclude, a bonus and a deduction. */
    private static final String NODES = """
              - code: "1"
                name: A
                children:
                  - { code: "1.1", name: A1, max: 4, rule: { type: manual, step: 0.5 }, notApplicable: full }
                  - { code: "1.2", name: A2, max: 1, rule: { type: yesno } }
                  - { code: "1.3", name: A3, max: 2, rule: { type: tiers, tiers: [ { atLeast: 95, points: 2 }, { atLeast: 80, points: 1 } ] } }
              - code: "2"
                name: B
                children:
                  - { code: "2.1", name: B1, max: 2, rule: { type: linear, from: 0, to: 50 }, notApplicable: exclude }
                  - { code: "2.2", name: B2, max: 4, rule: { type: linear, from: 20, to: 5 } }
                  - { code: "2.3", name: B3, max: 3, rule: { type: choice, options: [ { code: x, label: X, points: 3 }, { code: y, label: Y, points: 1 } ] } }
              - { code: "B", name: Bonus, kind: bonus, max: 2, rule: { type: manual, step: 0.5 } }
              - { code: "D", name: Late, kind: deduction, max: 1, rule: { type: count, perOccurrence: 0.25 } }
            """;

    private static final List<String> UNITS = List.of("a", "b", "c", "d", "t");

    /** A value for each leaf, or "" for no row. */
    private static Arbitrary<String> valueOf(String leaf) {
        Arbitrary<String> value = switch (leaf) {
            case "1.1", "B" -> Arbitraries.integers().between(0, leaf.equals("B") ? 4 : 8).map(i -> Numbers.plain(i / 2.0));
            case "1.2" -> Arbitraries.of("yes", "no");
            case "1.3" -> Arbitraries.integers().between(0, 100).map(String::valueOf);
            case "2.1" -> Arbitraries.doubles().between(-10, 120).ofScale(2).map(Numbers::plain);
            case "2.2" -> Arbitraries.integers().between(0, 30).map(String::valueOf);
            case "2.3" -> Arbitraries.of("x", "y");
            default -> Arbitraries.integers().between(0, 10).map(String::valueOf);
        };
        Arbitrary<String> na = leaf.equals("1.1") || leaf.equals("2.1") ? Arbitraries.just("NA") : value;
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, value), net.jqwik.api.Tuple.of(1, na),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    }

    @Provide
    Arbitrary<List<String>> rows() {
        List<String> leaves = List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "B", "D");
        List<Arbitrary<String>> cells = new ArrayList<>();
        for (String unit : UNITS) {
            for (String leaf : leaves) {
                cells.add(valueOf(leaf).map(v -> v.isEmpty() ? "" : unit + "," + leaf + "," + v));
            }
        }
        return Combinators.combine(cells).as(list -> list.stream().filter(r -> !r.isEmpty()).toList())
                .filter(list -> !list.isEmpty());
    }

    @Property(tries = 200)
    void indexIsWithin0And100WhenCapped(@ForAll("rows") List<String> rows) {
        for (UnitResult r : score(framework("", NODES), rows).ranking()) {
            assertThat(r.index()).isBetween(0.0, 100.0);
            assertThat(r.maximum()).isPositive();
        }
    }

    @Property(tries = 200)
    void ranksFollowTheIndex(@ForAll("rows") List<String> rows) {
        List<UnitResult> ranking = score(framework("capAt100: false", NODES), rows).ranking();
        assertThat(ranking.get(0).rank()).isEqualTo(1);
        for (int pos = 1; pos < ranking.size(); pos++) {
            UnitResult before = ranking.get(pos - 1);
            UnitResult r = ranking.get(pos);
            assertThat(r.index()).isLessThanOrEqualTo(before.index() + 1e-9);
            if (Math.abs(r.index() - before.index()) < 1e-10) {
                assertThat(r.rank()).isEqualTo(before.rank());
            } else {
                assertThat(r.rank()).isEqualTo(pos + 1);
            }
        }
    }

    @Property(tries = 100)
    void theOrderOfRowsChangesNothing(@ForAll("rows") List<String> rows, @ForAll Random random) {
        List<String> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, random);
        PeriodResult one = score(framework("", NODES), rows);
        PeriodResult other = score(framework("", NODES), shuffled);
        assertThat(describe(other)).isEqualTo(describe(one));
    }

    private static List<String> describe(PeriodResult result) {
        List<String> out = new ArrayList<>();
        for (UnitResult r : result.ranking()) {
            StringBuilder line = new StringBuilder(r.unit().code() + " " + r.rank() + " " + r.index() + " " + r.points());
            for (String node : List.of("1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "2.3", "B", "D")) {
                line.append(' ').append(r.points(node)).append('/').append(r.maximum(node));
            }
            out.add(line.toString());
        }
        return out;
    }

    /** A framework of manual leaves: fields of leaves, each leaf's maximum and unit a's points on it. */
    record Leaf(int max, int points) { }

    @Provide
    Arbitrary<List<List<Leaf>>> fields() {
        Arbitrary<Leaf> leaf = Arbitraries.integers().between(1, 20)
                .flatMap(max -> Arbitraries.integers().between(0, max).map(p -> new Leaf(max, p)));
        return leaf.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 200)
    void scalingEveryMaximumAndEveryPointKeepsEveryPercentage(@ForAll("fields") List<List<Leaf>> fields,
            @ForAll @IntRange(min = 1, max = 40) int quarters, @ForAll @IntRange(min = 0, max = 2) int bonus) {
        double factor = quarters / 4.0;
        UnitResult plain = score(scaled(fields, 1), rows(fields, 1, bonus)).unit("a").orElseThrow();
        UnitResult scaled = score(scaled(fields, factor), rows(fields, factor, bonus)).unit("a").orElseThrow();
        assertThat(scaled.index()).isCloseTo(plain.index(), within(1e-9));
        for (int f = 0; f < fields.size(); f++) {
            assertThat(scaled.percent("f" + f)).isCloseTo(plain.percent("f" + f), within(1e-9));
            for (int l = 0; l < fields.get(f).size(); l++) {
                String code = "f" + f + "." + l;
                assertThat(scaled.percent(code)).isCloseTo(plain.percent(code), within(1e-9));
            }
        }
    }

    private static String scaled(List<List<Leaf>> fields, double factor) {
        StringBuilder nodes = new StringBuilder();
        for (int f = 0; f < fields.size(); f++) {
            nodes.append("  - code: f").append(f).append("\n    name: F\n    children:\n");
            for (int l = 0; l < fields.get(f).size(); l++) {
                nodes.append("      - { code: f").append(f).append('.').append(l).append(", name: L, max: ")
                        .append(Numbers.plain(fields.get(f).get(l).max() * factor)).append(" }\n");
            }
        }
        nodes.append("  - { code: B, name: Bonus, kind: bonus, max: ").append(Numbers.plain(2 * factor)).append(" }\n");
        return framework("", nodes.toString());
    }

    private static List<String> rows(List<List<Leaf>> fields, double factor, int bonus) {
        List<String> rows = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            for (int l = 0; l < fields.get(f).size(); l++) {
                rows.add("a,f" + f + "." + l + "," + Numbers.plain(fields.get(f).get(l).points() * factor));
            }
        }
        rows.add("a,B," + Numbers.plain(bonus * factor));
        return rows;
    }
}
