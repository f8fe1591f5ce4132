package nl.wmoscorecards.site;

import java.util.Objects;
import java.util.function.Function;

/**
 * One figure the site may print: either its value, or withheld with the reason in Dutch. The publication
 * policy makes every figure; a renderer cannot print a withheld one by mistake, because there is no number
 * in it to print.
 */
sealed interface Figure<T> permits Figure.Shown, Figure.Withheld {

    static <T> Figure<T> shown(T value) {
        return new Shown<>(Objects.requireNonNull(value, "value"));
    }

    /** A value that may be absent (no respondents on a non-survey KPI): absent is withheld, not shown. */
    static <T> Figure<T> ofNullable(T value, String reasonWhenAbsent) {
        return value == null ? withheld(reasonWhenAbsent) : shown(value);
    }

    static <T> Figure<T> withheld(String reason) {
        return new Withheld<>(reason);
    }

    boolean isShown();

    /** The value, or null when withheld. */
    T orNull();

    default <R> Figure<R> map(Function<T, R> f) {
        return this instanceof Shown<T> shown ? Figure.shown(f.apply(shown.value())) : Figure.withheld(reason());
    }

    /** Why the figure is withheld; null when shown. */
    default String reason() {
        return this instanceof Withheld<T> withheld ? withheld.why() : null;
    }

    record Shown<T>(T value) implements Figure<T> {
        public boolean isShown() {
            return true;
        }

        public T orNull() {
            return value;
        }
    }

    record Withheld<T>(String why) implements Figure<T> {
        public boolean isShown() {
            return false;
        }

        public T orNull() {
            return null;
        }
    }
}
