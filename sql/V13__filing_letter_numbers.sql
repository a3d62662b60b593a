-- 报送函的文号: the provincial filing package's cover letter (kind filing-letter) takes its number from the same
-- register as the notices, but one business date may have several letters (one per batch, and one for all
-- batches). subject tells them apart ('' for the notices, 'batch-1' … 'batch-4' or 'all' for the letters).
ALTER TABLE notice_number ADD COLUMN subject VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE notice_number DROP CONSTRAINT uk_notice_number_notice;
ALTER TABLE notice_number ADD CONSTRAINT uk_notice_number_subject UNIQUE (kind, as_of, subject);
