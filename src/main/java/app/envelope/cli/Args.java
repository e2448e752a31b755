package app.envelope.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsed command-line arguments: positionals, {@code --name value} options and {@code --flag}s. */
public final class Args {
    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private Args() {
    }

    /**
     * @param valued names of options that take a value (without the dashes)
     * @param flags  names of options that take none
     */
    public static Args parse(List<String> args, Set<String> valued, Set<String> flags) {
        Args a = new Args();
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (s.startsWith("--")) {
                String name = s.substring(2);
                String inline = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    inline = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (valued.contains(name)) {
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                            throw new UsageException("option --" + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    a.options.put(name, value);
                } else if (flags.contains(name) && inline == null) {
                    a.options.put(name, "true");
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else {
                a.positionals.add(s);
            }
        }
        return a;
    }

    public List<String> positionals() {
        return positionals;
    }

    public String get(String name) {
        return options.get(name);
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    /** The whole-number option {@code --name}, or {@code fallback} when it is not given. */
    public int integer(String name, int fallback) {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " \"" + v + "\" is not a whole number");
        }
    }
}
