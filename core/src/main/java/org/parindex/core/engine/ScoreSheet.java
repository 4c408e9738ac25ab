package org.parindex.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.ScoreRows;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Numbers;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problems;
import org.parindex.core.problem.Refusal;
import org.parindex.core.problem.Text;

/**
 * The values of one period and stage bound to a compiled framework: one flat row of leaf values per
 * participating unit. Binding checks every row against the framework and the units.
 */
public final class ScoreSheet {

    static final byte MISSING = 0, VALUE = 1, NA = 2, IN_TOTAL = 3;

    final Plan plan;
    final List<Unit> units;
    final double[] values;     // leaf-major: leaf * units + unit, so the engine streams one leaf at a time
    final byte[] states;       // (a built sheet: those of the sheet it starts from, or null; see Layer)
    final double[][] totals;   // per unit: points given on parent nodes (NaN where none), or null
    private final boolean anyTotals;
    final int[][] withoutValue; // per leaf: the units whose state is not VALUE (they hold 0.0); null: see Layer
    final Layer layer;          // null for a sheet bound from rows
    final int[] groupOf;        // unit -> position of its group in groups
    final List<String> groups;
    private volatile Map<String, Integer> positions;
    private volatile long[][] present;   // per leaf: bits of the units with a value (2 leaf) and with NA (2 leaf + 1),
                                         // made when a forecast first lays a leaf over this sheet or under it
    private volatile LeafPoints[] leafPoints;   // per leaf, made when a forecast first lays the leaf under another

    ScoreSheet(Plan plan, List<Unit> units, double[] values, byte[] states, double[][] totals) {
        this(plan, units, values, states, totals, withoutValue(states, plan.leaves(), units.size()), null, null);
    }

    /** {@code like}: a sheet of the same units whose unit groups are numbered already, or null. */
    private ScoreSheet(Plan plan, List<Unit> units, double[] values, byte[] states, double[][] totals,
                       int[][] withoutValue, Layer layer, ScoreSheet like) {
        this.plan = plan;
        this.units = List.copyOf(units);
        this.values = values;
        this.states = states;
        this.totals = totals;
        this.anyTotals = Arrays.stream(totals).anyMatch(Objects::nonNull);
        this.withoutValue = withoutValue;
        this.layer = layer;
        if (like != null) {
            this.groupOf = like.groupOf;
            this.groups = like.groups;
            return;
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        this.groupOf = new int[units.size()];
        for (int u = 0; u < groupOf.length; u++) {
            groupOf[u] = numbers.computeIfAbsent(units.get(u).group(), g -> numbers.size());
        }
        this.groups = List.copyOf(numbers.keySet());
    }

    private static int[][] withoutValue(byte[] states, int leaves, int units) {
        int[][] out = new int[leaves][];
        int[] scratch = new int[units];
        for (int leaf = 0; leaf < leaves; leaf++) {
            int n = 0;
            for (int u = 0, at = leaf * units; u < units; u++, at++) {
                if (states[at] != VALUE) {
                    scratch[n++] = u;
                }
            }
            out[leaf] = Arrays.copyOf(scratch, n);
        }
        return out;
    }

    public Plan plan() {
        return plan;
    }

    public List<Unit> units() {
        return units;
    }

    /** The unit groups of the sheet's units, in the order first met. */
    public List<String> groups() {
        return groups;
    }

    /** The position in {@link #groups()} of the unit's group. */
    public int group(int unit) {
        return groupOf[unit];
    }

    /** A unit's position in the sheet, or -1 when it takes no part. */
    public int position(String unitCode) {
        Map<String, Integer> map = positions;
        if (map == null) {
            map = new HashMap<>(units.size() * 2);
            for (int u = 0; u < units.size(); u++) {
                map.put(units.get(u).code(), u);
            }
            positions = map;
        }
        Integer u = map.get(unitCode);
        return u == null ? -1 : u;
    }

    /** True when both lists hold units of the same codes in the same order. */
    public static boolean sameUnits(List<Unit> a, List<Unit> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int u = 0; u < a.size(); u++) {
            if (a.get(u) != b.get(u) && !a.get(u).code().equals(b.get(u).code())) {
                return false;
            }
        }
        return true;
    }

    /** True when some leaves' cells without a value of their own are those of another sheet (see {@link Layer}). */
    public boolean isLayered() {
        return layer != null && layer.under != null;
    }

