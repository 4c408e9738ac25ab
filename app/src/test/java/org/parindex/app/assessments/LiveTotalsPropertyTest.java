package org.parindex.app.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.assessments.policy.RefusedException;
import org.parindex.app.periods.Periods;
import org.parindex.app.support.Database;
import org.parindex.core.bundle.Stage;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NotApplicable;
import org.parindex.core.framework.Rule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The live totals of a sheet being edited always equal what saving gives (issue 9): for random edits generated with
 * jqwik (a random subset of items, each a value its rule reads, "did not arise", or blank, which lets an earlier
 * stage's value count again), the preview computed before saving equals the totals after the save, edit after edit,
 * at self-assessment and in appraisal round 1 (where untouched and blank items count as the unit scored them).
 */
@SpringBootTest(properties = "parindex.demo=true")
class LiveTotalsPropertyTest {

    static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, null);
    static final Viewer OFFICER = new Viewer("can-bo-hai-truong", Role.UNIT_OFFICER, "hai-truong");
    static final Viewer APPRAISER = new Viewer("appraiser", Role.APPRAISER, null);
    static final int TRIES = 40;

    @Autowired PeriodLifecycle lifecycle;
    @Autowired Periods periods;
    @Autowired ScoreEntry entry;
    @Autowired PeriodContext context;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void liveTotalsEqualSavedTotalsForRandomEdits() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long framework = periods.find("2023-H1").orElseThrow().frameworkId();
        lifecycle.open(ADMIN, "live-9", "Live 9", framework, List.of("hai-truong"), today.plusDays(7),
                today.plusDays(14), today.plusDays(10), null);
        lifecycle.advance(ADMIN, "live-9", version());
        var period = context.period("live-9");
        List<Node> leaves = context.framework(period).leaves(context.unit(period, "hai-truong").group()).stream()
                .filter(n -> !n.isExternal()).toList();
        Arbitrary<List<ItemInput>> edits = edits(leaves);
        Random random = new Random(9);

        int compared;
        JqwikSession.start();   // jqwik's generators outside a @Property (the Spring context is JUnit's)
        try {
            compared = compare(OFFICER, Stage.SELF, edits, random);
            lifecycle.advance(ADMIN, "live-9", version());
            compared += compare(APPRAISER, Stage.APPRAISAL1, edits, random);
        } finally {
            JqwikSession.finish();
        }

        assertThat(compared).as("edits compared (saves refused are skipped)").isGreaterThan(TRIES);
    }

    private int compare(Viewer who, Stage stage, Arbitrary<List<ItemInput>> edits, Random random) {
        int compared = 0;
        for (int i = 0; i < TRIES; i++) {
            List<ItemInput> typed = edits.generator(100).next(random).value();
            Totals live = entry.preview("live-9", "hai-truong", stage, typed);
            ScoreEntry.Saved saved;
            try {
                saved = entry.save(who, "live-9", "hai-truong", sheetVersion(), typed, null);
            } catch (RefusedException e) {
                continue;
            }
            Totals after = entry.totals("live-9", "hai-truong", stage);
            assertThat(live.points()).as("points after %s", typed).isCloseTo(after.points(),
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(live.index()).as("index after %s", typed).isCloseTo(after.index(),
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(live.band()).as("band after %s", typed).isEqualTo(after.band());
            assertThat(saved.totals().points()).isCloseTo(after.points(), org.assertj.core.data.Offset.offset(1e-9));
            compared++;
        }
        return compared;
    }

    /** A random subset of the items, each with a value its rule reads, NA where allowed, or blank. */
    static Arbitrary<List<ItemInput>> edits(List<Node> leaves) {
        return Arbitraries.integers().between(0, leaves.size() - 1).list().ofMinSize(1).ofMaxSize(12).uniqueElements()
                .flatMap(indexes -> {
                    List<Arbitrary<ItemInput>> items = new ArrayList<>();
                    for (int i : indexes) {
                        Node n = leaves.get(i);
                        items.add(value(n).map(v -> new ItemInput(n.code(), v, "")));
                    }
                    return net.jqwik.api.Combinators.combine(items).as(l -> l);
                });
    }

    static Arbitrary<String> value(Node n) {
        List<Arbitrary<String>> choices = new ArrayList<>();
        choices.add(Arbitraries.just(""));
        if (n.notApplicable() != NotApplicable.FORBIDDEN) {
            choices.add(Arbitraries.just("NA"));
        }
        Rule r = n.rule();
        if (r instanceof Rule.YesNo) {
            choices.add(Arbitraries.of("yes", "no"));
        } else if (r instanceof Rule.Choice c) {
            choices.add(Arbitraries.of(c.options().stream().map(Rule.Option::code).toList()));
        } else if (r instanceof Rule.Count) {
            choices.add(Arbitraries.integers().between(0, 6).map(String::valueOf));
        } else if (r instanceof Rule.Manual m && m.step() != null) {
            int steps = (int) Math.floor(n.max() / m.step() + 1e-9);
            choices.add(Arbitraries.integers().between(0, steps)
                    .map(k -> org.parindex.core.framework.Numbers.plain(k * m.step())));
        } else {
            double top = r == null || r instanceof Rule.Manual ? n.max() : 120;
            choices.add(Arbitraries.doubles().between(0, top).ofScale(2).withDistribution(RandomDistribution.uniform())
                    .map(d -> org.parindex.core.framework.Numbers.plain(d)));
        }
        return Arbitraries.oneOf(choices).filter(v -> v.isEmpty() || n.check(v).isEmpty());
    }

    private int version() {
        return periods.find("live-9").orElseThrow().version();
    }

    private int sheetVersion() {
        return context.sheets("live-9").stream().filter(s -> s.unit().equals("hai-truong")).findFirst().orElseThrow()
                .version();
    }
}
