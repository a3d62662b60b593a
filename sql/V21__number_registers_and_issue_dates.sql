-- 发文字号登记簿与成文日期 (issue #17): the notices are the 攻坚办's and the provincial filing letters 市生态环境局's,
-- each numbered in its own register (authority.yml `registers`); a number is unique per register and year, two
-- registers may hand out the same number. The year in 〔〕 is the year of the 成文日期 (issued_on), and within a
-- register numbers follow the issue dates.
--
-- Rows numbered before this migration keep their numbers:
--   * notices: register 'office' (the 攻坚办's), printed 汴环攻坚办〔year〕N号 as before;
--   * filing letters: they were numbered in the notices' sequence (V13) and printed 汴环攻坚办函〔year〕N号 under the
--     攻坚办's head. They stay in register 'office', so that no notice is ever given one of their numbers, and keep the
--     code they were printed with; re-making such a package gives the same letter. New letters go to 'bureau-letter'.
--   * their 成文日期 was the business date: issued_on = as_of.
-- prefix is the 机关代字 a number was printed with (the default config's at the time for the old rows; an office that
-- had configured other codes corrects them with an UPDATE before re-rendering an old document).
ALTER TABLE notice_number ADD COLUMN register_key VARCHAR(32) NOT NULL DEFAULT 'office';
ALTER TABLE notice_number ADD COLUMN prefix VARCHAR(32) NOT NULL DEFAULT '汴环攻坚办';
ALTER TABLE notice_number ADD COLUMN issued_on DATE;
UPDATE notice_number SET issued_on = as_of;
UPDATE notice_number SET prefix = '汴环攻坚办函' WHERE kind = 'filing-letter';
ALTER TABLE notice_number ALTER COLUMN register_key DROP DEFAULT;
ALTER TABLE notice_number ALTER COLUMN prefix DROP DEFAULT;
ALTER TABLE notice_number MODIFY COLUMN issued_on DATE NOT NULL;
ALTER TABLE notice_number DROP PRIMARY KEY;
ALTER TABLE notice_number ADD CONSTRAINT pk_notice_number PRIMARY KEY (register_key, issue_year, number_no);
CREATE INDEX ix_notice_number_issued ON notice_number (register_key, issue_year, issued_on);
