-- 业务日期 (issue #18): what the ledger records is judged "as of a day" on business dates, never on the wall clock.
-- The campaign replay imports, in one wall-clock session, files whose business dates run through 2021; a snapshot as
-- of D counts what was received AND effective by D, and re-running a past date reproduces its snapshot.
--   ledger_line.listed_on      the business date (submission.received_on) of the file that first listed the line
--   ledger_line.unlisted_from  the retired_on a line had when a later file listed it again (NULL: never relisted) …
--   ledger_line.relisted_on    … and the business date of that file: the line was not listed from the one to the other
--   grade_event.recorded_on    the business date of the file (or the day of the correction) that recorded the event:
--                              an event counts on D when effective_on <= D AND recorded_on <= D
--   grade_application.recorded_on, improvement_plan.recorded_on  the business date of the file that first reported
--                              the application, the 附件2 plan
-- Old rows: listed_on from the earliest of created_at's date, the last listing file's business date and the line's
-- first grade event (the rule before V23 counted a line from whichever came first); recorded_on of old events is their
-- effective_on (the rule before V23 judged events on effective_on alone, so old snapshots re-run the same); old
-- applications from their first file's business date, else created_at's date, or the opinion date when earlier; old
-- plans from their first file's business date, else created_at's date.
-- Submissions without a business date get their receipt day.
-- Portable SQL: the same script runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11.

UPDATE submission SET received_on = CAST(received_at AS DATE) WHERE received_on IS NULL;

ALTER TABLE ledger_line ADD COLUMN listed_on DATE;
ALTER TABLE ledger_line ADD COLUMN unlisted_from DATE;
ALTER TABLE ledger_line ADD COLUMN relisted_on DATE;
UPDATE ledger_line SET listed_on = CAST(created_at AS DATE);
UPDATE ledger_line SET listed_on = (SELECT s.received_on FROM submission s WHERE s.id = ledger_line.last_submission_id)
WHERE EXISTS (SELECT 1 FROM submission s WHERE s.id = ledger_line.last_submission_id
              AND s.received_on < ledger_line.listed_on);
UPDATE ledger_line SET listed_on = (SELECT MIN(g.effective_on) FROM grade_event g WHERE g.ledger_line_id = ledger_line.id)
WHERE EXISTS (SELECT 1 FROM grade_event g WHERE g.ledger_line_id = ledger_line.id
              AND g.effective_on < ledger_line.listed_on);
ALTER TABLE ledger_line MODIFY COLUMN listed_on DATE NOT NULL;

ALTER TABLE grade_event ADD COLUMN recorded_on DATE;
UPDATE grade_event SET recorded_on = effective_on;
ALTER TABLE grade_event MODIFY COLUMN recorded_on DATE NOT NULL;

ALTER TABLE grade_application ADD COLUMN recorded_on DATE;
UPDATE grade_application SET recorded_on = CAST(created_at AS DATE);
UPDATE grade_application SET recorded_on = (SELECT s.received_on FROM submission s
                                            WHERE s.id = grade_application.submission_id)
WHERE EXISTS (SELECT 1 FROM submission s WHERE s.id = grade_application.submission_id AND s.received_on IS NOT NULL);
UPDATE grade_application SET recorded_on = opinion_date WHERE opinion_date < recorded_on;
ALTER TABLE grade_application MODIFY COLUMN recorded_on DATE NOT NULL;

ALTER TABLE improvement_plan ADD COLUMN recorded_on DATE;
UPDATE improvement_plan SET recorded_on = CAST(created_at AS DATE);
UPDATE improvement_plan SET recorded_on = (SELECT s.received_on FROM submission s
                                           WHERE s.id = improvement_plan.submission_id)
WHERE EXISTS (SELECT 1 FROM submission s WHERE s.id = improvement_plan.submission_id AND s.received_on IS NOT NULL);
ALTER TABLE improvement_plan MODIFY COLUMN recorded_on DATE NOT NULL;