    /** True when the unit at {@code unit} has a value (not NA, not missing) for the leaf at {@code leaf}. */
    public boolean hasValue(int leaf, int unit) {
        return state(leaf, unit) == VALUE;
    }

    public boolean isNotApplicable(int leaf, int unit) {
        return state(leaf, unit) == NA;
    }

    /** The leaf's value as the engine holds it (yes/no 1 or 0, a choice's option position); meaningful with a value. */
    public double value(int leaf, int unit) {
        Layer l = layer;
        if (l != null && l.ownValues[leaf] != null) {
            return l.ownValues[leaf][unit];
        }
        int at = leaf * units.size() + unit;
        if (l == null || states[at] != MISSING || l.underLeaf[leaf] < 0) {
            return values[at];
        }
        return l.under.value(l.underLeaf[leaf], unit);   // 0.0 there too when it has no value
    }

    byte state(int leaf, int unit) {
        Layer l = layer;
        if (l != null && l.ownStates[leaf] != null) {
            return l.ownStates[leaf][unit];
        }
        byte st = states[leaf * units.size() + unit];
        if (l == null || st != MISSING || l.underLeaf[leaf] < 0) {
            return st;
        }
        byte below = l.under.state(l.underLeaf[leaf], unit);
        return below == VALUE || below == NA && l.takeNotApplicable[leaf] ? below : MISSING;
    }

    /**
     * How a built sheet holds each leaf. A leaf written while building has its own column. Any other leaf is the
     * column of the sheet the builder started from ("top", whose arrays it shares; none: every unit missing), and
     * when {@code underLeaf[leaf] >= 0} a cell missing there takes the value of leaf {@code underLeaf[leaf]} of
     * {@code under} (the same units in the same order), or its NA when {@code takeNotApplicable[leaf]}: nothing is
     * copied: the engine scores the top's column and gives the units in {@code taken} under's points for the leaf
     * ({@link LeafPoints}); such a leaf's units without a value are listed in {@code missing} and
     * {@code notApplicable}. The rule must be the same in both sheets.
     */
    static final class Layer {
        final ScoreSheet under;
        final int[] underLeaf;
        final boolean[] takeNotApplicable;
        final double[][] ownValues;
        final byte[][] ownStates;
        final long[][] missing;         // layered leaf -> bits of the units left missing, with NA, with under's value
        final long[][] notApplicable;
        final long[][] taken;

        Layer(ScoreSheet under, int[] underLeaf, boolean[] takeNotApplicable, double[][] ownValues,
              byte[][] ownStates, long[][] missing, long[][] notApplicable, long[][] taken) {
            this.under = under;
            this.underLeaf = underLeaf;
            this.takeNotApplicable = takeNotApplicable;
            this.ownValues = ownValues;
            this.ownStates = ownStates;
            this.missing = missing;
            this.notApplicable = notApplicable;
            this.taken = taken;
        }
    }

    /** A leaf's points for every unit (a sheet bound from rows), made when first asked. */
    LeafPoints leafPoints(int leaf) {
        LeafPoints[] all = leafPoints;
        if (all == null) {
            all = new LeafPoints[plan.leaves()];
            leafPoints = all;
        }
        LeafPoints points = all[leaf];
        if (points == null) {
            points = LeafPoints.of(this, leaf);
            all[leaf] = points;
        }
        return points;
    }

    /** Per leaf, the units with a value (at 2 leaf) and with NA (2 leaf + 1): unit u is bit u % 64 of word u / 64. */
    private long[][] present() {
        long[][] bits = present;
        if (bits == null) {
            int n = units.size();
            bits = new long[2 * plan.leaves()][(n + 63) >>> 6];
            for (int leaf = 0; leaf < plan.leaves(); leaf++) {
                long[] value = bits[2 * leaf];
                long[] na = bits[2 * leaf + 1];
                if (layer == null) {   // every unit has a value but those listed without one
                    Arrays.fill(value, -1L);
                    if ((n & 63) != 0) {
                        value[value.length - 1] = (1L << n) - 1;
                    }
                    for (int u : withoutValue[leaf]) {
                        value[u >>> 6] &= ~(1L << u);
                        na[u >>> 6] |= (states[leaf * n + u] == NA ? 1L : 0L) << u;
                    }
                    continue;
                }
                for (int u = 0; u < n; u++) {
                    byte st = state(leaf, u);
                    value[u >>> 6] |= (st == VALUE ? 1L : 0L) << u;
                    na[u >>> 6] |= (st == NA ? 1L : 0L) << u;
                }
            }
            present = bits;
        }
        return bits;
    }

