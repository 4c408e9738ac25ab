package org.parindex.app.bundles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.parindex.app.indicators.Observations;
import org.parindex.app.scores.Scores;
import org.parindex.app.surveys.Surveys;
import org.parindex.app.frameworks.FrameworkVersion;
import org.parindex.app.plans.Plans;
import org.parindex.core.plans.PlanAction;
import org.parindex.core.plans.PlansCsv;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Assessor;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.units.Unit;
import org.parindex.app.units.Units;
import org.parindex.core.bundle.Codes;
import org.parindex.core.io.IndicatorsCsv;
import org.parindex.core.io.ScoresCsv;
import org.parindex.core.io.SurveyResponsesCsv;
import org.parindex.core.io.SurveyYaml;
import org.parindex.core.io.UnitsCsv;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes periods (or all of them) as a bundle .zip that core's BundleReader reads and scores to the same results. */
@Service
public class BundleExport {

    private final Units units;
    private final Frameworks frameworks;
    private final Periods periods;
    private final Scores scores;
    private final Plans plans;
    private final Observations observations;
    private final Surveys surveys;

    BundleExport(Units units, Frameworks frameworks, Periods periods, Scores scores, Plans plans,
                 Observations observations, Surveys surveys) {
        this.plans = plans;
        this.observations = observations;
        this.surveys = surveys;
        this.units = units;
        this.frameworks = frameworks;
        this.periods = periods;
        this.scores = scores;
    }

    /** Every period when {@code codes} is empty. */
    @Transactional(readOnly = true)
    public void write(List<String> codes, OutputStream out) throws IOException {
        write(codes, out, Deflater.DEFAULT_COMPRESSION);
    }

    /**
     * The same bundle, its entries stored without compression: for a .zip read back at once and never kept (the
     * publication log's input, which core turns into the canonical, compressed bundle).
     */
    @Transactional(readOnly = true)
    public void writeUncompressed(List<String> codes, OutputStream out) throws IOException {
        write(codes, out, Deflater.NO_COMPRESSION);
    }

    private void write(List<String> codes, OutputStream out, int level) throws IOException {
        List<Period> chosen = periods.all().stream().filter(p -> codes.isEmpty() || codes.contains(p.code())).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no such period: " + codes);
        }
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder yaml = new StringBuilder();
        Assessor assessor = periods.assessor();
        yaml.append("format: parindex/bundle@1\n")
                .append("title: ").append(quote(assessor.title())).append('\n')
                .append("assessor: ").append(quote(assessor.name())).append('\n');
        if (assessor.demo()) {
            yaml.append("demo: true\n");
        }
        yaml.append("units: units.csv\nperiods:\n");
        for (Period p : chosen) {
            FrameworkVersion fw = frameworks.byId(p.frameworkId()).orElseThrow();
            String fwFile = "frameworks/" + fw.code() + "-r" + fw.revision() + ".yaml";
            String scoresFile = "scores/" + Codes.require("period", p.code()) + ".csv";
            files.put(fwFile, fw.source());
            files.put(scoresFile, ScoresCsv.write(scores.of(p.code())));
            List<PlanAction> actions = plans.export(p.code());
            if (!actions.isEmpty()) {
                files.put(PlansCsv.path(p.code()), PlansCsv.write(actions));
            }
            var observed = observations.of(p.code());
            if (!observed.isEmpty()) {
                files.put(IndicatorsCsv.path(p.code()), IndicatorsCsv.write(observed));
            }
            surveys.definition(p.code()).ifPresent(d -> {
                files.put(SurveyYaml.path(p.code()), d.text());
                var responses = surveys.responses(p.code(), d.survey());
                if (!responses.isEmpty()) {
                    files.put(SurveyResponsesCsv.path(p.code()), SurveyResponsesCsv.write(d.survey(), responses));
                }
            });
            yaml.append("  - code: ").append(quote(p.code())).append('\n')
                    .append("    name: ").append(quote(p.name())).append('\n')
                    .append("    framework: ").append(fwFile).append('\n')
                    .append("    scores: ").append(scoresFile).append('\n');
            date(yaml, "from", p.startsOn());
            date(yaml, "to", p.endsOn());
            date(yaml, "announced", p.announcedOn());
        }
        files.put("units.csv", UnitsCsv.write(units.all().stream().map(Unit::toCore).toList()));
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.setLevel(level);
            put(zip, "bundle.yaml", yaml.toString());
            for (var e : files.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
    }

    private static void date(StringBuilder yaml, String key, java.time.LocalDate d) {
        if (d != null) {
            yaml.append("    ").append(key).append(": ").append(d).append('\n');
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String quote(String s) {
        return "\"" + (s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
    }
}
