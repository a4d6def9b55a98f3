<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>%1.%2 → %3.%4</source>
        <translation>%1.%2 → %3.%4</translation>
    </message>
    <message>
        <source>Queue %1% full: the next node %2</source>
        <translation>队列占用 %1%：下一个节点%2</translation>
    </message>
    <message>
        <source>holds this one back</source>
        <translation>拖慢了本节点（反压）</translation>
    </message>
    <message>
        <source>keeps up</source>
        <translation>跟得上</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>源表</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>维表</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>结果表</translation>
    </message>
    <message>
        <source>The run failed here: %1</source>
        <translation>运行在此处失败：%1</translation>
    </message>
    <message>
        <source>Unknown kind %1</source>
        <translation>未知节点类型 %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1M rec/s</source>
        <translation>%1M 条/秒</translation>
    </message>
    <message>
        <source>%1k rec/s</source>
        <translation>%1k 条/秒</translation>
    </message>
    <message>
        <source>%1 rec/s</source>
        <translation>%1 条/秒</translation>
    </message>
    <message numerus="yes">
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · %n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <source>Group by: %1</source>
        <translation>分组：%1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Change job settings</source>
        <translation>修改作业设置</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Move node</source>
        <translation>移动节点</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>移动 %n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>粘贴 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>删除 %n 条连线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>删除 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename job to &apos;%1&apos;</source>
        <translation>将作业重命名为“%1”</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>The node no longer exists.</source>
        <translation>该节点已不存在。</translation>
    </message>
    <message>
        <source>The node kind is unknown.</source>
        <translation>节点类型未知。</translation>
    </message>
    <message>
        <source>A node cannot connect to itself.</source>
        <translation>节点不能连接到自身。</translation>
    </message>
    <message>
        <source>%1 is a sink: sinks have no outputs.</source>
        <translation>%1 是结果表：结果表没有输出。</translation>
    </message>
    <message>
        <source>The port does not exist.</source>
        <translation>该端口不存在。</translation>
    </message>
    <message>
        <source>Connect an output (right side) to an input (left side).</source>
        <translation>请将输出端口（右侧）连接到输入端口（左侧）。</translation>
    </message>
    <message>
        <source>These ports are already connected.</source>
        <translation>这两个端口已经连接。</translation>
    </message>
    <message>
        <source>%1 takes one connection on its port &apos;%2&apos;, and has one; remove that one first.</source>
        <translation>%1 的端口“%2”只接受一条连线，且已有一条；请先删除那条连线。</translation>
    </message>
    <message>
        <source>This would create a cycle: %1 already feeds %2.</source>
        <translation>这会形成环：%1 已经向 %2 输送数据。</translation>
    </message>
    <message>
        <source>The connection is not allowed.</source>
        <translation>不允许此连接。</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>About Streamwright</source>
        <translation>关于 Streamwright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Streamwright %1&lt;/h3&gt;&lt;p&gt;Designer for Flink SQL streaming jobs on Alibaba Cloud Realtime Compute and Apache Flink.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;librdkafka&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;MySQL Connector/C++&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Streamwright %1&lt;/h3&gt;&lt;p&gt;面向阿里云实时计算 Flink 版和 Apache Flink 的 Flink SQL 流作业设计器。&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2（构建时为 %3）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;librdkafka&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;MySQL Connector/C++&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>The job has errors. Fix them before exporting %1.</source>
        <translation>作业存在错误。请先修复，再导出%1。</translation>
    </message>
    <message>
        <source>Export with warnings?</source>
        <translation>存在警告，仍要导出？</translation>
    </message>
    <message>
        <source>The job has warnings. Export anyway?</source>
        <translation>作业存在警告。仍要导出吗？</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>Computed column (not applied): %1 AS %2</source>
        <translation>计算列（未应用）：%1 AS %2</translation>
    </message>
    <message>
        <source>Format option (not applied): &apos;%1&apos; = &apos;%2&apos;</source>
        <translation>格式参数（未应用）：&apos;%1&apos; = &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Malformed message at partition %1, offset %2: %3</source>
        <translation>分区 %1、位点 %2 处的消息格式错误：%3</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation>数值过大</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>不能大于 %1</translation>
    </message>
    <message>
        <source>not a memory size like &apos;64 mb&apos; or &apos;1 gb&apos;</source>
        <translation>不是“64 mb”或“1 gb”这样的内存大小</translation>
    </message>
    <message>
        <source>For this run, %1 reads with %2.</source>
        <translation>本次运行中，%1 以 %2 读取。</translation>
    </message>
    <message>
        <source>For this run, Kafka sources read to the topics&apos; current end, then stop.</source>
        <translation>Kafka 源表在本次运行中读到 Topic 当前末尾后停止。</translation>
    </message>
    <message>
        <source>Secret for this run</source>
        <translation>本次运行的密钥</translation>
    </message>
    <message>
        <source>The job references the secret &apos;%1&apos;, which is not stored on this computer. Enter its value for this run (it is not saved):</source>
        <translation>作业引用了密钥“%1”，但本机没有保存它。请输入本次运行使用的值（不会保存）：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Designer for Flink SQL streaming jobs</source>
        <translation>Flink SQL 流作业设计器</translation>
    </message>
    <message>
        <source>Validate, print the job&apos;s SQL and run it locally for --duration seconds (default 5), without a window.</source>
        <translation>不打开窗口：校验作业、打印其 SQL，并在本地运行 --duration 秒（默认 5 秒）。</translation>
    </message>
    <message>
        <source>Job file to open.</source>
        <translation>要打开的作业文件。</translation>
    </message>
