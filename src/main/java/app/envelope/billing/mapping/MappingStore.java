package app.envelope.billing.mapping;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Saved column mappings, found again by a file's header names. */
public interface MappingStore {

    /** The mapping made for a file with exactly these header names (case and spaces ignored), if any. */
    Optional<ColumnMapping> findByHeader(Collection<String> header);

    /** Saves the mapping, replacing one with the same name. */
    void save(ColumnMapping mapping);

    List<ColumnMapping> all();

    /** @return true when a mapping of that name existed */
    boolean delete(String name);
}
