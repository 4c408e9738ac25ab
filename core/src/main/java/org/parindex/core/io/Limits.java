package org.parindex.core.io;

/**
 * The bounds every bundle is read within, checked before a file is parsed, so that any input is refused or read in
 * seconds and bounded memory. The server's uploads and the command line obey the same numbers.
 */
public final class Limits {

    /** Files in a .zip (entries, folders included), and files of an uploaded folder. */
    public static final int ZIP_ENTRIES = 2_000;
    /** All the files a bundle's reading takes in, together. */
    public static final long BUNDLE_BYTES = 100L * 1024 * 1024;
    /** One YAML file (bundle.yaml, a framework). */
    public static final int YAML_BYTES = 1024 * 1024;
    public static final int YAML_LINES = 20_000;
    /** One value in a YAML file (a name, a description). */
    public static final int YAML_SCALAR_CHARS = 10_000;
    /** One CSV file (units.csv, a scores file): bytes and data rows (a national period: 10,000 units × 300 items). */
    public static final long CSV_BYTES = 64L * 1024 * 1024;
    public static final int CSV_ROWS = 4_000_000;
    /** Periods in one bundle. */
    public static final int PERIODS = 500;

    private Limits() { }

    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
