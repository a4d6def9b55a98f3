CREATE TEMPORARY TABLE t (a INT, ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL, p INT METADATA FROM 'partition') WITH ('connector' = 'kafka');
