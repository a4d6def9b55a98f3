CREATE TEMPORARY TABLE t (`value` STRING, `timestamp` TIMESTAMP(3), `count` INT, `user` STRING, `offset` BIGINT, `partition` INT) WITH ('connector' = 'print');
SELECT `value`, `timestamp`, `count`, `user` FROM t;
