package org.parindex.app.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    /**
     * Records each published period of an import. The periods are exported one after another in the import's
     * transaction (they are not committed yet), while core makes the open data of the ones already exported on
     * other threads (its work reads only the exported file); the entries are then chained in order.
     */
    @EventListener
    @Transactional
    public void on(PeriodsImported imported) {
        List<CompletableFuture<OpenBundle>> open = new ArrayList<>();
        for (String period : imported.published()) {
            Path zip = exported(period);
            open.add(CompletableFuture.supplyAsync(() -> openBundle(zip, period)));
        }
        for (int k = 0; k < open.size(); k++) {
            append(imported.published().get(k), "imported", made(open.get(k)));
        }
    }

    private static OpenBundle made(CompletableFuture<OpenBundle> open) {
        try {
            return open.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private PublicationEntry append(String period, String kind) {
        return append(period, kind, openBundle(exported(period), period));
    }

    private PublicationEntry append(String period, String kind, OpenBundle open) {
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

    /** The period as the export writes it, into a temporary file (entries not compressed: read back at once). */
    private Path exported(String period) {
        try {
            Path zip = Files.createTempFile("parindex-open-data", ".zip");
            try (OutputStream out = Files.newOutputStream(zip)) {
                export.writeUncompressed(List.of(period), out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(zip);
                throw e;
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Core's open data of the exported period (the canonical bundle and the results CSV); the file is deleted. */
    private static OpenBundle openBundle(Path zip, String period) {
        try {
            return OpenBundle.of(zip, period);
        } finally {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException e) {
                zip.toFile().deleteOnExit();
            }
        }
    }
}
