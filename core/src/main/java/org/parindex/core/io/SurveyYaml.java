package org.parindex.core.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parindex.core.bundle.Codes;
import org.parindex.core.feeds.Survey;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Rule;
import org.parindex.core.problem.Problems;

/**
 * Reads a period's survey definition, {@code surveys/<period>.yaml} ({@value #FORMAT}), recording every problem with
 * its line: the answer scales, the SIPAS factors with their questions, the minimum of respondents, and which
 * {@code survey:CODE} each factor's satisfaction % feeds (a CODE no item of the framework has is a problem).
 */
public final class SurveyYaml {

    public static final String FORMAT = "parindex/survey@1";
    public static final int MAX_TEXT = 500;

    private SurveyYaml() { }

    public static String path(String periodCode) {
        return "surveys/" + periodCode + ".yaml";
    }

    /** The survey, or null when it has problems (all recorded). */
    public static Survey parse(String text, String file, Framework framework, Problems problems) {
        Problems own = new Problems();
        YamlTree root = YamlTree.parse(text, file, own);
        Survey survey = root == null ? null : survey(root, framework, own);
        problems.addAll(own);
        return own.isEmpty() ? survey : null;
    }

    private static Survey survey(YamlTree root, Framework framework, Problems problems) {
        String format = root.text("format");
        if (format != null && !format.equals(FORMAT)) {
            root.get("format").problem("unknown format \"" + format + "\", expected " + FORMAT);
        }
        String title = root.text("title");
        Double min = root.optionalNumber("minResponses");
        int minResponses = 1;
        if (min == null && !root.has("minResponses")) {
            root.problem("missing key `minResponses` (the fewest respondents a unit needs to be scored)");
        } else if (min != null && (min != Math.rint(min) || min < 1 || min > 1_000_000)) {
            root.get("minResponses").problem("`minResponses` must be a whole number from 1 to 1000000");
        } else if (min != null) {
            minResponses = min.intValue();
        }
        Map<String, Survey.Scale> scales = scales(root);
        Set<String> feedable = feedable(framework);
        List<Survey.Factor> factors = new ArrayList<>();
        Set<String> factorCodes = new HashSet<>();
        Set<String> questionCodes = new HashSet<>();
        Set<String> fed = new HashSet<>();
        for (YamlTree f : root.list("factors", true)) {
            String code = f.text("code");
            if (code != null && !Survey.FACTORS.contains(code)) {
                f.get("code").problem("factor \"" + Codes.shown(code) + "\" is not a SIPAS factor; use one of "
                        + String.join(", ", Survey.FACTORS));
            } else if (code != null && !factorCodes.add(code)) {
                f.problem("factor " + code + " twice");
            }
            String feeds = feeds(f, "feeds", feedable, fed, framework);
            List<Survey.Question> questions = new ArrayList<>();
            for (YamlTree q : f.list("questions", true)) {
                Survey.Question question = question(q, scales, questionCodes);
                if (question != null) {
                    questions.add(question);
                }
            }
            factors.add(new Survey.Factor(code, text(f, "name", false), feeds, questions));
        }
        if (questionCodes.size() > Survey.MAX_QUESTIONS) {
            root.problem(questionCodes.size() + " questions, more than the " + Survey.MAX_QUESTIONS + " allowed");
        }
        String overall = feeds(root, "overall", feedable, fed, framework);
        return new Survey(title, minResponses, List.copyOf(scales.values()), factors, overall);
    }

    private static Map<String, Survey.Scale> scales(YamlTree root) {
        Map<String, Survey.Scale> scales = new LinkedHashMap<>();
        for (YamlTree s : root.list("scales", true)) {
            String code = s.text("code");
            if (code != null && !Codes.isValid(code)) {
                s.get("code").problem("scale code \"" + Codes.shown(code) + "\" must be " + Codes.RULE);
                continue;
            }
            List<String> labels = new ArrayList<>();
            for (YamlTree l : s.list("labels", true)) {
                String label = l.scalar();
                if (label == null || label.isBlank() || label.length() > MAX_TEXT) {
                    l.problem("a label must be a text of 1 to " + MAX_TEXT + " characters");
                }
                labels.add(label);
            }
            if (labels.size() < 2 || labels.size() > Survey.MAX_SCALE) {
                s.problem("a scale has 2 to " + Survey.MAX_SCALE + " labels, found " + labels.size());
            }
            Double from = s.optionalNumber("satisfiedFrom");
            if (from == null || from != Math.rint(from) || from < 1 || from > labels.size()) {
                s.problem("`satisfiedFrom` must be the answer (1 to " + labels.size()
                        + ") from which an answer counts as satisfied");
                from = 1.0;
            }
            if (code != null && scales.put(code, new Survey.Scale(code, labels, from.intValue())) != null) {
                s.problem("scale " + code + " twice");
            }
        }
        return scales;
    }

    private static Survey.Question question(YamlTree q, Map<String, Survey.Scale> scales, Set<String> codes) {
        String code = q.text("code");
        if (code != null && !Codes.isValid(code)) {
            q.get("code").problem("question code \"" + Codes.shown(code) + "\" must be " + Codes.RULE);
            return null;
        }
        if (code != null && (!codes.add(code) || code.equals("unit"))) {
            q.problem("question code " + code + (code.equals("unit") ? " is the responses' unit column" : " twice"));
        }
        String text = text(q, "text", true);
        String scaleCode = q.optionalText("scale");
        Survey.Scale scale;
        if (scaleCode == null && scales.size() == 1) {
            scale = scales.values().iterator().next();
        } else {
            scale = scaleCode == null ? null : scales.get(scaleCode);
            if (scale == null) {
                q.problem(scaleCode == null ? "missing key `scale` (the survey has several scales)"
                        : "unknown scale \"" + Codes.shown(scaleCode) + "\"; scales: " + String.join(", ", scales.keySet()));
            }
        }
        return new Survey.Question(code, text, scale);
    }

    private static String text(YamlTree t, String key, boolean required) {
        String s = required ? t.text(key) : t.optionalText(key);
        if (s != null && s.length() > MAX_TEXT) {
            t.get(key).problem("`" + key + "` longer than " + MAX_TEXT + " characters");
        }
        return s;
    }

    /** The CODE a factor (or the overall %) feeds: an item's survey:CODE, each fed once. */
    private static String feeds(YamlTree t, String key, Set<String> feedable, Set<String> fed, Framework framework) {
        String code = t.optionalText(key);
        if (code == null) {
            return null;
        }
        if (!Codes.isValid(code)) {
            t.get(key).problem("`" + key + "` \"" + Codes.shown(code) + "\" must be " + Codes.RULE);
        } else if (framework != null && !feedable.contains(code)) {
            t.get(key).problem("no item of framework " + framework.id() + " has source survey:" + code
                    + " and a linear or tiers rule (the rule maps the satisfaction % to points)");
        } else if (!fed.add(code)) {
            t.get(key).problem("survey:" + code + " is fed twice");
        }
        return code;
    }

    private static Set<String> feedable(Framework framework) {
        Set<String> codes = new HashSet<>();
        if (framework != null) {
            for (Node n : framework.allNodes()) {
                if (n.isLeaf() && n.source() != null && n.source().startsWith(Survey.SOURCE)
                        && (n.rule() instanceof Rule.Linear || n.rule() instanceof Rule.Tiers)) {
                    codes.add(n.source().substring(Survey.SOURCE.length()));
                }
            }
        }
        return codes;
    }
}
