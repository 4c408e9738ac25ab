package org.parindex.core.io;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Codes;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.analysis.Observation;
import org.parindex.core.engine.Plan;
import org.parindex.core.feeds.Feeds;
import org.parindex.core.feeds.Survey;
import org.parindex.core.feeds.SurveyResponse;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.framework.Framework;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problems;

/**
 * Reads a bundle from a folder or a .zip and checks all of it: bundle.yaml, units.csv, every framework and every
 * scores file against its framework and the units. Either a valid bundle or every problem at once.
 */
public final class BundleReader {

    public static final String BUNDLE_FILE = "bundle.yaml";
    private static final List<Unit> UNREADABLE = new ArrayList<>();

    private BundleReader() { }

    /** The bundle, fully checked, or {@link BadInputException} listing every problem. */
    public static Bundle read(Path path) {
        return read(path, true);
    }

    /**
     * The bundle; with {@code checkScores} false the score rows are read and their columns checked, but each row is
     * checked against its framework and the units only when its period is bound for scoring ({@code ScoreSheet.bind}),
     * so a command that scores one period does not bind every period twice.
     */
    public static Bundle read(Path path, boolean checkScores) {
        if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".zip")) {
            return readZip(path, checkScores);
        }
        if (!Files.isDirectory(path)) {
            throw new BadInputException(path.toString(), 0, Files.exists(path)
                    ? "not a bundle: give a folder holding bundle.yaml, or a .zip of one"
                    : "no such folder or file");
        }
        return readFolder(path, checkScores);
    }

    private static Bundle readZip(Path zip, boolean checkScores) {
        String name = zip.getFileName().toString();
        try (ZipFile entries = new ZipFile(zip.toFile())) {
            if (entries.size() > Limits.ZIP_ENTRIES) {
                throw new BadInputException(name, 0, "more than " + Limits.ZIP_ENTRIES + " entries, the limit of a bundle");
            }
        } catch (IOException e) {
            throw new BadInputException(name, 0, "not a readable .zip (" + Problems.oneLine(e.getMessage())
                    + "); it may be cut short: make it again");
        }
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            return readFolder(zipRoot(fs, zip), checkScores);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw new BadInputException(zip.getFileName().toString(), 0, "not a readable .zip: " + e.getMessage());
        }
    }

    /**
     * Applies {@code reader} to a bundle's root folder: the folder itself, or the root of a .zip (its single top-level
     * folder when bundle.yaml is there), for files a bundle may carry beside those bundle.yaml names (plans/…).
     */
    public static <T> T atRoot(Path path, java.util.function.Function<Path, T> reader) {
        if (Files.isDirectory(path)) {
            return reader.apply(Files.exists(path.resolve(BUNDLE_FILE)) ? path : singleBundleFolder(path));
        }
        try (FileSystem fs = FileSystems.newFileSystem(path)) {
            return reader.apply(zipRoot(fs, path));
        } catch (IOException e) {
            throw new BadInputException(path.getFileName().toString(), 0, "not a readable .zip: " + e.getMessage());
        }
    }

    private static Path singleBundleFolder(Path dir) {
        try (Stream<Path> top = Files.list(dir)) {
            return top.filter(d -> Files.exists(d.resolve(BUNDLE_FILE))).findFirst().orElse(dir);
        } catch (IOException e) {
            throw new BadInputException(dir.getFileName().toString(), 0, "not a readable folder: " + e.getMessage());
        }
    }

    /** The zip's root, or its single top-level folder when bundle.yaml is there. */
    private static Path zipRoot(FileSystem fs, Path zip) throws IOException {
        Path root = fs.getPath("/");
        if (Files.exists(root.resolve(BUNDLE_FILE))) {
            return root;
        }
        try (Stream<Path> top = Files.list(root)) {
            List<Path> dirs = top.filter(Files::isDirectory).filter(d -> Files.exists(d.resolve(BUNDLE_FILE)))
                    .toList();
            if (dirs.size() == 1) {
                return dirs.get(0);
            }
        }
        throw new BadInputException(zip.getFileName().toString(), 0, "no bundle.yaml at the top of the .zip");
    }

    private static Bundle readFolder(Path dir, boolean checkScores) {
        Problems problems = new Problems();
        String text = TextFile.read(dir.resolve(BUNDLE_FILE), BUNDLE_FILE, problems, Limits.YAML_BYTES);
        YamlTree root = text == null ? null : YamlTree.parse(text, BUNDLE_FILE, problems);
        if (root == null) {
            problems.throwIfAny();
        }
        String format = root.text("format");
        if (format != null && !format.equals(Bundle.FORMAT)) {
            root.get("format").problem("unknown format \"" + format + "\", expected " + Bundle.FORMAT);
        }
        String title = root.text("title");
        String assessor = root.text("assessor");
        Boolean demo = root.optionalBoolean("demo");
        BundleFiles files = new BundleFiles(dir, problems);
        List<Unit> units = units(files, root, problems);
        Map<String, Unit> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        List<Period> periods = periods(files, root, units == UNREADABLE || !checkScores ? null : byCode, problems);
        if (units != UNREADABLE) {
            periods = periods.stream().map(p -> withFeeds(files, p, byCode, problems)).toList();
        }
        problems.throwIfAny();
        return new Bundle(title, assessor, demo != null && demo, units, periods);
    }

    /** The units, or {@link #UNREADABLE} when units.csv cannot be read (so scores are not checked against it). */
    private static List<Unit> units(BundleFiles files, YamlTree root, Problems problems) {
        String name = root.text("units");
        if (name == null || !safe(name, root.get("units"))) {
            return UNREADABLE;
        }
        int before = problems.size();
        String text = files.read(name, root.get("units"), Limits.CSV_BYTES);
        List<Unit> units = text == null ? List.of() : UnitsCsv.parse(text, name, problems);
        return units.isEmpty() && problems.size() > before ? UNREADABLE : units;
    }

    private static List<Period> periods(BundleFiles files, YamlTree root, Map<String, Unit> units, Problems problems) {
        Map<String, Framework> frameworks = new HashMap<>();
        Set<String> codes = new HashSet<>();
        List<Period> periods = new ArrayList<>();
        List<YamlTree> items = root.list("periods", true);
        if (items.isEmpty() && root.has("periods")) {
            root.get("periods").problem("a bundle needs at least one period");
        }
        if (items.size() > Limits.PERIODS) {
            root.get("periods").problem("more than " + Limits.PERIODS + " periods, the limit of a bundle");
            return periods;
        }
        for (YamlTree p : items) {
            String code = p.text("code");
            String name = p.text("name");
            String fw = p.text("framework");
            String scores = p.text("scores");
            if (code != null && !Codes.isValid(code)) {
                p.get("code").problem("period code \"" + Codes.shown(code) + "\" must be " + Codes.RULE);
            } else if (code != null && !codes.add(code)) {
                p.problem("duplicate period code \"" + code + "\"");
            }
            LocalDate announced = date(p, "announced");
            LocalDate from = p.has("from") ? date(p, "from") : PeriodDates.start(code);
            LocalDate to = p.has("to") ? date(p, "to") : PeriodDates.end(code);
            Framework framework = null;
            if (fw != null && safe(fw, p.get("framework"))) {
                if (!frameworks.containsKey(fw)) {
                    String text = files.read(fw, p.get("framework"), Limits.YAML_BYTES);
                    frameworks.put(fw, text == null ? null : FrameworkReader.parse(text, fw, problems));
                }
                framework = frameworks.get(fw);
                frameworks.put(fw, framework);
            }
            List<ScoreRow> rows = List.of();
            if (scores != null && safe(scores, p.get("scores"))) {
                rows = files.readScores(scores, p.get("scores"), Limits.CSV_BYTES);
            }
            Period period = new Period(code, name, fw, framework, scores, rows, announced, from, to);
            if (framework != null && units != null) {
                checkScores(period, units, problems);
            }
            periods.add(period);
        }
        return periods;
    }

    /**
     * The period with what feeds it, when the bundle has the files: {@code indicators/<period>.csv},
     * {@code surveys/<period>.yaml} and its responses {@code surveys/<period>.csv}.
     */
    private static Period withFeeds(BundleFiles files, Period period, Map<String, Unit> units, Problems problems) {
        if (period.code() == null || !Codes.isValid(period.code()) || period.framework() == null) {
            return period;
        }
        String indicatorsFile = IndicatorsCsv.path(period.code());
        String text = files.readIfPresent(indicatorsFile, Limits.CSV_BYTES);
        List<Observation> observations = text == null ? List.of()
                : IndicatorsCsv.parse(text, indicatorsFile, period, units, problems);
        String surveyFile = SurveyYaml.path(period.code());
        String surveyText = files.readIfPresent(surveyFile, Limits.YAML_BYTES);
        Survey survey = surveyText == null ? null : SurveyYaml.parse(surveyText, surveyFile, period.framework(), problems);
        String responsesFile = SurveyResponsesCsv.path(period.code());
        String responsesText = files.readIfPresent(responsesFile, Limits.CSV_BYTES);
        List<SurveyResponse> responses = List.of();
        if (responsesText != null && survey != null) {
            responses = SurveyResponsesCsv.parse(responsesText, responsesFile, survey, units, problems);
        } else if (responsesText != null && surveyText == null) {
            problems.add(responsesFile, 0, "survey responses without the survey: add " + surveyFile);
        }
        Feeds feeds = observations.isEmpty() && survey == null ? Feeds.NONE
                : new Feeds(observations, survey, surveyText, responses);
        return period.withFeeds(feeds);
    }

    /** Binds every stage present (units is null when units.csv could not be read), so that each row is checked once against its framework and the units. */
    private static void checkScores(Period period, Map<String, Unit> units, Problems problems) {
        Plan plan = new Plan(period.framework());
        Set<Stage> stages = new HashSet<>();
        period.rows().forEach(r -> stages.add(r.stage()));
        for (Stage stage : stages) {
            ScoreSheet.bind(plan, period, units, stage, problems);
        }
    }

    /** The files bundle.yaml names, read within {@link Limits#BUNDLE_BYTES} together. */
    private static final class BundleFiles {
        private final Path dir;
        private final Problems problems;
        private long left = Limits.BUNDLE_BYTES;

        BundleFiles(Path dir, Problems problems) {
            this.dir = dir;
            this.problems = problems;
        }

        /** An optional file's text, or null when the bundle does not have it (or after recording why it is unreadable). */
        String readIfPresent(String name, long limit) {
            return Files.isRegularFile(dir.resolve(name)) ? text(name, limit) : null;
        }

        /** The file's text, or null after recording why (a missing file at the line of bundle.yaml that names it). */
        String read(String name, YamlTree namedBy, long limit) {
            return present(name, namedBy) ? text(name, limit) : null;
        }

        /** A scores file's rows (none after recording why it cannot be read). */
        List<ScoreRow> readScores(String name, YamlTree namedBy, long limit) {
            Path path = present(name, namedBy) ? withinBudget(name) : null;
            if (path == null) {
                return List.of();
            }
            long[] size = new long[1];
            List<ScoreRow> rows = ScoresReader.read(path, name, problems, Math.min(limit, left), size);
            left -= size[0];
            return rows;
        }

        private boolean present(String name, YamlTree namedBy) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return true;
            }
            namedBy.problem("\"" + name + "\" is not in the bundle (file not found)");
            return false;
        }

        private String text(String name, long limit) {
            Path path = withinBudget(name);
            if (path == null) {
                return null;
            }
            String text = TextFile.read(path, name, problems, Math.min(limit, left));
            left -= text == null ? 0 : text.length();
            return text;
        }

        private Path withinBudget(String name) {
            if (left <= 0) {
                problems.add(name, 0, "not read: the bundle's files are larger than the limit of "
                        + Limits.size(Limits.BUNDLE_BYTES) + " together");
                return null;
            }
            return dir.resolve(name);
        }
    }

    /** Paths in bundle.yaml stay inside the bundle. */
    private static boolean safe(String relative, YamlTree where) {
        Path p;
        try {
            p = Path.of(relative).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            p = null;
        }
        if (p == null || p.isAbsolute() || p.startsWith("..") || relative.contains("\\") || relative.contains(":")) {
            where.problem("path \"" + relative + "\" must be relative and inside the bundle");
            return false;
        }
        return true;
    }

    private static LocalDate date(YamlTree tree, String key) {
        String raw = tree.optionalText(key);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            tree.get(key).problem("`" + key + "` \"" + raw + "\" is not a date like 2023-08-03");
            return null;
        }
    }
}
