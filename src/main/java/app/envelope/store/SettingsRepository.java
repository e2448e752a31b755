package app.envelope.store;

import java.util.Optional;

/** Small named settings of a portfolio (for example the attribution option). */
public interface SettingsRepository {
    Optional<String> get(String key);

    void put(String key, String value);
}
