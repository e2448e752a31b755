package app.envelope.demo;

import app.envelope.domain.ModelPrice;
import app.envelope.domain.RateCard;
import app.envelope.domain.TokenMix;
import app.envelope.domain.TokenPrices;
import app.envelope.domain.TokenType;
import app.envelope.store.demo.DemoPortfolio;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the demo's vendor billing files: {@code sample-data/billing/} (one file per supported
 * vendor format, Sprint 46 plus a little on the weekend days around it) and
 * {@code sample-data/demo/history/} (Sprints 44 and 45, so that trends and calibration have
 * samples). Deterministic: the same files every run ({@code DemoBillingFilesTest} checks the
 * committed files are exactly what this writes). Run it after changing the story:
 * <pre>
 *   mvn -o -q test-compile
 *   java -cp target/classes:target/test-classes:$(cat cp.txt) app.envelope.demo.DemoBillingGenerator sample-data
 * </pre>
 * (or run {@code DemoBillingFilesTest} with {@code -Denvelope.regenerate=true}).
 *
 * <p>Every amount is computed from token counts and the demo rate card's prices, exactly (no
 * double anywhere); only where a vendor rounds (Anthropic Console, Cursor) is the cost rounded to
 * cents. Work tags follow the demo's attribution rules: repository {@code acme/<name>} (GitHub) and
 * FOCUS tag {@code user:repo}, OpenAI project names, an Anthropic API key name; Cursor (users only),
 * Copilot chat, GitHub seats, the OpenAI default project and personal Claude Code keys stay
 * unattributed.
 */
public final class DemoBillingGenerator {
    static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    static final TokenMix MID = TokenMix.of("0.35", "0.10", "0.50", "0.05");
    static final TokenMix SMALL = TokenMix.of("0.55", "0.15", "0.25", "0.05");
    static final TokenMix FRONTIER = TokenMix.of("0.30", "0.10", "0.55", "0.05");
    /** A runaway agent: more output than the frontier mix plans. */
    static final TokenMix AGENT_HEAVY = TokenMix.of("0.28", "0.14", "0.53", "0.05");
    /** Output-heavy small fixes. */
    static final TokenMix OUTPUT_HEAVY = TokenMix.of("0.25", "0.25", "0.45", "0.05");
    static final TokenMix SMALL_OUTPUT_HEAVY = TokenMix.of("0.45", "0.30", "0.20", "0.05");
    /** OpenAI: no cache writes. */
    static final TokenMix OPENAI = TokenMix.of("0.40", "0.12", "0.48", "0");

    static final LocalDate S44_START = LocalDate.of(2026, 10, 5);
    static final LocalDate S45_START = LocalDate.of(2026, 10, 19);
    static final LocalDate S46_START = LocalDate.of(2026, 11, 2);
    /** Sunday before and Saturday after Sprint 46: outside any sprint. */
    static final LocalDate BEFORE_46 = LocalDate.of(2026, 11, 1);
    static final LocalDate AFTER_46 = LocalDate.of(2026, 11, 14);

    private final RateCard card;

