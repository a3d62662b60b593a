-- Corrections (更正) and rows that are not data (已跳过), issue #15.

-- A correction keeps the cell as written and the value it was read as, so the receipt and the JSON show both.
ALTER TABLE rejected_row ADD COLUMN original_text VARCHAR(500);
ALTER TABLE rejected_row ADD COLUMN read_as VARCHAR(200);

-- 已跳过的行: footers (填报人, 联系电话 …), subtotal rows (合计, 小计), a header repeated inside the sheet, blank
-- rows. Neither refused nor counted; listed in the receipt with the reason.
CREATE TABLE skipped_row (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id  BIGINT        NOT NULL,
    sheet_name     VARCHAR(100),
    row_no         INT           NOT NULL,     -- 1-based, as Excel shows it
    reason         VARCHAR(200)  NOT NULL,     -- in Chinese, e.g. 表尾（填报人、联系电话）
    CONSTRAINT pk_skipped_row PRIMARY KEY (id),
    CONSTRAINT fk_skipped_row_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);
CREATE INDEX ix_skipped_row_submission ON skipped_row (submission_id, row_no);
