-- Reference data loaded (upserted) from config/*.yml at every start. Rows are never deleted: a county or industry
-- dropped from config is marked inactive, so the ledger lines and history that point at it stay intact.
-- Portable SQL: the same script runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11.

-- 县区
CREATE TABLE county (
    code            VARCHAR(12)  NOT NULL,
    name            VARCHAR(40)  NOT NULL,
    display_order   INT          NOT NULL,
    code_confirmed  BOOLEAN      NOT NULL DEFAULT FALSE,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_county PRIMARY KEY (code),
    CONSTRAINT uk_county_name UNIQUE (name)
);

-- Other spellings of a county met in submissions (titles, file names, the 县、区 column).
CREATE TABLE county_alias (
    alias        VARCHAR(60) NOT NULL,
    county_code  VARCHAR(12) NOT NULL,
    CONSTRAINT pk_county_alias PRIMARY KEY (alias),
    CONSTRAINT fk_county_alias_county FOREIGN KEY (county_code) REFERENCES county (code)
);

-- 绩效级别 (A, B, B-, C, D, 引领性, 非引领性 …)
CREATE TABLE grade (
    code           VARCHAR(8)  NOT NULL,
    rank_no        INT         NOT NULL,
    ab_class       BOOLEAN     NOT NULL,
    leading_grade  BOOLEAN     NOT NULL,
    counts_as      VARCHAR(8)  NOT NULL,
    CONSTRAINT pk_grade PRIMARY KEY (code)
);

-- 重点行业
CREATE TABLE industry (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    name             VARCHAR(60)  NOT NULL,
    industry_level   VARCHAR(12)  NOT NULL,  -- NATIONAL / PROVINCIAL
    review_category  VARCHAR(12)  NOT NULL,  -- VOCS / METAL / BUILDING / HENAN
    grade_scheme     VARCHAR(120) NOT NULL,  -- grades best first, comma separated
    confirmed        BOOLEAN      NOT NULL DEFAULT FALSE,
    display_order    INT          NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_industry PRIMARY KEY (id),
    CONSTRAINT uk_industry_name UNIQUE (name)
);

-- 重点行业分支; grade_scheme overrides the industry's when set
CREATE TABLE industry_branch (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    industry_id    BIGINT       NOT NULL,
    name           VARCHAR(60)  NOT NULL,
    grade_scheme   VARCHAR(120),
    display_order  INT          NOT NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_industry_branch PRIMARY KEY (id),
    CONSTRAINT uk_industry_branch UNIQUE (industry_id, name),
    CONSTRAINT fk_industry_branch_industry FOREIGN KEY (industry_id) REFERENCES industry (id)
);

-- 附件1 提升目标: county × level × metric × year
CREATE TABLE target (
    campaign_year   INT          NOT NULL,
    county_code     VARCHAR(12)  NOT NULL,
    industry_level  VARCHAR(12)  NOT NULL,  -- NATIONAL / PROVINCIAL
    metric          VARCHAR(12)  NOT NULL,  -- APPLIED 申报占比 / PASSED 通过占比
    comparison      VARCHAR(2)   NOT NULL,  -- GT / GE
    threshold       DECIMAL(6,2) NOT NULL,  -- percent
    CONSTRAINT pk_target PRIMARY KEY (campaign_year, county_code, industry_level, metric),
    CONSTRAINT fk_target_county FOREIGN KEY (county_code) REFERENCES county (code)
);

-- 全市工作目标 (section 二 of the plan)
CREATE TABLE city_goal (
    campaign_year    INT          NOT NULL,
    goal_no          INT          NOT NULL,
    industry_level   VARCHAR(12),
    grade            VARCHAR(8),
    metric           VARCHAR(12)  NOT NULL,  -- PASSED share, or COUNT of enterprises holding grade
    comparison       VARCHAR(2)   NOT NULL,  -- GE / LE / GT
    threshold        DECIMAL(6,2) NOT NULL,
    include_leading  BOOLEAN      NOT NULL DEFAULT FALSE,
    label            VARCHAR(200) NOT NULL,
    CONSTRAINT pk_city_goal PRIMARY KEY (campaign_year, goal_no)
);

-- 工作阶段 (section 四)
CREATE TABLE campaign_stage (
    campaign_year  INT         NOT NULL,
    code           VARCHAR(32) NOT NULL,
    name           VARCHAR(60) NOT NULL,
    starts_on      DATE        NOT NULL,
    ends_on        DATE        NOT NULL,
    display_order  INT         NOT NULL,
    CONSTRAINT pk_campaign_stage PRIMARY KEY (campaign_year, code)
);

-- 时间节点 inside the stages; review batches carry their review category
CREATE TABLE campaign_deadline (
    campaign_year    INT          NOT NULL,
    code             VARCHAR(32)  NOT NULL,
    stage_code       VARCHAR(32)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    due_on           DATE         NOT NULL,
    review_category  VARCHAR(12),
    batch_no         INT,
    CONSTRAINT pk_campaign_deadline PRIMARY KEY (campaign_year, code),
    CONSTRAINT fk_campaign_deadline_stage FOREIGN KEY (campaign_year, stage_code)
        REFERENCES campaign_stage (campaign_year, code)
);
