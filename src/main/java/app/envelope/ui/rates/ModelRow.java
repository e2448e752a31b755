package app.envelope.ui.rates;

/** A model on the rate card as listed: its id, vendor, name, the tiers it serves now and its effective price now. */
public record ModelRow(String id, String vendor, String name, String tiers, String effectivePrice) {
}
