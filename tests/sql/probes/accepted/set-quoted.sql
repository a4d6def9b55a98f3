SET 'table.exec.state.ttl' = '1 h';
SET 'execution.checkpointing.interval' = '60s';
