package org.parindex.core.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A period's citizen survey ({@code surveys/<period>.yaml}): questions grouped by the SIPAS factors, the answer
 * scales, the fewest responses a unit needs to be scored, and which survey-fed items ({@code source: survey:CODE})
 * each factor's satisfaction % feeds.
 *
 * @param minResponses a unit with fewer respondents is flagged and its survey items are not fed
 * @param overallFeeds the code fed by the overall satisfaction %, or null
 */
public record Survey(String title, int minResponses, List<Scale> scales, List<Factor> factors, String overallFeeds) {

    /** The SIPAS factors, in their usual order. */
    public static final List<String> FACTORS = List.of("access", "procedures", "civil-servants", "results",
            "feedback");
    /** How an item names the survey measure feeding it: {@code source: survey:CODE}. */
    public static final String SOURCE = "survey:";
    public static final int MAX_QUESTIONS = 100;
    public static final int MAX_SCALE = 11;

    public Survey {
        scales = List.copyOf(scales);
        factors = List.copyOf(factors);
    }

    /** An answer scale: answers 1..labels.size(); {@code satisfiedFrom} and above count as satisfied. */
    public record Scale(String code, List<String> labels, int satisfiedFrom) {
        public Scale {
            labels = List.copyOf(labels);
        }
    }

    public record Question(String code, String text, Scale scale) { }

    /** A SIPAS factor's questions; {@code feeds} is the CODE of the items its % feeds, or null. */
    public record Factor(String code, String name, String feeds, List<Question> questions) {
        public Factor {
            questions = List.copyOf(questions);
        }
    }

    /** Every question, factor by factor, in the order of the file. */
    public List<Question> questions() {
        List<Question> all = new ArrayList<>();
        factors.forEach(f -> all.addAll(f.questions()));
        return all;
    }

    public Optional<Factor> factor(String code) {
        return factors.stream().filter(f -> f.code().equals(code)).findFirst();
    }
}