</context>
<context>
    <name>sw::kinds</name>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>Reads messages from ApsaraMQ for Kafka or any Kafka cluster.</source>
        <translation>从云消息队列 Kafka 版或任意 Kafka 集群读取消息。</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Kafka topic to use. Several topics can be listed separated by &apos;;&apos;.</source>
        <translation>要使用的 Kafka Topic 名称。多个 Topic 以分号（;）分隔。</translation>
    </message>
    <message>
        <source>Topic pattern</source>
        <translation>Topic 正则表达式</translation>
    </message>
    <message>
        <source>Java regular expression; every matching topic is read. Use instead of Topic.</source>
        <translation>匹配 Topic 名称的 Java 正则表达式，读取所有匹配的 Topic。与 Topic 二选一。</translation>
    </message>
    <message>
        <source>Bootstrap servers</source>
        <translation>Kafka Broker地址</translation>
    </message>
    <message>
        <source>Comma-separated host:port list of brokers. On ApsaraMQ for Kafka the port selects the endpoint: 9092 plaintext VPC, 9094 SASL VPC, 9095 SASL_SSL VPC, 9093 Internet.</source>
        <translation>Broker 的 host:port 列表，以逗号分隔。云消息队列 Kafka 版以端口区分接入点：9092 为 VPC 默认接入点，9094 为 VPC SASL 接入点，9095 为 VPC SASL_SSL 接入点，9093 为公网接入点。</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>消费组ID</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>Consumer group whose committed offsets are used and updated.</source>
        <translation>使用并更新其已提交位点的消费组。</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>启动位点</translation>
    </message>
    <message>
        <source>Where reading starts when the job has no checkpoint to resume from.</source>
        <translation>作业没有可恢复的 Checkpoint 时，从哪里开始读取。</translation>
    </message>
    <message>
        <source>Start timestamp (ms)</source>
        <translation>启动时间戳（毫秒）</translation>
    </message>
    <message>
        <source>Epoch milliseconds; reading starts at the first message at or after it.</source>
        <translation>Unix 时间戳（毫秒），从该时刻及之后的第一条消息开始读取。</translation>
    </message>
    <message>
        <source>Start offsets</source>
        <translation>指定位点</translation>
    </message>
    <message>
        <source>Offset per partition, e.g. partition:0,offset:42;partition:1,offset:300.</source>
        <translation>每个分区的起始位点，例如 partition:0,offset:42;partition:1,offset:300。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>How each message body maps to a row. canal-json and debezium-json carry change events (inserts, updates, deletes).</source>
        <translation>消息体如何映射为一行。canal-json 和 debezium-json 携带变更事件（插入、更新、删除）。</translation>
    </message>
    <message>
        <source>Skip malformed JSON</source>
        <translation>忽略解析错误</translation>
    </message>
    <message>
        <source>Drop a message that is not valid JSON (fields that fail to parse become NULL) instead of failing the job.</source>
        <translation>跳过不是合法 JSON 的消息（解析失败的字段置为 NULL），而不是让作业失败。</translation>
    </message>
    <message>
        <source>Fail on missing field</source>
        <translation>字段缺失时报错</translation>
    </message>
    <message>
        <source>Fail the job when a message lacks a declared field, instead of reading it as NULL.</source>
        <translation>消息缺少已声明的字段时让作业失败，而不是将其读为 NULL。</translation>
    </message>
    <message>
        <source>Security protocol</source>
        <translation>安全协议</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>PLAINTEXT for the default VPC endpoint, SASL_PLAINTEXT for the VPC SASL endpoint, SASL_SSL for the VPC SSL endpoint and for Internet access.</source>
        <translation>VPC 默认接入点用 PLAINTEXT，VPC SASL 接入点用 SASL_PLAINTEXT，VPC SSL 接入点和公网接入点用 SASL_SSL。</translation>
    </message>
    <message>
        <source>SASL mechanism</source>
        <translation>SASL 机制</translation>
    </message>
    <message>
        <source>How the client proves its identity. ApsaraMQ for Kafka accepts PLAIN and SCRAM-SHA-256.</source>
        <translation>客户端的身份认证方式。云消息队列 Kafka 版支持 PLAIN 和 SCRAM-SHA-256。</translation>
    </message>
    <message>
        <source>SASL username</source>
        <translation>SASL 用户名</translation>
    </message>
    <message>
        <source>SASL user, kept as a secret reference and placed into the generated JAAS configuration.</source>
        <translation>SASL 用户，以密钥引用保存，并写入生成的 JAAS 配置。</translation>
    </message>
    <message>
        <source>SASL password</source>
        <translation>SASL 密码</translation>
    </message>
    <message>
        <source>SASL password, kept as a secret reference and placed into the generated JAAS configuration.</source>
        <translation>SASL 密码，以密钥引用保存，并写入生成的 JAAS 配置。</translation>
    </message>
    <message>
        <source>JAAS configuration override</source>
        <translation>自定义 JAAS 配置</translation>
    </message>
    <message>
        <source>Leave empty: it is normally generated from the SASL username and password with the login module relocated inside Flink&apos;s Kafka jar. Set it only to replace the generated string entirely.</source>
        <translation>通常留空：系统会根据 SASL 用户名和密码生成，并使用 Flink Kafka JAR 中重定位后的登录模块。仅在需要完全替换生成的配置时填写。</translation>
    </message>
    <message>
        <source>CA certificate (local runs)</source>
        <translation>CA 证书（仅本地运行）</translation>
    </message>
    <message>
        <source>PEM file with the broker&apos;s CA certificate, used only when the job runs locally.</source>
        <translation>Broker 的 CA 证书（PEM 文件），仅在本地运行作业时使用。</translation>
    </message>
    <message>
        <source>Data generator</source>
        <translation>DataGen 数据生成</translation>
    </message>
    <message>
        <source>Produces generated rows for the declared schema, to try a job without real data.</source>
        <translation>按声明的表结构生成数据行，无需真实数据即可试运行作业。</translation>
    </message>
    <message>
        <source>Rows per second</source>
        <translation>每秒生成行数</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <source>Rate limit of the generator.</source>
        <translation>生成器的速率上限。</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>生成总行数</translation>
    </message>
    <message>
        <source>When set, the source is bounded and stops after this many rows.</source>
        <translation>设置后源表为有界，生成这么多行后停止。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>random draws values; sequence counts from start to end and then ends the source.</source>
        <translation>random 生成随机值；sequence 从起始值计数到结束值，随后源表结束。</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Smallest random value of a numeric column.</source>
        <translation>数值列随机值的最小值。</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Largest random value of a numeric column.</source>
        <translation>数值列随机值的最大值。</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Length of random strings, or element count of random collections.</source>
        <translation>随机字符串的长度，或随机集合的元素个数。</translation>
    </message>
    <message>
        <source>Sequence start</source>
        <translation>序列起始值</translation>
    </message>
    <message>
        <source>First value of the sequence.</source>
        <translation>序列的第一个值。</translation>
    </message>
    <message>
        <source>Sequence end</source>
        <translation>序列结束值</translation>
    </message>
    <message>
        <source>Last value of the sequence.</source>
        <translation>序列的最后一个值。</translation>
    </message>
    <message>
        <source>MySQL lookup</source>
        <translation>MySQL 维表</translation>
    </message>
    <message>
        <source>Joins each probe row with the matching row of a MySQL or ApsaraDB RDS table (FOR SYSTEM_TIME AS OF the probe&apos;s processing time).</source>
        <translation>将主流的每一行与 MySQL 或云数据库 RDS 表中的匹配行关联（FOR SYSTEM_TIME AS OF 主流的处理时间）。</translation>
    </message>
    <message>
        <source>Probe stream</source>
        <translation>主流</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>连接器</translation>
    </message>
    <message>
        <source>Alibaba Cloud connector to export. mysql is the recommended one; rds is the legacy connector being retired. The apache-flink dialect always uses jdbc.</source>
        <translation>导出时使用的阿里云连接器。推荐 mysql；rds 是即将下线的旧连接器。apache-flink 方言始终使用 jdbc。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机地址</translation>
    </message>
    <message>
        <source>Host name or IP of the MySQL server; for ApsaraDB RDS use the VPC endpoint.</source>
        <translation>MySQL 数据库的 IP 地址或 Hostname；云数据库 RDS 请填写专有网络 VPC 地址。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>TCP port of the MySQL server.</source>
        <translation>MySQL 数据库服务的端口号。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库名称</translation>
    </message>
    <message>
        <source>Database (schema) that holds the table.</source>
        <translation>表所在的数据库（schema）。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表名</translation>
    </message>
    <message>
        <source>Name of the physical table in the database.</source>
        <translation>数据库中物理表的名称。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Database account used by the connector.</source>
        <translation>连接器使用的数据库账号。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password of the database account; stored and exported only as a secret reference.</source>
        <translation>数据库账号的密码；只以密钥引用的形式保存和导出。</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS 模式</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Whether the connection is encrypted and how the server certificate is checked: REQUIRED encrypts without checking, VERIFY_CA checks the chain, VERIFY_IDENTITY also checks the host name. Exported in the JDBC url of the rds and jdbc connectors; the mysql connector&apos;s SQL carries no TLS setting.</source>
        <translation>连接是否加密以及如何校验服务端证书：REQUIRED 只加密不校验，VERIFY_CA 校验证书链，VERIFY_IDENTITY 还校验主机名。导出到 rds 和 jdbc 连接器的 JDBC URL 中；mysql 连接器的 SQL 不含 TLS 设置。</translation>
    </message>
    <message>
        <source>PEM file with the server&apos;s CA certificate, used only when the job runs locally.</source>
        <translation>服务端的 CA 证书（PEM 文件），仅在本地运行作业时使用。</translation>
    </message>
    <message>
        <source>Cache strategy</source>
        <translation>缓存策略</translation>
    </message>
    <message>
        <source>Lookup cache</source>
        <translation>维表缓存</translation>
    </message>
    <message>
        <source>None queries the database for every row. LRU keeps recently used keys. ALL loads the whole table before the job starts, treats keys missing from it as absent and reloads it when the TTL expires; it suits small tables with many misses.</source>
        <translation>None：每行都查询数据库。LRU：缓存最近使用的键。ALL：作业启动前加载整张表，表中没有的键视为不存在，缓存过期后重新加载；适用于远程表数据量小且 MISS KEY 多的场景。</translation>
    </message>
    <message>
        <source>Cache size (rows)</source>
        <translation>缓存大小（行）</translation>
    </message>
    <message>
        <source>Most rows the LRU cache holds; the least recently used are evicted.</source>
        <translation>LRU 缓存最多保存的行数；超出时淘汰最久未使用的行。</translation>
    </message>
    <message>
        <source>Cache TTL</source>
        <translation>缓存超时时间</translation>
    </message>
    <message>
        <source>LRU: how long a cached row stays valid after it was loaded. ALL: how often the whole table is reloaded.</source>
        <translation>LRU：缓存行加载后的有效时长。ALL：整张表重新加载的间隔。</translation>
    </message>
    <message>
        <source>Expire after access</source>
        <translation>访问后过期时间</translation>
    </message>
    <message>
        <source>Drop a cached row that has not been read for this long (open-source jdbc connector only).</source>
        <translation>缓存行在这段时间内未被读取则丢弃（仅开源 jdbc 连接器）。</translation>
    </message>
    <message>
        <source>Cache missing keys</source>
        <translation>缓存空查询结果</translation>
    </message>
    <message>
        <source>Also remember that a key was not found, so repeated misses do not reach the database.</source>
        <translation>同时记住未找到的键，重复未命中时不再查询数据库。</translation>
    </message>
    <message>
        <source>Lookup retries</source>
        <translation>查询重试次数</translation>
    </message>
    <message>
        <source>How many times a failed database query is retried before the job fails.</source>
        <translation>数据库查询失败后的重试次数，超过后作业失败。</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>关联类型</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>LEFT keeps a probe row without a match and fills the looked-up columns with NULL; INNER drops it.</source>
        <translation>LEFT：保留没有匹配的主流行，维表列填 NULL；INNER：丢弃该行。</translation>
    </message>
    <message>
        <source>JDBC lookup</source>
        <translation>JDBC 维表</translation>
    </message>
    <message>
        <source>Joins each probe row with the matching row of a table reached through JDBC.</source>
        <translation>将主流的每一行与通过 JDBC 访问的表中的匹配行关联。</translation>
    </message>
    <message>
        <source>JDBC URL</source>
        <translation>JDBC URL</translation>
    </message>
    <message>
        <source>Full JDBC url, e.g. jdbc:mysql://host:3306/db or jdbc:postgresql://host:5432/db.</source>
        <translation>完整的 JDBC URL，例如 jdbc:mysql://host:3306/db 或 jdbc:postgresql://host:5432/db。</translation>
    </message>
    <message>
        <source>Driver class</source>
        <translation>驱动类</translation>
    </message>
    <message>
        <source>JDBC driver class; when empty the connector derives it from the url.</source>
        <translation>JDBC 驱动类名；留空时连接器根据 URL 推断。</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <source>Passes on only the rows for which the condition is true (SQL WHERE).</source>
        <translation>只传递条件为真的行（SQL WHERE）。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Boolean expression over the input columns; rows where it is false or NULL are dropped.</source>
        <translation>基于输入列的布尔表达式；结果为假或 NULL 的行被丢弃。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>投影</translation>
    </message>
    <message>
        <source>Computes the output columns from the input columns (SQL SELECT list).</source>
        <translation>由输入列计算输出列（SQL SELECT 列表）。</translation>
    </message>
    <message>
        <source>Window aggregate</source>
        <translation>窗口聚合</translation>
    </message>
    <message>
        <source>Aggregates rows per group: in time windows (window table functions TUMBLE / HOP), or continuously without a window (NONE), which updates results in place and so needs an upsert sink.</source>
        <translation>按分组聚合行：在时间窗口中（窗口表值函数 TUMBLE / HOP），或不开窗持续聚合（NONE）；后者会就地更新结果，因此需要支持 upsert 的结果表。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>TUMBLE: fixed, non-overlapping windows. HOP: windows of the given size starting every slide, so they overlap. NONE: a continuous GROUP BY whose results are updated as rows arrive.</source>
        <translation>TUMBLE：固定大小、互不重叠的滚动窗口。HOP：按滑动步长开始的固定大小窗口，窗口之间重叠。NONE：持续 GROUP BY，结果随数据到达而更新。</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>时间列</translation>
    </message>
    <message>
        <source>Time attribute that places rows into windows: an event-time column with a watermark, or a processing-time column.</source>
        <translation>把行分配到窗口的时间属性：带 Watermark 的事件时间列，或处理时间列。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <source>Length of each window.</source>
        <translation>每个窗口的长度。</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>滑动步长</translation>
    </message>
    <message>
        <source>Distance between the starts of consecutive hopping windows.</source>
        <translation>相邻滑动窗口起点之间的间隔。</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merges all connected inputs into one stream (UNION ALL); the inputs must have the same columns.</source>
        <translation>将所有连入的输入合并为一个流（UNION ALL）；各输入的列必须相同。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>Writes rows to a MySQL or ApsaraDB RDS table: with a primary key as upserts (INSERT ... ON DUPLICATE KEY UPDATE), without one as plain inserts.</source>
        <translation>将行写入 MySQL 或云数据库 RDS 表：有主键时按 upsert 写入（INSERT ... ON DUPLICATE KEY UPDATE），无主键时直接插入。</translation>
    </message>
    <message>
        <source>Flush after rows</source>
        <translation>攒批条数</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Buffered rows that trigger a write to the database.</source>
        <translation>缓存到这么多行时触发一次写入数据库。</translation>
    </message>
    <message>
        <source>Flush interval</source>
        <translation>攒批写入间隔</translation>
    </message>
    <message>
        <source>Longest time a row waits in the buffer before it is written.</source>
        <translation>一行在缓存中等待写入的最长时间。</translation>
    </message>
    <message>
        <source>Write retries</source>
        <translation>写入重试次数</translation>
    </message>
    <message>
        <source>How many times a failed write is retried before the job fails.</source>
        <translation>写入失败后的重试次数，超过后作业失败。</translation>
    </message>
    <message>
        <source>Ignore deletes</source>
        <translation>忽略删除</translation>
    </message>
    <message>
        <source>Skip DELETE changes instead of deleting rows (Alibaba mysql connector only).</source>
        <translation>跳过 DELETE 变更，不删除行（仅阿里云 mysql 连接器）。</translation>
    </message>
    <message>
        <source>JDBC</source>
        <translation>JDBC</translation>
    </message>
    <message>
        <source>Writes rows to a table reached through JDBC; upserts when a primary key is declared.</source>
        <translation>将行写入通过 JDBC 访问的表；声明了主键时按 upsert 写入。</translation>
    </message>
    <message>
        <source>Appends each row as a message to a Kafka topic.</source>
        <translation>将每一行作为一条消息追加写入 Kafka Topic。</translation>
    </message>
    <message>
        <source>Partitioner</source>
        <translation>分区映射模式</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>default hashes the message key (sticky spreading without a key); fixed sends each sink task to one partition; round-robin rotates partitions.</source>
        <translation>default：按消息键哈希分区（无键时黏性分配）；fixed：每个写入并发固定写一个分区；round-robin：轮询各分区。</translation>
    </message>
    <message>
        <source>Delivery guarantee</source>
        <translation>语义保证</translation>
    </message>
    <message>
        <source>exactly-once writes in Kafka transactions committed on checkpoints; readers must use read_committed isolation.</source>
        <translation>exactly-once 使用 Kafka 事务写入，在 Checkpoint 时提交；下游消费者须使用 read_committed 隔离级别。</translation>
    </message>
    <message>
        <source>Transactional id prefix</source>
        <translation>事务 ID 前缀</translation>
    </message>
    <message>
        <source>Prefix of the Kafka transactional ids; must be unique per job writing to the same cluster.</source>
        <translation>Kafka 事务 ID 的前缀；写入同一集群的每个作业必须唯一。</translation>
    </message>
    <message>
        <source>Upsert Kafka</source>
        <translation>Upsert Kafka</translation>
    </message>
    <message>
        <source>Writes the latest value per primary key to a Kafka topic; deletes become tombstones.</source>
        <translation>将每个主键的最新值写入 Kafka Topic；删除写为墓碑消息。</translation>
    </message>
    <message>
        <source>Key format</source>
        <translation>Key 格式</translation>
    </message>
    <message>
        <source>Serialization of the message key (the primary key columns) or of the value (the whole row); upsert-kafka needs both.</source>
        <translation>消息 Key（主键列）或 Value（整行）的序列化格式；upsert-kafka 两者都需要。</translation>
    </message>
    <message>
        <source>Value format</source>
        <translation>Value 格式</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Prints every row to the task manager log (or the run panel when local).</source>
        <translation>将每一行打印到 TaskManager 日志（本地运行时打印到运行面板）。</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Text put in front of each printed row, to tell several print sinks apart.</source>
        <translation>加在每行输出前的文本，用于区分多个 Print 结果表。</translation>
    </message>
    <message>
        <source>Print to stderr</source>
        <translation>输出到标准错误</translation>
    </message>
    <message>
        <source>Print to standard error instead of standard output.</source>
        <translation>打印到标准错误输出（stderr），而不是标准输出。</translation>
    </message>
    <message>
        <source>Blackhole</source>
        <translation>Blackhole</translation>
    </message>
    <message>
        <source>Accepts and discards every row; useful to measure the rest of the job.</source>
        <translation>接收并丢弃所有行；可用于测量作业其余部分的性能。</translation>
    </message>
