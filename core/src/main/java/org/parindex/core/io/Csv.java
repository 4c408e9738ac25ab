package org.parindex.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;

/** Writes CSV rows with RFC 4180 quoting. */
public final class Csv {

    private Csv() { }

    public static void row(StringBuilder out, Object... values) {
        try {
            CSVFormat.RFC4180.printRecord(out, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
