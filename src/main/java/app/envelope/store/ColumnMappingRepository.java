package app.envelope.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Saved column mappings (the {@code column_mapping} table): for a billing file no built-in format
 * reads, which header goes to which canonical field, by a user-chosen name. The store keeps them as
 * plain names and strings; the billing layer gives them meaning.
 */
public interface ColumnMappingRepository {

    /**
     * One saved mapping.
     *
     * @param name         unique, user-chosen name
     * @param header       the header names of the file it was made for (lower-cased, trimmed)
     * @param columns      canonical field name (e.g. {@code EFFECTIVE_COST}) → header name
     * @param datePattern  date pattern, or null for the usual spellings
     * @param decimalStyle decimal style name ({@code POINT}, {@code COMMA}), or null to detect it
     * @param vendor       fixed vendor for every line, or null
     * @param currency     fixed ISO currency for every line, or null
     */
    record StoredMapping(String name, List<String> header, Map<String, String> columns, String datePattern,
                         String decimalStyle, String vendor, String currency) {
        public StoredMapping {
            Objects.requireNonNull(name, "name");
            header = List.copyOf(header);
            columns = Map.copyOf(columns);
        }
    }

    /** Every saved mapping, by name. */
    List<StoredMapping> all();

    Optional<StoredMapping> byName(String name);

    /** Saves the mapping, replacing one with the same name. */
    void save(StoredMapping mapping);

    /** @return true when a mapping of that name existed */
    boolean delete(String name);
}
