-- 发文字号登记: every document number perfgrade has issued, unique per year and never reused. A notice (kind and
-- business date) keeps its number when it is rendered again.
CREATE TABLE notice_number (
    issue_year  INT           NOT NULL,
    number_no   INT           NOT NULL,
    kind        VARCHAR(32)   NOT NULL,   -- progress / expert-criticism / seasonal-control
    as_of       DATE          NOT NULL,   -- business date of the notice's figures
    title       VARCHAR(300)  NOT NULL,
    issued_at   DATETIME(3)   NOT NULL,
    CONSTRAINT pk_notice_number PRIMARY KEY (issue_year, number_no),
    CONSTRAINT uk_notice_number_notice UNIQUE (kind, as_of)
);
