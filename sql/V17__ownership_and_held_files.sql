-- Ownership (issue #15): one county never changes another's data.

-- 重复报送按县区: the same bytes sent by two counties are two submissions, each with its own validation and receipt.
-- county_key is the county the file was taken in for (the inbox folder, the console user's county, --county, or the
-- county read from the file), '' when none was known before the import.
ALTER TABLE submission ADD COLUMN county_key VARCHAR(12) NOT NULL DEFAULT '';
UPDATE submission SET county_key = county_code WHERE county_code IS NOT NULL;
ALTER TABLE submission DROP CONSTRAINT uk_submission_sha256;
ALTER TABLE submission ADD CONSTRAINT uk_submission_county_sha256 UNIQUE (county_key, sha256);
CREATE INDEX ix_submission_sha256 ON submission (sha256);

-- 待市局确认: a file that would retire much is held (status HELD) until the city confirms or rejects it.
ALTER TABLE submission ADD COLUMN decided_by VARCHAR(60);
ALTER TABLE submission ADD COLUMN decided_at DATETIME(3);

-- What a held-check pass found a file to name: the ids of the county's active ledger lines (清单台账) or
-- improvement plans (附件2) the file lists again. What the county holds and the file does not name would retire.
CREATE TABLE submission_keep (
    submission_id  BIGINT  NOT NULL,
    target_id      BIGINT  NOT NULL,
    CONSTRAINT pk_submission_keep PRIMARY KEY (submission_id, target_id),
    CONSTRAINT fk_submission_keep_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);

-- 企业迁移: an enterprise moved between counties by the city, with the reason and the date it takes effect.
CREATE TABLE enterprise_move (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    enterprise_id   BIGINT        NOT NULL,
    from_county     VARCHAR(12)   NOT NULL,
    to_county       VARCHAR(12)   NOT NULL,
    effective_on    DATE          NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    moved_by        VARCHAR(60)   NOT NULL,
    moved_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_enterprise_move PRIMARY KEY (id),
    CONSTRAINT fk_enterprise_move_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_enterprise_move_from FOREIGN KEY (from_county) REFERENCES county (code),
    CONSTRAINT fk_enterprise_move_to FOREIGN KEY (to_county) REFERENCES county (code)
);
CREATE INDEX ix_enterprise_move_enterprise ON enterprise_move (enterprise_id);
