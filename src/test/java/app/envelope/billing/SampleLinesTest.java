package app.envelope.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.envelope.domain.BillingLine;
import app.envelope.domain.TokenType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One sample line per format: date, model, token type, costs and work tags land in the right fields. */
class SampleLinesTest {
    @TempDir
    Path tmp;

    private static BillingLine line(String fixture, long row) throws Exception {
        return Fixtures.read(Fixtures.resource("formats/" + fixture)).line(row);
    }

    private static void assertMoney(String expected, BigDecimal actual) {
        VendorFormatsTest.assertAmount(expected, actual);
    }

    @Test
    void githubDetailed() throws Exception {
        BillingLine l = line("github-usage-detailed.csv", 1);
        assertEquals(LocalDate.of(2026, 6, 3), l.chargeDate());
        assertEquals("GitHub", l.vendor());
        assertEquals("actions_linux", l.sku());
        assertEquals("minutes", l.unit());
        assertMoney("0.72", l.listCost());
        assertMoney("0", l.billedCost());
        assertEquals("payments-api", l.tags().repository());
        assertEquals("Payments", l.tags().costCenter());
        assertEquals("octocat", l.tags().user());
        assertEquals("acme", l.tags().extra().get("organization"));
        assertEquals(".github/workflows/ci.yml", l.tags().extra().get("workflow_path"));
        assertEquals("0.72", l.tags().extra().get("discount_amount"));
        BillingLine credit = line("github-usage-detailed.csv", 4);
        assertMoney("-1.00", credit.effectiveCost());
        assertEquals(new BigDecimal("0.036000000000000004"), line("github-usage-detailed.csv", 3).listCost());
    }

    @Test
    void githubAiUsageTokensAreSummed() throws Exception {
        BillingLine l = line("github-ai-usage-tokens.csv", 1);
        assertEquals("Claude Sonnet 4.6", l.model());
        assertEquals(new BigDecimal(412033 + 18220 + 1250000 + 60400), l.tokens());
        assertNull(l.tokenType());
        assertEquals(new BigDecimal("141.17411999999996"), l.quantity());
        BillingLine agent = line("github-ai-usage.csv", 2);
        assertEquals("acme/payments-api", agent.tags().repository());
        assertNull(agent.tokens());
    }

    @Test
    void githubLegacyPremiumRequests() throws Exception {
        BillingLine l = line("github-legacy-premium.csv", 2);
        assertEquals(LocalDate.of(2025, 6, 11), l.chargeDate());
        assertEquals("claude-sonnet-4", l.model());
        assertEquals("mona", l.tags().user());
        assertMoney("0.10", l.effectiveCost());
        assertNull(l.listCost());
        assertEquals("Unlimited", l.tags().extra().get("Total Monthly Quota"));
    }

    @Test
    void anthropicCost() throws Exception {
        BillingLine l = line("anthropic-cost-2026h2.csv", 1);
        assertEquals(LocalDate.of(2026, 8, 4), l.chargeDate());
        assertEquals("Anthropic", l.vendor());
        assertEquals("Claude Sonnet 4.5", l.model());
        assertEquals(TokenType.CACHE_READ, l.tokenType());
        assertEquals("Payments", l.tags().workspace());
        assertEquals("payments-ci", l.tags().apiKeyName());
        assertEquals("apikey_01Hq8x2Lk9", l.tags().extra().get("api_key_id"));
        assertEquals("Finance", l.tags().extra().get("department"), "unknown columns are kept");
        assertEquals("≤ 200k", l.tags().extra().get("context_window"));
        assertMoney("-0.50", line("anthropic-cost-2026h2.csv", 3).billedCost());
        assertEquals(TokenType.CACHE_WRITE, line("anthropic-cost-2025.csv", 1).tokenType());
        assertEquals(TokenType.CACHE_WRITE, line("anthropic-cost-2025.csv", 2).tokenType());
        assertEquals(TokenType.OUTPUT, line("anthropic-cost-2025.csv", 3).tokenType());
        assertEquals("payments, ci key", line("anthropic-cost-2025.csv", 3).tags().apiKeyName());
        assertNull(line("anthropic-cost-2025.csv", 4).tokenType());
        assertEquals(TokenType.INPUT, line("anthropic-cost-2024.csv", 1).tokenType());
        assertMoney("2.50", line("anthropic-cost-2026h1.csv", 1).listCost());
        assertNull(line("anthropic-cost-2024.csv", 1).listCost());
    }

