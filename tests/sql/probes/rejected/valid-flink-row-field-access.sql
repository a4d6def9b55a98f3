SELECT (ROW(1, 'x')).`EXPR$1` AS a FROM src;
