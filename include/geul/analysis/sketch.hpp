// geul — mergeable sketches for corpus work: MinHash signatures (near-
// duplicates, containment) and a count-min sketch of document frequencies.
//
//   MinHash a = minhash_of(body_a), b = minhash_of(body_b);
//   double j = estimate_jaccard(a, b);          // Jaccard of the shingle sets
//   MinHash u = a; u.merge(b);                  // == minhash_of(union): shards combine
//
// Shingles are runs of `shingle` code points with whitespace skipped
// (text/tokens.hpp for_each_char_ngram), hashed with FNV-1a 64. The
// signature keeps, for each of k seeded mixes of the shingle hash, the
// smallest value (32 bits kept: collisions cost 2^-32 per slot). The
// fraction of equal slots estimates the Jaccard similarity J with standard
// error sqrt(J(1-J)/k) (k = 128: ±0.04 at J = 0.5). Containment of A in B
// follows from J and the set sizes: |A∩B| = J(|A|+|B|)/(1+J).
//
// Both sketches merge by an element-wise operation (min for MinHash, + for
// counts), so shards of a corpus are sketched independently and combined in
// any order with the same result: that is what lets the per-article stage
// run in parallel and the clustering stage see one corpus.
#ifndef GEUL_ANALYSIS_SKETCH_HPP
#define GEUL_ANALYSIS_SKETCH_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "../config.hpp"
#include "../text/tokens.hpp"

namespace geul {

namespace detail {
// SplitMix64's finalizer: a fast, well-mixed 64-bit permutation.
constexpr std::uint64_t mix64(std::uint64_t x) noexcept {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  x ^= x >> 31;
  return x;
}
// The seed of hash function i (fixed: sketches made anywhere agree).
constexpr std::uint64_t minhash_seed(std::size_t i) noexcept {
  return mix64(0x9E3779B97F4A7C15ull * (static_cast<std::uint64_t>(i) + 1));
}
inline constexpr std::size_t max_minhash_size = 512;
struct MinHashSeeds {
  std::uint64_t a[max_minhash_size], b[max_minhash_size];  // odd multipliers, offsets
};
constexpr MinHashSeeds make_minhash_seeds() noexcept {
  MinHashSeeds s{};
  for (std::size_t i = 0; i < max_minhash_size; ++i) {
    const std::uint64_t x = minhash_seed(i);
    s.a[i] = x | 1;
    s.b[i] = x >> 17;
  }
  return s;
}
inline constexpr MinHashSeeds minhash_seeds = make_minhash_seeds();
}  // namespace detail

struct MinHash {
  std::vector<std::uint32_t> values;  // one minimum per hash function; UINT32_MAX: no item yet
  std::uint32_t items = 0;            // distinct shingles seen (an estimate after merge: the larger count)

  MinHash() = default;
  // k hash functions (at most detail::max_minhash_size = 512).
  explicit MinHash(std::size_t k) : values(std::min(k, detail::max_minhash_size), UINT32_MAX) {}

  bool empty() const noexcept { return items == 0; }

  // Adds one item (a 64-bit hash of a shingle). Hash function i is
  // multiply-shift over the mixed item: (a_i·x + b_i) >> 32 with fixed odd
  // a_i — one multiplication per slot.
  void add(std::uint64_t item) noexcept {
    const std::uint64_t x = detail::mix64(item);
    const std::size_t k = std::min(values.size(), detail::max_minhash_size);
    const detail::MinHashSeeds& s = detail::minhash_seeds;
    for (std::size_t i = 0; i < k; ++i) {
      const auto v = static_cast<std::uint32_t>((s.a[i] * x + s.b[i]) >> 32);
      if (v < values[i]) values[i] = v;
    }
  }

  // The signature of the union of both sets (the item count becomes the
  // larger of the two: a lower bound of the union's size).
  void merge(const MinHash& other) noexcept {
    GEUL_ASSERT(values.size() == other.values.size());
    for (std::size_t i = 0; i < values.size() && i < other.values.size(); ++i)
      values[i] = std::min(values[i], other.values[i]);
    items = std::max(items, other.items);
  }
};

// Signature of the shingles of `text` (`shingle` code points, whitespace
// skipped; duplicates count once).
inline MinHash minhash_of(std::string_view text, std::size_t k = 128, std::size_t shingle = 5) {
  MinHash m(k);
  std::vector<std::uint64_t> hashes;
  for_each_char_ngram(text, shingle, [&](std::string_view g) { hashes.push_back(fnv1a64(g)); });
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  for (std::uint64_t h : hashes) m.add(h);
  m.items = static_cast<std::uint32_t>(std::min<std::size_t>(hashes.size(), UINT32_MAX));
  return m;
}

// Estimated Jaccard similarity of the two sets: the fraction of slots where
// the minima agree (0 when either is empty or the sizes differ).
inline double estimate_jaccard(const MinHash& a, const MinHash& b) noexcept {
  if (a.empty() || b.empty() || a.values.size() != b.values.size() || a.values.empty()) return 0.0;
  std::size_t same = 0;
  for (std::size_t i = 0; i < a.values.size(); ++i) same += a.values[i] == b.values[i];
  return static_cast<double>(same) / static_cast<double>(a.values.size());
}

// Estimated share of A's shingles that are also in B (1 = A is contained in B).
inline double estimate_containment(const MinHash& a, const MinHash& b) noexcept {
  const double j = estimate_jaccard(a, b);
  if (j <= 0 || a.items == 0) return 0.0;
  const double inter = j * (static_cast<double>(a.items) + static_cast<double>(b.items)) / (1.0 + j);
  return std::min(1.0, inter / static_cast<double>(a.items));
}

// Document frequencies in fixed memory: a count-min sketch (depth 2). An
// estimate is never below the true count; with width w and N additions it
// exceeds it by at most 2N/w with probability 1 - e^-2 per row. Merging adds
// the counters, so shard sketches combine.
class FrequencySketch {
 public:
  explicit FrequencySketch(std::size_t width = std::size_t{1} << 16) : width_(width ? width : 1), rows_(2 * width_, 0) {}

  void add(std::uint64_t key, std::uint32_t count = 1) noexcept {
    for (std::size_t r = 0; r < 2; ++r) {
      std::uint32_t& c = rows_[r * width_ + slot(key, r)];
      c = (c > UINT32_MAX - count) ? UINT32_MAX : c + count;
    }
  }
  std::uint32_t estimate(std::uint64_t key) const noexcept {
    return std::min(rows_[slot(key, 0)], rows_[width_ + slot(key, 1)]);
  }
  // Adds the counts of a sketch of the same width.
  void merge(const FrequencySketch& other) noexcept {
    GEUL_ASSERT(other.width_ == width_);
    if (other.width_ != width_) return;
    for (std::size_t i = 0; i < rows_.size(); ++i)
      rows_[i] = (rows_[i] > UINT32_MAX - other.rows_[i]) ? UINT32_MAX : rows_[i] + other.rows_[i];
  }
  // Halves every count: older articles weigh half (a frequency over recent
  // articles, in fixed memory).
  void halve() noexcept {
    for (std::uint32_t& c : rows_) c >>= 1;
  }
  std::size_t width() const noexcept { return width_; }

 private:
  std::size_t slot(std::uint64_t key, std::size_t row) const noexcept {
    return static_cast<std::size_t>(detail::mix64(key + 0x632BE59BD9B4E019ull * (row + 1)) % width_);
  }
  std::size_t width_;
  std::vector<std::uint32_t> rows_;
};

}  // namespace geul

#endif  // GEUL_ANALYSIS_SKETCH_HPP
