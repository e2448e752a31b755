package app.envelope.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map of names to values (a vendor file's columns to a row's cells) in a fixed order,
 * the file's column order. No null names or values.
 *
 * <p>Why not {@link Map#copyOf}: a billing file's lines each keep a few columns, a million times.
 * Here a line's map is two small arrays over names shared by every row of the file, made without
 * hashing, and read back in the file's order (a {@code Map.copyOf} map's order changes from run to
 * run). Lookups compare names one by one, which for the few dozen columns of a file is as fast as
 * hashing.
 */
public final class NamedValues extends AbstractMap<String, String> {
    public static final NamedValues EMPTY = new NamedValues(new String[0], new String[0]);

    private final String[] names;
    private final String[] values;

    private NamedValues(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    /**
     * The names of a file's columns, once per file, for {@link #of(Names, String[])}. A name may
     * repeat (a header with two columns of one name): the last non-empty cell of that name is kept.
     */
    public static final class Names {
        private final String[] names;
        private final boolean repeats;

        public Names(String... names) {
            this.names = names.clone();
            boolean r = false;
            for (int i = 0; i < this.names.length && !r; i++) {
                Objects.requireNonNull(this.names[i], "a column's name");
                for (int j = 0; j < i; j++) {
                    if (this.names[i].equals(this.names[j])) {
                        r = true;
                        break;
                    }
                }
            }
            this.repeats = r;
        }
    }

    /** The non-null values with their names, in the names' order; {@code values} pairs with the names. */
    public static NamedValues of(Names names, String[] values) {
        if (values.length != names.names.length) {
            throw new IllegalArgumentException(values.length + " values for " + names.names.length + " names");
        }
        if (names.repeats) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) m.put(names.names[i], values[i]);
            }
            return copyOf(m);
        }
        int n = 0;
        for (String v : values) {
            if (v != null) n++;
        }
        if (n == 0) return EMPTY;
        String[] k = new String[n];
        String[] v = new String[n];
        int at = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                k[at] = names.names[i];
                v[at++] = values[i];
            }
        }
        return new NamedValues(k, v);
    }

    /** The map's entries in its iteration order; itself when it already is one. */
    public static NamedValues copyOf(Map<String, String> map) {
        if (map instanceof NamedValues nv) return nv;
        if (map.isEmpty()) return EMPTY;
        String[] k = new String[map.size()];
        String[] v = new String[k.length];
        int at = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            k[at] = Objects.requireNonNull(e.getKey(), "a name");
            v[at++] = Objects.requireNonNull(e.getValue(), "a value");
        }
        return new NamedValues(k, v);
    }

    /** The i-th name, in order. */
    public String name(int i) {
        return names[i];
    }

    /** The i-th value, in order. */
    public String value(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean isEmpty() {
        return names.length == 0;
    }

    private int indexOf(Object name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) return i;
        }
        if (name == null) return -1;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) return i;
        }
        return -1;
    }

    @Override
    public String get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        for (int i = 0; i < names.length; i++) {
            action.accept(names[i], values[i]);
        }
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= names.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
