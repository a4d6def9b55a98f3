CREATE TEMPORARY TABLE `t` (`a` INT, `ts` TIMESTAMP(3), `proc_time` AS PROCTIME(), WATERMARK FOR `ts` AS `ts` - INTERVAL '5' SECOND, PRIMARY KEY (`a`) NOT ENFORCED) WITH ('connector' = 'print');
SELECT `s`.`id`, `d`.`name` FROM `src` AS `s` LEFT JOIN `dim` FOR SYSTEM_TIME AS OF `s`.`proc_time` AS `d` ON `s`.`id` = `d`.`id`;