    @Test
    void openAiCost() throws Exception {
        BillingLine l = line("openai-cost.csv", 2);
        assertEquals(LocalDate.of(2026, 6, 1), l.chargeDate());
        assertEquals("gpt-5-nano", l.model());
        assertEquals(TokenType.INPUT, l.tokenType());
        assertEquals(new BigDecimal("0.003835980000000000000000000000"), l.effectiveCost());
        assertEquals("USD", l.currency());
        assertEquals("Payments", l.tags().project());
        assertEquals("dev1@acme.example", l.tags().user());
        assertEquals("key_3QRCYbJRFQ0G4ycm", l.tags().apiKeyName());
        assertEquals(new BigDecimal("19180"), l.tokens());
        assertEquals("gpt-4.1-2025-04-14", line("openai-cost.csv", 1).model());
        assertEquals(TokenType.CACHE_READ, line("openai-cost.csv", 3).tokenType());
        BillingLine unixOnly = line("openai-cost.csv", 4);
        assertEquals(LocalDate.of(2026, 6, 2), unixOnly.chargeDate());
        assertEquals(TokenType.OUTPUT, unixOnly.tokenType());
    }

    @Test
    void cursor() throws Exception {
        BillingLine l = line("cursor-usage-team.csv", 1);
        assertEquals(LocalDate.of(2026, 9, 15), l.chargeDate());
        assertEquals("dev@acme.com", l.tags().user());
        assertEquals("claude-4.5-sonnet", l.model());
        assertMoney("0.27", l.effectiveCost());
        assertEquals(new BigDecimal("297557"), l.tokens());
        assertEquals("280113", l.tags().extra().get("Cache Read"));
        BillingLine included = line("cursor-usage-team.csv", 2);
        assertMoney("0", included.effectiveCost());
        assertEquals("Included in Business", included.sku());
        assertEquals("Errored, No Charge", line("cursor-usage-v1.csv", 3).sku());
        BillingLine requests = line("cursor-usage-requests.csv", 2);
        assertEquals(new BigDecimal("2.5"), requests.quantity());
        assertEquals("requests", requests.unit());
        assertNull(requests.billedCost());
    }

    @Test
    void focusAiLines() throws Exception {
        BillingLine l = line("focus-1.1-ai.csv", 1);
        assertEquals(LocalDate.of(2026, 6, 2), l.chargeDate());
        assertEquals("Amazon Bedrock", l.product());
        assertEquals("USE1-Claude4.6Sonnet-input-tokens", l.sku());
        assertEquals(TokenType.INPUT, l.tokenType());
        assertEquals(new BigDecimal("1250000"), l.tokens());
        assertEquals("payments-prod", l.tags().project());
        assertEquals("PAY-42", l.tags().raw().get("user:epic"));
        assertEquals("payments", l.tags().raw().get("user:team"));
        assertEquals("CC-100", l.tags().extra().get("x_CostCenter"));
        assertEquals("inference-profile-pay", l.tags().extra().get("ResourceName"));
        assertMoney("-2", line("focus-1.1-ai.csv", 3).effectiveCost());
        BillingLine azure = line("focus-1.2-ai.csv", 2);
        assertEquals(LocalDate.of(2026, 6, 3), azure.chargeDate(), "22:00 at -05:00 is the next UTC day");
        assertEquals("EUR", azure.currency());
        assertEquals(TokenType.CACHE_READ, azure.tokenType());
    }

    @Test
    void xlsxReSaveKeepsFieldsAndExactNumbers() throws Exception {
        Path xlsx = Fixtures.toXlsx(Fixtures.resource("formats/github-usage-detailed.csv"), tmp);
        BillingLine l = Fixtures.read(xlsx).line(3);
        assertEquals(new BigDecimal("0.036000000000000004"), l.listCost());
        assertEquals(LocalDate.of(2026, 6, 4), l.chargeDate());
        assertEquals("growth-web", l.tags().repository());
    }
}
