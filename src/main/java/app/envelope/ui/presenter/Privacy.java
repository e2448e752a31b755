package app.envelope.ui.presenter;

import app.envelope.domain.LabourRate;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Pricing;
import app.envelope.domain.Tier;
import app.envelope.domain.TierPricing;
import app.envelope.domain.TokenPrices;
import app.envelope.ui.Format;
import app.envelope.ui.board.BoardRow;
import app.envelope.ui.board.BoardViewModel;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What presenter mode keeps off the shared screen until the driver reveals it: labour rates,
 * negotiated (effective) prices and people's names; while private, labour shows only as a total
 * and a line's people only as a count. Every private figure is empty while private. Knows no
 * controls.
 */
public final class Privacy {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** A label and its value, for the revealed panel. */
    public record Detail(String label, String value) {
    }

    /** A tier's model and its prices per million tokens (input, output, cache read, cache write). */
    public record PriceRow(String tier, String model, List<String> effective, List<String> book) {
    }

    private final BoardViewModel board;
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private Map<String, List<String>> people = Map.of();

    Privacy(BoardViewModel board) {
        this.board = board;
    }

    /** The billing users per epic (read when presenting starts). */
    void setPeople(Map<String, List<String>> users) {
        people = Map.copyOf(users);
    }

    public void reveal() {
        revealed.set(true);
    }

    public void hide() {
        revealed.set(false);
    }

    public void toggleReveal() {
        revealed.set(!revealed.get());
    }

    public String badgeText() {
        return revealed.get() ? "Revealed" : "Private";
    }

    /** The always-visible note on what is hidden (aggregates only) or shown. */
    public String privacyNote() {
        if (revealed.get()) {
            return "Shown to the room: labour rates, negotiated prices, people's names · Ctrl+Shift+R hides them";
        }
        BoardRow sel = board.selectedRowProperty().get();
        String count = "";
        if (sel != null) {
            int n = people.getOrDefault(sel.line().epicKey(), List.of()).size();
            count = " · " + sel.line().epicKey() + ": " + (n == 1 ? "1 person" : n + " people") + " in billing";
        }
        return "Hidden: labour rates, negotiated prices, people's names (labour only as a total)" + count;
    }

    /** The selected line's labour and token prices; empty while private. */
    public List<Detail> lineDetails() {
        BoardRow r = board.selectedRowProperty().get();
        Pricing p = board.pricing();
        if (!revealed.get() || r == null || p == null) {
            return List.of();
        }
        String cur = currency();
        PlanLine l = r.line();
        BigDecimal hours = l.labourHours().add(l.reviewHours());
        String role = l.role() != null && p.labourRates().containsKey(l.role()) ? l.role() : LabourRate.BLENDED;
        role = "(" + role + ")";
        List<Detail> d = new ArrayList<>();
        d.add(new Detail("Labour", Format.hours(hours) + " × " + Format.perHour(r.cost().labourRate(), cur) + " " + role
                + " = " + Format.money(r.cost().labour(), cur)));
        TierPricing tp = p.tiers().get(l.tier());
        d.add(new Detail("Token price", Format.exact(r.cost().blendedPrice(), cur) + "/M negotiated"
                + (tp == null ? "" : ", book " + Format.exact(tp.blendedBook(), cur) + "/M") + " (" + l.tier().label() + ")"));
        d.add(new Detail("Tokens", Format.tokens(r.cost().tokensP50()) + " at P50 = " + Format.money(r.cost().t50(), cur)));
        return d;
    }

    /** Labour rates in force at the sprint's start, blended first; empty while private. */
    public List<Detail> labourRates() {
        Pricing p = board.pricing();
        if (!revealed.get() || p == null) {
            return List.of();
        }
        return p.labourRates().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, BigDecimal> e) -> !e.getKey().equals(LabourRate.BLENDED))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Detail(e.getKey(), Format.perHour(e.getValue(), currency()))).toList();
    }

    /** Each tier's model with its effective (negotiated) and book prices per million tokens; empty while private. */
    public List<PriceRow> tierPrices() {
        Pricing p = board.pricing();
        if (!revealed.get() || p == null) {
            return List.of();
        }
        List<PriceRow> out = new ArrayList<>();
        for (Tier t : Tier.values()) {
            TierPricing tp = p.tiers().get(t);
            if (tp != null) {
                out.add(new PriceRow(t.label(), tp.model().displayName(), prices(tp.price().effective()),
                        prices(tp.price().book())));
            }
        }
        return out;
    }

    private List<String> prices(TokenPrices tp) {
        String c = currency();
        return List.of(Format.exact(tp.input(), c), Format.exact(tp.output(), c), Format.exact(tp.cacheRead(), c),
                Format.exact(tp.cacheWrite(), c));
    }

    public String pricesHeading() {
        Pricing p = board.pricing();
        return p == null ? "" : "Rate card on " + p.asOf().format(DAY);
    }

    /** Heading of the people list (revealed) for the selected epic. */
    public String peopleHeading() {
        BoardRow r = board.selectedRowProperty().get();
        return r == null ? "People" : "People on " + r.line().epicKey() + " (billing users, A–Z)";
    }

    /** People who used AI on the selected epic, alphabetically, never with amounts; empty while private. */
    public List<String> people() {
        BoardRow r = board.selectedRowProperty().get();
        if (!revealed.get() || r == null) {
            return List.of();
        }
        return people.getOrDefault(r.line().epicKey(), List.of());
    }

    private String currency() {
        return board.currencyProperty().get();
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }
}
