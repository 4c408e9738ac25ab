package org.parindex.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Numbers;
import org.parindex.core.io.ResultsCsv;

/** The machine-readable outputs of {@code score}, as FORMATS.md defines them. */
final class ScoreOutput {

    private ScoreOutput() { }

    static String csv(PeriodResult result) {
        return ResultsCsv.write(result);
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