</context>
<context>
    <name>sw::ui::ChoiceOptionField</name>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1（未知）</translation>
    </message>
    <message>
        <source> (unknown)</source>
        <translation>（未知）</translation>
    </message>
</context>
<context>
    <name>sw::ui::ConnectionCheckPanel</name>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Reach the node&apos;s server with its current options and compare what is there with the node (each check waits at most %1 s)</source>
        <translation>用节点当前的参数连接其服务端，并将服务端的实际情况与节点比较（每项检查最多等待 %1 秒）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Connection OK.</source>
        <translation>连接正常。</translation>
    </message>
    <message>
        <source>Connection failed: %1.
%2</source>
        <translation>连接失败：%1。
%2</translation>
    </message>
    <message>
        <source>The options changed since the last test: test again.</source>
        <translation>参数在上次测试后已更改：请重新测试。</translation>
    </message>
</context>
<context>
    <name>sw::ui::DataPreview</name>
    <message>
        <source>Rows</source>
        <translation>数据行</translation>
    </message>
    <message>
        <source>Changelog</source>
        <translation>变更日志</translation>
    </message>
    <message>
        <source>Select a node to see the rows it produces while the job runs.</source>
        <translation>选择一个节点，查看作业运行时它产生的数据行。</translation>
    </message>
    <message>
        <source>No rows from &apos;%1&apos; yet.</source>
        <translation>“%1”尚无数据行。</translation>
    </message>
    <message>
        <source>Output of &apos;%1&apos;: the last %2 of %3 rows.</source>
        <translation>“%1”的输出：共 %3 行中的最后 %2 行。</translation>
    </message>
    <message>
        <source>%1 of them found a row in the table (hit), %2 did not (miss).</source>
        <translation>其中 %1 行在表中找到匹配行（命中），%2 行未找到（未命中）。</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>维表查询</translation>
    </message>
    <message>
        <source>Preview run: &apos;%1&apos; wrote nothing. It would have appended %2 rows; the last %3 are shown.</source>
        <translation>预览运行：“%1”未写入任何数据。它本会追加 %2 行；下面显示最后 %3 行。</translation>
    </message>
    <message>
        <source>Preview run: &apos;%1&apos; wrote nothing. Its table would hold %2 rows by key; the changelog shows the last changes that produced it.</source>
        <translation>预览运行：“%1”未写入任何数据。按键计，其表中会有 %2 行；变更日志显示产生这些行的最近变更。</translation>
    </message>
    <message>
        <source>Table by key</source>
        <translation>按键汇总的表</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>sw::ui::DiagnosticLine</name>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Set it to &apos;%1&apos;</source>
        <translation>设为“%1”</translation>
    </message>
