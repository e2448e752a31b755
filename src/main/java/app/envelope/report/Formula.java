package app.envelope.report;

/**
 * A formula template in which {@code {r}} stands for the row's number (1-based). Templates are
 * constants of this package; no user text ever becomes part of a formula.
 */
final class Formula {
    private final String[] parts;

    private Formula(String template) {
        this.parts = template.split("\\{r}", -1);
    }

    static Formula of(String template) {
        return new Formula(template);
    }

    /** The formula for the 0-based row {@code rowIndex}. */
    String at(int rowIndex) {
        String r = Integer.toString(rowIndex + 1);
        StringBuilder b = new StringBuilder(parts.length * 24);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append(r);
            }
            b.append(parts[i]);
        }
        return b.toString();
    }
}
