package org.parindex.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.framework.Aggregation;
import org.parindex.core.framework.Band;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.NotApplicable;
import org.parindex.core.framework.Numbers;
import org.parindex.core.framework.Rule;
import org.parindex.core.io.ScoresCsv;
import org.parindex.core.io.UnitsCsv;

/**
 * A seeded, synthetic but realistic period at national scale, built in memory from the core objects: a framework of
 * 8 fields, their criteria and sub-criteria totalling a requested number of leaves with the usual mix of rules
 * (manual with a step, yes/no, choice, tiers, linear, a bonus and a count deduction), and the score rows of a
 * requested number of units, with a few NA and missing values. The same seed always gives the same period.
 */
public final class SyntheticPeriod {

    /** The benchmark's default scale: 10,000 units × 300 leaves. */
    public static final int DEFAULT_UNITS = 10_000;
    public static final int DEFAULT_LEAVES = 300;
    /** Vietnam's communes, wards and towns after the 2025 reorganisation, and the leaves of a national framework. */
    public static final int NATIONAL_UNITS = 3_321;
    public static final int NATIONAL_LEAVES = 150;
    public static final long DEFAULT_SEED = 20_250_701L;

    static final int FIELDS = 8;
    static final List<String> GROUPS = List.of("commune", "ward", "town");
    static final String PERIOD_CODE = "2024";
    static final String SCORES_PATH = "scores/2024.csv";
    static final String FRAMEWORK_PATH = "frameworks/synthetic.yaml";
    /** Share of NA on leaves that allow it, and of leaves left without a row. */
    static final double NA_RATE = 0.05;
    static final double MISSING_RATE = 0.003;

    private final Framework framework;
    private final List<Unit> units;
    private final Period period;
    private final int leafCount;
    private final double[] leafPoints;

    private SyntheticPeriod(Framework framework, List<Unit> units, Period period, int leafCount, double[] leafPoints) {
        this.framework = framework;
        this.units = units;
        this.period = period;
        this.leafCount = leafCount;
        this.leafPoints = leafPoints;
    }

    /**
     * Writes a synthetic bundle folder: {@code java -cp bench/target/benchmarks.jar org.parindex.bench.SyntheticPeriod
     * DIR [units=10000] [leaves=300] [seed]}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SyntheticPeriod DIR [units] [leaves] [seed]");
            System.exit(2);
        }
        int units = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_UNITS;
        int leaves = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_LEAVES;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SEED;
        SyntheticPeriod data = generate(units, leaves, seed);
        data.writeBundle(Path.of(args[0]));
        System.out.println("wrote " + args[0] + ": " + units + " units × " + data.leafCount() + " leaves, "
                + data.period().rows().size() + " score rows, period " + PERIOD_CODE);
    }

    public static SyntheticPeriod generate(int units, int leaves) {
        return generate(units, leaves, DEFAULT_SEED);
    }

    public static SyntheticPeriod generate(int units, int leaves, long seed) {
        if (units < 1 || leaves < 2 * FIELDS) {
            throw new IllegalArgumentException("need at least 1 unit and " + 2 * FIELDS + " leaves");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Framework framework = new FrameworkBuilder(random, leaves).build();
        List<Unit> unitList = units(units, random);
        List<Node> leafNodes = framework.allNodes().stream().filter(Node::isLeaf).toList();
        List<Map<String, Boolean>> appliesByLeaf = appliesByLeaf(framework, GROUPS);
        double[] points = new double[units * leafNodes.size()];
        List<ScoreRow> rows = new ArrayList<>(units * leafNodes.size());
        Map<String, String> shared = new HashMap<>();   // one String per distinct value, as a CSV reader need not do
        int line = 2;
        for (int u = 0; u < units; u++) {
            Unit unit = unitList.get(u);
            for (int l = 0; l < leafNodes.size(); l++) {
                Node leaf = leafNodes.get(l);
                if (!appliesByLeaf.get(l).get(unit.group())) {
                    continue;
                }
                if (random.nextDouble() < MISSING_RATE) {
                    continue;
                }
                String value;
                if (leaf.notApplicable() != NotApplicable.FORBIDDEN && random.nextDouble() < NA_RATE) {
                    value = ScoreRow.NOT_APPLICABLE;
                    boolean full = leaf.notApplicable() == NotApplicable.FULL && leaf.kind() == NodeKind.SCORED;
                    points[u * leafNodes.size() + l] = full ? leaf.max() : 0;
                } else {
                    value = shared.computeIfAbsent(value(leaf, random), v -> v);
                    double p = leaf.rule().points(leaf.rule().read(value, leaf.max()), leaf.max());
                    points[u * leafNodes.size() + l] = leaf.kind() == NodeKind.DEDUCTION ? -p : p;
                }
                rows.add(new ScoreRow(unit.code(), leaf.code(), value, null, Stage.FINAL, null, line++));
            }
        }
        Period period = new Period(PERIOD_CODE, "Năm 2024 (tổng hợp)", FRAMEWORK_PATH, framework, SCORES_PATH, rows,
                null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        return new SyntheticPeriod(framework, unitList, period, leafNodes.size(), points);
    }

    public Framework framework() {
        return framework;
    }

    public List<Unit> units() {
        return units;
    }

    public Map<String, Unit> unitsByCode() {
        Map<String, Unit> map = new LinkedHashMap<>();
        for (Unit u : units) {
            map.put(u.code(), u);
        }
        return map;
    }

    public Period period() {
        return period;
    }

    public int leafCount() {
        return leafCount;
    }

    /**
     * The points every unit earns on every leaf, unit-major ({@code unit * leafCount() + leaf}, leaves in pre-order),
     * signed as they count in the index: deductions negative, NA as its rule says, missing and not-applying 0.
     */
    public double[] leafPoints() {
        return leafPoints.clone();
    }

