package app.envelope.service;

import app.envelope.billing.BillingFileReader;
import app.envelope.billing.ImportProgress;
import app.envelope.billing.mapping.InMemoryMappingStore;
import app.envelope.domain.Autonomy;
import app.envelope.domain.Effort;
import app.envelope.domain.EffortMultiplier;
import app.envelope.domain.LabourRate;
import app.envelope.domain.ModelPrice;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Size;
import app.envelope.domain.SizeEnvelope;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintStatus;
import app.envelope.domain.Tier;
import app.envelope.domain.TokenPrices;
import app.envelope.domain.ValueBasis;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The demo portfolio plus what a finance export must cope with: a third sprint priced with newer
 * rate-card versions (a free model, a new labour rate, envelope and multiplier), a line with no
 * cost at all (no value density), unknown and missing roles, a risk override, and imported billing
 * in Sprint 46 and 47 (attributed and unattributed, tokens and tooling, and spend on PAY-170, which
 * Sprint 46 does not plan).
 */
final class FinanceFixture {
    static final LocalDate S48_START = LocalDate.of(2026, 11, 30);

    private FinanceFixture() {
    }

    static Store create(Path dir) throws Exception {
        Store store = TestStores.demo(dir);
        addSprint48(store);
        importBilling(store, dir);
        return store;
    }

    static void addSprint48(Store store) {
        var rc = store.rateCard();
        rc.savePrice(new ModelPrice("claude-haiku-4-5", S48_START, TokenPrices.of("1", "5", "0.10", "1.25"),
                TokenPrices.of("0", "0", "0", "0"), LocalDate.of(2025, 10, 15), "free trial month"));
        rc.saveLabourRate(new LabourRate("engineer", S48_START, new BigDecimal("120.00")));
        rc.saveEnvelope(new SizeEnvelope(Size.M, S48_START, 500_000_000L, 1_250_000_000L));
        rc.saveEffort(new EffortMultiplier(Effort.HIGH, S48_START, new BigDecimal("2.5")));
        Sprint s = store.portfolio().saveSprint(new Sprint(0, "Sprint 48", S48_START, LocalDate.of(2026, 12, 11),
                SprintStatus.PLANNED, new BigDecimal("120000.00")));
        PlanLine.Builder b = new PlanLine.Builder().sprintId(s.id());
        store.portfolio().saveLine(b.epicKey("PLAT-301").value(new BigDecimal("5000")).willingness(BigDecimal.ZERO)
                .size(Size.S).tier(Tier.SMALL).effort(Effort.MEDIUM).autonomy(Autonomy.AUTONOMOUS).bounded(true)
                .labourHours(BigDecimal.ZERO).reviewHours(BigDecimal.ZERO).tooling(BigDecimal.ZERO).build());
        store.portfolio().saveLine(new PlanLine.Builder().sprintId(s.id()).epicKey("PAY-158")
                .value(new BigDecimal("90000")).valueBasis(ValueBasis.COST_REMOVED).willingness(new BigDecimal("31000.50"))
                .size(Size.M).tier(Tier.MID).effort(Effort.HIGH).autonomy(Autonomy.SUPERVISED).bounded(false)
                .labourHours(new BigDecimal("75.5")).reviewHours(new BigDecimal("12.25")).role("contractor")
                .tooling(new BigDecimal("612.34")).riskOverride(new BigDecimal("5000")).build());
        store.portfolio().saveLine(new PlanLine.Builder().sprintId(s.id()).epicKey("GRO-219")
                .value(new BigDecimal("64000")).willingness(new BigDecimal("20000")).size(Size.L).tier(Tier.FRONTIER)
                .effort(Effort.LOW).autonomy(Autonomy.ASSIST).bounded(true).labourHours(new BigDecimal("33"))
                .reviewHours(new BigDecimal("7")).tooling(new BigDecimal("99.99")).build());
        store.portfolio().saveLine(new PlanLine.Builder().sprintId(s.id()).epicKey("PLAT-324")
                .value(new BigDecimal("41000")).willingness(new BigDecimal("15500")).size(Size.XL).tier(Tier.SMALL)
                .effort(Effort.MEDIUM).autonomy(Autonomy.AUTONOMOUS).bounded(true).labourHours(new BigDecimal("40"))
                .reviewHours(new BigDecimal("4")).role("engineer").tooling(new BigDecimal("250")).build());
    }

    /** Anthropic cost lines (epic key in the API key name, one without) and GitHub usage (tooling and AI credits). */
    static void importBilling(Store store, Path dir) throws Exception {
        Path anthropic = dir.resolve("anthropic-cost-november.csv");
        Files.writeString(anthropic, String.join("\n",
                "usage_date_utc,model,workspace,api_key,usage_type,context_window,token_type,cost_usd,list_price_usd,cost_type,inference_geo,speed",
                "2026-11-03,Claude Sonnet 4.5,,pay-142-agent,message,≤ 200k,input,120.50,141.76,token,global,",
                "2026-11-03,Claude Sonnet 4.5,,pay-142-agent,message,≤ 200k,output,410.25,482.65,token,global,",
                "2026-11-04,Claude Opus 4.1,,pay-142-agent,message,≤ 200k,input_cache_read,33.33,39.21,token,global,",
                "2026-11-05,Claude Haiku 4.5,,gro-210-bot,message,≤ 200k,output,12.07,14.20,token,global,",
                "2026-11-06,Claude Sonnet 4.5,Research,scratch-key,message,≤ 200k,input,55.55,65.35,token,global,",
                "2026-11-07,Claude Haiku 4.5,,pay-170-bot,message,≤ 200k,output,8.88,10.45,token,global,",
                "2026-11-17,Claude Sonnet 4.5,,plat-301-ci,message,≤ 200k,output,250.00,312.50,token,global,",
                "2026-11-18,Claude Opus 4.1,,pay-163-agent,message,≤ 200k,input,99.99,124.99,token,global,",
                "2026-11-19,Claude Haiku 4.5,,,message,≤ 200k,input,7.01,8.76,token,global,") + "\n",
                StandardCharsets.UTF_8);
        Path github = dir.resolve("github-usage-november.csv");
        Files.writeString(github, String.join("\n",
                "date,product,sku,quantity,unit_type,applied_cost_per_quantity,gross_amount,discount_amount,net_amount,username,organization,repository,workflow_path,cost_center_name",
                "2026-11-04,actions,actions_linux,1000,minutes,0.006,6.00,0,6.00,octocat,acme,pay-142-refunds,.github/workflows/ci.yml,Payments",
                "2026-11-05,copilot,copilot_ai_credit,250,ai-credits,0.01,2.50,0,2.50,mona,acme,growth-web,,Growth",
                "2026-11-18,actions,actions_linux,2500,minutes,0.006,15.00,5.00,10.00,octocat,acme,plat-301-pipeline,.github/workflows/ci.yml,Platform",
                "2026-11-20,copilot,copilot_ai_credit,1234.5,ai-credits,0.01,12.345,0,12.345,mona,acme,growth-web,,Growth") + "\n",
                StandardCharsets.UTF_8);
        ImportService imports = new ImportService(store, new BillingFileReader(), new InMemoryMappingStore());
        imports.importFile(anthropic, ImportProgress.NONE, () -> false);
        imports.importFile(github, ImportProgress.NONE, () -> false);
    }
}
