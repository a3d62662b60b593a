-- 网页控制台 (perfgrade serve): its users and the audit trail of what they did. Users are created with
-- perfgrade user add; there is no default account and no default password.

-- 控制台用户: CITY 市局 / COUNTY 县区 (county_code required) / PROVINCE 省厅
CREATE TABLE console_user (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    username         VARCHAR(60)   NOT NULL,
    password_hash    VARCHAR(100)  NOT NULL,   -- bcrypt ({bcrypt}$2a$…)
    role             VARCHAR(12)   NOT NULL,
    county_code      VARCHAR(12),              -- the county of a COUNTY user, NULL otherwise
    failed_attempts  INT           NOT NULL DEFAULT 0,   -- consecutive failed sign-ins since the last success or lock
    locked_until     DATETIME(3),              -- sign-in refused until then (business zone)
    created_at       DATETIME(3)   NOT NULL,
    CONSTRAINT pk_console_user PRIMARY KEY (id),
    CONSTRAINT uk_console_user_username UNIQUE (username),
    CONSTRAINT fk_console_user_county FOREIGN KEY (county_code) REFERENCES county (code)
);

-- 审计日志: SIGN_IN, SIGN_IN_FAILED, LOCKED, DOWNLOAD, UPLOAD, JOB_START
CREATE TABLE audit_log (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    at              DATETIME(3)    NOT NULL,
    username        VARCHAR(60)    NOT NULL,   -- as typed for a failed sign-in (the account may not exist)
    action          VARCHAR(20)    NOT NULL,
    detail          VARCHAR(1000),
    remote_address  VARCHAR(64),
    CONSTRAINT pk_audit_log PRIMARY KEY (id)
);
CREATE INDEX ix_audit_log_at ON audit_log (at);
CREATE INDEX ix_audit_log_username ON audit_log (username, at);
