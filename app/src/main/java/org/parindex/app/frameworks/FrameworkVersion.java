package org.parindex.app.frameworks;

import java.time.OffsetDateTime;
import org.parindex.core.framework.Framework;

/**
 * One stored version of a framework. {@code source} (the YAML text) is the source of truth; {@code code} is
 * the framework's id from the file and {@code revision} counts the different texts stored under that code;
 * {@code framework} is the text as core reads it (parsed once per version by {@link Frameworks}).
 */
public record FrameworkVersion(long id, String code, int revision, String name, String fileName, String source,
                               double maxPoints, boolean demo, OffsetDateTime createdAt, Framework framework) { }
