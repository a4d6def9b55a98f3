SET table.exec.state.ttl = 1h;
