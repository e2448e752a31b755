package app.envelope.service;

import app.envelope.billing.mapping.CanonicalField;
import app.envelope.billing.mapping.ColumnMapping;
import app.envelope.billing.mapping.MappingStore;
import app.envelope.billing.parse.DecimalStyle;
import app.envelope.store.ColumnMappingRepository;
import app.envelope.store.ColumnMappingRepository.StoredMapping;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portfolio's saved column mappings as the billing reader sees them: a {@link MappingStore}
 * over the database's {@link ColumnMappingRepository}, so that a mapping saved in the app is
 * recognised by the {@code import} command, and after a restart, by the file's header names.
 */
public final class StoredMappings implements MappingStore {
    private final ColumnMappingRepository repository;

    public StoredMappings(ColumnMappingRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<ColumnMapping> findByHeader(Collection<String> header) {
        String signature = ColumnMapping.signature(header);
        return all().stream().filter(m -> m.headerSignature().equals(signature)).findFirst();
    }

    @Override
    public void save(ColumnMapping m) {
        Map<String, String> columns = new LinkedHashMap<>();
        m.columns().forEach((field, header) -> columns.put(field.name(), header));
        repository.save(new StoredMapping(m.name(), new ArrayList<>(new java.util.TreeSet<>(m.headerSet())), columns,
                m.datePattern(), m.decimalStyle() == null ? null : m.decimalStyle().name(), m.vendor(), m.currency()));
    }

    /** Every saved mapping that this version of Envelope can still read (one naming an unknown field is left out). */
    @Override
    public List<ColumnMapping> all() {
        List<ColumnMapping> out = new ArrayList<>();
        for (StoredMapping s : repository.all()) {
            toMapping(s).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public boolean delete(String name) {
        return repository.delete(name);
    }

    static Optional<ColumnMapping> toMapping(StoredMapping s) {
        try {
            Map<CanonicalField, String> columns = new EnumMap<>(CanonicalField.class);
            s.columns().forEach((field, header) -> columns.put(CanonicalField.valueOf(field), header));
            DecimalStyle style = s.decimalStyle() == null ? null : DecimalStyle.valueOf(s.decimalStyle());
            return Optional.of(new ColumnMapping(s.name(), new java.util.LinkedHashSet<>(s.header()), columns,
                    s.datePattern(), style, s.vendor(), s.currency()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
