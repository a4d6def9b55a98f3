/* header */ SELECT 1 /* mid */ FROM t;
