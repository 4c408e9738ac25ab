package org.parindex.app.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.parindex.app.bundles.BundleExport;
import org.parindex.app.bundles.PeriodsImported;
import org.parindex.app.opendata.internal.PublicationRows;
import org.parindex.core.integrity.OpenBundle;
import org.parindex.core.integrity.PublicationEntry;
import org.parindex.core.problem.Problem;
import org.parindex.core.problem.Problems;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only publication log: each publication of a period (by the council, again after a correction, or by
 * a bundle import) stores the period's open data — the canonical bundle and the results CSV made by core from the
 * exported period — and an entry chaining the previous entry's hash, in the publication's transaction.
 */
@Service
@Transactional(readOnly = true)
public class PublicationLog {

    private final PublicationRows rows;
    private final BundleExport export;
    private final Clock clock;

    PublicationLog(PublicationRows rows, BundleExport export) {
        this.rows = rows;
        this.export = export;
        this.clock = Clock.systemUTC();
    }

    /** Records a publication of the period as it is stored now; must run in the publication's transaction. */
    @Transactional
    public PublicationEntry record(String period) {
        return append(period, rows.latest(period).isPresent() ? "republished" : "published");
    }

    @EventListener
    @Transactional
    public void on(PeriodsImported imported) {
        imported.published().forEach(p -> append(p, "imported"));
    }

    private PublicationEntry append(String period, String kind) {
        OpenBundle open = openBundle(period);
        rows.lock();
        PublicationEntry entry = PublicationEntry.next(rows.last().orElse(null), period, kind, clock.instant(),
                open.zipSha256(), open.resultsSha256());
        rows.add(entry, open.zip(), open.resultsCsv());
        return entry;
    }

    /** The whole log, oldest first. */
    public List<PublicationEntry> entries() {
        return rows.all();
    }

    /** The period's entries, oldest first. */
    public List<PublicationEntry> entries(String period) {
        return rows.of(period);
    }

    /** The open data of the period's latest publication. */
    public Optional<OpenData> latest(String period) {
        return rows.latest(period).map(e -> new OpenData(e, rows.bundle(e.seq()), rows.results(e.seq())));
    }

    /** Every break of the chain; empty when every entry is as it was written. */
    public List<Problem> check() {
        Problems problems = new Problems();
        PublicationEntry.check(rows.all(), problems);
        return problems.list();
    }

    private OpenBundle openBundle(String period) {
        try {
            Path dir = Files.createTempDirectory("parindex-open-data");
            Path zip = dir.resolve("bundle.zip");
            try {
                try (OutputStream out = Files.newOutputStream(zip)) {
                    export.write(List.of(period), out);
                }
                return OpenBundle.of(zip, period);
            } finally {
                Files.deleteIfExists(zip);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
