CREATE TEMPORARY TABLE m (id BIGINT) WITH (
  'connector' = 'mysql',
  'password' = '${secret_values.mysql_pw}',
  'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="${secret_values.kafka_pw}";'
);
