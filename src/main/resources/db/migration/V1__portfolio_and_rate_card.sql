-- Envelope schema, version 1: the portfolio (teams, epics, sprints, plan lines) and the dated rate card.
-- Money is DECIMAL, never floating point. Rate-card rows are versions: (key, valid_from) is unique,
-- a change is a new row from a date.

CREATE TABLE app_setting (
    setting_key   VARCHAR(60)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(500) NOT NULL
);

CREATE TABLE team (
    name VARCHAR(100) NOT NULL PRIMARY KEY
);

CREATE TABLE epic (
    epic_key VARCHAR(20)  NOT NULL PRIMARY KEY,
    title    VARCHAR(500) NOT NULL,
    team     VARCHAR(100) NOT NULL,
    CONSTRAINT fk_epic_team FOREIGN KEY (team) REFERENCES team (name)
);

CREATE TABLE sprint (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100)   NOT NULL,
    start_date DATE           NOT NULL,
    end_date   DATE           NOT NULL,
    status     VARCHAR(20)    NOT NULL,
    budget     DECIMAL(30, 10) NOT NULL,
    CONSTRAINT uq_sprint_name UNIQUE (name)
);

CREATE TABLE plan_line (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    sprint_id     BIGINT          NOT NULL,
    epic_key      VARCHAR(20)     NOT NULL,
    value_y       DECIMAL(30, 10) NOT NULL,
    value_basis   VARCHAR(40)     NOT NULL,
    willingness_z DECIMAL(30, 10) NOT NULL,
    ai_size       VARCHAR(4)      NOT NULL,
    tier          VARCHAR(10)     NOT NULL,
    effort        VARCHAR(10)     NOT NULL,
    autonomy      VARCHAR(12)     NOT NULL,
    bounded       BOOLEAN         NOT NULL,
    labour_hours  DECIMAL(20, 4)  NOT NULL,
    review_hours  DECIMAL(20, 4)  NOT NULL,
    labour_role   VARCHAR(60),
    tooling       DECIMAL(30, 10) NOT NULL,
    risk_override DECIMAL(30, 10),
    funded        BOOLEAN         NOT NULL,
    sort_order    INT             NOT NULL,
    CONSTRAINT fk_line_sprint FOREIGN KEY (sprint_id) REFERENCES sprint (id) ON DELETE CASCADE,
    CONSTRAINT fk_line_epic FOREIGN KEY (epic_key) REFERENCES epic (epic_key),
    CONSTRAINT uq_line_epic UNIQUE (sprint_id, epic_key)
);

CREATE TABLE ai_model (
    id           VARCHAR(100) NOT NULL PRIMARY KEY,
    vendor       VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL
);

CREATE TABLE model_price (
    model_id          VARCHAR(100)    NOT NULL,
    valid_from        DATE            NOT NULL,
    book_input        DECIMAL(30, 12) NOT NULL,
    book_output       DECIMAL(30, 12) NOT NULL,
    book_cache_read   DECIMAL(30, 12) NOT NULL,
    book_cache_write  DECIMAL(30, 12) NOT NULL,
    eff_input         DECIMAL(30, 12) NOT NULL,
    eff_output        DECIMAL(30, 12) NOT NULL,
    eff_cache_read    DECIMAL(30, 12) NOT NULL,
    eff_cache_write   DECIMAL(30, 12) NOT NULL,
    as_of             DATE            NOT NULL,
    source            VARCHAR(500)    NOT NULL,
    PRIMARY KEY (model_id, valid_from),
    CONSTRAINT fk_price_model FOREIGN KEY (model_id) REFERENCES ai_model (id)
);

CREATE TABLE tier_model (
    tier       VARCHAR(10)  NOT NULL,
    valid_from DATE         NOT NULL,
    model_id   VARCHAR(100) NOT NULL,
    PRIMARY KEY (tier, valid_from),
    CONSTRAINT fk_tier_model FOREIGN KEY (model_id) REFERENCES ai_model (id)
);

CREATE TABLE tier_mix (
    tier              VARCHAR(10)    NOT NULL,
    valid_from        DATE           NOT NULL,
    share_input       DECIMAL(12, 8) NOT NULL,
    share_output      DECIMAL(12, 8) NOT NULL,
    share_cache_read  DECIMAL(12, 8) NOT NULL,
    share_cache_write DECIMAL(12, 8) NOT NULL,
    PRIMARY KEY (tier, valid_from)
);

CREATE TABLE size_envelope (
    ai_size    VARCHAR(4) NOT NULL,
    valid_from DATE       NOT NULL,
    p50        BIGINT     NOT NULL,
    p90        BIGINT     NOT NULL,
    PRIMARY KEY (ai_size, valid_from)
);

CREATE TABLE effort_multiplier (
    effort     VARCHAR(10)    NOT NULL,
    valid_from DATE           NOT NULL,
    multiplier DECIMAL(12, 6) NOT NULL,
    PRIMARY KEY (effort, valid_from)
);

CREATE TABLE labour_rate (
    labour_role VARCHAR(60)    NOT NULL,
    valid_from  DATE           NOT NULL,
    hourly      DECIMAL(20, 6) NOT NULL,
    PRIMARY KEY (labour_role, valid_from)
);

CREATE TABLE fx_rate (
    currency   VARCHAR(3)      NOT NULL,
    valid_from DATE            NOT NULL,
    rate       DECIMAL(30, 12) NOT NULL,
    PRIMARY KEY (currency, valid_from)
);

CREATE TABLE tooling_item (
    name            VARCHAR(100)    NOT NULL,
    valid_from      DATE            NOT NULL,
    unit            VARCHAR(40)     NOT NULL,
    unit_price      DECIMAL(30, 10) NOT NULL,
    product_pattern VARCHAR(200)    NOT NULL,
    PRIMARY KEY (name, valid_from)
);
