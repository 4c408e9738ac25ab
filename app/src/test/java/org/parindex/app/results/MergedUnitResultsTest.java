package org.parindex.app.results;

import org.parindex.app.accounts.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parindex.app.support.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Điện Sanh was formed from Hải Thọ and the Hải Lăng town before 2020: its first period follows its lineage. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "parindex.demo=true")
class MergedUnitResultsTest {

    @Autowired Results results;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void theRankingArrowTheUnitHeadlineAndTheNarrativeAgreeForAMergedUnitsFirstPeriod() {
        RankingRow row = results.ranking("2020").orElseThrow().rows().stream()
                .filter(r -> r.unit().equals("dien-sanh")).findFirst().orElseThrow();
        Headline headline = results.unitPage("dien-sanh", "2020", Viewer.ANONYMOUS).orElseThrow().headline();
        String narrative = results.narrative("dien-sanh", "2020", Locale.ENGLISH).orElseThrow();

        assertThat(row.previousUnit()).isIn("hai-tho", "hai-lang-town");
        assertThat(row.rankChange()).isNotNull().isEqualTo(headline.rankChange());
        assertThat(row.previousRank()).isEqualTo(headline.previousRank());
        String said = row.rankChange() > 0 ? "the rank rose " + row.rankChange() + " place(s)"
                : row.rankChange() < 0 ? "the rank dropped " + -row.rankChange() + " place(s)" : "the rank stayed";
        assertThat(narrative).contains(said).contains("before the merger");
    }
}
