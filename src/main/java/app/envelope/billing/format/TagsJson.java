package app.envelope.billing.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** Parses a tags JSON object (FOCUS {@code Tags}) into key-value pairs (keys trimmed, JSON nulls dropped). */
public final class TagsJson {
    private final ObjectMapper json = new ObjectMapper();

    /** @return the tags, or null when the text is not a JSON object */
    public Map<String, String> parse(String text) {
        if (text == null) return Map.of();
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (node == null || !node.isObject()) return null;
        Map<String, String> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull()) continue;
            out.put(e.getKey().strip(), v.isValueNode() ? v.asText() : v.toString());
        }
        return out;
    }
}
