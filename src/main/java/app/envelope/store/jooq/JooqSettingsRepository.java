package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.APP_SETTING;

import app.envelope.store.SettingsRepository;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** {@link SettingsRepository} over the {@code app_setting} table. */
final class JooqSettingsRepository implements SettingsRepository {
    private final DSLContext dsl;

    JooqSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<String> get(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(r -> r.value1());
    }

    @Override
    public void put(String key, String value) {
        dsl.mergeInto(APP_SETTING).using(DSL.selectOne()).on(APP_SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(key, value).execute();
    }
}
