package org.parindex.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Node;
import org.parindex.core.text.Figures;

/** The ranking as a text table for people, in Vietnamese by default. */
final class ScoreTable {

    private ScoreTable() { }

    static String render(Bundle bundle, Period period, PeriodResult result, Locale locale) {
        boolean vi = Figures.isVietnamese(locale);
        int d = result.framework().decimals();
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(vi ? List.of("Hạng", "Đơn vị", "Điểm", "Chỉ số", "Xếp loại")
                : List.of("Rank", "Unit", "Points", "Index", "Band"));
        List<Node> top = result.framework().nodes();
        top.forEach(n -> header.add(n.code()));
        rows.add(header.toArray(new String[0]));
        for (UnitResult r : result.ranking()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r.rank()), r.unit().name(),
                    Figures.number(r.points(), d, locale), Figures.percent(r.index(), d, locale), r.band().name()));
            top.forEach(n -> row.add(Figures.number(r.percent(n.code()), d, locale)));
            rows.add(row.toArray(new String[0]));
        }
        StringBuilder out = new StringBuilder();
        if (bundle.demo() || result.framework().demo()) {
            out.append(UnitArgs.demoBanner(locale));
        }
        out.append(bundle.title()).append('\n').append(period.name()).append(" — ").append(result.framework().name())
                .append('\n').append(vi ? "Cột số là tỷ lệ % đạt được của từng lĩnh vực.\n\n"
                        : "Numbered columns are each field's % of its maximum.\n\n");
        out.append(layout(rows, java.util.Set.of(1, 4)));
        return out.toString();
    }

    /** Rows in columns two spaces apart; the columns in {@code left} aligned left, the others right. */
    static String layout(List<String[]> rows, java.util.Set<Integer> left) {
        StringBuilder out = new StringBuilder();
        int[] width = widths(rows);
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(pad(row[c], width[c], left.contains(c))).append(c + 1 < row.length ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static int[] widths(List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        return width;
    }

    private static String pad(String s, int width, boolean left) {
        String space = " ".repeat(width - s.codePointCount(0, s.length()));
        return left ? s + space : space + s;
    }
}