    /** True when some unit's rows gave a parent node's total. */
    public boolean hasTotals() {
        return anyTotals;
    }

    /** The total points the unit's row gave a parent node, or NaN. */
    public double total(int node, int unit) {
        return totals[unit] == null ? Double.NaN : totals[unit][node];
    }

    /**
     * A sheet of one unit only: its values here with some leaves given other values, written as in a scores file
     * ({@code NA} included) and checked as binding checks a row. Problems are reported against {@code source}.
     *
     * @throws BadInputException naming every value refused, when there is any
     */
    public ScoreSheet withValues(String unitCode, Map<String, String> replaced, String source) {
        int u = position(unitCode);
        if (u < 0) {
            throw new BadInputException(source, 0, Text.of("notTakingPart", unitCode));
        }
        int leaves = plan.leaves();
        double[] v = new double[leaves];
        byte[] st = new byte[leaves];
        for (int leaf = 0; leaf < leaves; leaf++) {
            v[leaf] = value(leaf, u);
            st[leaf] = state(leaf, u);
        }
        Problems problems = new Problems();
        Binder binder = new Binder(plan, units.get(u), source, problems);
        binder.totals = totals[u] == null ? null : totals[u].clone();
        for (Map.Entry<String, String> e : replaced.entrySet()) {
            int i = plan.indexOf(e.getKey());
            if (i >= 0 && plan.leafPosition(i) < 0) {
                problems.add(source, 0, Text.of("hasChildren", e.getKey()));
                continue;
            }
            binder.bind(new ScoreRow(unitCode, e.getKey(), e.getValue(), "", Stage.FINAL, "", 0), v, st, 0, 1);
        }
        problems.throwIfAny();
        for (int leaf = 0; leaf < leaves; leaf++) {
            if (st[leaf] != VALUE) {
                v[leaf] = 0;   // the engine expects 0.0 where there is no value
            }
        }
        return new ScoreSheet(plan, List.of(units.get(u)), v, st, new double[][] {binder.totals});
    }

    /**
     * Builds a sheet cell by cell (every cell missing until set), for values gathered from several sources, or over a
     * sheet bound from rows ({@link Builder#Builder(ScoreSheet)}), sharing its columns until a leaf is changed. It
     * keeps, per leaf, a list of units that holds every unit without a value (null: unknown, the column is scanned),
     * so that finding the gaps of a column and building the sheet touch only those units.
     */
    public static final class Builder {
        private final Plan plan;
        private final List<Unit> units;
        private final ScoreSheet top;       // the sheet started from, or null
        private final double[][] values;    // leaf -> this builder's column, null while the leaf is the top's
        private final byte[][] states;
        private final double[][] totals;
        private final int[][] candidates;
        private final boolean[] exact;      // leaf -> candidates lists exactly the units without a value
        private final int[] underLeaf;
        private final boolean[] takeNotApplicable;
        private final long[][] missing;
        private final long[][] notApplicable;
        private final long[][] taken;
        private ScoreSheet under;

        public Builder(Plan plan, List<Unit> units) {
            this(plan, units, null);
        }

        /**
         * Starts from a sheet bound from rows: its values and NA (not its totals; cells inside its totals are missing
         * here), the same units in the same order. A leaf's column is shared with it until the leaf is changed.
         */
        public Builder(ScoreSheet base) {
            this(base.plan, base.units, base);
            if (base.layer != null) {
                throw new IllegalArgumentException("a builder starts from a sheet bound from rows");
            }
            System.arraycopy(base.withoutValue, 0, candidates, 0, candidates.length);
            if (base.hasTotals()) {
                int n = units.size();
                for (int leaf = 0; leaf < candidates.length; leaf++) {
                    for (int u : candidates[leaf]) {
                        if (base.states[leaf * n + u] == IN_TOTAL) {
                            column(leaf);
                            states[leaf][u] = MISSING;
                        }
                    }
                }
            }
        }

