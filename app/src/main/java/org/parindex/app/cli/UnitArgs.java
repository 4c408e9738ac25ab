package org.parindex.app.cli;

import java.util.Locale;
import org.parindex.core.text.Figures;
import picocli.CommandLine.Option;

/** The period, unit, language and format (table or json) options of the commands about one unit in one period. */
class UnitArgs {

    @Option(names = {"-p", "--period"}, required = true, paramLabel = "P", description = "The period code, e.g. 2023-H1.")
    String period;

    @Option(names = {"-u", "--unit"}, required = true, paramLabel = "U", description = "The unit code, e.g. hai-truong.")
    String unit;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "LANG", description = "vi or en (default: ${DEFAULT-VALUE}).")
    String lang;

    enum Format { table, json }

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    boolean json() {
        return format == Format.json;
    }

    Locale locale() {
        return Locales.of(lang);
    }

    /** The first line of a table made from demo data. */
    static String demoBanner(Locale locale) {
        return Figures.isVietnamese(locale) ? "DỮ LIỆU MINH HỌA (không phải số liệu thật)\n" : "DEMO DATA (not real figures)\n";
    }
}
