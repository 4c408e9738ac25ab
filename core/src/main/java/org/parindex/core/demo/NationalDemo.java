package org.parindex.core.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The national synthetic bundle that {@code parindex demo --national DIR} writes: the 34 provinces and cities of
 * July 2025 with 3,321 communes, wards and special zones (by default; invented names made of common place-name
 * syllables, the 13 special zones by their real names), a framework of 150 items in the eight fields of the PAR
 * Index, and two periods: 2024, before the mergers, and 2025. Some 2025 units were made on 1 July 2025 by merging
 * two or three 2024 units (lineage in units.csv). Every figure is invented (demo data) and the same seed always
 * gives the same bundle.
 */
public final class NationalDemo {

    public static final int UNITS = 3_321;
    /** Units made by a merger on 1 July 2025 (each from 2 or 3 earlier units). */
    public static final int MERGED = 300;

    static final String[] PROVINCES = {"Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
        "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
        "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
        "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang"};
    /** The 13 special zones (đặc khu) and their provinces. */
    private static final String[][] SPECIAL_ZONES = {{"Quảng Ninh", "Vân Đồn"}, {"Quảng Ninh", "Cô Tô"},
        {"Hải Phòng", "Cát Hải"}, {"Hải Phòng", "Bạch Long Vĩ"}, {"Quảng Trị", "Cồn Cỏ"}, {"Đà Nẵng", "Hoàng Sa"},
        {"Quảng Ngãi", "Lý Sơn"}, {"Khánh Hòa", "Trường Sa"}, {"Lâm Đồng", "Phú Quý"}, {"Hồ Chí Minh", "Côn Đảo"},
        {"An Giang", "Phú Quốc"}, {"An Giang", "Kiên Hải"}, {"An Giang", "Thổ Châu"}};
    private static final String[] SYLLABLES = {"An", "Bình", "Phú", "Tân", "Hòa", "Long", "Thạnh", "Phước", "Mỹ",
        "Đông", "Tây", "Nam", "Bắc", "Hưng", "Thịnh", "Lộc", "Sơn", "Hải", "Thủy", "Quang", "Trung", "Vĩnh", "Xuân",
        "Thuận", "Đức", "Lạc", "Yên", "Kim", "Ngọc", "Hồng", "Minh", "Thành", "Phong", "Hiệp", "Lợi", "Khánh", "Định",
        "Hà", "Cát", "Gia", "Hiếu", "Nghĩa", "Tiến", "Thắng", "Lâm", "Điền", "Châu", "Mai", "Đạo", "Trường", "Quý",
        "Hạnh", "Hoa", "Bảo", "Cường", "Toàn", "Vân", "Liên", "Diễn", "Hội"};
    /** The eight fields of the PAR Index, their maxima (adding up to 100) and number of items (adding up to 150). */
    private static final String[] FIELDS = {"Công tác chỉ đạo, điều hành cải cách hành chính",
        "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "Cải cách thủ tục hành chính",
        "Cải cách tổ chức bộ máy hành chính", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức",
        "Cải cách tài chính công", "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
        "Tác động của cải cách hành chính đến người dân, tổ chức"};
    private static final double[] FIELD_MAX = {7, 6, 19, 15, 4, 5, 13, 31};
    private static final int[] FIELD_ITEMS = {12, 12, 30, 22, 10, 12, 22, 30};
    private static final String[] ITEM_NAMES = {"Ban hành kế hoạch đúng thời hạn", "Mức độ hoàn thành kế hoạch",
        "Kiểm tra, đôn đốc việc thực hiện", "Báo cáo định kỳ đầy đủ, đúng hạn", "Tuyên truyền đến người dân",
        "Tỷ lệ hồ sơ giải quyết đúng hạn", "Công khai thủ tục hành chính", "Tiếp nhận và xử lý phản ánh, kiến nghị",
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "Số hóa hồ sơ, kết quả giải quyết", "Sáng kiến cải cách được áp dụng",
        "Mức độ hài lòng của người dân"};

    private NationalDemo() { }

    /** Writes the bundle with {@link #UNITS} units of 2025 into {@code dir} (created if needed). */
    public static void write(Path dir) {
        write(dir, UNITS, MERGED);
    }

