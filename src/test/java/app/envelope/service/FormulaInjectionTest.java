package app.envelope.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.billing.BillingFileReader;
import app.envelope.billing.ImportProgress;
import app.envelope.billing.mapping.InMemoryMappingStore;
import app.envelope.domain.Epic;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Size;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintStatus;
import app.envelope.domain.Team;
import app.envelope.domain.Tier;
import app.envelope.report.ExportProgress;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from users and imported files that looks like a formula stays text in the workbook: a
 * string cell holding exactly what was given, quote-prefixed so an edit in Excel keeps it text;
 * and no formula anywhere is built from it. The file has no macros and no external links.
 */
class FormulaInjectionTest {
    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String PLUS = "+1";
    static final String MINUS = "-2+3";
    static final String AT = "@SUM(A1)";
    /** A file name can hold no slash, so no URL: a formula all the same. */
    static final String FILE = "=HYPERLINK('x','y')+1.csv";

    @TempDir
    Path dir;

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsTextEverywhere() throws Exception {
        Path file = dir.resolve("finance.xlsx");
        try (Store store = TestStores.demo(dir)) {
            store.portfolio().saveTeam(new Team(PLUS));
            store.portfolio().saveEpic(new Epic("PAY-142", HYPERLINK, PLUS));
            Sprint s = store.portfolio().saveSprint(new Sprint(0, MINUS, LocalDate.of(2026, 11, 30),
                    LocalDate.of(2026, 12, 11), SprintStatus.PLANNED, new BigDecimal("1000")));
            store.portfolio().saveLine(new PlanLine.Builder().sprintId(s.id()).epicKey("PAY-142")
                    .value(new BigDecimal("10000")).willingness(new BigDecimal("5000")).size(Size.S).tier(Tier.MID)
                    .labourHours(BigDecimal.TEN).role(AT).build());
            // A vendor file (its name too) whose model, workspace, API key and repository are formula-like.
            Path anthropic = dir.resolve(FILE);
            Files.writeString(anthropic, String.join("\n",
                    "usage_date_utc,model,workspace,api_key,usage_type,context_window,token_type,cost_usd,list_price_usd,cost_type,inference_geo,speed",
                    "2026-11-03,\"" + HYPERLINK.replace("\"", "\"\"") + "\"," + PLUS + ",k1,message,≤ 200k,input,1.50,1.76,token,global,",
                    "2026-11-04,claude-sonnet-4-5,," + AT + ",message,≤ 200k,output,2.25,2.65,token,global,") + "\n",
                    StandardCharsets.UTF_8);
            Path github = dir.resolve("github.csv");
            Files.writeString(github, String.join("\n",
                    "date,product,sku,quantity,unit_type,applied_cost_per_quantity,gross_amount,discount_amount,net_amount,username,organization,repository,workflow_path,cost_center_name",
                    "2026-11-05," + MINUS + ",x,10,minutes,0.006,0.06,0,0.06,octocat,acme," + MINUS + ",ci.yml,Payments") + "\n",
                    StandardCharsets.UTF_8);
            ImportService imports = new ImportService(store, new BillingFileReader(), new InMemoryMappingStore());
            imports.importFile(anthropic, ImportProgress.NONE, () -> false);
            imports.importFile(github, ImportProgress.NONE, () -> false);
            FinanceExport export = new FinanceExport(store);
            export.export(file, export.sprints(), ExportProgress.NONE, () -> false);
        }

        Map<String, List<String>> found = new HashMap<>();
        List<String> payloads = List.of(HYPERLINK, PLUS, MINUS, AT, FILE);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row r : sheet) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.FORMULA) {
                            String f = c.getCellFormula();
                            assertFalse(f.contains("HYPERLINK") || f.contains("http") || f.contains("SUM(A1)"),
                                    "formula built from user text at " + sheet.getSheetName() + "!" + c.getAddress() + ": " + f);
                            continue;
                        }
                        if (c.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String v = c.getStringCellValue();
                        if (payloads.contains(v)) {
                            assertTrue(c.getCellStyle().getQuotePrefixed() || !startsLikeFormula(v),
                                    v + " at " + sheet.getSheetName() + "!" + c.getAddress() + " should be quote-prefixed");
                            found.computeIfAbsent(v, k -> new ArrayList<>()).add(sheet.getSheetName() + "!" + c.getAddress());
                        }
                    }
                }
            }
        }
        // Each payload reached the sheets that show it, as text.
        assertTrue(where(found, HYPERLINK).containsAll(List.of("Epics", "Actuals", "Variance")), found.toString());
        assertTrue(where(found, PLUS).containsAll(List.of("Epics", "Unattributed")), found.toString());
        assertTrue(where(found, MINUS).containsAll(List.of("Summary", "Epics", "Assumptions", "Unattributed")), found.toString());
        assertTrue(where(found, AT).contains("Epics"), found.toString());
        assertTrue(where(found, FILE).contains("Unattributed"), found.toString());

        try (OPCPackage pkg = OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            for (PackagePart p : pkg.getParts()) {
                String name = p.getPartName().getName().toLowerCase();
                assertFalse(name.contains("externallink") || name.contains("vbaproject") || name.contains("activex"),
                        "unexpected part " + name);
                assertFalse(p.getContentType().contains("macroEnabled"), p.getContentType());
            }
            assertEquals(1, pkg.getPartsByContentType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml").size());
        }
    }

    private static boolean startsLikeFormula(String v) {
        return !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0;
    }

    private static List<String> where(Map<String, List<String>> found, String payload) {
        return found.getOrDefault(payload, List.of()).stream().map(a -> a.substring(0, a.indexOf('!'))).distinct().toList();
    }
}
