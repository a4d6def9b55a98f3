#include "kafka_committed_offsets.h"

#include <librdkafka/rdkafka.h>

namespace sw::testing {

long long committedOffsets(const std::string& bootstrap, const std::string& group, const std::string& topic) {
    char error[512];
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), error, sizeof error);
    rd_kafka_conf_set(conf, "group.id", group.c_str(), error, sizeof error);
    rd_kafka_t* consumer = rd_kafka_new(RD_KAFKA_CONSUMER, conf, error, sizeof error);
    if (!consumer) return -100;
    rd_kafka_topic_partition_list_t* list = rd_kafka_topic_partition_list_new(4);
    for (int partition = 0; partition < 4; ++partition) rd_kafka_topic_partition_list_add(list, topic.c_str(), partition);
    long long sum = -100;
    if (rd_kafka_committed(consumer, list, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        sum = 0;
        for (int i = 0; i < list->cnt; ++i) sum += list->elems[i].offset < 0 ? -1 : list->elems[i].offset;
    }
    rd_kafka_topic_partition_list_destroy(list);
    rd_kafka_destroy(consumer);
    return sum;
}

}  // namespace sw::testing
