package app.envelope.billing.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes an N-row GitHub detailed usage report CSV for benchmarks:
 * {@code java -cp ... app.envelope.billing.bench.GenerateGithubUsage out.csv 1000000 [seed]}.
 * Amounts are exact decimals with gross - discount = net, in the spelling GitHub uses.
 */
public final class GenerateGithubUsage {
    static final String HEADER = "date,product,sku,quantity,unit_type,applied_cost_per_quantity,gross_amount,"
            + "discount_amount,net_amount,username,organization,repository,workflow_path,cost_center_name";
    private static final String[] REPOS = {"payments-api", "payments-web", "payments-PAY-142-refunds", "growth-web",
        "growth-experiments", "platform-infra", "platform-ci"};
    private static final String[] CENTERS = {"Payments", "Payments", "Payments", "Growth", "Growth", "Platform", "Platform"};
    private static final BigDecimal CREDIT = new BigDecimal("0.01");
    private static final BigDecimal MINUTE = new BigDecimal("0.006");

    private GenerateGithubUsage() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateGithubUsage <out.csv> <rows> [seed]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        write(Path.of(args[0]), Long.parseLong(args[1]), seed);
    }

    /** Writes the file and returns the sum of its gross amounts. */
    public static BigDecimal write(Path out, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2026, 11, 2);
        BigDecimal grossTotal = BigDecimal.ZERO;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (long i = 0; i < rows; i++) {
                int team = random.nextInt(REPOS.length);
                boolean actions = random.nextInt(4) == 0;
                BigDecimal qty = actions ? BigDecimal.valueOf(1 + random.nextInt(600))
                        : BigDecimal.valueOf(random.nextInt(1_000_000), 3);
                BigDecimal gross = qty.multiply(actions ? MINUTE : CREDIT);
                BigDecimal discount = random.nextInt(3) == 0 ? gross : BigDecimal.ZERO;
                grossTotal = grossTotal.add(gross);
                w.write(start.plusDays(i % 12).toString());
                w.write(actions ? ",actions,actions_linux," : ",copilot,copilot_ai_credit,");
                w.write(qty.toPlainString());
                w.write(actions ? ",minutes,0.006," : ",ai-credits,0.01,");
                w.write(gross.toPlainString());
                w.write(',');
                w.write(discount.toPlainString());
                w.write(',');
                w.write(gross.subtract(discount).toPlainString());
                w.write(",dev" + (1 + random.nextInt(40)) + ",acme," + REPOS[team] + ",");
                w.write(actions ? ".github/workflows/ci.yml," : ",");
                w.write(CENTERS[team]);
                w.write('\n');
            }
        }
        return grossTotal;
    }
}
