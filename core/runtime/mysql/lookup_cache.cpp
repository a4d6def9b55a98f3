#include "runtime/mysql/lookup_cache.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>

namespace sw::runtime {
namespace {

constexpr std::size_t kInitialSlots = 1024;
constexpr std::size_t kMaxReserve = std::size_t{1} << 20;

std::size_t hashOf(std::string_view key) { return std::hash<std::string_view>{}(key); }

}  // namespace

LookupCache::LookupCache(LookupCacheConfig config, Clock clock)
    : config_(config), clock_(std::move(clock)), epoch_(clock_()), slots_(kInitialSlots, 0) {
    if (config_.strategy == LookupCacheStrategy::Lru) entries_.reserve(std::min(config_.maxRows, kMaxReserve));
}

std::uint32_t LookupCache::nowMs() const {
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(clock_() - epoch_);
    return static_cast<std::uint32_t>(elapsed.count());
}

bool LookupCache::expired(const Entry& entry, std::uint32_t now) const {
    const auto afterWrite = static_cast<std::uint64_t>(config_.expireAfterWrite.count());
    const auto afterAccess = static_cast<std::uint64_t>(config_.expireAfterAccess.count());
    if (afterWrite && now - entry.writtenMs >= afterWrite) return true;
    return afterAccess && now - entry.accessedMs >= afterAccess;
}

std::optional<std::string_view> LookupCache::find(std::string_view key) {
    if (config_.strategy == LookupCacheStrategy::None ||
        (config_.strategy == LookupCacheStrategy::All && !loadedAt_)) {
        misses_.fetch_add(1, std::memory_order_relaxed);
        return std::nullopt;
    }
    const std::size_t slot = slotOf(key);
    if (!slots_[slot]) {
        if (config_.strategy == LookupCacheStrategy::All) {  // the whole table is here: absent
            hits_.fetch_add(1, std::memory_order_relaxed);
            return std::string_view();
        }
        misses_.fetch_add(1, std::memory_order_relaxed);
        return std::nullopt;
    }
    const std::uint32_t index = slots_[slot] - 1;
    Entry& entry = entries_[index];
    if (config_.strategy == LookupCacheStrategy::Lru) {
        const std::uint32_t now = nowMs();
        if (expired(entry, now)) {
            eraseSlot(slot);
            misses_.fetch_add(1, std::memory_order_relaxed);
            return std::nullopt;
        }
        entry.accessedMs = now;
        unlink(index);
        pushFront(index);
    }
    hits_.fetch_add(1, std::memory_order_relaxed);
    return entry.value();
}

void LookupCache::put(std::string_view key, std::string_view packedRows) {
    if (config_.strategy != LookupCacheStrategy::Lru) return;  // ALL is filled by replaceAll only
    if (packedRows.empty() && !config_.cacheMissingKey) return;
    if (const std::size_t slot = slotOf(key); slots_[slot]) eraseSlot(slot);
    insert(key, packedRows, nowMs());
    while (size_ > config_.maxRows && tail_ != kNone) eraseSlot(slotOf(entries_[tail_].key()));
}

bool LookupCache::needsFullLoad() const {
    if (config_.strategy != LookupCacheStrategy::All) return false;
    if (!loadedAt_) return true;
    return config_.expireAfterWrite.count() > 0 && clock_() - *loadedAt_ >= config_.expireAfterWrite;
}

void LookupCache::replaceAll(const std::vector<std::pair<std::string, std::string>>& table) {
    clear();
    const std::uint32_t now = nowMs();
    for (const auto& [key, rows] : table) {
        if (const std::size_t slot = slotOf(key); slots_[slot]) eraseSlot(slot);
        insert(key, rows, now);
    }
    loadedAt_ = clock_();
}

std::size_t LookupCache::slotOf(std::string_view key) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = hashOf(key) & mask;; slot = (slot + 1) & mask) {
        const std::uint32_t occupant = slots_[slot];
        if (!occupant || entries_[occupant - 1].key() == key) return slot;
    }
}

void LookupCache::insert(std::string_view key, std::string_view value, std::uint32_t now) {
    if ((size_ + 1) * 2 > slots_.size()) grow();  // load factor <= 1/2 keeps probes short
    std::uint32_t index;
    if (!freeEntries_.empty()) {
        index = freeEntries_.back();
        freeEntries_.pop_back();
    } else {
        index = static_cast<std::uint32_t>(entries_.size());
        entries_.emplace_back();
    }
    Entry& entry = entries_[index];
    entry.data = std::make_unique_for_overwrite<char[]>(key.size() + value.size());
    std::memcpy(entry.data.get(), key.data(), key.size());
    if (!value.empty()) std::memcpy(entry.data.get() + key.size(), value.data(), value.size());
    entry.keyLength = static_cast<std::uint32_t>(key.size());
    entry.valueLength = static_cast<std::uint32_t>(value.size());
    entry.writtenMs = entry.accessedMs = now;
    pushFront(index);
    slots_[slotOf(key)] = index + 1;
    ++size_;
}

// Backward-shift deletion: later members of the probe run move up, so no tombstones are needed.
void LookupCache::eraseSlot(std::size_t slot) {
    const std::uint32_t index = slots_[slot] - 1;
    unlink(index);
    entries_[index].data.reset();
    freeEntries_.push_back(index);
    --size_;
    const std::size_t mask = slots_.size() - 1;
    std::size_t hole = slot;
    slots_[hole] = 0;
    for (std::size_t next = (hole + 1) & mask; slots_[next]; next = (next + 1) & mask) {
        const std::size_t home = hashOf(entries_[slots_[next] - 1].key()) & mask;
        // The occupant may move into the hole unless its home lies cyclically in (hole, next].
        const bool stays = hole <= next ? (home > hole && home <= next) : (home > hole || home <= next);
        if (stays) continue;
        slots_[hole] = slots_[next];
        slots_[next] = 0;
        hole = next;
    }
}

void LookupCache::grow() {
    std::vector<std::uint32_t> old(slots_.size() * 2, 0);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint32_t occupant : old) {
        if (!occupant) continue;
        std::size_t slot = hashOf(entries_[occupant - 1].key()) & mask;
        while (slots_[slot]) slot = (slot + 1) & mask;
        slots_[slot] = occupant;
    }
}

void LookupCache::unlink(std::uint32_t index) {
    Entry& entry = entries_[index];
    if (entry.prev != kNone) entries_[entry.prev].next = entry.next; else head_ = entry.next;
    if (entry.next != kNone) entries_[entry.next].prev = entry.prev; else tail_ = entry.prev;
    entry.prev = entry.next = kNone;
}

void LookupCache::pushFront(std::uint32_t index) {
    Entry& entry = entries_[index];
    entry.prev = kNone;
    entry.next = head_;
    if (head_ != kNone) entries_[head_].prev = index;
    head_ = index;
    if (tail_ == kNone) tail_ = index;
}

void LookupCache::clear() {
    entries_.clear();
    freeEntries_.clear();
    std::fill(slots_.begin(), slots_.end(), 0);
    size_ = 0;
    head_ = tail_ = kNone;
}

}  // namespace sw::runtime
