package org.parindex.core.plans;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.io.BundleReader;
import org.parindex.core.io.TextFile;
import org.parindex.core.problem.Problems;

/** The plans files a bundle (folder or .zip) carries, {@code plans/<period>.csv}, one per period at most. */
public final class PlansFiles {

    private PlansFiles() { }

    /**
     * The actions of every period that has a plans file, by period code.
     *
     * @throws org.parindex.core.problem.BadInputException listing every problem of every plans file
     */
    public static Map<String, List<PlanAction>> read(Path bundlePath, Bundle bundle) {
        Problems problems = new Problems();
        Map<String, List<PlanAction>> out = BundleReader.atRoot(bundlePath, root -> {
            Map<String, List<PlanAction>> found = new LinkedHashMap<>();
            for (Period period : bundle.periods()) {
                String name = PlansCsv.path(period.code());
                Path file = root.resolve(name);
                if (Files.isRegularFile(file)) {
                    String text = TextFile.read(file, name, problems);
                    if (text != null) {
                        found.put(period.code(), PlansCsv.parse(text, name, period, bundle.unitsByCode(), problems));
                    }
                }
            }
            return found;
        });
        problems.throwIfAny();
        return out;
    }
}
