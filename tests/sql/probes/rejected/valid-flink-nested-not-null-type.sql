CREATE TABLE t (
  `tags` ARRAY<STRING NOT NULL> NOT NULL
) WITH (
  'connector' = 'print'
);
