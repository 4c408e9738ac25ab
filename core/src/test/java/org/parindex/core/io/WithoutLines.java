package org.parindex.core.io;

import java.util.List;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;

/** Copies with every {@code line} set to 0, so that records equal in meaning are equal. */
final class WithoutLines {

    private WithoutLines() { }

    static Framework of(Framework f) {
        return f == null ? null : new Framework(f.id(), f.name(), f.aggregation(), f.capAt100(), f.decimals(), f.bands(),
                nodes(f.nodes()), f.issuedBy(), f.demo());
    }

    private static List<Node> nodes(List<Node> nodes) {
        return nodes.stream().map(n -> new Node(n.code(), n.name(), n.kind(), n.stated(), n.rule(), n.evidence(),
                n.source(), n.notApplicable(), n.unitGroups(), n.weight(), n.description(), nodes(n.children()), 0))
                .toList();
    }

    static Bundle of(Bundle b) {
        return new Bundle(b.title(), b.assessor(), b.demo(), b.units(), b.periods().stream().map(WithoutLines::of).toList());
    }

    private static Period of(Period p) {
        List<ScoreRow> rows = p.rows().stream()
                .map(r -> new ScoreRow(r.unit(), r.node(), r.value(), r.note(), r.stage(), r.evidence(), 0)).toList();
        return new Period(p.code(), p.name(), p.frameworkPath(), of(p.framework()), p.scoresPath(), rows, p.announced(),
                p.from(), p.to());
    }
}
