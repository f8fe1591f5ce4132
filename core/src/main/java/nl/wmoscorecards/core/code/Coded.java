package nl.wmoscorecards.core.code;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A fixed vocabulary whose constants have a stable code: how config, stores, CSV, JSON Lines and the open data
 * name them. Unless an enum says otherwise the code is the constant's name in lower case ({@code NOT_ACHIEVED}
 * is {@code not_achieved}), so a constant's name is part of the stored format: renaming one is a data migration
 * (CodedTest pins every code).
 */
public interface Coded {

    /** The constant's name, as every enum has it. */
    String name();

    /** The stable code. */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} with this code; empty for an unknown code or null. */
    static <E extends Enum<E> & Coded> Optional<E> byCode(Class<E> type, String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(index(type).get(code));
    }

    /** Code to constant, built once per vocabulary: lookups run for every message and every cell of a page. */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E> & Coded> Map<String, E> index(Class<E> type) {
        return (Map<String, E>) CodeIndexes.BY_TYPE.get(type);
    }
}

