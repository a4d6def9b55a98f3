SELECT ROW(`id`, 'x') AS r, `tags`[1] AS t, `r`.`f` AS f, STR_TO_MAP('a=1')['a'] AS m, CARDINALITY(`tags`) AS c FROM src;
