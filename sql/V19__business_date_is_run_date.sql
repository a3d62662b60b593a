-- 业务日期统一叫 runDate (issue #16): importJob and filingJob kept the business date as "asOf", the other jobs as
-- "runDate". Runs recorded before the rename keep their parameters under the new name, so that a failed run still
-- restarts and the console still reads its date. For filingJob the date identifies the run: the job instance's key
-- (BATCH_JOB_INSTANCE.JOB_KEY, an MD5 over the identifying names and values) is recomputed by the Java migration
-- V20 (org.perfgrade.batch.RunDateJobKeys), as portable SQL has no MD5 on both engines.
-- Portable SQL: the same script runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11.

UPDATE BATCH_JOB_EXECUTION_PARAMS
SET PARAMETER_NAME = 'runDate'
WHERE PARAMETER_NAME = 'asOf'
  AND JOB_EXECUTION_ID IN (
      SELECT e.JOB_EXECUTION_ID
      FROM BATCH_JOB_EXECUTION e
      JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
      WHERE i.JOB_NAME IN ('importJob', 'filingJob'));
