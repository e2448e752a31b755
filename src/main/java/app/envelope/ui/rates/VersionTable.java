package app.envelope.ui.rates;

import app.envelope.domain.RateCard;
import java.util.List;
import java.util.function.Function;

/**
 * How a rate-card section's history reads as a table: where its versions are on the card, the key
 * column's width and the columns after Key and Valid from.
 *
 * @param <V> the domain record of one version
 */
record VersionTable<V>(Function<RateCard, List<V>> versions, double keyWidth, List<Column> columns) {
    /** The key column's width unless a section needs another. */
    static final double KEY_WIDTH = 150;

    /** A history column: header, preferred width, right-aligned figures. */
    record Column(String header, double width, boolean numeric) {
    }

    static <V> VersionTable<V> of(Function<RateCard, List<V>> versions, double keyWidth, Column... columns) {
        return new VersionTable<>(versions, keyWidth, List.of(columns));
    }

    static Column text(String header, double width) {
        return new Column(header, width, false);
    }

    static Column figure(String header, double width) {
        return new Column(header, width, true);
    }
}