</context>
<context>
    <name>sw::ui::DiagnosticsPanel</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>(job)</source>
        <translation>（作业）</translation>
    </message>
</context>
<context>
    <name>sw::ui::ExpressionEdit</name>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>User-defined function %1
Java class %2
Runs only on the cluster</source>
        <translation>自定义函数 %1
Java 类 %2
只能在集群上运行</translation>
    </message>
    <message>
        <source>user-defined</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Alibaba Cloud VVR only</source>
        <translation>仅阿里云 VVR</translation>
    </message>
    <message>
        <source>Apache Flink %1 and later</source>
        <translation>Apache Flink %1 及以上版本</translation>
    </message>
    <message>
        <source>no input is connected, so there are no columns to use yet</source>
        <translation>尚未连接输入，因此还没有可用的列</translation>
    </message>
</context>
<context>
    <name>sw::ui::ExpressionField</name>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
</context>
<context>
    <name>sw::ui::FlinkSqlLexer</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键字</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>Quoted identifier</source>
        <translation>带引号的标识符</translation>
    </message>
    <message>
        <source>String</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
</context>
<context>
    <name>sw::ui::GroupByEditor</name>
    <message>
        <source>%1  (not in the input)</source>
        <translation>%1  （输入中没有）</translation>
    </message>
