package org.parindex.documents.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's poppler-utils (pdftotext, pdftoppm, pdffonts, pdfinfo), run on a PDF file as a reader would. */
final class Poppler {

    private Poppler() { }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The text of every page, in reading order (-layout keeps table rows on one line). */
    static String text(Path pdf, boolean layout) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
        if (layout) {
            cmd.add("-layout");
        }
        cmd.add(pdf.toString());
        cmd.add("-");
        return run(cmd.toArray(String[]::new));
    }

    /** Renders every page to PNG files next to the PDF (name-1.png, …) and lists them. */
    static List<Path> pages(Path pdf, int dpi) throws IOException, InterruptedException {
        String prefix = pdf.toString().replaceAll("\\.pdf$", "");
        run("pdftoppm", "-png", "-r", String.valueOf(dpi), pdf.toString(), prefix);
        try (var files = Files.list(pdf.getParent())) {
            String base = pdf.getFileName().toString().replaceAll("\\.pdf$", "");
            return files.filter(f -> f.getFileName().toString().matches(java.util.regex.Pattern.quote(base) + "-\\d+\\.png"))
                    .sorted().toList();
        }
    }
}
