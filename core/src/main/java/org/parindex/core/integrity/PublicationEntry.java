package org.parindex.core.integrity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parindex.core.problem.Problems;

/**
 * One entry of the append-only publication log: a period's open data as it was published. Its hash is the
 * SHA-256 of {@link #line()}, which holds the previous entry's hash, so changing or removing any entry changes
 * every hash after it: whoever kept an earlier hash can tell.
 *
 * @param kind {@code published} (the council published the period), {@code republished} (published again after
 *             a correction) or {@code imported} (a bundle brought the period's final results)
 */
public record PublicationEntry(long seq, String period, String kind, Instant at, String bundleSha256,
                               String resultsSha256, String previousHash, String hash) {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** A new entry after {@code previous} (null for the first); the time is kept to the second. */
    public static PublicationEntry next(PublicationEntry previous, String period, String kind, Instant at,
                                        String bundleSha256, String resultsSha256) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        String prev = previous == null ? GENESIS : previous.hash();
        Instant second = at.truncatedTo(ChronoUnit.SECONDS);
        return new PublicationEntry(seq, period, kind, second, bundleSha256, resultsSha256, prev,
                Sha256.of(line(seq, period, kind, second, bundleSha256, resultsSha256, prev)));
    }

    /** What the hash is taken of: {@code seq|period|kind|time (UTC, ISO 8601)|bundle sha|results sha|previous hash}. */
    public String line() {
        return line(seq, period, kind, at, bundleSha256, resultsSha256, previousHash);
    }

    private static String line(long seq, String period, String kind, Instant at, String bundle, String results,
                               String previous) {
        return seq + "|" + period + "|" + kind + "|" + at + "|" + bundle + "|" + results + "|" + previous;
    }

    /** Every break of the chain (oldest first): a wrong sequence, a previous hash that is not the one before, a hash that is not its line's. */
    public static void check(List<PublicationEntry> entries, Problems problems) {
        String previous = GENESIS;
        long seq = 1;
        for (PublicationEntry e : entries) {
            String where = "publication log";
            if (e.seq() != seq) {
                problems.add(where, (int) e.seq(), "entry " + e.seq() + " where " + seq + " was expected (an entry is missing)");
            }
            if (!e.previousHash().equals(previous)) {
                problems.add(where, (int) e.seq(), "its previous hash is not the hash of the entry before it");
            }
            if (!Sha256.of(e.line()).equals(e.hash())) {
                problems.add(where, (int) e.seq(), "its hash is not the SHA-256 of its contents (the entry was changed)");
            }
            previous = e.hash();
            seq = e.seq() + 1;
        }
    }
}