        private Builder(Plan plan, List<Unit> units, ScoreSheet top) {
            this.plan = plan;
            this.units = List.copyOf(units);
            this.top = top;
            int leaves = plan.leaves();
            this.values = new double[leaves][];
            this.states = new byte[leaves][];
            this.totals = new double[units.size()][];
            this.candidates = new int[leaves][];
            this.exact = new boolean[leaves];
            this.underLeaf = new int[leaves];
            Arrays.fill(underLeaf, -1);
            this.takeNotApplicable = new boolean[leaves];
            this.missing = new long[leaves][];
            this.notApplicable = new long[leaves][];
            this.taken = new long[leaves][];
        }

        /** The leaf's own column (its states; {@code values[leaf]} is made with it): the top's copied, or empty. */
        private byte[] column(int leaf) {
            if (states[leaf] == null) {
                if (underLeaf[leaf] >= 0) {
                    throw new IllegalStateException("leaf " + leaf + " is taken from another sheet");
                }
                int n = units.size();
                values[leaf] = top == null ? new double[n] : Arrays.copyOfRange(top.values, leaf * n, leaf * n + n);
                states[leaf] = top == null ? new byte[n] : Arrays.copyOfRange(top.states, leaf * n, leaf * n + n);
            }
            return states[leaf];
        }

        private byte state(int leaf, int unit) {
            return states[leaf] != null ? states[leaf][unit]
                    : top == null ? MISSING : top.states[leaf * units.size() + unit];
        }

        /** Sets a value as the engine holds it (see {@link ScoreSheet#value}). */
        public Builder value(int leaf, int unit, double value) {
            exact[leaf] = false;
            column(leaf)[unit] = VALUE;
            values[leaf][unit] = value;
            return this;
        }

        public Builder notApplicable(int leaf, int unit) {
            byte[] st = column(leaf);
            if (st[unit] == VALUE) {
                candidates[leaf] = null;
            }
            values[leaf][unit] = 0;
            st[unit] = NA;
            return this;
        }

        /** Gives a parent node's total points; leaves under it without a value are then inside the total. */
        public Builder total(int node, int unit, double points) {
            if (under != null) {
                throw new IllegalStateException("totals after a leaf was taken from another sheet");
            }
            if (totals[unit] == null) {
                totals[unit] = new double[plan.size];
                Arrays.fill(totals[unit], Double.NaN);
            }
            totals[unit][node] = points;
            return this;
        }

        /**
         * Copies leaf {@code fromLeaf} of a sheet bound from rows into leaf {@code toLeaf} here, for every unit u whose
         * position in {@code from} is {@code positions[u]} (-1: none) and which has a value or NA there. Sets
         * {@code origins[toLeaf * units + u]} to {@code mark} where it copies.
         */
        public void copy(ScoreSheet from, int fromLeaf, int toLeaf, int[] positions, byte[] origins, byte mark) {
            exact[toLeaf] = false;
            int m = from.units.size();
            if (m == 0) {
                return;
            }
            int n = units.size();
            int out = toLeaf * n;
            int in = fromLeaf * m;
            byte[] fromStates = from.states;
            double[] fromValues = from.values;
            byte[] st = column(toLeaf);
            double[] v = values[toLeaf];
            for (int u = 0; u < n; u++) {
                int pos = positions[u];
                if (pos < 0) {
                    continue;
                }
                byte given = fromStates[in + pos];
                if (given == VALUE || given == NA) {
                    if (given == NA && st[u] == VALUE) {
                        candidates[toLeaf] = null;
                    }
                    v[u] = given == VALUE ? fromValues[in + pos] : 0;
                    st[u] = given;
                    origins[out + u] = mark;
                }
            }
        }

