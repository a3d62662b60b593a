-- Enterprises, the grading ledger (清单台账), improvement plans (附件2) and the grade history.

-- 企业
CREATE TABLE enterprise (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    credit_code         VARCHAR(18),            -- 统一社会信用代码, unique when known
    name                VARCHAR(200)  NOT NULL, -- registered name (营业执照)
    county_code         VARCHAR(12)   NOT NULL,
    permit_no           VARCHAR(40),            -- 排污许可证编号
    township            VARCHAR(60),
    address             VARCHAR(300),
    low_vocs_materials  BOOLEAN       NOT NULL DEFAULT FALSE, -- 全部使用低VOCs原辅材料
    clean_energy        BOOLEAN       NOT NULL DEFAULT FALSE, -- 清洁能源替代
    guarantee_type      VARCHAR(12),            -- SUPPORT 保障类 / LIVELIHOOD 民生保障类
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT pk_enterprise PRIMARY KEY (id),
    CONSTRAINT uk_enterprise_credit_code UNIQUE (credit_code),
    CONSTRAINT fk_enterprise_county FOREIGN KEY (county_code) REFERENCES county (code)
);
CREATE INDEX ix_enterprise_county ON enterprise (county_code, name);

-- 能效领跑者 / 绿色工厂 / 绿色发展排行榜, with the year awarded
CREATE TABLE enterprise_honour (
    enterprise_id  BIGINT      NOT NULL,
    honour         VARCHAR(24) NOT NULL,  -- ENERGY_EFFICIENCY_LEADER / GREEN_FACTORY / GREEN_DEVELOPMENT_RANKING
    awarded_year   INT         NOT NULL,
    CONSTRAINT pk_enterprise_honour PRIMARY KEY (enterprise_id, honour, awarded_year),
    CONSTRAINT fk_enterprise_honour_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);

-- 清单台账: one line per enterprise × industry × branch. branch_key is the branch id, or 0 for a line without a
-- branch, so that the uniqueness holds on both databases (a NULL never collides in a unique key).
CREATE TABLE ledger_line (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    enterprise_id     BIGINT         NOT NULL,
    industry_id       BIGINT         NOT NULL,
    branch_id         BIGINT,
    branch_key        BIGINT         NOT NULL,
    grade             VARCHAR(8),             -- certified grade; NULL = 未评级
    so2_tpa           DECIMAL(14,4),          -- annual emissions, t/a
    nox_tpa           DECIMAL(14,4),
    pm_tpa            DECIMAL(14,4),
    vocs_tpa          DECIMAL(14,4),
    main_products     VARCHAR(500),
    capacity          VARCHAR(500),
    production_lines  VARCHAR(1000),
    created_at        DATETIME(3)    NOT NULL,
    updated_at        DATETIME(3)    NOT NULL,
    CONSTRAINT pk_ledger_line PRIMARY KEY (id),
    CONSTRAINT uk_ledger_line UNIQUE (enterprise_id, industry_id, branch_key),
    CONSTRAINT fk_ledger_line_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_ledger_line_industry FOREIGN KEY (industry_id) REFERENCES industry (id),
    CONSTRAINT fk_ledger_line_branch FOREIGN KEY (branch_id) REFERENCES industry_branch (id),
    CONSTRAINT fk_ledger_line_grade FOREIGN KEY (grade) REFERENCES grade (code)
);
CREATE INDEX ix_ledger_line_industry ON ledger_line (industry_id, grade);

-- 绩效级别变更记录: every change of a line's grade; the current grade is the newest effective event.
CREATE TABLE grade_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    ledger_line_id  BIGINT        NOT NULL,
    effective_on    DATE          NOT NULL,     -- business date from which the new grade holds
    recorded_at     DATETIME(3)   NOT NULL,
    old_grade       VARCHAR(8),                 -- NULL = 未评级
    new_grade       VARCHAR(8),
    reason          VARCHAR(24)   NOT NULL,     -- COUNTY_LEDGER / REVIEW / VIOLATION / CORRECTION
    source          VARCHAR(300)  NOT NULL,     -- file and SHA-256, review batch, or the user who corrected it
    note            VARCHAR(1000),
    CONSTRAINT pk_grade_event PRIMARY KEY (id),
    CONSTRAINT fk_grade_event_line FOREIGN KEY (ledger_line_id) REFERENCES ledger_line (id)
);
CREATE INDEX ix_grade_event_line ON grade_event (ledger_line_id, effective_on, id);

-- 重点行业绩效分级提升企业清单 (附件2): kept apart from the ledger, so a new 附件2 never touches ledger lines.
CREATE TABLE improvement_plan (
    id                      BIGINT         NOT NULL AUTO_INCREMENT,
    ledger_line_id          BIGINT         NOT NULL,
    current_grade           VARCHAR(8),              -- 绩效现状 as the county stated it
    target_grade            VARCHAR(8)     NOT NULL, -- 绩效提升目标
    differentiating_index   VARCHAR(1000),           -- 差异化指标
    problems                VARCHAR(2000),           -- 存在问题
    measures                VARCHAR(2000),           -- 改造措施
    planned_completion      DATE,                    -- 拟完成时间
    remarks                 VARCHAR(1000),           -- 备注
    submission_id           BIGINT,
    created_at              DATETIME(3)    NOT NULL,
    updated_at              DATETIME(3)    NOT NULL,
    CONSTRAINT pk_improvement_plan PRIMARY KEY (id),
    CONSTRAINT uk_improvement_plan_line UNIQUE (ledger_line_id),
    CONSTRAINT fk_improvement_plan_line FOREIGN KEY (ledger_line_id) REFERENCES ledger_line (id)
);