</context>
<context>
    <name>sw::ui::HelpBrowser</name>
    <message>
        <source>Streamwright Help</source>
        <translation>Streamwright 帮助</translation>
    </message>
    <message>
        <source>Running a job</source>
        <translation>运行作业</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Running against your VPC</source>
        <translation>通过跳板机访问 VPC</translation>
    </message>
    <message>
        <source>Infer schema</source>
        <translation>推断表结构</translation>
    </message>
    <message>
        <source>Connectors and their options</source>
        <translation>连接器及其参数</translation>
    </message>
    <message>
        <source>Built-in functions</source>
        <translation>内置函数</translation>
    </message>
    <message>
        <source>Expressions: Flink and the local run</source>
        <translation>表达式：Flink 与本地运行</translation>
    </message>
    <message>
        <source>Validation rules</source>
        <translation>校验规则</translation>
    </message>
    <message>
        <source>SQL export</source>
        <translation>SQL 导出</translation>
    </message>
    <message>
        <source>Job file format</source>
        <translation>作业文件格式</translation>
    </message>
    <message>
        <source>Local runtime</source>
        <translation>本地运行时</translation>
    </message>
    <message>
        <source>Flink SQL grammar check</source>
        <translation>Flink SQL 语法检查</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>界面语言</translation>
    </message>
</context>
<context>
    <name>sw::ui::JobScene</name>
    <message>
        <source>Add %1 after &apos;%2&apos;</source>
        <translation>在“%2”之后添加 %1</translation>
    </message>
    <message>
        <source>Add %1 connected to &apos;%2&apos;</source>
        <translation>添加 %1 并连接到“%2”</translation>
    </message>
    <message>
        <source>Drop the connection on a port.</source>
        <translation>请把连线拖放到端口上。</translation>
    </message>
    <message>
        <source>Both ports are inputs; connect an output to an input.</source>
        <translation>两个端口都是输入端口；请将输出端口连接到输入端口。</translation>
    </message>
    <message>
        <source>Both ports are outputs; connect an output to an input.</source>
        <translation>两个端口都是输出端口；请将输出端口连接到输入端口。</translation>
    </message>
    <message>
        <source>The node no longer exists.</source>
        <translation>该节点已不存在。</translation>
    </message>
    <message>
        <source>A node needs a name.</source>
        <translation>节点必须有名称。</translation>
    </message>
    <message>
        <source>Another node is already named &apos;%1&apos;.</source>
        <translation>已有另一个节点名为“%1”。</translation>
    </message>
    <message>
        <source>Auto layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <source>Insert &apos;%1&apos; into a connection</source>
        <translation>将“%1”插入连线</translation>
    </message>