        /**
         * The gaps of leaf {@code toLeaf} (the units whose cell has neither a value nor NA), filled where possible from
         * leaf {@code fromLeaf} of a sheet bound from rows ({@code from} null: none) at each unit's position there
         * ({@code positions[u]}, -1: none): its value, or its NA when {@code takeNotApplicable}; {@code origins} is
         * set to {@code mark} where it fills. Writes the gaps still open into {@code open}, in unit order, and
         * returns how many. One pass over the units that may lack a value, which also narrows that list.
         */
        public int fillGaps(ScoreSheet from, int fromLeaf, int toLeaf, int[] positions, boolean takeNotApplicable,
                            byte[] origins, byte mark, int[] open) {
            int n = units.size();
            int out = toLeaf * n;
            int[] c = candidates[toLeaf];
            int size = c == null ? n : c.length;
            boolean none = from == null || from.units.isEmpty();
            byte[] fromStates = none ? null : from.states;
            double[] fromValues = none ? null : from.values;
            int in = none ? 0 : fromLeaf * from.units.size();
            byte[] st = column(toLeaf);
            double[] v = values[toLeaf];
            int[] left = new int[size];
            int kept = 0;
            int count = 0;
            for (int j = 0; j < size; j++) {
                int u = c == null ? j : c[j];
                byte here = st[u];
                if (here == VALUE) {
                    continue;
                }
                if (here == NA) {
                    left[kept++] = u;
                    continue;
                }
                int pos = none ? -1 : positions[u];
                byte there = pos < 0 ? MISSING : fromStates[in + pos];
                if (there == VALUE) {
                    v[u] = fromValues[in + pos];
                    st[u] = VALUE;
                    origins[out + u] = mark;
                } else if (there == NA && takeNotApplicable) {
                    st[u] = NA;
                    origins[out + u] = mark;
                    left[kept++] = u;
                } else {
                    st[u] = MISSING;   // inside a total of the copied sheet: resolved again
                    open[count++] = u;
                    left[kept++] = u;
                }
            }
            candidates[toLeaf] = Arrays.copyOf(left, kept);
            exact[toLeaf] = true;
            return count;
        }

        /**
         * Leaf {@code leaf} taken as the sheet started from has it where it has a value or NA, and else as leaf
         * {@code fromLeaf} of {@code from} has it (a sheet bound from rows listing the same units in the same order,
         * and the same for every leaf so taken; the leaf's rule and maximum the same in both): its value, or its NA
         * when {@code takeNotApplicable}. Nothing is copied (see {@link Layer}); the leaf must not have been changed
         * here, nor be changed after, and the sheet started from must give no totals. Returns the units left missing
         * as bits (unit u: bit u % 64 of word u / 64).
         */
        public long[] layer(int leaf, ScoreSheet from, int fromLeaf, boolean takeNotApplicable) {
            if (under == null && (top == null || top.hasTotals() || from.layer != null || !sameUnits(from.units, units)
                    || Arrays.stream(totals).anyMatch(Objects::nonNull))) {
                throw new IllegalStateException("leaf " + leaf + " cannot be taken from another sheet");
            }
            Node node = plan.nodes[plan.leafNode[leaf]];
            Node fromNode = from.plan.nodes[from.plan.leafNode[fromLeaf]];
            if (states[leaf] != null || under != null && under != from || !node.rule().equals(fromNode.rule())
                    || !Numbers.same(node.max(), fromNode.max())) {
                throw new IllegalStateException("leaf " + leaf + " cannot be taken from another sheet");
            }
            under = from;
            underLeaf[leaf] = fromLeaf;
            this.takeNotApplicable[leaf] = takeNotApplicable;
            long[][] t = top.present();
            long[][] b = from.present();
            long[] value = t[2 * leaf];
            long[] na = t[2 * leaf + 1];
            long[] belowValue = b[2 * fromLeaf];
            long[] belowNa = b[2 * fromLeaf + 1];
            int n = units.size();
            long[] left = new long[value.length];
            long[] nas = new long[value.length];
            long[] fromBelow = new long[value.length];
            for (int w = 0; w < value.length; w++) {
                long end = w == value.length - 1 && (n & 63) != 0 ? (1L << (n & 63)) - 1 : -1L;
                long open = ~value[w] & ~na[w] & end;
                long takenNa = takeNotApplicable ? open & belowNa[w] : 0;
                fromBelow[w] = open & belowValue[w];
                left[w] = open & ~belowValue[w] & ~takenNa;
                nas[w] = na[w] | takenNa;
            }
            missing[leaf] = left;
            notApplicable[leaf] = nas;
            taken[leaf] = fromBelow;
            return missing[leaf];
        }

        /** True when a total was given for one of node i's ancestors. */
        public boolean insideTotal(int i, int unit) {
            return totals[unit] != null && ScoreSheet.insideTotal(plan, totals[unit], i);
        }

