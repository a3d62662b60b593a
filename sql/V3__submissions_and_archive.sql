-- County submissions as received, the rows refused from them, and the archive of every document written.

-- 县区报送文件
CREATE TABLE submission (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    sha256          CHAR(64)      NOT NULL,    -- the same file twice is recognised by its content
    file_name       VARCHAR(300)  NOT NULL,
    stored_path     VARCHAR(500),              -- the original, kept as received
    size_bytes      BIGINT        NOT NULL,
    county_code     VARCHAR(12),
    kind            VARCHAR(24),               -- LEDGER 清单台账 / IMPROVEMENT_LIST 附件2 / …
    source          VARCHAR(300)  NOT NULL,    -- inbox folder, file argument, JDBC source, upload
    received_at     DATETIME(3)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,    -- RECEIVED / IMPORTED / PARTIAL / REJECTED / FAILED
    rows_total      INT           NOT NULL DEFAULT 0,
    rows_accepted   INT           NOT NULL DEFAULT 0,
    rows_rejected   INT           NOT NULL DEFAULT 0,
    message         VARCHAR(2000),
    CONSTRAINT pk_submission PRIMARY KEY (id),
    CONSTRAINT uk_submission_sha256 UNIQUE (sha256),
    CONSTRAINT fk_submission_county FOREIGN KEY (county_code) REFERENCES county (code)
);

-- 问题行: one per problem found, with its exact place
CREATE TABLE rejected_row (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id  BIGINT        NOT NULL,
    sheet_name     VARCHAR(100),
    row_no         INT,                        -- 1-based, as Excel shows it
    column_ref     VARCHAR(8),                 -- Excel column letters
    column_title   VARCHAR(100),
    cell_value     VARCHAR(500),
    severity       VARCHAR(8)    NOT NULL,     -- ERROR (row refused) / WARNING (row kept, county to confirm)
    message        VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_rejected_row PRIMARY KEY (id),
    CONSTRAINT fk_rejected_row_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);
CREATE INDEX ix_rejected_row_submission ON rejected_row (submission_id, row_no);

-- 文档归档: every document written, every version (out/manifest.json lists only the newest per kind, date, county).
CREATE TABLE archived_document (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    kind         VARCHAR(40)   NOT NULL,   -- manifest kind, e.g. briefing-pdf
    as_of        DATE          NOT NULL,
    county_code  VARCHAR(12),              -- NULL for city-wide documents
    path         VARCHAR(500)  NOT NULL,   -- relative to the output folder
    sha256       CHAR(64)      NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    CONSTRAINT pk_archived_document PRIMARY KEY (id)
);
CREATE INDEX ix_archived_document_kind ON archived_document (kind, as_of, county_code);
