package org.parindex.core.problem;

/** A value refused (by a rule, a number parser), with its reason as a {@link Text} that can be said in Vietnamese. */
public class Refusal extends IllegalArgumentException {

    private final transient Text text;

    public Refusal(Text text) {
        super(text.toString());
        this.text = text;
    }

    public Refusal(String key, Object... args) {
        this(Text.of(key, args));
    }

    public Text text() {
        return text;
    }

    /** The reason of any refusal: its text when it has one, else its message as it is. */
    public static Object reason(IllegalArgumentException e) {
        return e instanceof Refusal r ? r.text : e.getMessage();
    }
}