</context>
<context>
    <name>sw::ui::JobSettingsDialog</name>
    <message>
        <source>Job settings</source>
        <translation>作业设置</translation>
    </message>
    <message>
        <source>e.g. orders-enrichment</source>
        <translation>例如 orders-enrichment</translation>
    </message>
    <message>
        <source>Saved in the job file and named in the exported SQL&apos;s header.</source>
        <translation>保存在作业文件中，并写入导出 SQL 的文件头。</translation>
    </message>
    <message>
        <source>Newest of the export dialect (VVR 11 / Flink 2.0)</source>
        <translation>导出方言的最新版本（VVR 11 / Flink 2.0）</translation>
    </message>
    <message>
        <source>The engine the job will run on. Expressions may use only the built-in functions it has.</source>
        <translation>作业将运行的引擎版本。表达式只能使用该版本具备的内置函数。</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Functions</source>
        <translation>函数(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>其他配置(&amp;C)</translation>
    </message>
    <message>
        <source>Job &amp;name:</source>
        <translation>作业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>引擎版本(&amp;E)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Java class</source>
        <translation>Java 类</translation>
    </message>
    <message>
        <source>Argument types</source>
        <translation>参数类型</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>返回类型</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>添加函数</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>User-defined functions your expressions may call, e.g. &lt;i&gt;mask_phone&lt;/i&gt;, &lt;i&gt;com.example.udf.MaskPhone&lt;/i&gt;, &lt;i&gt;STRING, INT&lt;/i&gt;, &lt;i&gt;STRING&lt;/i&gt;. The export declares them with CREATE TEMPORARY FUNCTION; add the JAR holding the classes to the deployment. A local run cannot run them.</source>
        <translation>表达式可以调用的自定义函数，例如 &lt;i&gt;mask_phone&lt;/i&gt;、&lt;i&gt;com.example.udf.MaskPhone&lt;/i&gt;、&lt;i&gt;STRING, INT&lt;/i&gt;、&lt;i&gt;STRING&lt;/i&gt;。导出时以 CREATE TEMPORARY FUNCTION 声明；请把包含这些类的 JAR 添加到部署的附加依赖中。本地运行无法执行它们。</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>Checkpointing</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时时间</translation>
    </message>
    <message>
        <source>Tolerable failures</source>
        <translation>可容忍失败次数</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Reuse objects between operators</source>
        <translation>算子之间复用对象</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>MiniBatch</translation>
    </message>
    <message>
        <source>Mini-batch latency</source>
        <translation>MiniBatch 攒批间隔</translation>
    </message>
    <message>
        <source>Mini-batch size</source>
        <translation>MiniBatch 攒批条数</translation>
    </message>
    <message>
        <source>State TTL</source>
        <translation>状态过期时间（TTL）</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>并发度</translation>
    </message>
    <message>
        <source>Object reuse</source>
        <translation>对象复用</translation>
    </message>
    <message>
        <source>Network memory fraction</source>
        <translation>网络内存比例</translation>
    </message>
    <message>
        <source>Network memory min</source>
        <translation>网络内存下限</translation>
    </message>
    <message>
        <source>Network memory max</source>
        <translation>网络内存上限</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Further Flink configuration, key = value, passed through as written.</source>
        <translation>其他 Flink 配置，格式为 key = value，按原样传递。</translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation>正整数</translation>
    </message>
    <message>
        <source>Change job settings</source>
        <translation>修改作业设置</translation>
    </message>
    <message>
        <source>the return type is required</source>
        <translation>必须填写返回类型</translation>
    </message>
</context>
<context>
    <name>sw::ui::JobView</name>
    <message>
        <source>Add and connect</source>
        <translation>添加并连接</translation>
    </message>
    <message>
        <source>This job is empty.

Double-click a kind in the Palette, or drag it here, to add a node.
Connect nodes by dragging from an output port to an input port.
File → Examples opens a finished job.</source>
        <translation>作业为空。

在“组件”面板中双击一种节点类型，或将其拖到此处，即可添加节点。
从输出端口拖到输入端口即可连接节点。
“文件 → 示例”可打开现成的作业。</translation>
    </message>
</context>
<context>
    <name>sw::ui::JoinKeysEditor</name>
    <message>
        <source>Add join key</source>
        <translation>添加关联键</translation>
    </message>
    <message>
        <source>Column of the probe stream</source>
        <translation>主流的列</translation>
    </message>
    <message>
        <source>Column of the dimension table</source>
        <translation>维表的列</translation>
    </message>
    <message>
        <source>Remove this key</source>
        <translation>删除此键</translation>
    </message>
</context>
<context>
    <name>sw::ui::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <source>Zoom 100%</source>
        <translation>缩放 100%</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>SQL Preview</source>
        <translation>SQL 预览</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Data Preview</source>
        <translation>数据预览</translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Streamwright</source>
        <translation>关于 Streamwright(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>(unnamed job)</source>
        <translation>（未命名作业）</translation>
    </message>
    <message>
        <source>Cannot open job</source>
        <translation>无法打开作业</translation>
    </message>
    <message>
        <source>Cannot open example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>Cannot save job</source>
        <translation>无法保存作业</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Job</source>
        <translation>保存作业</translation>
    </message>
    <message>
        <source>Streamwright jobs (*.json)</source>
        <translation>Streamwright 作业 (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The job has unsaved changes. Save them first?</source>
        <translation>作业有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>新建作业</translation>
    </message>
    <message>
        <source>Open Job</source>
        <translation>打开作业</translation>
    </message>
    <message>
        <source>Streamwright jobs (*.json);;All files (*)</source>
        <translation>Streamwright 作业 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Exported SQL to %1</source>
        <translation>已将 SQL 导出到 %1</translation>
    </message>
    <message>
        <source>SQL copied to the clipboard</source>
        <translation>SQL 已复制到剪贴板</translation>
    </message>
    <message>
        <source>Export Flink SQL</source>
        <translation>导出 Flink SQL</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>SQL 文件 (*.sql)</translation>
    </message>
    <message>
        <source>the deployment configuration</source>
        <translation>部署配置</translation>
    </message>
    <message>
        <source>Export Deployment Configuration</source>
        <translation>导出部署配置</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML 文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>示例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export SQL…</source>
        <translation>导出 SQL(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy SQL to Clipboard</source>
        <translation>复制 SQL 到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;Deployment Configuration…</source>
        <translation>导出部署配置(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation>自动布局(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>对齐网格(&amp;S)</translation>
    </message>
    <message>
        <source>SQL &amp;Dialect</source>
        <translation>SQL 方言(&amp;D)</translation>
    </message>
    <message>
        <source>Alibaba Cloud VVR</source>
        <translation>阿里云 VVR</translation>
    </message>
    <message>
        <source>Apache Flink</source>
        <translation>Apache Flink</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>作业(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Show &amp;Problems</source>
        <translation>显示问题(&amp;P)</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Recovery file %1 cannot be read; it was left in place</source>
        <translation>无法读取恢复文件 %1；已保留原文件</translation>
    </message>
    <message>
        <source>an untitled job</source>
        <translation>一个未命名作业</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Streamwright did not close properly while “%1” (%2) had unsaved changes.</source>
        <translation>Streamwright 未正常关闭，当时“%1”（%2）有未保存的更改。</translation>
    </message>
    <message>
        <source>They were autosaved at %1. Recover them?</source>
        <translation>这些更改已于 %1 自动保存。要恢复吗？</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Run Preview</source>
        <translation>预览运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the job on this computer, in its own process, writing to no sink: what the sinks would write is shown in Data Preview (F5)</source>
        <translation>在本机以独立进程运行作业，不写入任何结果表：结果表本会写入的数据显示在“数据预览”中（F5）</translation>
    </message>
    <message>
        <source>Run and &amp;Write to Sinks…</source>
        <translation>运行并写入结果表(&amp;W)…</translation>
    </message>
    <message>
        <source>Run the job and write to its sinks&apos; tables and topics (asked once per job)</source>
        <translation>运行作业并写入结果表对应的表和 Topic（每个作业只确认一次）</translation>
    </message>
    <message>
        <source>Resu&amp;me from Last Checkpoint</source>
        <translation>从最近的 Checkpoint 恢复(&amp;M)</translation>
    </message>
    <message>
        <source>Run with &amp;Options…</source>
        <translation>按选项运行(&amp;O)…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the run; with checkpoints, after a final one (Shift+F5)</source>
        <translation>停止运行；启用 Checkpoint 时先做最后一次 Checkpoint（Shift+F5）</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>End the run at once, without a final checkpoint</source>
        <translation>立即结束运行，不做最后一次 Checkpoint</translation>
    </message>
    <message numerus="yes">
        <source>Not run: the job has %n error(s); see Problems.</source>
        <translation>
            <numerusform>未运行：作业有 %n 个错误；请查看“问题”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to the sinks?</source>
        <translation>写入结果表？</translation>
    </message>
    <message>
        <source>This run writes to the tables and topics the job&apos;s sinks name, and commits its Kafka consumer offsets. Run Preview (F5) writes nothing.

Run &apos;%1&apos; and write?</source>
        <translation>本次运行会写入作业结果表指定的表和 Topic，并提交 Kafka 消费位点。预览运行（F5）不写入任何数据。

运行“%1”并写入吗？</translation>
    </message>
    <message>
        <source>Not run: writing to the sinks was not confirmed.</source>
        <translation>未运行：未确认写入结果表。</translation>
    </message>
    <message>
        <source>Not run: a secret the job needs was not given.</source>
        <translation>未运行：未提供作业所需的密钥。</translation>
    </message>
    <message>
        <source>Run started; it writes to the sinks.</source>
        <translation>运行已开始；将写入结果表。</translation>
    </message>
    <message>
        <source>Preview run started: the sinks write nothing; see Data Preview.</source>
        <translation>预览运行已开始：结果表不写入任何数据；请查看“数据预览”。</translation>
    </message>
    <message>
        <source>Run finished. %1</source>
        <translation>运行已结束。%1</translation>
    </message>
    <message>
        <source>Run finished</source>
        <translation>运行已结束</translation>
    </message>
    <message>
        <source>Run cancelled. %1</source>
        <translation>运行已取消。%1</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>运行已取消</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>Streamwright &amp;Help</source>
        <translation>Streamwright 帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>sw::ui::MetricChart</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save Data as CSV…</source>
        <translation>将数据保存为 CSV…</translation>
    </message>
    <message>
        <source>Save Chart Data</source>
        <translation>保存图表数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>sw::ui::OptionField</name>
    <message>
        <source>(default: %1)</source>
        <translation>（默认值：%1）</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>（必填）</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>sw::ui::OptionForm</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Not a WITH option of the exported table.</source>
        <translation>不是导出表的 WITH 参数。</translation>
    </message>
    <message>
        <source>Not exported for the %1 connector.</source>
        <translation>%1 连接器不导出此参数。</translation>
    </message>
    <message>
        <source>SQL: %1 in %2</source>
        <translation>SQL：%2 中的 %1</translation>
    </message>
</context>
<context>
    <name>sw::ui::OutputListEditor</name>
    <message>
        <source>Add output</source>
        <translation>添加输出</translation>
    </message>
    <message>
        <source>Add all input columns</source>
        <translation>添加所有输入列</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>sw::ui::OverviewWidget</name>
    <message>
        <source>Overview: click or drag to move the canvas</source>
        <translation>概览：单击或拖动以移动画布</translation>
    </message>
</context>
<context>
    <name>sw::ui::PerColumnOptionsTable</name>
    <message>
        <source>(default: %1)</source>
        <translation>（默认值：%1）</translation>
    </message>
    <message>
        <source>Not used for this column&apos;s generator.</source>
        <translation>此列的生成器不使用该参数。</translation>
    </message>
</context>
<context>
    <name>sw::ui::PropertyPanel</name>
    <message>
        <source>name (the SQL table or view name)</source>
        <translation>名称（SQL 中的表名或视图名）</translation>
    </message>
    <message>
        <source>The node&apos;s name is its table or view name in the exported SQL.</source>
        <translation>节点名称就是它在导出 SQL 中的表名或视图名。</translation>
    </message>
    <message numerus="yes">
        <source>%n nodes selected.
Select a single node to edit its properties.</source>
        <translation>
            <numerusform>已选择 %n 个节点。
请只选择一个节点来编辑其属性。</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is of an unknown kind (%2).</source>
        <translation>“%1”的节点类型未知（%2）。</translation>
    </message>
    <message>
        <source>Select a node to edit its properties.</source>
        <translation>选择一个节点以编辑其属性。</translation>
    </message>
    <message>
        <source>Join keys</source>
        <translation>关联键</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组字段</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>聚合</translation>
    </message>
    <message>
        <source>Output columns</source>
        <translation>输出列</translation>
    </message>
    <message>
        <source>Dimension table schema</source>
        <translation>维表表结构</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>表结构</translation>
    </message>
    <message>
        <source>Per-column options</source>
        <translation>按列参数</translation>
    </message>
    <message>
        <source>Schema inference</source>
        <translation>表结构推断</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
</context>
<context>
    <name>sw::ui::RecentFiles</name>
    <message>
        <source>Clear Recent Files</source>
        <translation>清除最近打开的文件</translation>
    </message>
</context>
<context>
    <name>sw::ui::RunHistory</name>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>写入行数</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Writes to sinks</source>
        <translation>写入结果表</translation>
    </message>
    <message>
        <source>, restarted from a checkpoint</source>
        <translation>，从 Checkpoint 重启</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>sw::ui::RunLog</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>筛选消息</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>sw::ui::RunOptionsDialog</name>
    <message>
        <source>&amp;Preview: write to no sink, show what they would write</source>
        <translation>预览(&amp;P)：不写入任何结果表，只显示本会写入的数据</translation>
    </message>
    <message>
        <source>&amp;Write to the sinks&apos; tables and topics</source>
        <translation>写入结果表对应的表和 Topic(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Resume from the newest checkpoint of this kind of run</source>
        <translation>从同类运行最新的 Checkpoint 恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Read to the topics&apos; &amp;current end, then stop</source>
        <translation>读到 Topic 当前末尾后停止(&amp;C)</translation>
    </message>
    <message>
        <source>Run with Options</source>
        <translation>按选项运行</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> records per source</source>
        <translation> 条（每个源表）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Preview runs and runs that write keep separate checkpoints, so a run that writes never continues from a preview&apos;s state. A checkpoint&apos;s positions win over the start positions below.</source>
        <translation>预览运行和写入运行各自保存 Checkpoint，因此写入运行绝不会从预览的状态继续。Checkpoint 中的位点优先于下面的启动位点。</translation>
    </message>
    <message>
        <source>Each partition is read up to the last message it holds when reading begins; the run ends once all are. Messages that arrive later are left for the next run.</source>
        <translation>每个分区读到开始读取时的最后一条消息为止；所有分区读完后运行结束。之后到达的消息留给下一次运行。</translation>
    </message>
    <message>
        <source>Stop after:</source>
        <translation>读取条数上限：</translation>
    </message>
    <message>
        <source>Stop after time:</source>
        <translation>运行时长上限：</translation>
    </message>
    <message>
        <source>Sources, for this run only</source>
        <translation>源表（仅本次运行）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>as the job says (%1)</source>
        <translation>按作业设置（%1）</translation>
    </message>
    <message>
        <source>%1 starts at:</source>
        <translation>%1 启动位点：</translation>
    </message>
</context>
<context>
    <name>sw::ui::RunPanel</name>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>条/秒</translation>
    </message>
    <message>
        <source>End-to-end latency</source>
        <translation>端到端延迟</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Back-pressure</source>
        <translation>反压</translation>
    </message>
    <message>
        <source>% queue fill</source>
        <translation>% 队列占用</translation>
    </message>
    <message>
        <source>Errors and dropped rows</source>
        <translation>错误与丢弃的行</translation>
    </message>
    <message>
        <source>records</source>
        <translation>条</translation>
    </message>
    <message>
        <source>Lookup cache hit rate</source>
        <translation>维表缓存命中率</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>External query time, mean</source>
        <translation>外部查询平均耗时</translation>
    </message>
    <message>
        <source>Checkpoint duration</source>
        <translation>Checkpoint 耗时</translation>
    </message>
    <message>
        <source>ms, last checkpoint</source>
        <translation>毫秒，最近一次 Checkpoint</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoint 次数</translation>
    </message>
    <message>
        <source>completed and failed, in all</source>
        <translation>累计成功与失败次数</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>KB/s per Kafka and MySQL node</source>
        <translation>每个 Kafka 和 MySQL 节点的 KB/s</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>% of rows read not lost</source>
        <translation>% 读取的行未丢失</translation>
    </message>
    <message>
        <source>Run process CPU</source>
        <translation>运行进程 CPU</translation>
    </message>
    <message>
        <source>% of one core</source>
        <translation>% 单核</translation>
    </message>
    <message>
        <source>Run process memory</source>
        <translation>运行进程内存</translation>
    </message>
    <message>
        <source>MB resident</source>
        <translation>MB 常驻内存</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>最近 1 分钟</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>How much of the run the charts show</source>
        <translation>图表显示的运行时间范围</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>数据流</translation>
    </message>
    <message>
        <source>External systems</source>
        <translation>外部系统</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Run process</source>
        <translation>运行进程</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>已读取 %1</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>last checkpoint</source>
        <translation>最近一次 Checkpoint</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>常驻内存</translation>
    </message>
    <message>
        <source>%1 read, %2 written · %3 rec/s in, %4 rec/s out · latency p99 %5 ms · success %8 % · %6 checkpoint(s), %7 failed</source>
        <translation>已读取 %1，已写入 %2 · 输入 %3 条/秒，输出 %4 条/秒 · 延迟 p99 %5 毫秒 · 成功率 %8 % · %6 次 Checkpoint，%7 次失败</translation>
    </message>
</context>
<context>
    <name>sw::ui::RunSession</name>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>The run process could not be started: %1</source>
        <translation>无法启动运行进程：%1</translation>
    </message>
    <message>
        <source>Unreadable message from the run process: %1</source>
        <translation>运行进程发来无法识别的消息：%1</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) of output not shown)</source>
        <translation>
            <numerusform>（%n 行输出未显示）</numerusform>
        </translation>
    </message>
    <message>
        <source>The run process crashed; the designer and the job are unaffected.</source>
        <translation>运行进程崩溃；设计器和作业不受影响。</translation>
    </message>
    <message>
        <source>The run process ended without a result (exit code %1).</source>
        <translation>运行进程结束但没有结果（退出码 %1）。</translation>
    </message>
</context>
<context>
    <name>sw::ui::SchemaEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>delay, e.g. 5 s</source>
        <translation>延迟，例如 5 s</translation>
    </message>
    <message>
        <source>How late events may arrive: WATERMARK FOR col AS col - INTERVAL delay</source>
        <translation>事件最多可以迟到多久：WATERMARK FOR col AS col - INTERVAL delay</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Watermark</translation>
    </message>
    <message>
        <source>none — e.g. proc_time</source>
        <translation>无 — 例如 proc_time</translation>
    </message>
    <message>
        <source>Adds `&lt;name&gt; AS PROCTIME()`; lookup joins need it on the probe side.</source>
        <translation>添加 `&lt;name&gt; AS PROCTIME()`；维表关联的主流一侧需要它。</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <source>Choose the watermark column first.</source>
        <translation>请先选择 Watermark 列。</translation>
    </message>
    <message>
        <source>(no watermark)</source>
        <translation>（无 Watermark）</translation>
    </message>
    <message>
        <source>Declare These Columns</source>
        <translation>声明这些列</translation>
    </message>
    <message>
        <source>Copy the input&apos;s columns into this table&apos;s schema, to edit them</source>
        <translation>将输入的列复制到本表的表结构中，以便编辑</translation>
    </message>
    <message>
        <source>No columns declared: the table takes its input&apos;s columns, as the SQL shows: %1</source>
        <translation>未声明列：本表沿用输入的列，如 SQL 所示：%1</translation>
    </message>
</context>
<context>
    <name>sw::ui::SchemaInferenceDialog</name>
    <message>
        <source>Infer schema of %1</source>
        <translation>推断 %1 的表结构</translation>
    </message>
    <message>
        <source>Proposed from %1:</source>
        <translation>根据 %1 推荐：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>The declared schema already matches.</source>
        <translation>已声明的表结构已经一致。</translation>
    </message>
    <message>
        <source>Changes to the declared schema:</source>
        <translation>对已声明表结构的更改：</translation>
    </message>
</context>
<context>
    <name>sw::ui::SchemaInferencePanel</name>
    <message>
        <source>Infer schema…</source>
        <translation>推断表结构…</translation>
    </message>
    <message>
        <source>Read the node&apos;s table, or up to %1 of the newest messages of its topic, and propose its columns; the changes are shown before anything is applied</source>
        <translation>读取节点的表，或其 Topic 中最新的至多 %1 条消息，并推荐列定义；应用之前会先显示更改</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Cannot infer the schema: %1</source>
        <translation>无法推断表结构：%1</translation>
    </message>
</context>
<context>
    <name>sw::ui::SchemaTableModel</name>
    <message>
        <source>Column &apos;%1&apos;: the type &apos;%2&apos; is not applied: %3. The job keeps %4.</source>
        <translation>列“%1”：类型“%2”未应用：%3。作业保留 %4。</translation>
    </message>
    <message>
        <source>Unchecked: NOT NULL</source>
        <translation>未勾选：NOT NULL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>可空</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
</context>
<context>
    <name>sw::ui::SecretEdit</name>
    <message>
        <source>secret name</source>
        <translation>密钥名称</translation>
    </message>
    <message>
        <source>The job stores only ${secret.NAME}; exported SQL uses ${secret_values.NAME}.</source>
        <translation>作业中只保存 ${secret.NAME}；导出的 SQL 使用 ${secret_values.NAME}。</translation>
    </message>
    <message>
        <source>new value (keychain only)</source>
        <translation>新值（只存入钥匙串）</translation>
    </message>
    <message>
        <source>Press Enter to store the value under the secret name. It goes to the system keychain, never into the job file.</source>
        <translation>按 Enter 将值保存到该密钥名称下。值存入系统钥匙串，绝不会写入作业文件。</translation>
    </message>
    <message>
        <source>The job holds this secret in clear text; enter a name and a value to replace it.</source>
        <translation>作业中以明文保存了此密钥；请输入名称和值来替换。</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>已保存 — 输入以替换</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; only.</source>
        <translation>只能使用字母、数字、“_”、“-”和“.”。</translation>
    </message>
    <message>
        <source>Enter a secret name first; the value was not stored.</source>
        <translation>请先输入密钥名称；值未保存。</translation>
    </message>
</context>
<context>
    <name>sw::ui::SecretStore</name>
    <message>
        <source>no system keychain is available</source>
        <translation>没有可用的系统钥匙串</translation>
    </message>
    <message>
        <source>Stored in the system keychain as &apos;%1&apos;.</source>
        <translation>已以“%1”保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>the system keychain failed: %1</source>
        <translation>系统钥匙串出错：%1</translation>
    </message>
    <message>
        <source>Kept in memory for this session only (%1); it will be asked again after a restart.</source>
        <translation>仅在本次会话的内存中保留（%1）；重启后会再次询问。</translation>
    </message>
</context>
<context>
    <name>sw::ui::SqlPreview</name>
    <message>
        <source>Alibaba Cloud VVR</source>
        <translation>阿里云 VVR</translation>
    </message>
    <message>
        <source>Apache Flink</source>
        <translation>Apache Flink</translation>
    </message>
    <message>
        <source>SQL dialect of the preview and of exports</source>
        <translation>预览和导出使用的 SQL 方言</translation>
    </message>
    <message>
        <source>Flink SQL</source>
        <translation>Flink SQL</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) (see Problems)</source>
        <translation>
            <numerusform>%n 个错误（见“问题”）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n statement(s) marked</source>
        <translation>
            <numerusform>，已标出 %n 条语句</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::TextOptionField</name>
    <message>
        <source>e.g. 60 s, 10 min</source>
        <translation>例如 60 s、10 min</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>not a duration like &apos;60 s&apos; or &apos;10 min&apos;: %1</source>
        <translation>不是“60 s”或“10 min”这样的时长：%1</translation>
    </message>
</context>
</TS>
