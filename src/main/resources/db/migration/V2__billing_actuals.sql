-- Envelope schema, version 2: imported billing files (one batch per file, all rows or none),
-- their canonical lines, attribution rules and saved column mappings.

CREATE TABLE import_batch (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name      VARCHAR(500)    NOT NULL,
    sha256         VARCHAR(64)     NOT NULL,
    format_id      VARCHAR(60)     NOT NULL,
    format_name    VARCHAR(200)    NOT NULL,
    imported_at    TIMESTAMP       NOT NULL,
    rows_read      BIGINT          NOT NULL,
    rows_imported  BIGINT          NOT NULL,
    rows_rejected  BIGINT          NOT NULL,
    total_list     DECIMAL(60, 30),
    total_effective DECIMAL(60, 30) NOT NULL,
    total_billed   DECIMAL(60, 30),
    currency       VARCHAR(10),
    CONSTRAINT uq_batch_sha UNIQUE (sha256)
);

CREATE TABLE billing_line (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id       BIGINT          NOT NULL,
    row_number     BIGINT          NOT NULL,
    charge_date    DATE            NOT NULL,
    vendor         VARCHAR(200)    NOT NULL,
    product        VARCHAR(300),
    sku            VARCHAR(300),
    model          VARCHAR(300),
    unit           VARCHAR(100),
    token_type     VARCHAR(20),
    quantity       DECIMAL(60, 30),
    tokens         DECIMAL(40, 6),
    list_cost      DECIMAL(60, 30),
    effective_cost DECIMAL(60, 30) NOT NULL,
    billed_cost    DECIMAL(60, 30),
    currency       VARCHAR(10)     NOT NULL,
    fx_rate        DECIMAL(30, 12),
    project        VARCHAR(300),
    repository     VARCHAR(300),
    workspace      VARCHAR(300),
    api_key_name   VARCHAR(300),
    cost_center    VARCHAR(300),
    user_name      VARCHAR(300),
    raw_tags       CLOB,
    extra          CLOB,
    epic_key       VARCHAR(20),
    sprint_id      BIGINT,
    CONSTRAINT fk_line_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id) ON DELETE CASCADE
);

CREATE INDEX ix_billing_line_batch ON billing_line (batch_id);
CREATE INDEX ix_billing_line_epic ON billing_line (epic_key);
CREATE INDEX ix_billing_line_sprint ON billing_line (sprint_id);

CREATE TABLE attribution_rule (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    position   INT          NOT NULL,
    field      VARCHAR(200) NOT NULL,
    operator   VARCHAR(20)  NOT NULL,
    rule_value VARCHAR(500) NOT NULL,
    epic_key   VARCHAR(20)  NOT NULL
);

CREATE TABLE column_mapping (
    name       VARCHAR(200) NOT NULL PRIMARY KEY,
    definition CLOB         NOT NULL
);
