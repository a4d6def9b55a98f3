-- leading comment
SELECT a -- trailing comment ; with a semicolon
FROM t; -- after the statement
