-- Envelope schema, version 7: billing lines stored as compact blocks, with their spend summed
-- (decision 0020). A million-line file took 13 to 15 s to store as a million rows with 26 columns
-- and two indexes; as ~250 blocks and a few hundred sums it takes a fraction of that, and every
-- query the screens, the comparison and the workbook ask is answered from the sums.
--
-- billing_block: consecutive lines of one batch, every field kept exactly (LineBlock.java). The
--   epic keys are apart, in epics, because re-attribution rewrites them.
-- billing_spend: the lines of a batch summed per everything a query groups or filters by: sprint,
--   epic, vendor, product, SKU, model, unit, token kind, currency and FX rate, the source of
--   unattributed spend, and whether the lines have token counts and a list cost. Costs are summed
--   in the billing currency at the scales the lines keep; a query multiplies by fx_rate.
-- billing_user: who used what, per epic (names only, never amounts: the presenter's reveal).
-- billing_tag_key: the keys of the FOCUS Tags on a batch's lines (the rules editor offers them).
-- The sums, users and tag keys of a batch are written in the transaction that marks it complete;
-- its blocks are read only once it is (import_batch.importing = FALSE).
CREATE TABLE billing_block (
    batch_id   BIGINT  NOT NULL,
    seq        INT     NOT NULL,
    first_row  BIGINT  NOT NULL,
    line_count INT     NOT NULL,
    lines      BLOB    NOT NULL,
    epics      BLOB    NOT NULL,
    CONSTRAINT pk_billing_block PRIMARY KEY (batch_id, seq),
    CONSTRAINT fk_block_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id) ON DELETE CASCADE
);

CREATE TABLE billing_spend (
    batch_id       BIGINT          NOT NULL,
    sprint_id      BIGINT,
    epic_key       VARCHAR(200),
    vendor         VARCHAR         NOT NULL,
    product        VARCHAR,
    sku            VARCHAR,
    model          VARCHAR,
    unit           VARCHAR,
    token_type     VARCHAR(20),
    currency       VARCHAR(10)     NOT NULL,
    fx_rate        DECIMAL(30, 12),
    source_key     VARCHAR,
    has_tokens     BOOLEAN         NOT NULL,
    has_list       BOOLEAN         NOT NULL,
    line_count     BIGINT          NOT NULL,
    tokens         DECIMAL(60, 6),
    list_cost      DECIMAL(80, 30),
    effective_cost DECIMAL(80, 30) NOT NULL,
    billed_cost    DECIMAL(80, 30),
    first_date     DATE            NOT NULL,
    last_date      DATE            NOT NULL,
    CONSTRAINT fk_spend_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id) ON DELETE CASCADE
);

CREATE INDEX ix_billing_spend_batch ON billing_spend (batch_id);
CREATE INDEX ix_billing_spend_sprint ON billing_spend (sprint_id);

CREATE TABLE billing_user (
    batch_id  BIGINT       NOT NULL,
    epic_key  VARCHAR(200) NOT NULL,
    user_name VARCHAR      NOT NULL,
    CONSTRAINT fk_user_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id) ON DELETE CASCADE
);

CREATE INDEX ix_billing_user_batch ON billing_user (batch_id);

CREATE TABLE billing_tag_key (
    batch_id BIGINT  NOT NULL,
    tag_key  VARCHAR NOT NULL,
    CONSTRAINT fk_tag_key_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id) ON DELETE CASCADE
);

CREATE INDEX ix_billing_tag_key_batch ON billing_tag_key (batch_id);
