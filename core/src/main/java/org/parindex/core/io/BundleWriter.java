package org.parindex.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.framework.Framework;

/**
 * Writes a bundle into a folder so that {@link BundleReader} reads it back to the same bundle: bundle.yaml,
 * units.csv, each framework once at its path and each period's scores at theirs (paths default to
 * {@code frameworks/<id>.yaml} and {@code scores/<period>.csv}). A period's {@code from} and {@code to} are
 * written only where they differ from what its code implies.
 */
public final class BundleWriter {

    public static final String UNITS_FILE = "units.csv";

    private BundleWriter() { }

    public static void write(Bundle bundle, Path dir) {
        Map<String, Framework> frameworks = new HashMap<>();
        List<org.yaml.snakeyaml.nodes.Node> periods = new ArrayList<>();
        for (Period period : bundle.periods()) {
            String frameworkPath = period.frameworkPath() != null ? period.frameworkPath()
                    : "frameworks/" + period.framework().id() + ".yaml";
            String scoresPath = period.scoresPath() != null ? period.scoresPath() : "scores/" + period.code() + ".csv";
            Framework earlier = frameworks.putIfAbsent(frameworkPath, period.framework());
            if (earlier != null && !earlier.equals(period.framework())) {
                throw new IllegalArgumentException("two different frameworks would be written to " + frameworkPath);
            }
            if (earlier == null) {
                file(dir, frameworkPath, FrameworkWriter.write(period.framework()));
            }
            file(dir, scoresPath, ScoresCsv.write(period.rows()));
            feeds(dir, period);
            periods.add(period(period, frameworkPath, scoresPath));
        }
        file(dir, UNITS_FILE, UnitsCsv.write(bundle.units()));
        YamlWriter.Map root = YamlWriter.block()
                .text("format", Bundle.FORMAT)
                .text("title", bundle.title())
                .text("assessor", bundle.assessor())
                .put("demo", bundle.demo() ? YamlWriter.plain("true") : null)
                .text("units", UNITS_FILE)
                .put("periods", YamlWriter.list(periods, false));
        file(dir, BundleReader.BUNDLE_FILE, YamlWriter.write(root.node()));
    }

    private static org.yaml.snakeyaml.nodes.Node period(Period period, String frameworkPath, String scoresPath) {
        return YamlWriter.block()
                .text("code", period.code())
                .text("name", period.name())
                .text("framework", frameworkPath)
                .text("scores", scoresPath)
                .put("announced", date(period.announced()))
                .put("from", Objects.equals(period.from(), PeriodDates.start(period.code())) ? null : date(period.from()))
                .put("to", Objects.equals(period.to(), PeriodDates.end(period.code())) ? null : date(period.to()))
                .node();
    }

    /** A period's indicator file and survey, at the paths the reader looks for them. */
    private static void feeds(Path dir, Period period) {
        if (!period.feeds().observations().isEmpty()) {
            file(dir, IndicatorsCsv.path(period.code()), IndicatorsCsv.write(period.feeds().observations()));
        }
        if (period.feeds().survey() != null) {
            file(dir, SurveyYaml.path(period.code()), period.feeds().surveyText());
            if (!period.feeds().responses().isEmpty()) {
                file(dir, SurveyResponsesCsv.path(period.code()),
                        SurveyResponsesCsv.write(period.feeds().survey(), period.feeds().responses()));
            }
        }
    }

    private static org.yaml.snakeyaml.nodes.Node date(LocalDate date) {
        return date == null ? null : YamlWriter.plain(date.toString());
    }

    /** Writes a file of the bundle as UTF-8; the path must stay inside the bundle. */
    private static void file(Path dir, String relative, String text) {
        Path path = dir.resolve(relative).normalize();
        if (Path.of(relative).isAbsolute() || !path.startsWith(dir.normalize())) {
            throw new IllegalArgumentException("path \"" + relative + "\" must be relative and inside the bundle");
        }
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
