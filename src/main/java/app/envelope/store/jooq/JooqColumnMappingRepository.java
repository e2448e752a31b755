package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.COLUMN_MAPPING;

import app.envelope.store.ColumnMappingRepository;
import app.envelope.store.StoreException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * {@link ColumnMappingRepository} over the {@code column_mapping} table: the name is the key, the
 * rest is one JSON document ({@code version}, {@code header}, {@code columns}, {@code datePattern},
 * {@code decimalStyle}, {@code vendor}, {@code currency}).
 */
final class JooqColumnMappingRepository implements ColumnMappingRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;
    private final DSLContext dsl;

    JooqColumnMappingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<StoredMapping> all() {
        return dsl.selectFrom(COLUMN_MAPPING).orderBy(COLUMN_MAPPING.NAME)
                .fetch(r -> read(r.getName(), r.getDefinition()));
    }

    @Override
    public Optional<StoredMapping> byName(String name) {
        return dsl.selectFrom(COLUMN_MAPPING).where(COLUMN_MAPPING.NAME.eq(name))
                .fetchOptional(r -> read(r.getName(), r.getDefinition()));
    }

    @Override
    public void save(StoredMapping m) {
        String definition = write(m);
        dsl.transaction(() -> {
            dsl.deleteFrom(COLUMN_MAPPING).where(COLUMN_MAPPING.NAME.eq(m.name())).execute();
            dsl.insertInto(COLUMN_MAPPING, COLUMN_MAPPING.NAME, COLUMN_MAPPING.DEFINITION).values(m.name(), definition)
                    .execute();
        });
    }

    @Override
    public boolean delete(String name) {
        return dsl.deleteFrom(COLUMN_MAPPING).where(COLUMN_MAPPING.NAME.eq(name)).execute() > 0;
    }

    static String write(StoredMapping m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("version", VERSION);
        ArrayNode header = o.putArray("header");
        m.header().forEach(header::add);
        ObjectNode columns = o.putObject("columns");
        new java.util.TreeMap<>(m.columns()).forEach(columns::put);
        o.put("datePattern", m.datePattern());
        o.put("decimalStyle", m.decimalStyle());
        o.put("vendor", m.vendor());
        o.put("currency", m.currency());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot store column mapping \"" + m.name() + "\": " + e.getMessage(), e);
        }
    }

    static StoredMapping read(String name, String definition) {
        try {
            JsonNode o = JSON.readTree(definition);
            List<String> header = new ArrayList<>();
            o.path("header").forEach(h -> header.add(h.asText()));
            Map<String, String> columns = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.path("columns").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                columns.put(e.getKey(), e.getValue().asText());
            }
            return new StoredMapping(name, header, columns, text(o, "datePattern"), text(o, "decimalStyle"),
                    text(o, "vendor"), text(o, "currency"));
        } catch (JsonProcessingException e) {
            throw new StoreException("The saved column mapping \"" + name + "\" cannot be read (" + e.getOriginalMessage()
                    + "); delete it and map the file again", e);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
