package app.envelope.billing.attribution;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a known epic key written inside a name, ignoring case: repository
 * {@code payments-PAY-142-refunds} or API key {@code pay-142-agent} → {@code PAY-142}. Keys have
 * the form {@code [A-Z][A-Z0-9]{1,9}-\d{1,6}}; only keys in the known set count.
 */
public final class EpicKeyFinder {
    private static final Pattern KEY = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]{1,9}-\\d{1,6})(?!\\d)");
    /** Names repeat on most lines (a month of billing has a few hundred repositories): their answers are kept, up to this many. */
    private static final int REMEMBERED = 10_000;
    private static final String NONE = new String("no key"); // compared by identity
    private final Set<String> known = new HashSet<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    public EpicKeyFinder(Collection<String> knownEpicKeys) {
        for (String k : knownEpicKeys) known.add(k.strip().toUpperCase(Locale.ROOT));
    }

    /** @return the first known epic key in the text (upper case), or null */
    public String find(String text) {
        if (text == null || known.isEmpty()) return null;
        String answer = answers.get(text);
        if (answer == null) {
            answer = search(text);
            if (answers.size() < REMEMBERED) {
                answers.put(text, answer == null ? NONE : answer);
            }
            return answer;
        }
        return answer == NONE ? null : answer;
    }

    private String search(String text) {
        Matcher m = KEY.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String key = m.group(1).toUpperCase(Locale.ROOT);
            if (known.contains(key)) return key;
            from = m.start() + 1;
        }
        return null;
    }
}