        public ScoreSheet build() {
            int n = units.size();
            for (int u = 0; u < n; u++) {
                if (totals[u] == null) {
                    continue;
                }
                for (int i = 0; i < plan.size; i++) {
                    int leaf = plan.leafOf[i];
                    if (leaf >= 0 && state(leaf, u) == MISSING && ScoreSheet.insideTotal(plan, totals[u], i)) {
                        column(leaf)[u] = IN_TOTAL;
                    }
                }
            }
            int[][] without = new int[candidates.length][];
            int[] scratch = new int[n];
            double[] noValues = null;
            byte[] noStates = null;
            int[] everyUnit = null;
            for (int leaf = 0; leaf < without.length; leaf++) {
                if (underLeaf[leaf] >= 0) {
                    continue;   // the layer lists its units without a value
                }
                if (states[leaf] == null && top != null) {
                    without[leaf] = top.withoutValue[leaf];
                } else if (states[leaf] == null) {
                    if (noStates == null) {
                        noValues = new double[n];
                        noStates = new byte[n];
                        everyUnit = withoutValue(noStates, 1, n)[0];
                    }
                    values[leaf] = noValues;   // a column is never changed once built, so these are shared
                    states[leaf] = noStates;
                    without[leaf] = everyUnit;
                } else if (exact[leaf] && candidates[leaf] != null) {
                    without[leaf] = candidates[leaf];   // filled by fillGaps and no value set since
                } else {
                    byte[] st = states[leaf];
                    int count = 0;
                    if (candidates[leaf] == null) {
                        for (int u = 0; u < n; u++) {
                            scratch[count] = u;
                            count += st[u] != VALUE ? 1 : 0;
                        }
                    } else {
                        for (int u : candidates[leaf]) {
                            scratch[count] = u;
                            count += st[u] != VALUE ? 1 : 0;
                        }
                    }
                    without[leaf] = Arrays.copyOf(scratch, count);
                }
            }
            Layer layer = new Layer(under, underLeaf, takeNotApplicable, values, states, missing, notApplicable, taken);
            return new ScoreSheet(plan, units, top == null ? null : top.values, top == null ? null : top.states,
                    totals, without, layer, top);
        }
    }

