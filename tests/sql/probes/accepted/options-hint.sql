SELECT * FROM t /*+ OPTIONS('scan.startup.mode'='earliest-offset') */;
