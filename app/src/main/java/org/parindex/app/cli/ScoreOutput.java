package org.parindex.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Numbers;
import org.parindex.core.io.Csv;

/** The machine-readable outputs of {@code score}, as FORMATS.md defines them. */
final class ScoreOutput {

    private ScoreOutput() { }

    static String csv(PeriodResult result) {
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

    static String json(PeriodResult result) {
        int d = result.framework().decimals();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (UnitResult r : result.ranking()) {
            ObjectNode o = array.addObject();
            o.put("rank", r.rank());
            o.put("unit", r.unit().code());
            o.put("name", r.unit().name());
            o.put("points", Numbers.round(r.points(), d));
            o.put("maximum", Numbers.round(r.maximum(), d));
            o.put("index", Numbers.round(r.index(), d));
            o.put("band", r.band().code());
            o.put("bandName", r.band().name());
            o.put("missing", r.missing());
            ObjectNode nodes = o.putObject("nodes");
            for (Node n : result.framework().nodes()) {
                double p = r.percent(n.code());
                if (Double.isNaN(p)) {
                    nodes.putNull(n.code());
                } else {
                    nodes.put(n.code(), Numbers.round(p, d));
                }
            }
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
