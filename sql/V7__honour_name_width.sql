-- GREEN_DEVELOPMENT_RANKING (25 characters) did not fit the VARCHAR(24) of V2.
ALTER TABLE enterprise_honour MODIFY COLUMN honour VARCHAR(40) NOT NULL;
