package app.envelope.billing.format;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A file's header: column names as written, looked up case-insensitively (first of duplicates wins). */
public final class Header {
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    public Header(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) index.putIfAbsent(normalise(names.get(i)), i);
    }

    public static String normalise(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    /** Column index of the name, or -1. */
    public int indexOf(String name) {
        Integer i = index.get(normalise(name));
        return i == null ? -1 : i;
    }

    public boolean has(String... required) {
        for (String n : required) {
            if (indexOf(n) < 0) return false;
        }
        return true;
    }

    public String name(int column) {
        return names.get(column);
    }

    public int size() {
        return names.size();
    }

    public List<String> names() {
        return names;
    }

    /** Lower-cased, trimmed names; what a saved column mapping is recognised by. */
    public Set<String> normalisedNames() {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) out.add(normalise(n));
        return out;
    }

    public Binder binder() {
        return new Binder();
    }

    /** Looks columns up for a mapping and remembers which were used, so the rest can be kept as extras. */
    public final class Binder {
        private final BitSet used = new BitSet();

        /** Index of the column (marked as used), or -1 when absent. */
        public int col(String name) {
            int i = indexOf(name);
            if (i >= 0) used.set(i);
            return i;
        }

        /** Columns no mapping used and whose names are not empty. */
        public int[] unused() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (!used.get(i) && !names.get(i).isEmpty() && index.get(normalise(names.get(i))) == i) out.add(i);
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
