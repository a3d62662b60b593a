-- 分支待补充 (issue #15): a line reported without its branch is kept on the industry alone (branch_key 0) and takes
-- the branch when a later file names it. Where an enterprise × industry already holds both a line without a branch
-- and exactly one line with a branch (active), the two are one line: the plan, application, grade history and
-- violations of the line without a branch move to the branched line, and the line without a branch is retired (never
-- deleted). A pair is left as it is when merging would lose something: both lines have a plan, or both an application
-- (one per line), or their grades differ.
-- Portable SQL: the same script runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11; the work table keeps every
-- UPDATE off the table its subquery reads.

CREATE TABLE ledger_line_merge (
    from_id  BIGINT  NOT NULL,   -- the line without a branch
    to_id    BIGINT  NOT NULL,   -- the one line with a branch of the same enterprise and industry
    CONSTRAINT pk_ledger_line_merge PRIMARY KEY (from_id)
);

INSERT INTO ledger_line_merge (from_id, to_id)
SELECT p.id, MIN(b.id)
FROM ledger_line p
JOIN ledger_line b ON b.enterprise_id = p.enterprise_id AND b.industry_id = p.industry_id AND b.branch_key <> 0
WHERE p.branch_key = 0
GROUP BY p.id
HAVING COUNT(b.id) = 1;

DELETE FROM ledger_line_merge
WHERE EXISTS (SELECT 1 FROM ledger_line b WHERE b.id = ledger_line_merge.to_id AND b.retired_on IS NOT NULL)
   OR EXISTS (SELECT 1 FROM ledger_line p JOIN ledger_line b ON b.id = ledger_line_merge.to_id
              WHERE p.id = ledger_line_merge.from_id AND COALESCE(p.grade, '') <> COALESCE(b.grade, ''))
   OR (EXISTS (SELECT 1 FROM improvement_plan x WHERE x.ledger_line_id = ledger_line_merge.from_id)
       AND EXISTS (SELECT 1 FROM improvement_plan y WHERE y.ledger_line_id = ledger_line_merge.to_id))
   OR (EXISTS (SELECT 1 FROM grade_application x WHERE x.ledger_line_id = ledger_line_merge.from_id)
       AND EXISTS (SELECT 1 FROM grade_application y WHERE y.ledger_line_id = ledger_line_merge.to_id));

UPDATE improvement_plan
SET ledger_line_id = (SELECT m.to_id FROM ledger_line_merge m WHERE m.from_id = improvement_plan.ledger_line_id)
WHERE ledger_line_id IN (SELECT from_id FROM ledger_line_merge);

UPDATE grade_application
SET ledger_line_id = (SELECT m.to_id FROM ledger_line_merge m WHERE m.from_id = grade_application.ledger_line_id)
WHERE ledger_line_id IN (SELECT from_id FROM ledger_line_merge);

UPDATE grade_event
SET ledger_line_id = (SELECT m.to_id FROM ledger_line_merge m WHERE m.from_id = grade_event.ledger_line_id)
WHERE ledger_line_id IN (SELECT from_id FROM ledger_line_merge);

UPDATE violation
SET ledger_line_id = (SELECT m.to_id FROM ledger_line_merge m WHERE m.from_id = violation.ledger_line_id)
WHERE ledger_line_id IN (SELECT from_id FROM ledger_line_merge);

UPDATE ledger_line
SET retired_on = CURRENT_DATE, updated_at = CURRENT_TIMESTAMP
WHERE retired_on IS NULL AND id IN (SELECT from_id FROM ledger_line_merge);

DROP TABLE ledger_line_merge;