    /**
     * Writes the period as a bundle folder (bundle.yaml, units.csv, the framework and the scores file) that
     * {@code parindex check} and {@code parindex score} read.
     */
    public void writeBundle(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("frameworks"));
        Files.createDirectories(dir.resolve("scores"));
        write(dir.resolve("bundle.yaml"), """
                format: parindex/bundle@1
                title: Synthetic national period (%d units × %d leaves)
                assessor: ParIndex bench
                units: units.csv
                periods:
                  - code: "%s"
                    name: %s
                    framework: %s
                    scores: %s
                """.formatted(units.size(), leafCount, PERIOD_CODE, period.name(), FRAMEWORK_PATH, SCORES_PATH));
        write(dir.resolve("units.csv"), UnitsCsv.write(units));
        write(dir.resolve(FRAMEWORK_PATH), FrameworkYaml.write(framework));
        write(dir.resolve(SCORES_PATH), ScoresCsv.write(period.rows()));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** For every leaf in pre-order, whether it (and each of its ancestors) applies to each group. */
    private static List<Map<String, Boolean>> appliesByLeaf(Framework framework, List<String> groups) {
        List<Map<String, Boolean>> out = new ArrayList<>();
        collectApplies(framework.nodes(), groups, new ArrayList<>(), out);
        return out;
    }

    private static void collectApplies(List<Node> level, List<String> groups, List<Node> ancestors,
                                       List<Map<String, Boolean>> out) {
        for (Node n : level) {
            ancestors.add(n);
            if (n.isLeaf()) {
                Map<String, Boolean> applies = new HashMap<>();
                for (String g : groups) {
                    applies.put(g, ancestors.stream().allMatch(a -> a.appliesTo(g)));
                }
                out.add(applies);
            } else {
                collectApplies(n.children(), groups, ancestors, out);
            }
            ancestors.remove(ancestors.size() - 1);
        }
    }

    private static List<Unit> units(int count, SplittableRandom random) {
        List<Unit> list = new ArrayList<>(count);
        int width = String.valueOf(count).length();
        for (int u = 1; u <= count; u++) {
            double g = random.nextDouble();
            String group = g < 0.85 ? "commune" : g < 0.97 ? "ward" : "town";
            String label = switch (group) {
                case "ward" -> "Phường";
                case "town" -> "Thị trấn";
                default -> "Xã";
            };
            String number = String.format(Locale.ROOT, "%0" + width + "d", u);
            list.add(new Unit("u" + number, label + " Số " + number, group, null, null, List.of()));
        }
        return list;
    }

    /** A value as a scores file holds it, skewed towards good results like real self-assessments. */
    private static String value(Node leaf, SplittableRandom random) {
        Rule rule = leaf.rule();
        double max = leaf.max();
        if (rule instanceof Rule.Manual m) {
            double step = m.step() == null ? 0.25 : m.step();
            int steps = (int) Math.round(max / step);
            int k = steps - (int) Math.floor(Math.pow(random.nextDouble(), 3) * (steps + 1));
            return Numbers.plain(Math.max(0, k) * step);
        }
        if (rule instanceof Rule.YesNo) {
            return random.nextDouble() < 0.82 ? "yes" : "no";
        }
        if (rule instanceof Rule.Choice c) {
            double r = random.nextDouble();
            int i = r < 0.6 ? 0 : r < 0.9 ? 1 : 2;
            return c.options().get(Math.min(i, c.options().size() - 1)).code();
        }
        if (rule instanceof Rule.Count) {
            double r = random.nextDouble();
            return r < 0.7 ? "0" : r < 0.85 ? "1" : r < 0.95 ? "2" : String.valueOf(3 + random.nextInt(4));
        }
        if (rule instanceof Rule.Linear l && l.lowerIsBetter()) {
            return Numbers.plain(Math.round(Math.pow(random.nextDouble(), 2) * l.from() * 1.2 * 10) / 10.0);
        }
        if (rule instanceof Rule.Tiers t && t.lowerIsBetter()) {
            return Numbers.plain(Math.round(Math.pow(random.nextDouble(), 3) * 20 * 10) / 10.0);
        }
        // linear (higher is better) and tiers: a rate in percent, mostly high
        return Numbers.plain(Math.round((100 - Math.pow(random.nextDouble(), 2) * 100) * 10) / 10.0);
    }