    /** A smaller country for tests: {@code units} units of 2025, {@code merged} of them made by a merger. */
    public static void write(Path dir, int units, int merged) {
        if (units < PROVINCES.length + SPECIAL_ZONES.length || merged < 0 || merged > units / 2) {
            throw new IllegalArgumentException("need at least " + (PROVINCES.length + SPECIAL_ZONES.length)
                    + " units, and at most half of them merged");
        }
        try {
            Files.createDirectories(dir.resolve("frameworks"));
            Files.createDirectories(dir.resolve("scores"));
            List<Leaf> leaves = framework(dir.resolve("frameworks/national-2024.yaml"));
            List<Row> rows = units(units, merged);
            writeUnits(dir.resolve("units.csv"), rows);
            scores(dir.resolve("scores/2024.csv"), leaves, rows, 2024);
            scores(dir.resolve("scores/2025.csv"), leaves, rows, 2025);
            Files.writeString(dir.resolve("bundle.yaml"), """
                    # DỮ LIỆU MINH HỌA (demo data): cả nước, 34 tỉnh, thành phố; mọi tên xã, phường và mọi con số đều
                    # là giả định, trừ tên 13 đặc khu. Every name but the special zones' and every figure is invented.
                    format: parindex/bundle@1
                    title: Chỉ số CCHC cấp xã toàn quốc (dữ liệu minh họa)
                    assessor: Bộ Nội vụ (minh họa)
                    demo: true
                    units: units.csv
                    periods:
                      - code: "2024"
                        name: Năm 2024
                        framework: frameworks/national-2024.yaml
                        scores: scores/2024.csv
                      - code: "2025"
                        name: Năm 2025
                        framework: frameworks/national-2024.yaml
                        scores: scores/2025.csv
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the national bundle into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A leaf: its code, maximum and rule kind (0 yes/no, 1 manual, 2 tiers on a rate, 3 linear on a rate). */
    private record Leaf(String code, double max, int kind) { }

    private static List<Leaf> framework(Path file) throws IOException {
        List<Leaf> leaves = new ArrayList<>();
        StringBuilder y = new StringBuilder("""
                # Bộ chỉ số minh họa (dữ liệu demo): 8 lĩnh vực của Chỉ số CCHC, 150 tiêu chí thành phần giả định.
                format: parindex/framework@1
                id: national-2024
                name: Bộ chỉ số CCHC cấp xã (minh họa, toàn quốc)
                demo: true
                aggregation: points
                capAt100: true
                decimals: 2
                bands:
                  - { code: xuat-sac, name: Xuất sắc, min: 90 }
                  - { code: tot, name: Tốt, min: 80 }
                  - { code: kha, name: Khá, min: 70 }
                  - { code: trung-binh, name: Trung bình, min: 50 }
                  - { code: yeu, name: Yếu, min: 0 }
                nodes:
                """);
        for (int f = 0; f < FIELDS.length; f++) {
            y.append("  - code: \"").append(f + 1).append("\"\n    name: ").append(FIELDS[f]).append("\n    children:\n");
            int items = FIELD_ITEMS[f];
            double each = Math.floor(FIELD_MAX[f] / items * 4) / 4;
            int criteria = (items + 3) / 4;
            int item = 0;
            for (int c = 0; c < criteria; c++) {
                y.append("      - code: \"").append(f + 1).append('.').append(c + 1).append("\"\n        name: Tiêu chí ")
                        .append(f + 1).append('.').append(c + 1).append("\n        children:\n");
                for (int k = 0; k < 4 && item < items; k++, item++) {
                    double max = item == items - 1 ? FIELD_MAX[f] - each * (items - 1) : each;
                    String code = (f + 1) + "." + (c + 1) + "." + (k + 1);
                    int kind = (item * 7 + f) % 4;
                    leaves.add(new Leaf(code, max, kind));
                    y.append("          - code: \"").append(code).append("\"\n            name: ")
                            .append(ITEM_NAMES[(item + f) % ITEM_NAMES.length]).append(" (").append(code).append(")\n")
                            .append("            max: ").append(plain(max)).append("\n            rule: ")
                            .append(rule(kind, max)).append('\n');
                }
            }
        }
        Files.writeString(file, y, StandardCharsets.UTF_8);
        return leaves;
    }

    private static String rule(int kind, double max) {
        return switch (kind) {
            case 0 -> "{ type: yesno }";
            case 1 -> "{ type: manual, step: 0.25 }";
            case 2 -> "{ type: tiers, tiers: [ { atLeast: 95, points: " + plain(max) + " }, { atLeast: 80, points: "
                    + plain(max / 2) + " } ] }";
            default -> "{ type: linear, from: 0, to: 100 }";
        };
    }

    /** A unit of units.csv; {@code province} and {@code quality} drive its scores. */
    private record Row(String code, String name, String group, String validFrom, String validTo, String predecessors,
                       double quality) { }

    private static List<Row> units(int count, int merged) {
        Random random = new Random(2025);
        List<Row> rows = new ArrayList<>();
        List<Row> ended = new ArrayList<>();
        int perProvince = count / PROVINCES.length;
        int made = 0;
        for (int p = 0; p < PROVINCES.length; p++) {
            String province = PROVINCES[p];
            String prefix = slug(province);
            Set<String> codes = new HashSet<>();
            int n = p < count % PROVINCES.length ? perProvince + 1 : perProvince;
            List<String> zones = new ArrayList<>();
            for (String[] z : SPECIAL_ZONES) {
                if (z[0].equals(province)) {
                    zones.add(z[1]);
                }
            }
            boolean city = List.of("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ").contains(province);
            // spread over all provinces but the last (its first units are three special zones, which leave no room
            // in a small country); a province without room leaves its mergers to the next one
            int spread = PROVINCES.length - 1;
            int mergedHere = merged * Math.min(p + 1, spread) / spread - made;
            for (int i = 0; i < n; i++) {
                String group;
                String name;
                if (i < zones.size()) {
                    group = "special-zone";
                    name = zones.get(i);
                } else {
                    group = random.nextInt(100) < (city ? 55 : 18) ? "ward" : "commune";
                    name = freshName(random, codes, prefix);
                }
                String code = prefix + "." + slug(name);
                codes.add(code);
                String shown = (group.equals("ward") ? "Phường " : group.equals("commune") ? "Xã " : "Đặc khu ")
                        + name + " (" + province + ")";
                double quality = 0.45 + 0.5 * random.nextDouble();
                if (i >= zones.size() && i - zones.size() < mergedHere) {
                    List<String> before = new ArrayList<>();
                    int parts = 2 + random.nextInt(2);
                    for (int k = 0; k < parts; k++) {
                        String old = freshName(random, codes, prefix);
                        String oldCode = prefix + "." + slug(old);
                        codes.add(oldCode);
                        before.add(oldCode);
                        ended.add(new Row(oldCode, (group.equals("ward") ? "Phường " : "Xã ") + old + " (" + province + ")",
                                group, "", "2025-06-30", "", Math.min(0.97, quality + 0.1 * random.nextGaussian())));
                    }
                    rows.add(new Row(code, shown, group, "2025-07-01", "", String.join(";", before), quality));
                    made++;
                } else {
                    rows.add(new Row(code, shown, group, "", "", "", quality));
                }
            }
        }
        if (made != merged) {
            throw new IllegalStateException("merged " + made + " units, not " + merged);
        }
        rows.addAll(ended);
        return rows;
    }

    /** A name of two different syllables whose code is not taken in the province yet. */
    private static String freshName(Random random, Set<String> codes, String prefix) {
        while (true) {
            String first = SYLLABLES[random.nextInt(SYLLABLES.length)];
            String second = SYLLABLES[random.nextInt(SYLLABLES.length)];
            String name = first + " " + second;
            if (!first.equals(second) && !codes.contains(prefix + "." + slug(name))) {
                return name;
            }
        }
    }

    private static void writeUnits(Path file, List<Row> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("code,name,group,validFrom,validTo,predecessors\n");
            for (Row r : rows) {
                out.write(r.code() + "," + r.name() + "," + r.group() + "," + r.validFrom() + "," + r.validTo() + ","
                        + r.predecessors() + "\n");
            }
        }
    }

    /** One row per unit and item of the units that existed in the year (2024: before the mergers). */
    private static void scores(Path file, List<Leaf> leaves, List<Row> rows, int year) throws IOException {
        Random random = new Random(year);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("unit,node,value,note\n");
            for (Row r : rows) {
                boolean exists = year == 2024 ? r.validFrom().isEmpty() : r.validTo().isEmpty();
                if (!exists) {
                    continue;
                }
                double quality = Math.max(0.1, Math.min(0.98, r.quality() + (year - 2024) * 0.03
                        + 0.05 * random.nextGaussian()));
                for (Leaf leaf : leaves) {
                    out.write(r.code() + "," + leaf.code() + "," + value(leaf, quality, random) + ",\n");
                }
            }
        }
    }

    private static String value(Leaf leaf, double quality, Random random) {
        double draw = Math.max(0, Math.min(1, quality + 0.25 * random.nextGaussian()));
        return switch (leaf.kind()) {
            case 0 -> draw > 0.4 ? "yes" : "no";
            case 1 -> plain(Math.round(draw * leaf.max() * 4) / 4.0);
            default -> plain(Math.round(draw * 1000) / 10.0);
        };
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** An ASCII code from a Vietnamese name: "Đắk Lắk" → "dak-lak". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
