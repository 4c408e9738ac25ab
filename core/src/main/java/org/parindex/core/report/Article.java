package org.parindex.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A ready-to-publish article of one unit's result, for a commune portal: the narrative report (headline, fields,
 * earlier ranks, causes from the data) with the unit's remedies when it has a plan, and the source. As plain text
 * and as HTML (headings, paragraphs and lists only, every text escaped, no style or script) to paste into a
 * portal's editor.
 */
public record Article(String title, List<Block> blocks) {

    /** A paragraph, optionally followed by a list. */
    public record Block(String text, List<String> items, boolean strong) { }

    /**
     * @param narrative   {@link NarrativeReport#write}'s text: paragraphs between blank lines, list items as "- …"
     * @param demo        the narrative opens with the demo notice (a demo bundle)
     * @param remediesHeading the heading of the remedies, used when {@code remedies} is not empty
     * @param source      the closing line (where the data are), or null
     */
    public static Article of(String narrative, boolean demo, String remediesHeading, List<String> remedies, String source) {
        List<Block> blocks = new ArrayList<>();
        String title = null;
        boolean notice = demo;
        for (String para : narrative.strip().split("\n\\s*\n")) {
            List<String> lines = para.strip().lines().toList();
            if (notice) {
                blocks.add(new Block(String.join(" ", lines), List.of(), true));
                notice = false;
            } else if (title == null) {
                title = String.join(" ", lines);
            } else {
                blocks.addAll(blocks(lines));
            }
        }
        if (!remedies.isEmpty()) {
            blocks.add(new Block(remediesHeading, remedies, true));
        }
        if (source != null) {
            blocks.add(new Block(source, List.of(), false));
        }
        return new Article(title, blocks);
    }

    /** Lines of one paragraph: text lines, each followed by the "- " items under it. */
    private static List<Block> blocks(List<String> lines) {
        List<Block> out = new ArrayList<>();
        String text = null;
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("- ")) {
                items.add(line.substring(2));
            } else {
                if (text != null || !items.isEmpty()) {
                    out.add(new Block(text, List.copyOf(items), heading(text, items)));
                    items.clear();
                }
                text = line;
            }
        }
        if (text != null || !items.isEmpty()) {
            out.add(new Block(text, List.copyOf(items), heading(text, items)));
        }
        return out;
    }

    /** A line that introduces a list or what follows ("…:") is a heading. */
    private static boolean heading(String text, List<String> items) {
        return !items.isEmpty() || text != null && text.endsWith(":");
    }

    public String text() {
        StringBuilder out = new StringBuilder(title).append("\n");
        for (Block b : blocks) {
            out.append('\n');
            if (b.text() != null) {
                out.append(b.text()).append('\n');
            }
            b.items().forEach(i -> out.append("- ").append(i).append('\n'));
        }
        return out.toString();
    }

    /** An HTML fragment: an article element to paste into a portal. */
    public String html() {
        StringBuilder out = new StringBuilder("<article>\n<h2>").append(escape(title)).append("</h2>\n");
        for (Block b : blocks) {
            if (b.text() != null) {
                out.append(b.strong() ? "<p><strong>" : "<p>").append(escape(b.text()))
                        .append(b.strong() ? "</strong></p>\n" : "</p>\n");
            }
            if (!b.items().isEmpty()) {
                out.append("<ul>\n");
                b.items().forEach(i -> out.append("<li>").append(escape(i)).append("</li>\n"));
                out.append("</ul>\n");
            }
        }
        return out.append("</article>\n").toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
