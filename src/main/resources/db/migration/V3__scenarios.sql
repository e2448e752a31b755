-- Envelope schema, version 3: what-if scenarios. A scenario is a named copy of one sprint's plan
-- lines (every input, so it can be re-tiered and edited without touching the plan) and its own
-- budget B. A scenario line keeps the id of the plan line it copies (source_line_id) to pair with it;
-- there is no foreign key on it, so a plan line removed later leaves the scenario's copy readable.

CREATE TABLE scenario (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    sprint_id  BIGINT          NOT NULL,
    name       VARCHAR(200)    NOT NULL,
    created_at TIMESTAMP       NOT NULL,
    budget     DECIMAL(30, 10) NOT NULL,
    adopted_at TIMESTAMP,
    CONSTRAINT fk_scenario_sprint FOREIGN KEY (sprint_id) REFERENCES sprint (id) ON DELETE CASCADE,
    CONSTRAINT uq_scenario_name UNIQUE (sprint_id, name)
);

CREATE TABLE scenario_line (
    scenario_id    BIGINT          NOT NULL,
    source_line_id BIGINT          NOT NULL,
    epic_key       VARCHAR(20)     NOT NULL,
    value_y        DECIMAL(30, 10) NOT NULL,
    value_basis    VARCHAR(40)     NOT NULL,
    willingness_z  DECIMAL(30, 10) NOT NULL,
    ai_size        VARCHAR(4)      NOT NULL,
    tier           VARCHAR(10)     NOT NULL,
    effort         VARCHAR(10)     NOT NULL,
    autonomy       VARCHAR(12)     NOT NULL,
    bounded        BOOLEAN         NOT NULL,
    labour_hours   DECIMAL(20, 4)  NOT NULL,
    review_hours   DECIMAL(20, 4)  NOT NULL,
    labour_role    VARCHAR(60),
    tooling        DECIMAL(30, 10) NOT NULL,
    risk_override  DECIMAL(30, 10),
    funded         BOOLEAN         NOT NULL,
    PRIMARY KEY (scenario_id, source_line_id),
    CONSTRAINT fk_scenario_line_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id) ON DELETE CASCADE,
    CONSTRAINT fk_scenario_line_epic FOREIGN KEY (epic_key) REFERENCES epic (epic_key)
);
