package org.parindex.app.results;

import java.util.List;

/** Where an improvement plan may start: the weakest items and the measured rates below their threshold. */
public record StartingPointsView(List<TargetsView.Room> weakest, List<TargetsView.Room> failingRates) { }
