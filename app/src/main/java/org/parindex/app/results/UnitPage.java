package org.parindex.app.results;

import java.util.List;

/** Everything a unit's page shows for one period: headline, field results, trend over all periods, the tree. */
public record UnitPage(UnitView unit, PeriodView period, Headline headline, List<FieldResult> fields,
                       List<TrendRow> trend, List<NodeView> tree) { }
