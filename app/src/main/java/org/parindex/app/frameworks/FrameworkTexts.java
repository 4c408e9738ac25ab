package org.parindex.app.frameworks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parindex.core.framework.Framework;
import org.parindex.core.io.FrameworkReader;
import org.parindex.core.problem.Problems;

/** Parses framework texts through core, caching by text: stored versions never change. */
final class FrameworkTexts {

    private static final Map<String, Framework> CACHE = new ConcurrentHashMap<>();

    private FrameworkTexts() { }

    static Framework parse(String source, String fileName) {
        return CACHE.computeIfAbsent(source, text -> {
            Problems problems = new Problems();
            Framework framework = FrameworkReader.parse(text, fileName, problems);
            problems.throwIfAny();
            return framework;
        });
    }
}
