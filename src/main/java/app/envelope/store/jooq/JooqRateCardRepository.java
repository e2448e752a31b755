package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.AI_MODEL;
import static app.envelope.store.jooq.gen.Tables.APP_SETTING;
import static app.envelope.store.jooq.gen.Tables.EFFORT_MULTIPLIER;
import static app.envelope.store.jooq.gen.Tables.FX_RATE;
import static app.envelope.store.jooq.gen.Tables.LABOUR_RATE;
import static app.envelope.store.jooq.gen.Tables.MODEL_PRICE;
import static app.envelope.store.jooq.gen.Tables.SIZE_ENVELOPE;
import static app.envelope.store.jooq.gen.Tables.TIER_MIX;
import static app.envelope.store.jooq.gen.Tables.TIER_MODEL;
import static app.envelope.store.jooq.gen.Tables.TOOLING_ITEM;

import app.envelope.domain.AiModel;
import app.envelope.domain.Effort;
import app.envelope.domain.EffortMultiplier;
import app.envelope.domain.FxRate;
import app.envelope.domain.LabourRate;
import app.envelope.domain.ModelPrice;
import app.envelope.domain.RateCard;
import app.envelope.domain.Size;
import app.envelope.domain.SizeEnvelope;
import app.envelope.domain.Tier;
import app.envelope.domain.TierMix;
import app.envelope.domain.TierModel;
import app.envelope.domain.TokenMix;
import app.envelope.domain.TokenPrices;
import app.envelope.domain.ToolingItem;
import app.envelope.store.RateCardRepository;
import app.envelope.store.jooq.gen.tables.records.AppSettingRecord;
import app.envelope.store.jooq.gen.tables.records.EffortMultiplierRecord;
import app.envelope.store.jooq.gen.tables.records.FxRateRecord;
import app.envelope.store.jooq.gen.tables.records.LabourRateRecord;
import app.envelope.store.jooq.gen.tables.records.ModelPriceRecord;
import app.envelope.store.jooq.gen.tables.records.SizeEnvelopeRecord;
import app.envelope.store.jooq.gen.tables.records.TierMixRecord;
import app.envelope.store.jooq.gen.tables.records.TierModelRecord;
import app.envelope.store.jooq.gen.tables.records.ToolingItemRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;


/** {@link RateCardRepository} over jOOQ. A version is replaced by deleting its (key, date) row and inserting. */
final class JooqRateCardRepository implements RateCardRepository {
    static final String CURRENCY_KEY = "portfolio.currency";
    private final DSLContext dsl;

    JooqRateCardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public RateCard load() {
        String currency = dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(CURRENCY_KEY)).fetchOptional(r -> r.value1()).orElse("USD");
        return new RateCard(currency,
                dsl.selectFrom(AI_MODEL).orderBy(AI_MODEL.VENDOR, AI_MODEL.ID)
                        .fetch(r -> new AiModel(r.getId(), r.getVendor(), r.getDisplayName())),
                dsl.selectFrom(MODEL_PRICE).orderBy(MODEL_PRICE.MODEL_ID, MODEL_PRICE.VALID_FROM)
                        .fetch(r -> new ModelPrice(r.getModelId(), r.getValidFrom(),
                                new TokenPrices(r.getBookInput(), r.getBookOutput(), r.getBookCacheRead(), r.getBookCacheWrite()),
                                new TokenPrices(r.getEffInput(), r.getEffOutput(), r.getEffCacheRead(), r.getEffCacheWrite()),
                                r.getAsOf(), r.getSource())),
                dsl.selectFrom(TIER_MODEL).orderBy(TIER_MODEL.TIER, TIER_MODEL.VALID_FROM)
                        .fetch(r -> new TierModel(Tier.valueOf(r.getTier()), r.getValidFrom(), r.getModelId())),
                dsl.selectFrom(TIER_MIX).orderBy(TIER_MIX.TIER, TIER_MIX.VALID_FROM)
                        .fetch(r -> new TierMix(Tier.valueOf(r.getTier()), r.getValidFrom(),
                                new TokenMix(r.getShareInput(), r.getShareOutput(), r.getShareCacheRead(),
                                        r.getShareCacheWrite()))),
                dsl.selectFrom(SIZE_ENVELOPE).orderBy(SIZE_ENVELOPE.AI_SIZE, SIZE_ENVELOPE.VALID_FROM)
                        .fetch(r -> new SizeEnvelope(Size.valueOf(r.getAiSize()), r.getValidFrom(), r.getP50(), r.getP90())),
                dsl.selectFrom(EFFORT_MULTIPLIER).orderBy(EFFORT_MULTIPLIER.EFFORT, EFFORT_MULTIPLIER.VALID_FROM)
                        .fetch(r -> new EffortMultiplier(Effort.valueOf(r.getEffort()), r.getValidFrom(), r.getMultiplier())),
                dsl.selectFrom(LABOUR_RATE).orderBy(LABOUR_RATE.LABOUR_ROLE, LABOUR_RATE.VALID_FROM)
                        .fetch(r -> new LabourRate(r.getLabourRole(), r.getValidFrom(), r.getHourly())),
                dsl.selectFrom(FX_RATE).orderBy(FX_RATE.CURRENCY, FX_RATE.VALID_FROM)
                        .fetch(r -> new FxRate(r.getCurrency(), r.getValidFrom(), r.getRate())),
                dsl.selectFrom(TOOLING_ITEM).orderBy(TOOLING_ITEM.NAME, TOOLING_ITEM.VALID_FROM)
                        .fetch(r -> new ToolingItem(r.getName(), r.getValidFrom(), r.getUnit(), r.getUnitPrice(),
                                r.getProductPattern())));
    }

    @Override
    public void setCurrency(String currency) {
        replace(APP_SETTING, APP_SETTING.SETTING_KEY.eq(CURRENCY_KEY),
                new AppSettingRecord(CURRENCY_KEY, currency));
    }

    @Override
    public void saveModel(AiModel m) {
        dsl.mergeInto(AI_MODEL).using(DSL.selectOne()).on(AI_MODEL.ID.eq(m.id()))
                .whenMatchedThenUpdate().set(AI_MODEL.VENDOR, m.vendor()).set(AI_MODEL.DISPLAY_NAME, m.displayName())
                .whenNotMatchedThenInsert(AI_MODEL.ID, AI_MODEL.VENDOR, AI_MODEL.DISPLAY_NAME)
                .values(m.id(), m.vendor(), m.displayName()).execute();
    }

    @Override
    public void savePrice(ModelPrice p) {
        TokenPrices b = p.book();
        TokenPrices e = p.effective();
        replace(MODEL_PRICE, MODEL_PRICE.MODEL_ID.eq(p.modelId()).and(MODEL_PRICE.VALID_FROM.eq(p.validFrom())),
                new ModelPriceRecord(p.modelId(), p.validFrom(), b.input(), b.output(), b.cacheRead(),
                        b.cacheWrite(), e.input(), e.output(), e.cacheRead(), e.cacheWrite(), p.asOf(), p.source()));
    }

    @Override
    public void saveTierModel(TierModel t) {
        replace(TIER_MODEL, TIER_MODEL.TIER.eq(t.tier().name()).and(TIER_MODEL.VALID_FROM.eq(t.validFrom())),
                new TierModelRecord(t.tier().name(), t.validFrom(), t.modelId()));
    }

    @Override
    public void saveTierMix(TierMix t) {
        TokenMix m = t.mix();
        replace(TIER_MIX, TIER_MIX.TIER.eq(t.tier().name()).and(TIER_MIX.VALID_FROM.eq(t.validFrom())),
                new TierMixRecord(t.tier().name(), t.validFrom(), m.input(), m.output(), m.cacheRead(),
                        m.cacheWrite()));
    }

    @Override
    public void saveEnvelope(SizeEnvelope e) {
        replace(SIZE_ENVELOPE, SIZE_ENVELOPE.AI_SIZE.eq(e.size().name()).and(SIZE_ENVELOPE.VALID_FROM.eq(e.validFrom())),
                new SizeEnvelopeRecord(e.size().name(), e.validFrom(), e.p50(), e.p90()));
    }

    @Override
    public void saveEffort(EffortMultiplier e) {
        replace(EFFORT_MULTIPLIER, EFFORT_MULTIPLIER.EFFORT.eq(e.effort().name())
                        .and(EFFORT_MULTIPLIER.VALID_FROM.eq(e.validFrom())),
                new EffortMultiplierRecord(e.effort().name(), e.validFrom(), e.multiplier()));
    }

    @Override
    public void saveLabourRate(LabourRate r) {
        replace(LABOUR_RATE, LABOUR_RATE.LABOUR_ROLE.eq(r.role()).and(LABOUR_RATE.VALID_FROM.eq(r.validFrom())),
                new LabourRateRecord(r.role(), r.validFrom(), r.hourly()));
    }

    @Override
    public void saveFxRate(FxRate r) {
        replace(FX_RATE, FX_RATE.CURRENCY.eq(r.currency()).and(FX_RATE.VALID_FROM.eq(r.validFrom())),
                new FxRateRecord(r.currency(), r.validFrom(), r.rate()));
    }

    @Override
    public void saveTooling(ToolingItem t) {
        replace(TOOLING_ITEM, TOOLING_ITEM.NAME.eq(t.name()).and(TOOLING_ITEM.VALID_FROM.eq(t.validFrom())),
                new ToolingItemRecord(t.name(), t.validFrom(), t.unit(), t.unitPrice(), t.productPattern()));
    }

    private <R extends TableRecord<R>> void replace(Table<R> table, Condition key, R row) {
        dsl.transaction(() -> {
            dsl.deleteFrom(table).where(key).execute();
            dsl.insertInto(table).set(row).execute();
        });
    }
}
