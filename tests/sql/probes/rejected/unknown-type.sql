CREATE TEMPORARY TABLE t (a STRINGG) WITH ('connector' = 'print');
