package app.envelope.billing.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link MappingStore} held in memory (tests, and the app until the database-backed one exists). */
public final class InMemoryMappingStore implements MappingStore {
    private final Map<String, ColumnMapping> byName = new LinkedHashMap<>();

    @Override
    public synchronized Optional<ColumnMapping> findByHeader(Collection<String> header) {
        String signature = ColumnMapping.signature(header);
        ColumnMapping found = null;
        for (ColumnMapping m : byName.values()) {
            if (m.headerSignature().equals(signature)) found = m;
        }
        return Optional.ofNullable(found);
    }

    @Override
    public synchronized void save(ColumnMapping mapping) {
        byName.remove(mapping.name());
        byName.put(mapping.name(), mapping);
    }

    @Override
    public synchronized List<ColumnMapping> all() {
        return List.copyOf(new ArrayList<>(byName.values()));
    }

    @Override
    public synchronized boolean delete(String name) {
        return byName.remove(name) != null;
    }
}
