package app.envelope.cli;

import app.envelope.domain.Autonomy;
import app.envelope.domain.BillingLine;
import app.envelope.domain.Effort;
import app.envelope.domain.Epic;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Size;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintStatus;
import app.envelope.domain.Team;
import app.envelope.domain.Tier;
import app.envelope.domain.TokenType;
import app.envelope.domain.ValueBasis;
import app.envelope.domain.WorkTags;
import app.envelope.store.BillingRepository.StoredLine;
import app.envelope.store.BillingRepository.Summary;
import app.envelope.store.Store;
import app.envelope.store.demo.DemoPortfolio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A synthetic portfolio for the benchmarks: the demo's rate card, generated epics, sprints, plan lines and billing. */
public final class SyntheticPortfolio {
    private SyntheticPortfolio() {
    }

    /**
     * The demo rate card, epics and teams; {@code sprints} fortnightly sprints across both rate-card versions,
     * the last one open (also the window benchmark's board).
     */
    public static List<Sprint> generate(Store store, int lines, int sprints, int billing, Random rnd) {
        DemoPortfolio demo = DemoPortfolio.fromClasspath();
        List<Sprint> made = new ArrayList<>();
        int epics = Math.max(50, lines / sprints * 2);
        store.inTransaction(() -> {
            store.rateCard().saveAll(demo.rateCard());
            for (String t : List.of("Payments", "Growth", "Platform")) {
                store.portfolio().saveTeam(new Team(t));
            }
            for (int e = 1; e <= epics; e++) {
                store.portfolio().saveEpic(new Epic("BEN-" + e, "Synthetic epic " + e,
                        List.of("Payments", "Growth", "Platform").get(e % 3)));
            }
            LocalDate start = LocalDate.of(2025, 12, 1);
            for (int s = 0; s < sprints; s++) {
                LocalDate from = start.plusWeeks(2L * s);
                made.add(store.portfolio().saveSprint(new Sprint(0, "Sprint " + (100 + s), from, from.plusDays(11),
                        from.isBefore(LocalDate.of(2026, 11, 1)) && s < sprints - 1 ? SprintStatus.CLOSED : SprintStatus.OPEN,
                        BigDecimal.valueOf(200_000L + rnd.nextInt(400_000)))));
            }
            String[] roles = {null, "engineer", "senior-engineer", "staff-engineer", "designer", "qa", "contractor"};
            for (int i = 0; i < lines; i++) {
                Sprint s = made.get(i % sprints);
                store.portfolio().saveLine(new PlanLine.Builder().sprintId(s.id()).epicKey("BEN-" + (1 + (i / sprints) % epics))
                        .value(BigDecimal.valueOf(5_000 + rnd.nextInt(200_000))).valueBasis(ValueBasis.COST_REMOVED)
                        .willingness(BigDecimal.valueOf(2_000 + rnd.nextInt(60_000), rnd.nextInt(3)))
                        .size(Size.values()[rnd.nextInt(5)]).tier(Tier.values()[rnd.nextInt(3)])
                        .effort(Effort.values()[rnd.nextInt(3)]).autonomy(Autonomy.values()[rnd.nextInt(3)])
                        .bounded(rnd.nextBoolean()).labourHours(BigDecimal.valueOf(rnd.nextInt(1600), 1))
                        .reviewHours(BigDecimal.valueOf(rnd.nextInt(24))).role(roles[rnd.nextInt(roles.length)])
                        .tooling(BigDecimal.valueOf(rnd.nextInt(200_000), 2))
                        .riskOverride(rnd.nextInt(10) == 0 ? BigDecimal.valueOf(rnd.nextInt(5_000)) : null).build());
            }
        });
        if (billing > 0) {
            String[][] vendors = {{"Anthropic", "claude-sonnet-4-5", "messages"}, {"Anthropic", "claude-opus-4-1", "messages"},
                    {"OpenAI", "gpt-5-mini", "responses"}, {"GitHub", "", "actions_linux"}, {"GitHub", "gpt-5", "copilot"}};
            store.billing().importBatch("synthetic-billing.csv", "bench-" + System.nanoTime(), sink -> {
                BigDecimal total = BigDecimal.ZERO;
                for (int i = 0; i < billing; i++) {
                    Sprint s = made.get(rnd.nextInt(made.size()));
                    String[] v = vendors[rnd.nextInt(vendors.length)];
                    BigDecimal eff = BigDecimal.valueOf(rnd.nextInt(500_000), 4);
                    BigDecimal list = eff.multiply(new BigDecimal("1.15"));
                    String epic = rnd.nextInt(5) == 0 ? null : "BEN-" + (1 + rnd.nextInt(epics));
                    BillingLine line = new BillingLine(i + 1, s.start().plusDays(rnd.nextInt(12)), v[0], v[2], null,
                            v[1].isEmpty() ? null : v[1], "tokens", TokenType.OUTPUT, null,
                            BigDecimal.valueOf(rnd.nextInt(2_000_000)), list, eff, eff, "USD",
                            new WorkTags(null, "repo-" + rnd.nextInt(40), null, null, null, null, null, null));
                    sink.accept(new StoredLine(0, 0, line, epic, s.id(), BigDecimal.ONE));
                    total = total.add(eff);
                }
                return new Summary("synthetic", "Synthetic", billing, billing, 0, null, total, total, "USD");
            });
        }
        return made;
    }
}
