-- 不考核: a level where a county (or the city) counts no enterprise is not assessed — its shares, met flags and gaps
-- are NULL, never 0 % and "not met". Snapshots stored before recorded 0.0000 and false there; they now read as not
-- assessed (the JSON payload is normalised when read, the lines here are updated). A level without a target has its
-- met flag and gap NULL as well.
ALTER TABLE snapshot_line MODIFY COLUMN applied_share DECIMAL(5,4) NULL;
ALTER TABLE snapshot_line MODIFY COLUMN passed_share DECIMAL(5,4) NULL;
UPDATE snapshot_line
   SET applied_share = NULL, passed_share = NULL, applied_met = NULL, passed_met = NULL,
       applied_gap = NULL, passed_gap = NULL, goal_met = NULL
 WHERE counted = 0;
