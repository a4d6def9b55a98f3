SELECT 'it''s' AS s FROM t;
SELECT 'a;b' FROM t;
