package org.parindex.app.periods;

/** Who assesses (e.g. UBND huyện Hải Lăng), the title of its index, and whether the data are demo data. */
public record Assessor(String title, String name, boolean demo) {

    public static final Assessor NONE = new Assessor("", "", false);
}
