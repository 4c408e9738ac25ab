package org.parindex.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void vietnameseNumbersUseACommaAndDotsForThousands() {
        assertThat(Figures.number(73.9, 2, Figures.VIETNAMESE)).isEqualTo("73,90");
        assertThat(Figures.number(12345.678, 1, Figures.VIETNAMESE)).isEqualTo("12.345,7");
        assertThat(Figures.percent(38.153846, 2, Figures.VIETNAMESE)).isEqualTo("38,15%");
        assertThat(Figures.number(73.9, 2, Locale.ENGLISH)).isEqualTo("73.90");
    }

    @Test
    void roundingIsHalfUpOnTheDecimalValue() {
        assertThat(Figures.number(2.675, 2, Locale.ENGLISH)).isEqualTo("2.68");
        assertThat(Figures.number(0.125, 2, Locale.ENGLISH)).isEqualTo("0.13");
        assertThat(Figures.number(53.5714285, 2, Locale.ENGLISH)).isEqualTo("53.57");
    }

    @Test
    void pointsDropNeedlessZeros() {
        assertThat(Figures.points(15.0, Figures.VIETNAMESE)).isEqualTo("15");
        assertThat(Figures.points(15.4, Figures.VIETNAMESE)).isEqualTo("15,4");
        assertThat(Figures.points(3.75, Figures.VIETNAMESE)).isEqualTo("3,75");
        assertThat(Figures.points(Double.NaN, Figures.VIETNAMESE)).isEqualTo("—");
    }

    @Test
    void datesAsOfficialsWriteThem() {
        assertThat(Figures.date(LocalDate.of(2023, 8, 3), Figures.VIETNAMESE)).isEqualTo("03/8/2023");
        assertThat(Figures.date(LocalDate.of(2023, 8, 3), Locale.ENGLISH)).isEqualTo("3 August 2023");
    }

    @Test
    void unitNounsAndOrdinals() {
        assertThat(UnitNouns.list(List.of("town", "commune"), Figures.VIETNAMESE)).isEqualTo("xã, thị trấn");
        assertThat(UnitNouns.list(List.of("town", "commune"), Locale.ENGLISH)).isEqualTo("communes and towns");
        assertThat(UnitNouns.list(List.of("ward"), Figures.VIETNAMESE)).isEqualTo("phường");
        assertThat(UnitNouns.list(List.of("commune", "ward", "town"), Locale.ENGLISH)).isEqualTo("communes, wards and towns");
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101)).extracting(n -> UnitNouns.ordinal(n, Locale.ENGLISH))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st");
    }
}
