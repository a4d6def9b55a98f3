#include "runtime/kafka/kafka_fetcher.h"

#include <librdkafka/rdkafka.h>

#include "runtime/formats/json_row_decoder.h"

namespace sw::runtime {

void KafkaMessageDeleter::operator()(rd_kafka_message_s* message) const { rd_kafka_message_destroy(message); }

void FetchedChunk::clear() {
    topics.clear();
    messages.clear();
    payloads.clear();
    failed.reset();
    readError.clear();
}

KafkaFetcher::KafkaFetcher(rd_kafka_queue_s* queue, std::size_t chunkMessages, std::chrono::milliseconds pollTimeout)
    : queue_(queue), chunkMessages_(chunkMessages), pollTimeout_(pollTimeout), received_(chunkMessages) {
    for (std::size_t i = 0; i < kChunksInFlight; ++i) free_.push_back(std::make_unique<FetchedChunk>());
    thread_ = std::thread([this] { run(); });
}

KafkaFetcher::~KafkaFetcher() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    freeChanged_.notify_all();
    rd_kafka_queue_yield(queue_);  // a poll waiting for messages returns now, not after its timeout
    thread_.join();
}

std::unique_ptr<FetchedChunk> KafkaFetcher::next(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    if (!readyChanged_.wait_for(lock, timeout, [&] { return !ready_.empty(); })) return nullptr;
    auto chunk = std::move(ready_.front());
    ready_.pop_front();
    return chunk;
}

void KafkaFetcher::recycle(std::unique_ptr<FetchedChunk> chunk) {
    {
        std::lock_guard lock(mutex_);
        free_.push_back(std::move(chunk));
    }
    freeChanged_.notify_one();
}

void KafkaFetcher::run() {
    while (true) {
        std::unique_ptr<FetchedChunk> chunk;
        {
            std::unique_lock lock(mutex_);
            freeChanged_.wait(lock, [&] { return stopping_ || !free_.empty(); });
            if (stopping_) return;
            chunk = std::move(free_.back());
            free_.pop_back();
        }
        chunk->clear();
        fill(*chunk);
        if (chunk->messages.empty() && !chunk->endsInError()) return;  // stopping
        const bool last = chunk->endsInError();
        {
            std::lock_guard lock(mutex_);
            ready_.push_back(std::move(chunk));
        }
        readyChanged_.notify_one();
        if (last) return;  // the source fails on the error; nothing after it is read
    }
}

void KafkaFetcher::fill(FetchedChunk& chunk) {
    const rd_kafka_topic_t* lastTopic = nullptr;
    std::size_t topicIndex = 0;
    while (chunk.messages.empty() && !chunk.endsInError() && !stopping_) {
        const auto count = rd_kafka_consume_batch_queue(queue_, static_cast<int>(pollTimeout_.count()),
                                                        received_.data(), chunkMessages_);
        if (count < 0) {
            chunk.readError = rd_kafka_err2str(rd_kafka_last_error());
            return;
        }
        for (ssize_t i = 0; i < count; ++i) {
            KafkaMessagePtr message(received_[static_cast<std::size_t>(i)]);
            // After an error nothing more is kept.
            if (chunk.failed) continue;
            if (message->err && message->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                chunk.failed = std::move(message);
                continue;
            }
            if (message->rkt != lastTopic) {  // mostly one topic: look its name up only when it changes
                lastTopic = message->rkt;
                const std::string_view name = rd_kafka_topic_name(message->rkt);
                topicIndex = 0;
                while (topicIndex < chunk.topics.size() && chunk.topics[topicIndex] != name) ++topicIndex;
                if (topicIndex == chunk.topics.size()) chunk.topics.emplace_back(name);
            }
            FetchedMessage& fetched = chunk.messages.emplace_back();
            fetched.topic = static_cast<std::uint32_t>(topicIndex);
            fetched.partition = message->partition;
            fetched.offset = message->offset;
            if (message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {  // only asked for by a read to the current end
                fetched.partitionEnd = true;
                continue;
            }
            rd_kafka_timestamp_type_t type;
            fetched.timestampMillis = rd_kafka_message_timestamp(message.get(), &type);
            fetched.hasPayload = message->payload != nullptr;
            fetched.payloadBegin = chunk.payloads.size();
            fetched.payloadSize = message->len;
            fetched.keySize = message->key_len;
            if (fetched.hasPayload) chunk.payloads.append(static_cast<const char*>(message->payload), message->len);
            chunk.payloads.append(JsonRowDecoder::kPadding, '\0');
        }
    }
}

}  // namespace sw::runtime
