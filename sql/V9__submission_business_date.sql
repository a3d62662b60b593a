-- The business date on which a submission counts as received (the import's --as-of, Asia/Shanghai), beside the
-- wall-clock received_at: deadlines are judged on business dates, so a file imported later for an earlier date counts
-- on that date.
ALTER TABLE submission ADD COLUMN received_on DATE;
