package org.parindex.core.framework;

import java.util.List;
import java.util.Optional;
import org.parindex.core.problem.Refusal;

/**
 * How a leaf turns the value in a scores file into points. Values are held as numbers:
 * yes/no as 1/0, a choice as its option's position, everything else as written.
 */
public sealed interface Rule permits Rule.Manual, Rule.YesNo, Rule.Choice, Rule.Tiers, Rule.Linear, Rule.Count {

    /** The rule's name in the framework file. */
    String type();

    /** Reads a value as written in a scores file; throws {@link IllegalArgumentException} saying what was expected. */
    double read(String raw, double max);

    /** Why a value as written cannot be read (what was expected), or empty when it can. */
    default Optional<String> check(String raw, double max) {
        try {
            read(raw, max);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Writes a value back as a scores file holds it. */
    String write(double value);

    /** Points for a value, in 0..max. */
    double points(double value, double max);

    /** The measured value from which the leaf earns its full points, for rate-based rules; NaN otherwise. */
    default double fullPointsAt(double max) {
        return Double.NaN;
    }

    /** True when a smaller measured value is better. */
    default boolean lowerIsBetter() {
        return false;
    }

    record Manual(Double step) implements Rule {
        public String type() { return "manual"; }

        public double read(String raw, double max) {
            double v = Numbers.parse(raw, "aNumberOfPoints");
            if (v < 0 || v > max + Numbers.EPSILON) {
                throw new Refusal("pointsOutside", raw, max);
            }
            if (step != null && !Numbers.isMultiple(v, step)) {
                throw new Refusal("notMultiple", raw, step);
            }
            return v;
        }

        public String write(double value) { return Numbers.plain(value); }

        public double points(double value, double max) { return value; }
    }

    record YesNo() implements Rule {
        public String type() { return "yesno"; }

        public double read(String raw, double max) {
            return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "yes", "có", "co", "1", "true" -> 1;
                case "no", "không", "khong", "0", "false" -> 0;
                default -> throw new Refusal("notYesNo", raw);
            };
        }

        public String write(double value) { return value >= 0.5 ? "yes" : "no"; }

        public double points(double value, double max) { return value >= 0.5 ? max : 0; }
    }

    record Option(String code, String label, double points) { }

    record Choice(List<Option> options) implements Rule {
        public Choice { options = List.copyOf(options); }

        public String type() { return "choice"; }

        public double read(String raw, double max) {
            String code = raw.trim();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).code().equals(code)) {
                    return i;
                }
            }
            throw new Refusal("unknownOption", raw, options.stream().map(Option::code).toList());
        }

        public String write(double value) { return options.get((int) value).code(); }

        public double points(double value, double max) { return options.get((int) value).points(); }
    }

    /** A tier matches when the value is at least {@code atLeast} or at most {@code atMost}. */
    record Tier(Double atLeast, Double atMost, double points) {
        boolean matches(double value) {
            return atLeast != null ? value >= atLeast - Numbers.EPSILON : value <= atMost + Numbers.EPSILON;
        }
    }

    record Tiers(List<Tier> tiers) implements Rule {
        public Tiers { tiers = List.copyOf(tiers); }

        public String type() { return "tiers"; }

        public double read(String raw, double max) { return Numbers.parse(raw, "aNumber"); }

        public String write(double value) { return Numbers.plain(value); }

        public double points(double value, double max) {
            for (Tier tier : tiers) {
                if (tier.matches(value)) {
                    return tier.points();
                }
            }
            return 0;
        }

        @Override
        public double fullPointsAt(double max) {
            for (Tier tier : tiers) {
                if (tier.points() >= max - Numbers.EPSILON) {
                    return tier.atLeast() != null ? tier.atLeast() : tier.atMost();
                }
            }
            return Double.NaN;
        }

        @Override
        public boolean lowerIsBetter() {
            return !tiers.isEmpty() && tiers.get(0).atMost() != null;
        }
    }

    /** {@code from} earns nothing, {@code to} earns the maximum; from &gt; to means lower is better. */
    record Linear(double from, double to) implements Rule {
        public String type() { return "linear"; }

        public double read(String raw, double max) { return Numbers.parse(raw, "aNumber"); }

        public String write(double value) { return Numbers.plain(value); }

        public double points(double value, double max) {
            double share = (value - from) / (to - from);
            return max * (share <= 0 ? 0 : share >= 1 ? 1 : share);
        }

        @Override
        public double fullPointsAt(double max) { return to; }

        @Override
        public boolean lowerIsBetter() { return from > to; }
    }

    /** Deductions: each occurrence costs {@code perOccurrence}, up to the maximum. */
    record Count(double perOccurrence) implements Rule {
        public String type() { return "count"; }

        public double read(String raw, double max) {
            double v = Numbers.parse(raw, "aWholeNumberOfOccurrences");
            if (v < 0 || v != Math.rint(v)) {
                throw new Refusal("notWholeCount", raw);
            }
            return v;
        }

        public String write(double value) { return Numbers.plain(value); }

        public double points(double value, double max) { return Math.min(value * perOccurrence, max); }
    }
}
