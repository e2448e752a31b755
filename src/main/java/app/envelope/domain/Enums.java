package app.envelope.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lenient, case-insensitive parsing of the domain's enums, with messages that list the choices. */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " \"" + text.trim() + "\" (expected one of " + choices + ")");
    }
}
