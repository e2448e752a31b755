package app.envelope.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes GitHub detailed usage reports of any size for import tests. */
final class GithubUsageFiles {
    private GithubUsageFiles() {
    }

    static Path write(Path file, int rows, LocalDate firstDay) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("date,product,sku,quantity,unit_type,applied_cost_per_quantity,gross_amount,discount_amount,net_amount,"
                    + "username,organization,repository,workflow_path,cost_center_name\n");
            String[] repos = {"payments-api", "payments-PAY-142-refunds", "growth-web", "platform-ci"};
            for (int i = 0; i < rows; i++) {
                LocalDate d = firstDay.plusDays(i % 12);
                int minutes = 10 + i % 50;
                String gross = String.format("%d.%03d", minutes * 6 / 1000, minutes * 6 % 1000);
                w.write(d + ",actions,actions_linux," + minutes + ",minutes,0.006," + gross + ",0," + gross
                        + ",dev" + (i % 7) + ",acme," + repos[i % repos.length] + ",.github/workflows/ci.yml,Payments\n");
            }
        }
        return file;
    }
}
