SELECT X'0C' = X'0C' AS a FROM src;
