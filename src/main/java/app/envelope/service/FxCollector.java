package app.envelope.service;

import app.envelope.domain.BillingLine;
import app.envelope.domain.FxRate;
import app.envelope.domain.RateCard;
import app.envelope.store.BillingRepository.FxUse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Collects, per currency other than the portfolio's, the rate-card rates lines would be converted at. */
final class FxCollector {
    private final RateCard card;
    private final Map<String, Optional<FxRate>> byCurrencyAndDate = new HashMap<>();
    private final Map<String, FxUsed> used = new LinkedHashMap<>();
    private final Map<String, LocalDate> missing = new LinkedHashMap<>();

    FxCollector(RateCard card) {
        this.card = card;
    }

    void add(BillingLine line) {
        String cur = line.currency().toUpperCase(Locale.ROOT);
        if (cur.equals(card.currency())) {
            return;
        }
        LocalDate d = line.chargeDate();
        Optional<FxRate> rate = byCurrencyAndDate.computeIfAbsent(cur + "|" + d, k -> card.fxRate(cur, d));
        if (rate.isEmpty()) {
            missing.merge(cur, d, (a, b) -> a.isBefore(b) ? a : b);
            return;
        }
        FxRate r = rate.get();
        used.merge(cur + "|" + r.validFrom(), new FxUsed(cur, card.currency(), r.rate(), r.validFrom(), d, d, 1),
                (a, b) -> new FxUsed(a.currency(), a.into(), a.rate(), a.validFrom(),
                        a.first().isBefore(d) ? a.first() : d, a.last().isAfter(d) ? a.last() : d, a.lines() + 1));
    }

    List<FxUsed> used() {
        return used.values().stream().sorted(Comparator.comparing(FxUsed::currency).thenComparing(FxUsed::first))
                .toList();
    }

    /** Currency → first charge date with no rate on the rate card. */
    Map<String, LocalDate> missing() {
        return missing;
    }

    /** The stored rates other than 1:1, each with the rate-card entry it came from. */
    static List<FxUsed> stored(RateCard card, List<FxUse> uses) {
        List<FxUsed> out = new ArrayList<>();
        for (FxUse u : uses) {
            if (u.currency().equalsIgnoreCase(card.currency()) || u.rate() == null) {
                continue;
            }
            LocalDate from = card.fxRate(u.currency(), u.first()).filter(r -> r.rate().compareTo(u.rate()) == 0)
                    .map(FxRate::validFrom).orElse(null);
            out.add(new FxUsed(u.currency(), card.currency(), u.rate(), from, u.first(), u.last(), u.lines()));
        }
        return out;
    }
}
