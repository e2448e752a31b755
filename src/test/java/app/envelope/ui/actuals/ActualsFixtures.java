package app.envelope.ui.actuals;

import app.envelope.billing.BillingFileReader;
import app.envelope.service.ActualsService;
import app.envelope.service.StoredMappings;
import app.envelope.store.Store;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Billing files and services for the Actuals tests. */
final class ActualsFixtures {
    /** Header of the gateway export, which no built-in format reads. */
    static final java.util.List<String> GATEWAY_HEADER = java.util.List.of("Booked", "Provider", "Service", "Model", "Repo",
            "Key name", "Net amount", "Ccy");

    private ActualsFixtures() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(ActualsFixtures.class.getResource("/billing/actuals/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ActualsService service(Store store) {
        return new ActualsService(store, new BillingFileReader(), new StoredMappings(store.columnMappings()));
    }

    /**
     * A GitHub detailed usage report of {@code rows} good rows and one bad one at the end: every row
     * costs $0.25 gross and $0.20 net, charged on 2026-11-02 + (i mod 14) days, so rows with
     * i mod 14 in {12, 13} (2026-11-14 and -15) fall between Sprint 46 and Sprint 47.
     */
    static Path bigGithubFile(Path file, int rows) throws IOException {
        String[] repos = {"payments-api", "growth-web", "platform-ci", "acme-PLAT-309-build-cache"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("date,product,sku,quantity,unit_type,applied_cost_per_quantity,gross_amount,discount_amount,net_amount,"
                    + "username,organization,repository,workflow_path,cost_center_name\n");
            LocalDate first = LocalDate.of(2026, 11, 2);
            for (int i = 0; i < rows; i++) {
                w.write(first.plusDays(i % 14) + ",copilot,coding_agent_premium_request,6.25,requests,0.04,0.25,0.05,0.20,"
                        + "dev" + (i % 7) + ",acme," + repos[i % repos.length] + ",,Engineering\n");
            }
            w.write("2026-11-03,copilot,coding_agent_premium_request,1,requests,0.04,n/a,0,0.04,dev1,acme,payments-api,,"
                    + "Engineering\n");
        }
        return file;
    }
}
