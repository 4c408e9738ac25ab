package org.parindex.app.bundles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.app.indicators.Observations;
import org.parindex.app.scores.Scores;
import org.parindex.app.surveys.Surveys;
import org.parindex.app.audit.Audit;
import org.parindex.app.frameworks.FrameworkVersion;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Assessor;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.Periods;
import org.parindex.app.results.Results;
import org.parindex.app.units.Unit;
import org.parindex.app.units.Units;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.io.BundleReader;
import org.parindex.core.plans.PlanAction;
import org.parindex.core.plans.PlansFiles;
import org.parindex.app.plans.Plans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a bundle in two steps: {@link #prepare} reads and checks everything through core and says what would
 * change (throwing core's BadInputException with every problem); {@link #apply} writes it all in one transaction
 * and stores the results core computes, once, from each period's rows as read.
 */
@Service
public class BundleImport {

    private static final Logger LOG = LoggerFactory.getLogger(BundleImport.class);

    private final Units units;
    private final Frameworks frameworks;
    private final Periods periods;
    private final Scores scores;
    private final Results results;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Plans plans;
    private final Observations observations;
    private final Surveys surveys;

    BundleImport(Units units, Frameworks frameworks, Periods periods, Scores scores, Results results, Audit audit,
                 ApplicationEventPublisher events, Plans plans, Observations observations, Surveys surveys) {
        this.plans = plans;
        this.observations = observations;
        this.surveys = surveys;
        this.units = units;
        this.frameworks = frameworks;
        this.periods = periods;
        this.scores = scores;
        this.results = results;
        this.audit = audit;
        this.events = events;
    }

    public ImportPlan prepare(Path bundleDir) {
        Path root = rootOf(bundleDir);
        Bundle bundle = BundleReader.read(root);
        Map<String, String> texts = new LinkedHashMap<>();
        for (var p : bundle.periods()) {
            texts.computeIfAbsent(p.frameworkPath(), path -> read(root.resolve(path)));
        }
        return new ImportPlan(bundle, texts, preview(bundle, texts), PlansFiles.read(root, bundle));
    }

    @Transactional
    public void apply(ImportPlan plan, String actor) {
        Bundle bundle = plan.bundle();
        ImportPhases phases = new ImportPhases();
        phases.next("units");
        periods.saveAssessor(new Assessor(nullToEmpty(bundle.title()), nullToEmpty(bundle.assessor()), bundle.demo()));
        Map<String, Unit> known = units.byCode();
        List<Unit> added = new ArrayList<>();
        for (var u : bundle.units()) {
            Unit existing = known.get(u.code());
            Unit unit = Unit.of(u);
            if (existing == null) {
                added.add(unit);
            } else if (!existing.sameAs(unit)) {
                units.update(new Unit(u.code(), u.name(), u.group(), u.validFrom(), u.validTo(), u.predecessors(),
                        existing.version()));
            }
        }
        units.addAll(added);
        List<String> published = new ArrayList<>();
        for (var p : bundle.periods()) {
            phases.next(p.code() + " period");
            FrameworkVersion fw = frameworks.store(p.frameworkPath(), plan.frameworkTexts().get(p.frameworkPath()));
            Optional<Period> existing = periods.find(p.code());
            existing.ifPresent(e -> {
                results.forget(e.code());
                scores.deleteAll(e.code());
            });
            boolean fin = p.rows().stream().anyMatch(r -> r.stage() == Stage.FINAL);
            List<String> taking = p.rows().stream().map(ScoreRow::unit).distinct().sorted().toList();
            periods.save(new Period(p.code(), p.name() == null ? p.code() : p.name(), fw.id(),
                    fin ? PeriodStatus.PUBLISHED : PeriodStatus.SELF_ASSESSMENT,
                    existing.map(Period::ordinal).orElseGet(periods::nextOrdinal), p.from(), p.to(), p.announced(),
                    null, null, List.of(), taking, existing.map(Period::version).orElse(0)));
            phases.next(p.code() + " scores");
            scores.replaceAll(p.code(), p.rows(), actor);
            phases.next(p.code() + " feeds");
            observations.append(p.code(), p.feeds().observations(), actor);
            if (p.feeds().survey() != null) {
                surveys.imported(p.code(), p.feeds().surveyText(), p.feeds().responses(), actor);
            }
            phases.next(p.code() + " results");
            results.recompute(p, bundle.unitsByCode());
            phases.next(p.code() + " plans");
            List<PlanAction> actions = plan.plans().get(p.code());
            if (actions != null) {
                plans.replaceAll(p.code(), actions, actor);
            }
            if (fin) {
                published.add(p.code());
            }
        }
        phases.next("audit and publication log");
        ImportPreview preview = plan.preview();
        audit.record(actor, "bundle.import", bundle.title(), preview.changes().stream()
                .filter(c -> !c.kind().name().endsWith("_SAME")).map(c -> c.kind() + " " + c.subject()).toList()
                .toString());
        if (!published.isEmpty()) {
            events.publishEvent(new PeriodsImported(published));
        }
        phases.end();
        LOG.info("applied in {}", phases);
    }

    private ImportPreview preview(Bundle bundle, Map<String, String> texts) {
        List<ImportPreview.Change> changes = new ArrayList<>();
        Map<String, Unit> known = units.byCode();
        for (var u : bundle.units()) {
            Unit existing = known.get(u.code());
            ImportPreview.Kind kind = existing == null ? ImportPreview.Kind.UNIT_NEW
                    : existing.sameAs(Unit.of(u)) ? ImportPreview.Kind.UNIT_SAME : ImportPreview.Kind.UNIT_CHANGED;
            changes.add(new ImportPreview.Change(kind, u.code(), u.name()));
        }
        for (var e : texts.entrySet()) {
            boolean same = frameworks.existing(e.getValue()).isPresent();
            changes.add(new ImportPreview.Change(same ? ImportPreview.Kind.FRAMEWORK_SAME
                    : ImportPreview.Kind.FRAMEWORK_NEW, e.getKey(), frameworkName(bundle, e.getKey())));
        }
        int rows = 0;
        for (var p : bundle.periods()) {
            boolean exists = periods.find(p.code()).isPresent();
            changes.add(new ImportPreview.Change(exists ? ImportPreview.Kind.PERIOD_REPLACED
                    : ImportPreview.Kind.PERIOD_NEW, p.code(), p.name()));
            rows += p.rows().size();
        }
        return new ImportPreview(bundle.title(), bundle.assessor(), bundle.demo(), changes, rows);
    }

    private static String frameworkName(Bundle bundle, String path) {
        return bundle.periods().stream().filter(p -> p.frameworkPath().equals(path)).findFirst()
                .map(p -> p.framework().name()).orElse(path);
    }

    /** Where bundle.yaml is: the folder itself or its single sub-folder (as in a zip of a folder). */
    private static Path rootOf(Path dir) {
        if (Files.exists(dir.resolve(BundleReader.BUNDLE_FILE))) {
            return dir;
        }
        try (var list = Files.list(dir)) {
            return list.filter(d -> Files.exists(d.resolve(BundleReader.BUNDLE_FILE))).findFirst().orElse(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
