-- Details the importer records about each submission and each problem.

ALTER TABLE submission ADD COLUMN sheet_name VARCHAR(100);
ALTER TABLE submission ADD COLUMN header_row INT;
-- How the county was decided: OPTION (--county), FOLDER (inbox sub-folder), TITLE, FILE_NAME, COLUMN, JDBC
ALTER TABLE submission ADD COLUMN county_source VARCHAR(12);
ALTER TABLE submission ADD COLUMN rows_warned INT NOT NULL DEFAULT 0;
ALTER TABLE submission ADD COLUMN finished_at DATETIME(3);

-- The stable problem code (F01…, R01…), see org.perfgrade.ingest.ProblemCode
ALTER TABLE rejected_row ADD COLUMN code VARCHAR(8) NOT NULL DEFAULT 'R00';
CREATE INDEX ix_submission_county_kind ON submission (county_code, kind, status);
