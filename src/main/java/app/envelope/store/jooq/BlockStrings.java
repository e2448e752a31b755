package app.envelope.store.jooq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How a {@link LineBlock} writes its strings: each once per block, then by number. */
final class BlockStrings {
    private BlockStrings() {
    }

    /**
     * Writes strings once per block, then their number: 0 is null, 1 a new string (its UTF-8
     * follows), n + 2 the n-th. Each field has a slot remembering its last string: a column that
     * repeats from line to line (vendor, currency, unit) is then found by one {@code equals}
     * instead of hashing a freshly parsed string.
     */
    static final class Dictionary {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final String[] lastValue = new String[LineBlock.SLOTS];
        private final int[] lastNumber = new int[LineBlock.SLOTS];

        private final List<String> byNumber = new ArrayList<>();

        /** Writes the string; returns the block's own instance of it (equal, its hash already computed). */
        String write(Bytes.Out out, String s, int slot) {
            if (s == null) {
                out.byte1(0);
                return null;
            }
            String last = lastValue[slot];
            if (last != null && last.equals(s)) {
                out.varint(lastNumber[slot] + 2L);
                return last;
            }
            Integer n = numbers.get(s);
            String kept;
            if (n == null) {
                n = numbers.size();
                numbers.put(s, n);
                byNumber.add(s);
                kept = s;
                out.byte1(1);
                out.utf8(s);
            } else {
                kept = byNumber.get(n);
                out.varint(n + 2L);
            }
            lastValue[slot] = kept;
            lastNumber[slot] = n;
            return kept;
        }

        void clear() {
            numbers.clear();
            byNumber.clear();
            Arrays.fill(lastValue, null);
        }
    }

    /** Reads what {@link Dictionary} wrote. */
    static final class Strings {
        private final List<String> seen = new ArrayList<>();

        String read(Bytes.In in) {
            long n = in.varint();
            if (n == 0) {
                return null;
            }
            if (n == 1) {
                String s = in.utf8();
                seen.add(s);
                return s;
            }
            return seen.get(Math.toIntExact(n - 2));
        }
    }
}
