-- 进展快照: one snapshot per business date (the nightly run replaces the date's snapshot), and its figures per county
-- and level so that history and changes can be queried without reading the JSON.
-- Portable SQL: the same script runs on H2 (MODE=MySQL, where LONGTEXT is a long character string) and on
-- MySQL 8 / MariaDB 10.11.

-- payload: the snapshot as JSON (perfgrade nightly --json); rules: the counting rules as printed, one per line.
CREATE TABLE snapshot (
    as_of        DATE           NOT NULL,
    computed_at  DATETIME(3)    NOT NULL,
    rules        VARCHAR(4000)  NOT NULL,
    payload      LONGTEXT       NOT NULL,
    CONSTRAINT pk_snapshot PRIMARY KEY (as_of)
);

-- One row per county × level, and one per level for the city (county_code = the city's code, e.g. 410200).
-- Shares are exact to four places (display); met is decided on the exact fraction. Gaps are NULL when unreachable.
CREATE TABLE snapshot_line (
    as_of           DATE          NOT NULL,
    county_code     VARCHAR(12)   NOT NULL,
    industry_level  VARCHAR(12)   NOT NULL,  -- NATIONAL / PROVINCIAL
    counted         INT           NOT NULL,
    applied         INT           NOT NULL,
    passed          INT           NOT NULL,
    d_count         INT           NOT NULL,
    applied_share   DECIMAL(5,4)  NOT NULL,
    passed_share    DECIMAL(5,4)  NOT NULL,
    applied_met     BOOLEAN,                 -- NULL for the city (no 附件1 target)
    passed_met      BOOLEAN,
    applied_gap     INT,
    passed_gap      INT,
    goal_met        BOOLEAN,                 -- the city goal of the level; NULL for counties
    CONSTRAINT pk_snapshot_line PRIMARY KEY (as_of, county_code, industry_level),
    CONSTRAINT fk_snapshot_line_snapshot FOREIGN KEY (as_of) REFERENCES snapshot (as_of)
);
