-- 动态管理 (sections 三(六) and 五(二) of the plan): violations listed for the credit platform, and the city's bar on
-- criticised experts. The grade history itself is grade_event (V2): reasons COUNTY_LEDGER / REVIEW / VIOLATION /
-- CORRECTION. Portable SQL: the same script runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11.

-- 纳入信用信息共享平台: TRUE for a violation of a type the downgrade rule lists (perfgrade.grading).
ALTER TABLE violation ADD COLUMN credit_listed BOOLEAN NOT NULL DEFAULT FALSE;

-- 通报批评: an expert is barred from barred_from to barred_until, both inclusive (barred_until exists since V6);
-- bar_notice names the circulation notice, e.g. 汴环攻坚办〔2021〕95号. Set by the city, never by an import.
ALTER TABLE expert ADD COLUMN barred_from DATE;
ALTER TABLE expert ADD COLUMN bar_notice VARCHAR(200);

-- An opinion's signatories are looked up by name city-wide; uk_expert starts with the county.
CREATE INDEX ix_expert_name ON expert (name);
