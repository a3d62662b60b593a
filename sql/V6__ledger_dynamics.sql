-- 动态管理: what each county submission last said about a ledger line, a plan, an application or an expert, so that a
-- newer submission of the same kind replaces the county's entries (the missing ones are retired, never deleted),
-- a restarted import recognises the rows it already wrote, and two rows of one file about the same thing are found.
-- last_submission_id / last_row_no: the submission and Excel row that last reported the entry.
-- retired_on / retired_by_submission_id: the business date and the submission that no longer listed it (NULL = active).
-- Portable SQL: the same script runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11.

-- 清单台账 lines. A line added from a 附件2 row (the county sent 附件2 before its ledger) carries that submission.
ALTER TABLE ledger_line ADD COLUMN last_submission_id BIGINT;
ALTER TABLE ledger_line ADD COLUMN last_row_no INT;
ALTER TABLE ledger_line ADD COLUMN retired_on DATE;
ALTER TABLE ledger_line ADD COLUMN retired_by_submission_id BIGINT;
CREATE INDEX ix_ledger_line_last_submission ON ledger_line (last_submission_id, last_row_no);
CREATE INDEX ix_ledger_line_retired_by ON ledger_line (retired_by_submission_id);
ALTER TABLE ledger_line ADD CONSTRAINT fk_ledger_line_last_submission
    FOREIGN KEY (last_submission_id) REFERENCES submission (id);
ALTER TABLE ledger_line ADD CONSTRAINT fk_ledger_line_retired_by
    FOREIGN KEY (retired_by_submission_id) REFERENCES submission (id);

-- 附件2 plans. The existing submission_id keeps the submission that first reported the plan.
ALTER TABLE improvement_plan ADD COLUMN last_submission_id BIGINT;
ALTER TABLE improvement_plan ADD COLUMN last_row_no INT;
ALTER TABLE improvement_plan ADD COLUMN retired_on DATE;
ALTER TABLE improvement_plan ADD COLUMN retired_by_submission_id BIGINT;
CREATE INDEX ix_improvement_plan_last_submission ON improvement_plan (last_submission_id, last_row_no);
CREATE INDEX ix_improvement_plan_retired_by ON improvement_plan (retired_by_submission_id);
ALTER TABLE improvement_plan ADD CONSTRAINT fk_improvement_plan_last_submission
    FOREIGN KEY (last_submission_id) REFERENCES submission (id);
ALTER TABLE improvement_plan ADD CONSTRAINT fk_improvement_plan_retired_by
    FOREIGN KEY (retired_by_submission_id) REFERENCES submission (id);

-- 绩效分级申报及评审: the current application of one ledger line in the campaign and what each level decided.
-- Results are the grade granted or the text 不通过; no FK to grade (the importer checks the grade scheme).
CREATE TABLE grade_application (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    ledger_line_id            BIGINT        NOT NULL,
    applied_grade             VARCHAR(8),              -- 申报级别
    batch_no                  INT,                     -- 审核批次 1–4, NULL when the county did not say
    county_result             VARCHAR(40),             -- 县级审核结果
    experts                   VARCHAR(500),            -- 签字专家, separated by 、
    opinion_date              DATE,                    -- 专家意见日期
    city_result               VARCHAR(40),             -- 市级会审结果
    provincial_result         VARCHAR(40),             -- 省级核定结果
    provincial_date           DATE,
    remarks                   VARCHAR(1000),
    submission_id             BIGINT        NOT NULL,  -- first reported by
    last_submission_id        BIGINT        NOT NULL,
    last_row_no               INT           NOT NULL,
    created_at                DATETIME(3)   NOT NULL,
    updated_at                DATETIME(3)   NOT NULL,
    retired_on                DATE,
    retired_by_submission_id  BIGINT,
    CONSTRAINT pk_grade_application PRIMARY KEY (id),
    CONSTRAINT uk_grade_application_line UNIQUE (ledger_line_id),
    CONSTRAINT fk_grade_application_line FOREIGN KEY (ledger_line_id) REFERENCES ledger_line (id),
    CONSTRAINT fk_grade_application_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_grade_application_last_submission FOREIGN KEY (last_submission_id) REFERENCES submission (id),
    CONSTRAINT fk_grade_application_retired_by FOREIGN KEY (retired_by_submission_id) REFERENCES submission (id)
);

-- 环境违法问题: each one a fact, never retired. source_document is '' when the county named none (so that the
-- business key is unique on both databases: a NULL never collides in a unique key).
CREATE TABLE violation (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    enterprise_id       BIGINT         NOT NULL,
    industry_id         BIGINT,                   -- NULL: the whole enterprise
    ledger_line_id      BIGINT,                   -- set when the industry names exactly one active line
    violation_type      VARCHAR(24)    NOT NULL,  -- EXCESS_EMISSION / ILLEGAL_DISCHARGE / FACILITY_NOT_RUNNING / OTHER
    description         VARCHAR(1000),
    found_on            DATE           NOT NULL,
    source_document     VARCHAR(300)   NOT NULL DEFAULT '',
    remarks             VARCHAR(1000),
    submission_id       BIGINT         NOT NULL,  -- first reported by
    last_submission_id  BIGINT         NOT NULL,
    last_row_no         INT            NOT NULL,
    created_at          DATETIME(3)    NOT NULL,
    updated_at          DATETIME(3)    NOT NULL,
    CONSTRAINT pk_violation PRIMARY KEY (id),
    CONSTRAINT uk_violation UNIQUE (enterprise_id, violation_type, found_on, source_document),
    CONSTRAINT fk_violation_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_violation_industry FOREIGN KEY (industry_id) REFERENCES industry (id),
    CONSTRAINT fk_violation_line FOREIGN KEY (ledger_line_id) REFERENCES ledger_line (id),
    CONSTRAINT fk_violation_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_violation_last_submission FOREIGN KEY (last_submission_id) REFERENCES submission (id)
);
CREATE INDEX ix_violation_found_on ON violation (found_on);

-- 专家（第三方）名单 per county. organisation is '' for an expert without one (unique key on both databases).
-- barred_until: 通报批评 bars an expert for 3 years; set by the city, never by an import.
CREATE TABLE expert (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    name                      VARCHAR(100)  NOT NULL,
    organisation              VARCHAR(200)  NOT NULL DEFAULT '',
    field                     VARCHAR(200),
    county_code               VARCHAR(12)   NOT NULL,
    reported_on               DATE,
    remarks                   VARCHAR(1000),
    barred_until              DATE,
    submission_id             BIGINT        NOT NULL,  -- first reported by
    last_submission_id        BIGINT        NOT NULL,
    last_row_no               INT           NOT NULL,
    created_at                DATETIME(3)   NOT NULL,
    updated_at                DATETIME(3)   NOT NULL,
    retired_on                DATE,
    retired_by_submission_id  BIGINT,
    CONSTRAINT pk_expert PRIMARY KEY (id),
    CONSTRAINT uk_expert UNIQUE (county_code, name, organisation),
    CONSTRAINT fk_expert_county FOREIGN KEY (county_code) REFERENCES county (code),
    CONSTRAINT fk_expert_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_expert_last_submission FOREIGN KEY (last_submission_id) REFERENCES submission (id),
    CONSTRAINT fk_expert_retired_by FOREIGN KEY (retired_by_submission_id) REFERENCES submission (id)
);