    DemoBillingGenerator(RateCard card) {
        this.card = card;
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "sample-data");
        for (Map.Entry<String, String> f : new DemoBillingGenerator(DemoPortfolio.fromClasspath().rateCard()).files()
                .entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            System.out.println("wrote " + p);
        }
    }

    /** Relative path under {@code sample-data/} to content. */
    Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("billing/focus-1.2-aws-bedrock-2026-11.csv", focus(sprint46Bedrock(), "2026-11"));
        out.put("billing/github-usage-detailed-acme-2026-11.csv", githubDetailed(sprint46Actions(), true, S46_START));
        out.put("billing/github-ai-usage-acme-2026-11.csv", githubAiUsage());
        out.put("billing/anthropic-console-cost-2026-11.csv", anthropic());
        out.put("billing/openai-cost-2026-11.csv", openAi(sprint46OpenAi()));
        out.put("billing/cursor-team-usage-2026-11.csv", cursor());
        out.put("demo/history/focus-1.2-aws-bedrock-sprint-44.csv", focus(sprint44Bedrock(), "2026-10"));
        out.put("demo/history/openai-cost-sprint-44.csv", openAi(sprint44OpenAi()));
        out.put("demo/history/github-usage-detailed-acme-sprint-44.csv",
                githubDetailed(sprint44Actions(), false, S44_START));
        out.put("demo/history/focus-1.2-aws-bedrock-sprint-45.csv", focus(sprint45Bedrock(), "2026-10"));
        out.put("demo/history/openai-cost-sprint-45.csv", openAi(sprint45OpenAi()));
        out.put("demo/history/github-usage-detailed-acme-sprint-45.csv",
                githubDetailed(sprint45Actions(), false, S45_START));
        return out;
    }

    // ---------------------------------------------------------------- the story, in money or tokens

    /**
     * Token use of one work key (repository, project, API key) on one model over some days.
     * {@code money} is a target at the charged price (tokens follow from it); or {@code tokens} is given.
     * {@code factor} multiplies the rate card's effective price per token kind (1 = charged as the
     * rate card says).
     */
    record Alloc(String key, String model, TokenMix mix, BigDecimal money, long tokens, Map<TokenType, BigDecimal> factor,
                 List<LocalDate> days, java.util.Set<TokenType> atList) {
        Alloc(String key, String model, TokenMix mix, BigDecimal money, long tokens, Map<TokenType, BigDecimal> factor,
              List<LocalDate> days) {
            this(key, model, mix, money, tokens, factor, days, java.util.Set.of());
        }
    }

    /** The vendor charges this token kind at the list (book) price: no discount. */
    static Alloc atList(Alloc a, TokenType type) {
        return new Alloc(a.key(), a.model(), a.mix(), a.money(), a.tokens(), a.factor(), a.days(), java.util.Set.of(type));
    }

    static Alloc money(String key, String model, TokenMix mix, String money, List<LocalDate> days) {
        return new Alloc(key, model, mix, new BigDecimal(money), 0, Map.of(), days);
    }

    static Alloc tokens(String key, String model, TokenMix mix, long millions, List<LocalDate> days) {
        return new Alloc(key, model, mix, null, millions * 1_000_000L, Map.of(), days);
    }

    static Alloc factor(Alloc a, TokenType type, String f) {
        Map<TokenType, BigDecimal> m = new EnumMap<>(TokenType.class);
        m.putAll(a.factor());
        m.put(type, new BigDecimal(f));
        return new Alloc(a.key(), a.model(), a.mix(), a.money(), a.tokens(), m, a.days(), a.atList());
    }

    static Alloc factorAll(Alloc a, String f) {
        Alloc out = a;
        for (TokenType t : TokenType.values()) {
            out = factor(out, t, f);
        }
        return out;
    }

    static List<LocalDate> sprint(LocalDate start) {
        List<LocalDate> d = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            d.add(start.plusDays(i));
        }
        return d;
    }

    static final List<LocalDate> S44 = sprint(S44_START);
    static final List<LocalDate> S45 = sprint(S45_START);
    static final List<LocalDate> S46 = sprint(S46_START);

    private static List<Alloc> sprint46Bedrock() {
        return List.of(
                money("acme/refunds-service", "claude-opus-4-1", AGENT_HEAVY, "25500", S46),
                money("acme/refunds-service", "claude-sonnet-4-5", MID, "1300", S46),
                money("acme/webhook-relay", "claude-sonnet-4-5", MID, "900", S46),
                money("acme/ledger-rounding", "claude-opus-4-1", OUTPUT_HEAVY, "1900", S46),
                money("acme/event-schema", "claude-sonnet-4-5", MID, "450", S46),
                // cache writes billed at list price: the private offer's discount does not cover them
                atList(money("acme/ci-pipelines", "claude-sonnet-4-5", MID, "7900", S46), TokenType.CACHE_WRITE),
                money("acme/flaky-quarantine-bot", "claude-haiku-4-5", SMALL_OUTPUT_HEAVY, "420", S46),
                money("acme/pg16-migration", "claude-sonnet-4-5", MID, "9800", S46),
                // outside any sprint: a weekend nightly run, a Sunday agent session
                money("acme/ci-pipelines", "claude-sonnet-4-5", MID, "240", List.of(AFTER_46)),
                money("acme/refunds-service", "claude-opus-4-1", AGENT_HEAVY, "110", List.of(BEFORE_46)));
    }

    private static List<Alloc> sprint44Bedrock() {
        return List.of(
                tokens("acme/refunds-service", "claude-opus-4-1", FRONTIER, 520, S44),
                tokens("acme/pci-evidence", "claude-sonnet-4-5", MID, 410, S44),
                tokens("acme/webhook-relay", "claude-sonnet-4-5", MID, 140, S44),
                tokens("acme/ci-pipelines", "claude-sonnet-4-5", MID, 1450, S44),
                tokens("acme/k8s-upgrade", "claude-sonnet-4-5", MID, 160, S44),
                tokens("acme/flaky-quarantine-bot", "claude-haiku-4-5", SMALL, 105, S44),
                tokens("acme/deps-sweep", "claude-haiku-4-5", SMALL, 90, S44));
    }

    private static List<Alloc> sprint45Bedrock() {
        return List.of(
                tokens("acme/refunds-service", "claude-opus-4-1", FRONTIER, 1300, S45),
                tokens("acme/pci-evidence", "claude-sonnet-4-5", MID, 450, S45),
                tokens("acme/webhook-relay", "claude-sonnet-4-5", MID, 520, S45),
                tokens("acme/ledger-rounding", "claude-opus-4-1", OUTPUT_HEAVY, 70, S45),
                tokens("acme/event-schema", "claude-sonnet-4-5", MID, 80, S45),
                tokens("acme/ci-pipelines", "claude-sonnet-4-5", MID, 2100, S45),
                tokens("acme/flaky-quarantine-bot", "claude-haiku-4-5", SMALL_OUTPUT_HEAVY, 230, S45),
                tokens("acme/pg16-migration", "claude-sonnet-4-5", MID, 2900, S45),
                tokens("acme/deps-sweep", "claude-haiku-4-5", SMALL, 110, S45));
    }

    private static List<Alloc> sprint46OpenAi() {
        return List.of(
                // flex processing on most runs: 40% below the list price
                factorAll(money("pricing-experiments", "gpt-5", OPENAI, "2000", S46), "0.6"),
                money("pricing-experiments", "gpt-5-mini", OPENAI, "300", S46),
                money("lifecycle-email", "gpt-5-nano", OPENAI, "20", S46),
                money("lifecycle-email", "gpt-5-mini", OPENAI, "90", S46),
                money("Default project", "gpt-5-mini", OPENAI, "95", S46),
                money("Default project", "gpt-5", OPENAI, "60", S46),
                money("Default project", "gpt-5-mini", OPENAI, "18", List.of(AFTER_46)));
    }

    private static List<Alloc> sprint44OpenAi() {
        return List.of(
                tokens("onboarding-checklist", "gpt-5-mini", OPENAI, 95, S44),
                tokens("pricing-experiments", "gpt-5", OPENAI, 620, S44),
                tokens("lifecycle-email", "gpt-5-mini", OPENAI, 380, S44));
    }

    private static List<Alloc> sprint45OpenAi() {
        return List.of(
                tokens("onboarding-checklist", "gpt-5-mini", OPENAI, 150, S45),
                tokens("pricing-experiments", "gpt-5", OPENAI, 1800, S45),
                tokens("lifecycle-email", "gpt-5-mini", OPENAI, 430, S45));
    }

    /** CI minutes (tooling) per repository: money at the SKU's price per minute. */
    record Actions(String repo, String sku, String perMinute, String money, List<LocalDate> days) {
    }

    private static List<Actions> sprint46Actions() {
        return List.of(
                new Actions("acme/refunds-service", "actions_linux", "0.006", "430", S46),
                new Actions("acme/pci-evidence", "actions_linux", "0.006", "280", S46),
                new Actions("acme/webhook-relay", "actions_linux", "0.006", "280", S46),
                new Actions("acme/ledger-rounding", "actions_linux", "0.006", "50", S46),
                new Actions("acme/pricing-experiments", "actions_linux", "0.006", "1150", S46),
                new Actions("acme/lifecycle-email", "actions_linux", "0.006", "960", S46),
                new Actions("acme/event-schema", "actions_linux", "0.006", "80", S46),
                new Actions("acme/ci-pipelines", "actions_linux_16_core", "0.064", "2900", S46),
                new Actions("acme/flaky-quarantine-bot", "actions_linux", "0.006", "160", S46),
                new Actions("acme/pg16-migration", "actions_linux", "0.006", "950", S46),
                new Actions("acme/deps-sweep", "actions_linux", "0.006", "180", S46),
                new Actions("acme/ci-pipelines", "actions_linux_16_core", "0.064", "130", List.of(AFTER_46)));
    }

    private static List<Actions> sprint44Actions() {
        return List.of(
                new Actions("acme/refunds-service", "actions_linux", "0.006", "380", S44),
                new Actions("acme/pci-evidence", "actions_linux", "0.006", "310", S44),
                new Actions("acme/webhook-relay", "actions_linux", "0.006", "240", S44),
                new Actions("acme/onboarding-web", "actions_linux", "0.006", "230", S44),
                new Actions("acme/pricing-experiments", "actions_linux", "0.006", "860", S44),
                new Actions("acme/lifecycle-email", "actions_linux", "0.006", "840", S44),
                new Actions("acme/ci-pipelines", "actions_linux_16_core", "0.064", "2150", S44),
                new Actions("acme/k8s-upgrade", "actions_linux", "0.006", "640", S44),
                new Actions("acme/flaky-quarantine-bot", "actions_linux", "0.006", "140", S44),
                new Actions("acme/deps-sweep", "actions_linux", "0.006", "210", S44));
    }

    private static List<Actions> sprint45Actions() {
        return List.of(
                new Actions("acme/refunds-service", "actions_linux", "0.006", "410", S45),
                new Actions("acme/pci-evidence", "actions_linux", "0.006", "290", S45),
                new Actions("acme/webhook-relay", "actions_linux", "0.006", "320", S45),
                new Actions("acme/ledger-rounding", "actions_linux", "0.006", "45", S45),
                new Actions("acme/onboarding-web", "actions_linux", "0.006", "260", S45),
                new Actions("acme/pricing-experiments", "actions_linux", "0.006", "980", S45),
                new Actions("acme/lifecycle-email", "actions_linux", "0.006", "1040", S45),
                new Actions("acme/event-schema", "actions_linux", "0.006", "95", S45),
                new Actions("acme/ci-pipelines", "actions_linux_16_core", "0.064", "2450", S45),
                new Actions("acme/flaky-quarantine-bot", "actions_linux", "0.006", "150", S45),
                new Actions("acme/pg16-migration", "actions_linux", "0.006", "870", S45),
                new Actions("acme/deps-sweep", "actions_linux", "0.006", "190", S45));
    }

    // ---------------------------------------------------------------- arithmetic

    private TokenPrices effective(String model, LocalDate day) {
        return price(model, day).effective();
    }

    private ModelPrice price(String model, LocalDate day) {
        return card.priceOf(model, day).orElseThrow(() -> new IllegalStateException("no price for " + model + " on " + day));
    }

    private static BigDecimal factorOf(Alloc a, TokenType t) {
        return a.factor().getOrDefault(t, BigDecimal.ONE);
    }

    /** Charged price per million tokens of a kind. */
    private BigDecimal charged(Alloc a, TokenType t, LocalDate day) {
        if (a.atList().contains(t)) {
            return price(a.model(), day).book().get(t);
        }
        return effective(a.model(), day).get(t).multiply(factorOf(a, t));
    }

    private long totalTokens(Alloc a) {
        if (a.money() == null) {
            return a.tokens();
        }
        LocalDate day = a.days().get(0);
        BigDecimal blended = BigDecimal.ZERO;
        for (TokenType t : TokenType.values()) {
            blended = blended.add(a.mix().get(t).multiply(charged(a, t, day)));
        }
        return a.money().multiply(MILLION).divide(blended, 0, RoundingMode.FLOOR).longValueExact();
    }

    /** Weights per day: busy weekdays, quiet weekends; deterministic per key. */
    private static long[] weights(List<LocalDate> days, String seedKey) {
        Random r = new Random(seedKey.hashCode());
        long[] w = new long[days.size()];
        for (int i = 0; i < w.length; i++) {
            DayOfWeek d = days.get(i).getDayOfWeek();
            boolean weekend = d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
            w[i] = weekend && days.size() > 1 ? 4 + r.nextInt(8) : 60 + r.nextInt(81);
        }
        return w;
    }

    /** Splits a whole amount over days by weight; the last day takes the remainder. */
    static long[] spread(long total, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        long[] out = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            out[i] = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(weights[i]))
                    .divide(BigDecimal.valueOf(sum), 0, RoundingMode.FLOOR).longValueExact();
            given += out[i];
        }
        out[weights.length - 1] = total - given;
        return out;
    }

    /** Tokens of a day by kind: floor(share x tokens); cache reads take the remainder. */
    static Map<TokenType, Long> byKind(long tokens, TokenMix mix) {
        Map<TokenType, Long> out = new EnumMap<>(TokenType.class);
        long given = 0;
        for (TokenType t : new TokenType[] {TokenType.INPUT, TokenType.OUTPUT, TokenType.CACHE_WRITE}) {
            long n = BigDecimal.valueOf(tokens).multiply(mix.get(t)).setScale(0, RoundingMode.FLOOR).longValueExact();
            out.put(t, n);
            given += n;
        }
        out.put(TokenType.CACHE_READ, tokens - given);
        return out;
    }

    /** One day of an allocation: tokens by kind. */
    record Day(LocalDate date, Map<TokenType, Long> tokens) {
    }

    private List<Day> days(Alloc a) {
        long total = totalTokens(a);
        long[] perDay = spread(total, weights(a.days(), a.key() + a.model() + a.days().get(0)));
        List<Day> out = new ArrayList<>();
        for (int i = 0; i < perDay.length; i++) {
            out.add(new Day(a.days().get(i), byKind(perDay[i], a.mix())));
        }
        return out;
    }

    private static BigDecimal cost(long tokens, BigDecimal perMillion) {
        return BigDecimal.valueOf(tokens).multiply(perMillion).divide(MILLION);
    }

    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }

    private static String cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String csv(String v) {
        if (v == null) {
            return "";
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static void line(StringBuilder b, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(csv(cells[i]));
        }
        b.append('\n');
    }

    // ---------------------------------------------------------------- FOCUS 1.2 (AWS Bedrock)

    static final String FOCUS_HEADER = "AvailabilityZone,BilledCost,BillingAccountId,BillingAccountName,"
            + "BillingAccountType,BillingCurrency,BillingPeriodEnd,BillingPeriodStart,CapacityReservationId,"
            + "CapacityReservationStatus,ChargeCategory,ChargeClass,ChargeDescription,ChargeFrequency,ChargePeriodEnd,"
            + "ChargePeriodStart,CommitmentDiscountCategory,CommitmentDiscountId,CommitmentDiscountName,"
            + "CommitmentDiscountQuantity,CommitmentDiscountStatus,CommitmentDiscountType,CommitmentDiscountUnit,"
            + "ConsumedQuantity,ConsumedUnit,ContractedCost,ContractedUnitPrice,EffectiveCost,InvoiceId,"
            + "InvoiceIssuerName,ListCost,ListUnitPrice,PricingCategory,PricingCurrency,"
            + "PricingCurrencyContractedUnitPrice,PricingCurrencyEffectiveCost,PricingCurrencyListUnitPrice,"
            + "PricingQuantity,PricingUnit,ProviderName,PublisherName,RegionId,RegionName,ResourceId,ResourceName,"
            + "ResourceType,ServiceCategory,ServiceName,ServiceSubcategory,SkuId,SkuMeter,SkuPriceDetails,SkuPriceId,"
            + "SubAccountId,SubAccountName,SubAccountType,Tags";

    private static String bedrockName(String model) {
        return switch (model) {
            case "claude-opus-4-1" -> "Claude4.1Opus";
            case "claude-sonnet-4-5" -> "Claude4.5Sonnet";
            case "claude-haiku-4-5" -> "Claude4.5Haiku";
            default -> throw new IllegalArgumentException(model);
        };
    }

    private static String meterSuffix(TokenType t) {
        return switch (t) {
            case INPUT -> "input-tokens";
            case OUTPUT -> "output-tokens";
            case CACHE_READ -> "cache-read-input-token-count";
            case CACHE_WRITE -> "cache-write-input-token-count";
        };
    }

    private static String team(String repo) {
        String r = repo.substring(repo.indexOf('/') + 1);
        return switch (r) {
            case "refunds-service", "pci-evidence", "webhook-relay", "ledger-rounding" -> "payments";
            case "event-schema", "onboarding-web", "pricing-experiments", "lifecycle-email" -> "growth";
            default -> "platform";
        };
    }

    private String focus(List<Alloc> allocs, String month) {
        StringBuilder b = new StringBuilder(FOCUS_HEADER).append('\n');
        String periodStart = month + "-01T00:00:00Z";
        LocalDate first = LocalDate.parse(month + "-01");
        String periodEnd = first.plusMonths(1) + "T00:00:00Z";
        for (Alloc a : allocs) {
            for (Day d : days(a)) {
                ModelPrice p = price(a.model(), d.date());
                for (TokenType t : TokenType.values()) {
                    long n = d.tokens().get(t);
                    if (n == 0) {
                        continue;
                    }
                    BigDecimal bookPerK = p.book().get(t).divide(BigDecimal.valueOf(1000));
                    BigDecimal chargedPerM = charged(a, t, d.date());
                    BigDecimal chargedPerK = chargedPerM.divide(BigDecimal.valueOf(1000));
                    BigDecimal list = cost(n, p.book().get(t));
                    BigDecimal eff = cost(n, chargedPerM);
                    String meter = "USE1-" + bedrockName(a.model()) + "-" + meterSuffix(t);
                    String repo = a.key();
                    String profile = repo.substring(repo.indexOf('/') + 1);
                    String tags = "{\"user:repo\": \"" + repo + "\", \"user:team\": \"" + team(repo) + "\"}";
                    line(b, "", plain(eff), "210987654321", "Acme Corp", "", "USD", periodEnd, periodStart, "", "",
                            "Usage", "", "$" + plain(chargedPerK) + " per 1K " + t.name().toLowerCase().replace('_', ' ')
                                    + " tokens of " + bedrockName(a.model()),
                            "Usage-Based", d.date().plusDays(1) + "T00:00:00Z", d.date() + "T00:00:00Z", "", "", "", "",
                            "", "", "", Long.toString(n), "Tokens", plain(eff), plain(chargedPerK), plain(eff), "",
                            "Amazon Web Services, Inc.", plain(list), plain(bookPerK), "Standard", "", "", "", "",
                            plain(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(1000))), "1K Tokens", "AWS", "Anthropic",
                            "us-east-1", "US East (N. Virginia)",
                            "arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/" + profile, profile,
                            "Application Inference Profile", "AI and Machine Learning", "Amazon Bedrock",
                            "Generative AI", "", meter, "", "", "111122223333", "acme-ai-prod", "", tags);
                }
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- OpenAI cost export

    private static String openAiItem(String model) {
        return switch (model) {
            case "gpt-5" -> "gpt-5-2025-08-07";
            case "gpt-5-mini" -> "gpt-5-mini-2025-08-07";
            case "gpt-5-nano" -> "gpt-5-nano-2025-08-07";
            default -> throw new IllegalArgumentException(model);
        };
    }

    private static String projectId(String name) {
        return switch (name) {
            case "pricing-experiments" -> "proj_pX7r2KqLm9TbV4aN";
            case "lifecycle-email" -> "proj_Lc3e8WmQ1zRt6YhD";
            case "onboarding-checklist" -> "proj_On4b9SxC2kGf7JpE";
            default -> "proj_Df0aU1tPr0jEc7Xs";
        };
    }

    private String openAi(List<Alloc> allocs) {
        StringBuilder b = new StringBuilder("start_time,end_time,start_time_iso,end_time_iso,amount_value,amount_currency,"
                + "quantity,quantity_unit,line_item,user_id,api_key_id,project_id,organization_id,project_name,"
                + "organization_name,user_email,api_source\n");
        Map<TokenType, String> component = Map.of(TokenType.INPUT, "input", TokenType.OUTPUT, "output",
                TokenType.CACHE_READ, "cached_input");
        for (Alloc a : allocs) {
            for (Day d : days(a)) {
                long start = d.date().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                for (TokenType t : new TokenType[] {TokenType.INPUT, TokenType.CACHE_READ, TokenType.OUTPUT}) {
                    long n = d.tokens().get(t) + (t == TokenType.INPUT ? d.tokens().get(TokenType.CACHE_WRITE) : 0);
                    if (n == 0) {
                        continue;
                    }
                    BigDecimal amount = cost(n, charged(a, t, d.date()));
                    line(b, Long.toString(start), Long.toString(start + 86_400), d.date() + "T00:00:00+00:00",
                            d.date().plusDays(1) + "T00:00:00+00:00", amount.setScale(30, RoundingMode.UNNECESSARY)
                                    .toPlainString(), "usd", Long.toString(n), "tokens",
                            openAiItem(a.model()) + ", " + component.get(t), "", "", projectId(a.key()), "org-AcmeC0rp",
                            a.key(), "Acme Corp", "", "");
                }
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- GitHub detailed usage report

    private String githubDetailed(List<Actions> actions, boolean codeReview, LocalDate sprintStart) {
        StringBuilder b = new StringBuilder("date,product,sku,quantity,unit_type,applied_cost_per_quantity,gross_amount,"
                + "discount_amount,net_amount,username,organization,repository,workflow_path,cost_center_name\n");
        String[] users = {"mona", "hubot", "octocat", "lena-f", "tomasz-k", "priya-r"};
        List<String[]> rows = new ArrayList<>();
        for (Actions a : actions) {
            BigDecimal perMinute = new BigDecimal(a.perMinute());
            long minutes = new BigDecimal(a.money()).divide(perMinute, 0, RoundingMode.HALF_UP).longValueExact();
            long[] perDay = spread(minutes, weights(a.days(), a.repo() + a.sku() + a.days().get(0)));
            String workflow = a.sku().equals("actions_linux_16_core") ? ".github/workflows/agent-ci.yml"
                    : ".github/workflows/ci.yml";
            for (int i = 0; i < perDay.length; i++) {
                BigDecimal gross = perMinute.multiply(BigDecimal.valueOf(perDay[i]));
                rows.add(new String[] {a.days().get(i).toString(), "actions", a.sku(), Long.toString(perDay[i]), "minutes",
                        a.perMinute(), plain(gross), "0", plain(gross), users[i % users.length], "acme", a.repo(),
                        workflow, costCenter(team(a.repo()))});
            }
        }
        if (codeReview) {
            // Copilot code review on the onboarding repository: tooling on the rate card
            long[] credits = spread(25_000, weights(S46, "code-review"));
            for (int i = 0; i < credits.length; i++) {
                BigDecimal gross = new BigDecimal("0.01").multiply(BigDecimal.valueOf(credits[i]));
                rows.add(new String[] {S46.get(i).toString(), "copilot", "code_quality_ai_credit",
                        Long.toString(credits[i]), "ai-credits", "0.01", plain(gross), "0", plain(gross), "lena-f", "acme",
                        "acme/onboarding-web", "", "Growth"});
            }
        }
        // Copilot Business seats, per day (a seat-month is 1/30 a day), per cost center: no repository
        List<LocalDate> seatDays = new ArrayList<>();
        LocalDate from = codeReview ? BEFORE_46 : sprintStart;
        for (int i = 0; i < (codeReview ? 14 : 12); i++) {
            seatDays.add(from.plusDays(i));
        }
        String[][] centers = {{"Payments", "16", "0.5333333333333333"}, {"Growth", "14", "0.4666666666666667"},
            {"Platform", "15", "0.5"}};
        for (LocalDate d : seatDays) {
            for (String[] c : centers) {
                BigDecimal qty = new BigDecimal(c[2]);
                BigDecimal gross = qty.multiply(new BigDecimal("19"));
                rows.add(new String[] {d.toString(), "copilot", "copilot_for_business", c[2], "user-months", "19",
                        plain(gross), "0", plain(gross), "", "acme", "", "", c[0]});
            }
        }
        rows.sort((x, y) -> x[0].compareTo(y[0]));
        for (String[] r : rows) {
            line(b, r);
        }
        return b.toString();
    }

    private static String costCenter(String team) {
        return Character.toUpperCase(team.charAt(0)) + team.substring(1);
    }

    // ---------------------------------------------------------------- GitHub AI usage report (tokens)

    private String githubAiUsage() {
        StringBuilder b = new StringBuilder("date,username,product,sku,model,quantity,unit_type,applied_cost_per_quantity,"
                + "gross_amount,discount_amount,net_amount,total_monthly_quota,organization,repository,cost_center_name,"
                + "aic_quantity,aic_gross_amount,input,output,cache_read,cache_write\n");
        // Coding agent on two repositories (Claude Haiku 4.5), charged 10% above the rate card's
        // Haiku price at the small tier's mix; Copilot chat with no repository stays unattributed.
        record Agent(String repo, String user, String center, String model, String rateModel, TokenMix mix, String money,
                     String sku, List<LocalDate> days) {
        }
        List<Agent> agents = List.of(
                new Agent("acme/onboarding-web", "lena-f", "Growth", "Claude Haiku 4.5", "claude-haiku-4-5", SMALL, "180",
                        "coding_agent_ai_credit", S46),
                new Agent("acme/deps-sweep", "hubot", "Platform", "Claude Haiku 4.5", "claude-haiku-4-5", SMALL, "150",
                        "coding_agent_ai_credit", S46),
                new Agent("", "mona", "Payments", "Claude Sonnet 4.5", "claude-sonnet-4-5", MID, "85", "copilot_ai_credit",
                        S46),
                new Agent("", "priya-r", "Growth", "GPT-5 mini", "gpt-5-mini", OPENAI, "55", "copilot_ai_credit", S46),
                new Agent("", "tomasz-k", "Platform", "Claude Sonnet 4.5", "claude-sonnet-4-5", MID, "12",
                        "copilot_ai_credit", List.of(BEFORE_46, AFTER_46)));
        BigDecimal markup = new BigDecimal("1.1");
        List<String[]> rows = new ArrayList<>();
        for (Agent a : agents) {
            TokenPrices eff = effective(a.rateModel(), a.days().get(0));
            BigDecimal perMillion = a.mix().blend(eff).multiply(markup);
            long total = new BigDecimal(a.money()).multiply(MILLION).divide(perMillion, 0, RoundingMode.FLOOR)
                    .longValueExact();
            long[] perDay = spread(total, weights(a.days(), a.repo() + a.user()));
            for (int i = 0; i < perDay.length; i++) {
                Map<TokenType, Long> k = byKind(perDay[i], a.mix());
                BigDecimal money = BigDecimal.valueOf(perDay[i]).multiply(perMillion).divide(MILLION);
                BigDecimal credits = money.divide(new BigDecimal("0.01"));
                rows.add(new String[] {a.days().get(i).toString(), a.user(), "copilot", a.sku(), a.model(), plain(credits),
                        "ai-credits", "0.01", plain(money), "0", plain(money), "3900", "acme", a.repo(), a.center(), "0",
                        "0", Long.toString(k.get(TokenType.INPUT)), Long.toString(k.get(TokenType.OUTPUT)),
                        Long.toString(k.get(TokenType.CACHE_READ)), Long.toString(k.get(TokenType.CACHE_WRITE))});
            }
        }
        rows.sort((x, y) -> x[0].compareTo(y[0]));
        for (String[] r : rows) {
            line(b, r);
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- Anthropic Console cost CSV (2026 H2)

    private String anthropic() {
        StringBuilder b = new StringBuilder("usage_date_utc,model,workspace,api_key,usage_type,context_window,token_type,"
                + "cost_usd,list_price_usd,cost_type,inference_geo,speed,api_key_id,api_key_status\n");
        record Key(String workspace, String name, String id, Alloc alloc) {
        }
        List<Key> keys = List.of(
                new Key("Payments", "pay-151-evidence-bot", "apikey_01JbQ7mPx2Vd4KcR",
                        money("pay-151-evidence-bot", "claude-sonnet-4-5", MID, "1240", S46)),
                new Key("Default", "claude_code_key_jonas_7f3a", "apikey_01JcT3nW8sLq5ZbM",
                        money("claude_code_key_jonas_7f3a", "claude-sonnet-4-5", MID, "380", S46)),
                new Key("Default", "claude_code_key_mia_2c9d", "apikey_01JdA9kE4rFw2HyN",
                        money("claude_code_key_mia_2c9d", "claude-opus-4-1", FRONTIER, "260", S46)),
                new Key("Default", "claude_code_key_jonas_7f3a", "apikey_01JcT3nW8sLq5ZbM",
                        money("claude_code_key_jonas_7f3a", "claude-sonnet-4-5", MID, "35", List.of(BEFORE_46))),
                new Key("Default", "claude_code_key_mia_2c9d", "apikey_01JdA9kE4rFw2HyN",
                        money("claude_code_key_mia_2c9d", "claude-opus-4-1", FRONTIER, "25", List.of(AFTER_46))));
        Map<TokenType, String> types = Map.of(TokenType.INPUT, "input_no_cache", TokenType.OUTPUT, "output",
                TokenType.CACHE_READ, "input_cache_read", TokenType.CACHE_WRITE, "input_cache_write_5m");
        List<String[]> rows = new ArrayList<>();
        for (Key k : keys) {
            String display = card.model(k.alloc().model()).orElseThrow().displayName();
            for (Day d : days(k.alloc())) {
                ModelPrice p = price(k.alloc().model(), d.date());
                for (TokenType t : TokenType.values()) {
                    long n = d.tokens().get(t);
                    if (n == 0) {
                        continue;
                    }
                    rows.add(new String[] {d.date().toString(), display, k.workspace(), k.name(), "message", "≤ 200k",
                            types.get(t), cents(cost(n, p.effective().get(t))), cents(cost(n, p.book().get(t))), "token",
                            "global", "", k.id(), "active"});
                }
            }
        }
        // web search by the evidence bot: $10 per 1,000 searches, no discount
        for (int i : new int[] {1, 3, 8}) {
            rows.add(new String[] {S46.get(i).toString(), "Claude Sonnet 4.5", "Payments", "pay-151-evidence-bot",
                    "message", "≤ 200k", "", "4.20", "4.20", "web_search", "global", "", "apikey_01JbQ7mPx2Vd4KcR", "active"});
        }
        rows.sort((x, y) -> x[0].compareTo(y[0]));
        for (String[] r : rows) {
            line(b, r);
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- Cursor team usage CSV

    private String cursor() {
        StringBuilder b = new StringBuilder("Date,User,Cloud Agent ID,Automation ID,Kind,Model,Max Mode,"
                + "Input (w/ Cache Write),Input (w/o Cache Write),Cache Read,Output Tokens,Total Tokens,Cost\n");
        String[] users = {"lena.fischer@acme.example", "tomasz.kowalski@acme.example", "priya.rao@acme.example",
            "jonas.berg@acme.example"};
        String[][] models = {{"claude-4.5-sonnet", "claude-sonnet-4-5"}, {"gpt-5", "gpt-5"},
            {"claude-4.1-opus", "claude-opus-4-1"}, {"claude-4.5-sonnet", "claude-sonnet-4-5"}};
        List<LocalDate> days = new ArrayList<>();
        days.add(BEFORE_46);
        days.addAll(S46);
        days.add(AFTER_46);
        Random r = new Random(46);
        BigDecimal markup = new BigDecimal("1.2");
        List<String[]> rows = new ArrayList<>();
        for (LocalDate day : days) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            int events = weekend ? 2 : 7;
            for (int e = 0; e < events; e++) {
                int u = r.nextInt(users.length);
                String[] m = models[r.nextInt(models.length)];
                long cacheRead = 150_000 + r.nextInt(900_000);
                long inNoWrite = 8_000 + r.nextInt(40_000);
                long cacheWrite = r.nextInt(12_000);
                long output = 1_500 + r.nextInt(9_000);
                long inWithWrite = inNoWrite + cacheWrite;
                long total = inWithWrite + cacheRead + output;
                boolean included = r.nextInt(4) == 0;
                String kind = included ? "Included in Business" : "Usage-based";
                TokenPrices p = effective(m[1], day);
                BigDecimal cost = cost(inNoWrite, p.input()).add(cost(cacheWrite, p.cacheWrite()))
                        .add(cost(cacheRead, p.cacheRead())).add(cost(output, p.output())).multiply(markup);
                int second = r.nextInt(86_400);
                String time = String.format("%sT%02d:%02d:%02d.%03dZ", day, second / 3600, second / 60 % 60, second % 60,
                        r.nextInt(1000));
                rows.add(new String[] {time, users[u], "", "", kind, m[0], r.nextInt(6) == 0 ? "Yes" : "No",
                        Long.toString(inWithWrite), Long.toString(inNoWrite), Long.toString(cacheRead),
                        Long.toString(output), Long.toString(total), included ? "Included" : "$" + cents(cost)});
            }
        }
        rows.sort((x, y) -> y[0].compareTo(x[0])); // Cursor lists the newest first
        for (String[] row : rows) {
            StringBuilder q = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                q.append(i == 0 ? "" : ",").append('"').append(row[i]).append('"');
            }
            b.append(q).append('\n');
        }
        return b.toString();
    }
}
