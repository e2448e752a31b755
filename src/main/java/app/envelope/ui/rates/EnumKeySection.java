package app.envelope.ui.rates;

import app.envelope.domain.RateCard;
import app.envelope.domain.Versioned;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A rate-card section keyed by one value of an enum (a tier, a size, an effort): the key is picked
 * from the enum's values, read as the enum parses them, and refused with what it must be.
 *
 * @param <V> the domain record of one version
 * @param <E> the key's enum
 */
abstract class EnumKeySection<V extends Versioned, E extends Enum<E>> extends VersionSection<V> {
    private final List<String> shownKeys;
    private final Function<String, E> parser;
    private final Function<E, String> shown;
    private final String what;

    /**
     * @param values the keys, in the order offered
     * @param parser reads a typed key, throwing {@link IllegalArgumentException} when it is none
     * @param shown  how a key reads in the form and the history
     * @param what   what a key must be, e.g. "a tier (small, mid or frontier)"
     */
    EnumKeySection(String id, String title, String help, String keyId, String keyLabel, E[] values,
                   Function<String, E> parser, Function<E, String> shown, String what, VersionTable<V> table) {
        super(id, title, help, FormField.choice(keyId, keyLabel, 0, 0, shown(values, shown)), false, table);
        this.shownKeys = shown(values, shown);
        this.parser = parser;
        this.shown = shown;
        this.what = what;
    }

    private static <E extends Enum<E>> List<String> shown(E[] values, Function<E, String> shown) {
        return Arrays.stream(values).map(shown).toList();
    }

    /** An enum value as the form shows it: its name in lower case ("frontier"). */
    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The key of a version. */
    protected abstract E keyOf(V version);

    /** The key as typed, or the reason it is none; read first, so its refusal comes before the other fields'. */
    protected final E parseKey() throws Invalid {
        String k = Inputs.required(key);
        if (versionKey(k) == null) {
            throw new Invalid(key, "\"" + k + "\" is not " + what);
        }
        return parser.apply(k);
    }

    @Override
    protected List<String> keyChoices(RateCard card) {
        return shownKeys;
    }

    @Override
    protected final String versionKey(String keyText) {
        try {
            return parser.apply(keyText).name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    protected final String keyText(V version) {
        return shown.apply(keyOf(version));
    }
}
