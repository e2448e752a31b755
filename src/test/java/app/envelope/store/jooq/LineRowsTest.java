package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.BILLING_LINE;
import static app.envelope.store.jooq.gen.Tables.BILLING_LINE_STORED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.envelope.store.SpendTally;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineRowsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void tagsWrittenByHandReadBackEqualWithJackson() throws Exception {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("workflow_path", ".github/workflows/ci.yml");
        tags.put("quote \" and backslash \\", "tab\tnewline\nreturn\r");
        tags.put("control", "\u0001\u001f end");
        tags.put("unicode", "café – 東京 😀 \u2028");
        tags.put("", "");
        String json = LineRows.json(tags);
        assertEquals(tags, JSON.readValue(json, new TypeReference<Map<String, String>>() { }));
        assertEquals(JSON.writeValueAsString(Map.of("a", "b")), LineRows.json(Map.of("a", "b")));
    }

    @Test
    void theTallyRoundsAtTheScalesTheColumnsKeep() {
        assertEquals(SpendTally.COST_SCALE, BILLING_LINE.LIST_COST.getDataType().scale());
        assertEquals(SpendTally.COST_SCALE, BILLING_LINE.EFFECTIVE_COST.getDataType().scale());
        assertEquals(SpendTally.COST_SCALE, BILLING_LINE.BILLED_COST.getDataType().scale());
        assertEquals(SpendTally.FX_SCALE, BILLING_LINE.FX_RATE.getDataType().scale());
        // billing_line is a view (V6) over the table the import writes: the same scales.
        assertEquals(SpendTally.COST_SCALE, BILLING_LINE_STORED.LIST_COST.getDataType().scale());
        assertEquals(SpendTally.COST_SCALE, BILLING_LINE_STORED.EFFECTIVE_COST.getDataType().scale());
        assertEquals(SpendTally.COST_SCALE, BILLING_LINE_STORED.BILLED_COST.getDataType().scale());
        assertEquals(SpendTally.FX_SCALE, BILLING_LINE_STORED.FX_RATE.getDataType().scale());
    }
}
