CREATE TEMPORARY TABLE src (id BIGINT, proc_time AS PROCTIME()) WITH ('connector' = 'datagen');
