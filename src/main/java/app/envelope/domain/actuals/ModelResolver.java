package app.envelope.domain.actuals;

import app.envelope.domain.AiModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the rate-card model a vendor's model text names. Vendors spell one model many ways
 * ({@code claude-sonnet-4-5}, {@code Claude Sonnet 4.5}, {@code claude-4.5-sonnet},
 * {@code USE1-Claude4.5Sonnet-input-tokens}, {@code gpt-5-mini-2025-08-07}), so both sides are cut
 * into words and numbers (at every non-alphanumeric and at every letter/digit boundary, ignoring
 * case). A model matches when every word and number of its id, or of its display name, appears in
 * the text; when several match, the one with the most words wins ({@code gpt-5-mini} over
 * {@code gpt-5}); a tie between different models is no match. Not thread-safe (it caches).
 */
public final class ModelResolver {
    private record Candidate(String id, Set<String> words) {
    }

    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, Optional<String>> cache = new HashMap<>();

    public ModelResolver(Collection<AiModel> models) {
        for (AiModel m : models) {
            candidates.add(new Candidate(m.id(), words(m.id())));
            candidates.add(new Candidate(m.id(), words(m.displayName())));
        }
    }

    /** @return the model id, or empty when no rate-card model (or more than one) matches */
    public Optional<String> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(text, this::find);
    }

    private Optional<String> find(String text) {
        Set<String> have = words(text);
        String best = null;
        int bestSize = 0;
        boolean tie = false;
        for (Candidate c : candidates) {
            if (c.words().isEmpty() || !have.containsAll(c.words())) {
                continue;
            }
            int size = c.words().size();
            if (size > bestSize) {
                best = c.id();
                bestSize = size;
                tie = false;
            } else if (size == bestSize && !c.id().equals(best)) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(best);
    }

    /** Words and numbers of a text, lower case: "USE1-Claude4.5Sonnet" gives use, 1, claude, 4, 5, sonnet. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        StringBuilder cur = new StringBuilder();
        int kind = 0; // 1 letter, 2 digit
        for (char ch : text.toLowerCase(Locale.ROOT).toCharArray()) {
            int k = Character.isLetter(ch) ? 1 : Character.isDigit(ch) ? 2 : 0;
            if (k != kind && cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            if (k != 0) {
                cur.append(ch);
            }
            kind = k;
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