    /** Builds the tree: 8 fields, criteria of 1–6 sub-criteria (a criterion of 1 is a leaf itself). */
    private static final class FrameworkBuilder {
        private final SplittableRandom random;
        private final int leaves;
        private int line = 10;

        FrameworkBuilder(SplittableRandom random, int leaves) {
            this.random = random;
            this.leaves = leaves;
        }

        Framework build() {
            List<Node> fields = new ArrayList<>();
            for (int f = 1; f <= FIELDS; f++) {
                int share = leaves / FIELDS + (f <= leaves % FIELDS ? 1 : 0);
                fields.add(field(f, share));
            }
            List<Band> bands = List.of(
                    new Band("xuat-sac", "Xuất sắc", 90), new Band("tot", "Tốt", 80), new Band("kha", "Khá", 70),
                    new Band("trung-binh", "Trung bình", 50), new Band("yeu", "Yếu", 0));
            return new Framework("synthetic-national", "Bộ chỉ số CCHC cấp xã (tổng hợp, để đo hiệu năng)",
                    Aggregation.POINTS, true, 2, bands, fields, "ParIndex bench", true);
        }

        private Node field(int f, int share) {
            String code = String.valueOf(f);
            int fieldLine = line++;
            List<Node> criteria = new ArrayList<>();
            // field 1 ends with a bonus criterion, field 8 with a count deduction: each a leaf of its own
            int special = f == 1 || f == FIELDS ? 1 : 0;
            int left = share - special;
            int c = 0;
            while (left > 0) {
                int size = Math.min(left, 1 + random.nextInt(6));
                left -= size;
                c++;
                String cc = code + "." + c;
                Set<String> groups = f == 3 && c == 1 ? Set.of("ward", "town") : Set.of();
                if (size == 1) {
                    criteria.add(scoredLeaf(cc, groups));
                } else {
                    int criterionLine = line++;
                    List<Node> subs = new ArrayList<>();
                    for (int s = 1; s <= size; s++) {
                        subs.add(scoredLeaf(cc + "." + s, Set.of()));
                    }
                    criteria.add(new Node(cc, "Tiêu chí " + cc, NodeKind.SCORED, null, null, "optional", "self",
                            NotApplicable.FORBIDDEN, groups, null, null, subs, criterionLine));
                }
            }
            if (f == 1) {
                criteria.add(new Node(code + ".B", "Sáng kiến, giải pháp mới trong CCHC", NodeKind.BONUS, 2.0,
                        new Rule.Manual(0.5), "required", "self", NotApplicable.FORBIDDEN, Set.of(), null, null,
                        List.of(), line++));
            } else if (f == FIELDS) {
                criteria.add(new Node(code + ".D", "Số văn bản ban hành trễ hạn", NodeKind.DEDUCTION, 1.0,
                        new Rule.Count(0.25), "none", "self", NotApplicable.FORBIDDEN, Set.of(), null, null,
                        List.of(), line++));
            }
            return new Node(code, "Lĩnh vực " + code, NodeKind.SCORED, null, null, "optional", "self",
                    NotApplicable.FORBIDDEN, Set.of(), null, null, criteria, fieldLine);
        }

        private Node scoredLeaf(String code, Set<String> groups) {
            double max = new double[] {0.5, 1, 1, 1.5, 2, 2, 3}[random.nextInt(7)];
            double r = random.nextDouble();
            Rule rule;
            String source = "self";
            if (r < 0.30) {
                rule = new Rule.Manual(random.nextBoolean() ? 0.25 : 0.5);
            } else if (r < 0.55) {
                rule = new Rule.YesNo();
            } else if (r < 0.70) {
                rule = new Rule.Choice(List.of(
                        new Rule.Option("dat", "Đạt đầy đủ", max),
                        new Rule.Option("mot-phan", "Đạt một phần", Math.floor(max) / 2),
                        new Rule.Option("khong", "Không đạt", 0)));
            } else if (r < 0.85) {
                double half = Math.floor(max * 2) / 4;    // a multiple of 0.25 at most max / 2
                rule = random.nextDouble() < 0.8
                        ? new Rule.Tiers(List.of(new Rule.Tier(100.0, null, max), new Rule.Tier(80.0, null, half),
                                new Rule.Tier(50.0, null, half / 2)))
                        : new Rule.Tiers(List.of(new Rule.Tier(null, 0.0, max), new Rule.Tier(null, 5.0, half)));
                source = "indicator:rate-" + code;
            } else {
                rule = random.nextDouble() < 0.8 ? new Rule.Linear(0, 50 + 10 * random.nextInt(6))
                        : new Rule.Linear(20, 0);
                source = "indicator:rate-" + code;
            }
            double na = random.nextDouble();
            NotApplicable notApplicable = na < 0.10 ? NotApplicable.FULL : na < 0.15 ? NotApplicable.EXCLUDE
                    : NotApplicable.FORBIDDEN;
            return new Node(code, "Tiêu chí thành phần " + code, NodeKind.SCORED, max, rule,
                    r < 0.5 ? "required" : "optional", source, notApplicable, groups, null, null, List.of(), line++);
        }
    }
}