    private static boolean insideTotal(Plan plan, double[] totals, int i) {
        for (int a = plan.parent[i]; a >= 0; a = plan.parent[a]) {
            if (!Double.isNaN(totals[a])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Binds the rows of {@code stage} of a period. Problems are recorded; rows with problems are left out.
     * A unit takes part when it has at least one row in that stage.
     */
    public static ScoreSheet bind(Plan plan, Period period, Map<String, Unit> unitsByCode, Stage stage,
                                  Problems problems) {
        if (period.rows() instanceof ScoreRows rows) {
            return bind(plan, period, rows, unitsByCode, stage, problems);
        }
        String file = period.scoresPath();
        Map<String, List<ScoreRow>> byUnit = new LinkedHashMap<>();
        for (ScoreRow row : period.rows()) {
            if (row.stage() != stage) {
                continue;
            }
            Unit unit = unitsByCode.get(row.unit());
            if (unit == null) {
                problems.add(file, row.line(), "unknown unit \"" + row.unit() + "\" (not in units.csv)");
            } else if (!unit.existsBetween(period.from(), period.to())) {
                problems.add(file, row.line(), "unit " + unit.code() + " did not exist in period " + period.code()
                        + " (valid " + orDash(unit.validFrom()) + " to " + orDash(unit.validTo()) + ")");
            } else {
                byUnit.computeIfAbsent(unit.code(), k -> new ArrayList<>()).add(row);
            }
        }
        List<Unit> units = byUnit.keySet().stream().map(unitsByCode::get).toList();
        return bindUnits(plan, units, file, problems, (u, binder, values, states) -> {
            for (ScoreRow row : byUnit.get(units.get(u).code())) {
                binder.bind(row, values, states, u, units.size());
            }
        });
    }

    /** Binds one unit's rows (the unit at position u) with its binder. */
    private interface UnitRows {
        void bind(int u, Binder binder, double[] values, byte[] states);
    }

    /** The sheet of these units, each unit's rows bound by {@code rows} in turn, then checked as a whole. */
    private static ScoreSheet bindUnits(Plan plan, List<Unit> units, String file, Problems problems, UnitRows rows) {
        int leaves = plan.leaves();
        double[] values = new double[units.size() * leaves];
        byte[] states = new byte[units.size() * leaves];
        double[][] totals = new double[units.size()][];
        for (int u = 0; u < units.size(); u++) {
            Binder binder = new Binder(plan, units.get(u), file, problems);
            rows.bind(u, binder, values, states);
            totals[u] = binder.totals;
            binder.checkMixedLevels();
            binder.markLeavesInTotals(states, u, units.size());
        }
        return new ScoreSheet(plan, units, values, states, totals);
    }

    /**
     * As {@link #bind(Plan, Period, Map, Stage, Problems)}, from compact rows: each distinct unit, node and value
     * is looked up once, and a leaf's rule reads each distinct value once. Same checks, same problems, same sheet.
     */
    private static ScoreSheet bind(Plan plan, Period period, ScoreRows rows, Map<String, Unit> unitsByCode,
                                   Stage stage, Problems problems) {
        String file = period.scoresPath();
        int n = rows.size();
        Unit[] unitOf = new Unit[rows.unitCount()];
        byte[] unitState = new byte[rows.unitCount()];   // 0 not seen, 1 takes part, 2 refused
        int[] position = new int[rows.unitCount()];
        int[] count = new int[rows.unitCount()];
        List<Unit> units = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (rows.stage(r) != stage) {
                continue;
            }
            int id = rows.unit(r);
            if (unitState[id] == 0) {
                Unit unit = unitsByCode.get(rows.unitCode(id));
                boolean exists = unit != null && unit.existsBetween(period.from(), period.to());
                unitOf[id] = unit;
                unitState[id] = exists ? (byte) 1 : 2;
                if (exists) {
                    position[id] = units.size();
                    units.add(unit);
                }
            }
            if (unitState[id] == 1) {
                count[id]++;
            } else if (unitOf[id] == null) {
                problems.add(file, rows.line(r), "unknown unit \"" + rows.unitCode(id) + "\" (not in units.csv)");
            } else {
                Unit unit = unitOf[id];
                problems.add(file, rows.line(r), "unit " + unit.code() + " did not exist in period " + period.code()
                        + " (valid " + orDash(unit.validFrom()) + " to " + orDash(unit.validTo()) + ")");
            }
        }
        int[] start = new int[units.size() + 1];
        for (int id = 0; id < unitState.length; id++) {
            if (unitState[id] == 1) {
                start[position[id] + 1] = count[id];
            }
        }
        for (int u = 0; u < units.size(); u++) {
            start[u + 1] += start[u];
        }
        int[] order = new int[start[units.size()]];
        int[] next = Arrays.copyOf(start, units.size());
        for (int r = 0; r < n; r++) {
            if (rows.stage(r) == stage && unitState[rows.unit(r)] == 1) {
                order[next[position[rows.unit(r)]]++] = r;
            }
        }
        int[] nodeIndex = new int[rows.nodeCount()];
        for (int k = 0; k < nodeIndex.length; k++) {
            nodeIndex[k] = plan.indexOf(rows.nodeCode(k));
        }
        RuleMemo memo = new RuleMemo(plan, rows);
        return bindUnits(plan, units, file, problems, (u, binder, values, states) -> {
            for (int k = start[u]; k < start[u + 1]; k++) {
                int r = order[k];
                int node = rows.node(r);
                binder.bind(nodeIndex[node], rows.nodeCode(node), rows.valueText(rows.value(r)), rows.line(r),
                        memo, rows.value(r), values, states, u, units.size());
            }
        });
    }

    /** A leaf rule's reading of each distinct value of a scores file, made once (rules are pure functions). */
    private static final class RuleMemo {
        private static final int MAX_VALUES = 4096;
        private final int valueCount;
        private final double[] read;
        private final byte[] known;   // 0 not yet, 1 read

        RuleMemo(Plan plan, ScoreRows rows) {
            valueCount = rows.valueCount() <= MAX_VALUES ? rows.valueCount() : 0;
            read = new double[valueCount == 0 ? 0 : plan.leaves() * valueCount];
            known = new byte[read.length];
        }

        /** The rule's reading, or throws as the rule does (a refused value is not remembered). */
        double read(Node node, int leaf, int valueNo, String value) {
            if (valueCount == 0) {
                return node.rule().read(value, node.max());
            }
            int at = leaf * valueCount + valueNo;
            if (known[at] == 0) {
                read[at] = node.rule().read(value, node.max());
                known[at] = 1;
            }
            return read[at];
        }
    }

    private static String orDash(Object o) {
        return o == null ? "…" : o.toString();
    }

    /** Binds the rows of one unit. */
    private static final class Binder {
        private final Plan plan;
        private final Unit unit;
        private final String file;
        private final Problems problems;
        private final boolean[] applies;
        private final int[] lineOfNode;   // 0: no row yet
        private int[] found = new int[16];  // the nodes with a row, in the order found
        private int foundCount;
        double[] totals;

        Binder(Plan plan, Unit unit, String file, Problems problems) {
            this.plan = plan;
            this.unit = unit;
            this.file = file;
            this.problems = problems;
            this.applies = plan.appliesTo(unit.group());
            this.lineOfNode = new int[plan.size];
        }

        void bind(ScoreRow row, double[] values, byte[] states, int u, int units) {
            bind(plan.indexOf(row.node()), row.node(), row.value(), row.line(), null, -1, values, states, u, units);
        }

        /** Binds one row: node i (-1 unknown), its code and value as written; memo may be null. */
        void bind(int i, String nodeCode, String value, int line, RuleMemo memo, int valueNo, double[] values,
                  byte[] states, int u, int units) {
            if (i < 0) {
                problem(line, Text.of("unknownNode", nodeCode, plan.framework.id()));
                return;
            }
            int first = lineOfNode[i];
            if (first != 0) {
                problem(line, "duplicate row for unit " + unit.code() + ", node " + nodeCode + " (first on line "
                        + first + ")");
                return;
            }
            lineOfNode[i] = line;
            if (foundCount == found.length) {
                found = Arrays.copyOf(found, foundCount * 2);
            }
            found[foundCount++] = i;
            Node node = plan.node(i);
            if (!applies[i]) {
                problem(line, Text.of("notForGroup", nodeCode, unit.group(), unit.code()));
                return;
            }
            int leaf = plan.leafPosition(i);
            if (leaf < 0) {
                bindTotal(nodeCode, value, line, i, node);
                return;
            }
            if (Node.NOT_APPLICABLE.equals(value.trim())) {
                if (!plan.isNotApplicableAllowed(i)) {
                    problem(line, Text.of("naForbidden", nodeCode));
                    return;
                }
                states[leaf * units + u] = NA;
                return;
            }
            try {
                values[leaf * units + u] = memo == null ? node.rule().read(value, node.max())
                        : memo.read(node, leaf, valueNo, value);
                states[leaf * units + u] = VALUE;
            } catch (IllegalArgumentException e) {
                problem(line, Text.of("refused", nodeCode, Refusal.reason(e)));
            }
        }

        private void bindTotal(String nodeCode, String value, int line, int i, Node node) {
            try {
                double v = Numbers.parse(value, "aTotal");
                double max = node.max();
                if (v < 0 || v > max + Numbers.EPSILON) {
                    problem(line, "node " + nodeCode + ": total " + value + " outside 0.." + Numbers.plain(max));
                    return;
                }
                if (totals == null) {
                    totals = new double[plan.size];
                    Arrays.fill(totals, Double.NaN);
                }
                totals[i] = v;
            } catch (IllegalArgumentException e) {
                problem(line, "node " + nodeCode + " has children, so its row gives its total points: "
                        + e.getMessage());
            }
        }

        void checkMixedLevels() {
            if (totals == null) {
                return;
            }
            for (int k = 0; k < foundCount; k++) {
                int i = found[k];
                for (int a = plan.parent[i]; a >= 0; a = plan.parent[a]) {
                    if (!Double.isNaN(totals[a])) {
                        problems.add(file, lineOfNode[i], "unit " + unit.code() + " has a row for node "
                                + plan.node(i).code() + " and a total for its ancestor " + plan.node(a).code()
                                + " (line " + lineOfNode[a] + "); give one or the other");
                        break;
                    }
                }
            }
        }

        /** Leaves below a node whose total was given have no value of their own. */
        void markLeavesInTotals(byte[] states, int u, int units) {
            if (totals == null) {
                return;
            }
            for (int i = 0; i < plan.size; i++) {
                int leaf = plan.leafOf[i];
                if (leaf >= 0 && states[leaf * units + u] == MISSING && insideTotal(i)) {
                    states[leaf * units + u] = IN_TOTAL;
                }
            }
        }

        private boolean insideTotal(int i) {
            return ScoreSheet.insideTotal(plan, totals, i);
        }

        private void problem(int line, String message) {
            problems.add(file, line, message);
        }

        private void problem(int line, Text text) {
            problems.add(file, line, text);
        }
    }
}
