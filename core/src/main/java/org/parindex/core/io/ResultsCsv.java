package org.parindex.core.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Numbers;

/**
 * A period's results as FORMATS.md defines them ({@code parindex score --format csv}): the header
 * {@code rank,unit,name,points,maximum,index,band} then one column per top-level node (its %), one row per unit, by
 * rank; numbers with a dot and the framework's decimals. Published documents quote the SHA-256 of these UTF-8 bytes.
 */
public final class ResultsCsv {

    private ResultsCsv() { }

    public static String write(PeriodResult result) {
        int d = result.framework().decimals();
        List<Node> top = result.framework().nodes();
        StringBuilder out = new StringBuilder();
        List<Object> header = new ArrayList<>(List.of("rank", "unit", "name", "points", "maximum", "index", "band"));
        top.forEach(n -> header.add(n.code()));
        Csv.row(out, header.toArray());
        for (UnitResult r : result.ranking()) {
            List<Object> row = new ArrayList<>(List.of(r.rank(), r.unit().code(), r.unit().name(),
                    Numbers.fixed(r.points(), d), Numbers.fixed(r.maximum(), d), Numbers.fixed(r.index(), d),
                    r.band().code()));
            for (Node n : top) {
                double p = r.percent(n.code());
                row.add(Double.isNaN(p) ? "" : Numbers.fixed(p, d));
            }
            Csv.row(out, row.toArray());
        }
        return out.toString();
    }

    /** The SHA-256 (lower-case hex) of the results CSV's UTF-8 bytes. */
    public static String sha256(PeriodResult result) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(result).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
