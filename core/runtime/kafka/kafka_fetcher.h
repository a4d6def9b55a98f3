#pragma once
// KafkaFetcher: drains a librdkafka consumer queue on a thread of its own, so that taking
// messages from librdkafka and freeing them overlaps the JSON decoding on the source's thread.
// Payloads are copied into reused chunks, each followed by padding the JSON decoder may read
// ahead into, and every librdkafka message is freed right away on the thread that took it.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

struct rd_kafka_queue_s;
struct rd_kafka_message_s;

namespace sw::runtime {

struct KafkaMessageDeleter {
    void operator()(rd_kafka_message_s* message) const;
};
using KafkaMessagePtr = std::unique_ptr<rd_kafka_message_s, KafkaMessageDeleter>;

struct FetchedMessage {
    std::uint32_t topic = 0;  // index into FetchedChunk::topics
    std::int32_t partition = 0;
    std::int64_t offset = 0;
    std::int64_t timestampMillis = -1;  // -1: the message has none
    bool hasPayload = false;            // false for a tombstone (null value)
    std::size_t payloadBegin = 0;
    std::size_t payloadSize = 0;
    std::size_t keySize = 0;  // counted as bytes read; the json format ignores the key
    // Not a message: the consumer reached the partition's end (enable.partition.eof), and
    // `offset` is its position there, past any offsets no message is delivered for.
    bool partitionEnd = false;
};

// Messages taken from librdkafka in one go, in order. A chunk that ends in an error is the last.
struct FetchedChunk {
    std::vector<std::string> topics;
    std::vector<FetchedMessage> messages;
    std::string payloads;     // each payload followed by JsonRowDecoder::kPadding bytes
    KafkaMessagePtr failed;   // the first message librdkafka reported an error for (after `messages`)
    std::string readError;    // taking messages failed altogether

    // The payload, followed in memory by the decoder's padding.
    std::string_view payload(const FetchedMessage& message) const {
        return {payloads.data() + message.payloadBegin, message.payloadSize};
    }
    bool endsInError() const { return failed || !readError.empty(); }
    void clear();
};

class KafkaFetcher {
public:
    // Starts the thread. `queue` must outlive the fetcher; chunks hold up to `chunkMessages`
    // messages and are handed over after at most `pollTimeout`, full or not.
    KafkaFetcher(rd_kafka_queue_s* queue, std::size_t chunkMessages, std::chrono::milliseconds pollTimeout);
    ~KafkaFetcher();  // stops and joins the thread
    KafkaFetcher(const KafkaFetcher&) = delete;
    KafkaFetcher& operator=(const KafkaFetcher&) = delete;

    // The next chunk, or nullptr when none is ready within `timeout`.
    std::unique_ptr<FetchedChunk> next(std::chrono::milliseconds timeout);
    // Hands a chunk back for reuse once its messages are consumed.
    void recycle(std::unique_ptr<FetchedChunk> chunk);

private:
    static constexpr std::size_t kChunksInFlight = 4;  // bounds what is copied ahead of the decoder

    void run();
    void fill(FetchedChunk& chunk);

    rd_kafka_queue_s* queue_;
    std::size_t chunkMessages_;
    std::chrono::milliseconds pollTimeout_;
    std::vector<rd_kafka_message_s*> received_;  // the fetch thread's buffer for each poll

    std::mutex mutex_;
    std::condition_variable readyChanged_;
    std::condition_variable freeChanged_;
    std::deque<std::unique_ptr<FetchedChunk>> ready_;
    std::vector<std::unique_ptr<FetchedChunk>> free_;
    std::atomic<bool> stopping_{false};
    std::thread thread_;
};

}  // namespace sw::runtime
