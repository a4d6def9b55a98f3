SELECT (`ts`, INTERVAL '1' HOUR) OVERLAPS (`ts`, `ts`) AS a FROM src;
