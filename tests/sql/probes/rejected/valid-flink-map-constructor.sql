SELECT MAP['k', 1]['k'] AS a FROM src;
