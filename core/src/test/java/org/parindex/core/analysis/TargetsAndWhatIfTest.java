package org.parindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Scoring;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.text.Figures;

class TargetsAndWhatIfTest {

    /** d 8/8 = 100 (1st), b and c 6/8 = 75 (2nd, tied), a 5/8 = 62.5 (4th) with a late report (−0.5): 4.5/8. */
    static final PeriodResult RESULT = Scoring.score(Periods.POINTS,
            "d,1.1,yes", "d,1.2,2", "d,2.1,50",
            "b,1.1,yes", "b,1.2,2", "b,2.1,25",
            "c,1.1,yes", "c,1.2,2", "c,2.1,25",
            "a,1.1,yes", "a,1.2,1", "a,2.1,25", "a,D.1,1");

    static final WhatIf WHAT_IF = WhatIf.of(RESULT.sheet(), RESULT);

    @Test
    void theNextRankIsTheOneSharedByTheNearestUnitsAboveAndBothGapsAreAlsoInPoints() {
        Targets t = Targets.of(WHAT_IF, RESULT, "a");

        assertThat(t.unit().index()).isEqualTo(56.25);
        assertThat(t.nextBand().orElseThrow().band().code()).isEqualTo("kha");
        assertThat(t.nextBand().orElseThrow().index()).isCloseTo(13.75, within(1e-9));
        assertThat(t.nextBand().orElseThrow().points()).isCloseTo(1.1, within(1e-9));
        Targets.RankGap rank = t.nextRank().orElseThrow();
        assertThat(rank.rank()).isEqualTo(2);
        assertThat(rank.units()).extracting(u -> u.unit().code()).containsExactly("b", "c");
        assertThat(rank.index()).isCloseTo(18.75, within(1e-9));
        assertThat(rank.points()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void theRoomIsListedMostFirstWithWhatEarnsFullPointsInTheRulesOwnTerms() {
        Targets t = Targets.of(WHAT_IF, RESULT, "a");

        assertThat(t.room()).extracting(r -> r.node().code()).containsExactly("2.1", "1.2", "D.1");
        assertThat(t.room()).extracting(Targets.Room::gain).containsExactly(2.0, 1.0, 0.5);
        assertThat(t.room()).extracting(Targets.Room::fullValue).containsExactly("50", "2", "0");
        assertThat(t.room().get(0).indexGain()).isCloseTo(25, within(1e-9));
        assertThat(FullPoints.text(t.room().get(0).node(), Figures.VIETNAMESE))
                .isEqualTo("tỷ lệ hồ sơ trực tuyến từ 50% trở lên");
        assertThat(FullPoints.text(t.room().get(1).node(), Figures.VIETNAMESE)).isEqualTo("được chấm đủ 2 điểm");
        assertThat(FullPoints.text(t.room().get(2).node(), Locale.ENGLISH)).isEqualTo("no occurrence");
        assertThat(FullPoints.text(RESULT.plan().node(RESULT.plan().indexOf("1.1")), Figures.VIETNAMESE)).isEqualTo("có");
    }

    @Test
    void underWeightedAggregationTheGapsAreInIndexPointsOnly() {
        String weighted = Scoring.framework("aggregation: weighted\ncapAt100: true\ndecimals: 2", """
                  - code: "1"
                    name: Chỉ đạo
                    weight: 3
                    children:
                      - { code: "1.1", name: Kế hoạch, max: 2, rule: { type: yesno } }
                  - code: "2"
                    name: Chính phủ số
                    weight: 1
                    children:
                      - { code: "2.1", name: Trực tuyến, max: 4, rule: { type: linear, from: 0, to: 50 } }
                """);
        // a: (3 × 100 + 50) / 4 = 87.5; b: (3 × 0 + 100) / 4 = 25.
        PeriodResult r = Scoring.score(weighted, "a,1.1,yes", "a,2.1,25", "b,1.1,no", "b,2.1,50");
        Targets t = Targets.of(WhatIf.of(r.sheet(), r), r, "a");

        assertThat(t.nextBand().orElseThrow().index()).isCloseTo(2.5, within(1e-9));
        assertThat(t.nextBand().orElseThrow().points()).isNaN();
        assertThat(t.room()).extracting(x -> x.node().code()).containsExactly("2.1");
        assertThat(t.room().get(0).indexGain()).isCloseTo(12.5, within(1e-9));   // 1 × 50 / 4
    }

    @Test
    void aUnitAtTheTopBandAndFirstHasNoTargetAbove() {
        Targets t = Targets.of(WHAT_IF, RESULT, "d");

        assertThat(t.unit().rank()).isEqualTo(1);
        assertThat(t.nextBand()).isEmpty();
        assertThat(t.nextRank()).isEmpty();
        assertThat(t.room()).isEmpty();
    }

    @Test
    void whatIfReScoresTheUnitAloneAndRanksItAmongTheOthers() {
        WhatIf.Outcome o = WHAT_IF.apply("a", Map.of("2.1", "50", "D.1", "0"));

        assertThat(o.index()).isEqualTo(87.5);
        assertThat(o.band().code()).isEqualTo("tot");
        assertThat(o.rank()).isEqualTo(2);
        assertThat(o.rankGain()).isEqualTo(2);
        assertThat(o.indexDelta()).isCloseTo(31.25, within(1e-9));
        assertThat(o.fields()).containsEntry("1", 75.0).containsEntry("2", 100.0);
    }

    @Test
    void whatIfTakesNotApplicableAndSharesTheRankOfAnEqualIndex() {
        // 2.1 NA leaves the maximum at 4: 3 − 0.5 of 4 = 62.5; without the deduction 3 of 4 = 75, as b and c.
        assertThat(WHAT_IF.apply("a", Map.of("2.1", "NA")).index()).isEqualTo(62.5);
        WhatIf.Outcome o = WHAT_IF.apply("a", Map.of("2.1", "NA", "D.1", "0"));
        assertThat(o.index()).isEqualTo(75);
        assertThat(o.rank()).isEqualTo(2);
        assertThat(WHAT_IF.apply("b", Map.of()).rank()).isEqualTo(2);
    }

    @Test
    void whatIfRefusesWhatTheRuleRefusesNamingTheNode() {
        assertThatThrownBy(() -> WHAT_IF.apply("a", Map.of("1.2", "0.3"))).isInstanceOf(BadInputException.class)
                .hasMessage("--set: node 1.2: points 0.3 not a multiple of the step 0.5");
        assertThatThrownBy(() -> WHAT_IF.apply("a", Map.of("1.1", "NA"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("node 1.1 does not allow NA");
        assertThatThrownBy(() -> WHAT_IF.apply("a", Map.of("9.9", "1"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown node \"9.9\"");
        assertThatThrownBy(() -> WHAT_IF.apply("a", Map.of("1", "3"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("node 1 has children");
        assertThatThrownBy(() -> WHAT_IF.apply("zz", Map.of())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("unit \"zz\" has no result");
    }

    @Test
    void whatIfRefusalsAreSaidInVietnameseOrEnglish() {
        assertThat(refusal(Map.of("1.2", "0.3"), "vi")).isEqualTo("mục 1.2: số điểm 0.3 không phải bội số của bước 0,5");
        assertThat(refusal(Map.of("1.2", "0.3"), "en")).isEqualTo("node 1.2: points 0.3 not a multiple of the step 0.5");
        assertThat(refusal(Map.of("1.2", "many"), "vi")).isEqualTo("mục 1.2: “many” không phải một số điểm");
        assertThat(refusal(Map.of("1.2", "2.5"), "vi")).isEqualTo("mục 1.2: số điểm 2.5 nằm ngoài khoảng 0–2");
        assertThat(refusal(Map.of("1.1", "maybe"), "vi")).isEqualTo("mục 1.1: “maybe” không phải “có” hoặc “không”");
        assertThat(refusal(Map.of("D.1", "1.5"), "vi")).isEqualTo("mục D.1: “1.5” không phải một số nguyên chỉ số lần");
        assertThat(refusal(Map.of("1.1", "NA"), "vi")).isEqualTo("mục 1.1 không cho phép NA (không áp dụng)");
        assertThat(refusal(Map.of("9.9", "1"), "vi")).startsWith("không có mục “9.9”");
        assertThat(refusal(Map.of("9.9", "1"), "en")).startsWith("unknown node \"9.9\"");
        assertThat(refusal(Map.of("1", "3"), "vi")).isEqualTo("mục 1 có mục con; hãy nhập giá trị của từng mục con");
        BadInputException unit = catchBad(() -> WHAT_IF.apply("zz", Map.of()));
        assertThat(unit.problems().get(0).message(Locale.forLanguageTag("vi")))
                .isEqualTo("đơn vị “zz” không có kết quả trong kỳ này");
    }

    private static String refusal(Map<String, String> values, String language) {
        BadInputException e = catchBad(() -> WHAT_IF.apply("a", values));
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).message(Locale.forLanguageTag(language));
    }

    private static BadInputException catchBad(Runnable r) {
        try {
            r.run();
        } catch (BadInputException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
