CREATE TEMPORARY TABLE t (timestamp TIMESTAMP(3)) WITH ('connector' = 'print');
