-- Envelope schema, version 5: what was entered against a plan line after its sprint, for the
-- planned-against-actual comparison: the actual hours (labour and review together) and the outcome
-- (a count and its unit, e.g. 14 "PRs merged"). One row per plan line; it goes with its line.

CREATE TABLE line_actual (
    plan_line_id  BIGINT         NOT NULL PRIMARY KEY,
    actual_hours  DECIMAL(20, 4),
    outcome_count BIGINT,
    outcome_unit  VARCHAR(60),
    CONSTRAINT fk_actual_line FOREIGN KEY (plan_line_id) REFERENCES plan_line (id) ON DELETE CASCADE
);
