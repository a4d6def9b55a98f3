INSERT INTO snk
SELECT s.id, d.name
FROM src AS s
JOIN dim FOR SYSTEM_TIME AS OF s.proc_time AS d ON s.id = d.id;
