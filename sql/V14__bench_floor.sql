-- 性能基准的裸写入下限（perfgrade bench）：县区报送文件的数据行按原样的文本写入这张无索引、无外键的表，
-- 用来测量数据库写入的下限（JDBC 批量插入；MySQL 上另测 LOAD DATA LOCAL INFILE）。基准每次测量前清空它，平时为空。
-- Portable SQL: the same script runs on H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11 (21 × VARCHAR(700) stays
-- under MySQL's 65,535-byte row limit in utf8mb4).
CREATE TABLE bench_floor_row (
    c1  VARCHAR(700), c2  VARCHAR(700), c3  VARCHAR(700), c4  VARCHAR(700), c5  VARCHAR(700), c6  VARCHAR(700),
    c7  VARCHAR(700), c8  VARCHAR(700), c9  VARCHAR(700), c10 VARCHAR(700), c11 VARCHAR(700), c12 VARCHAR(700),
    c13 VARCHAR(700), c14 VARCHAR(700), c15 VARCHAR(700), c16 VARCHAR(700), c17 VARCHAR(700), c18 VARCHAR(700),
    c19 VARCHAR(700), c20 VARCHAR(700), c21 VARCHAR(700)
);
