// OffsetMap: building, mapping, and composing two stages.
#include <doctest/doctest.h>

#include <geul/text/offsets.hpp>

#include <cstdint>
#include <vector>

using geul::OffsetMap;
using geul::OffsetMapBuilder;
using geul::Span;

TEST_CASE("identity map") {
  OffsetMap m(10);
  CHECK(m.is_identity());
  CHECK(m.map({2, 5}) == Span{2, 5});
  CHECK(m.map({0, 10}) == Span{0, 10});
  CHECK(m.map({4, 4}) == Span{4, 4});
}

TEST_CASE("replacement, deletion and insertion") {
  // source: "ab" + "XYZ"(replaced by "q") + "cd" + "--"(deleted) + "ef" + insertion "++" + "g" (12 bytes)
  OffsetMapBuilder b;
  b.copy(2);        // ab
  b.replace(3, 1);  // XYZ -> q
  b.copy(2);        // cd
  b.replace(2, 0);  // -- deleted
  b.copy(2);        // ef
  b.replace(0, 2);  // ++ inserted
  b.copy(1);        // g
  OffsetMap m = b.finish();
  // output: a b q c d e f + + g  (10 bytes)
  CHECK(m.output_size() == 10);
  CHECK(m.source_size() == 12);
  CHECK(m.edits().size() == 3);
  CHECK(m.map({0, 2}) == Span{0, 2});
  CHECK(m.map({2, 3}) == Span{2, 5});    // q <- XYZ
  CHECK(m.map({3, 5}) == Span{5, 9});    // cd, and the deleted -- that follows it
  CHECK(m.map({5, 7}) == Span{9, 11});   // ef
  CHECK(m.map({7, 9}) == Span{11, 11});  // ++ came from nowhere
  CHECK(m.map({9, 10}) == Span{11, 12}); // g
  CHECK(m.map({0, 10}) == Span{0, 12});
  // map_tight leaves out the deletion after "cd".
  CHECK(m.map_tight({3, 5}) == Span{5, 7});
  CHECK(m.map_tight({2, 3}) == Span{2, 5});
  CHECK(m.map_tight({5, 7}) == Span{9, 11});
}

TEST_CASE("a range cutting into an atomic edit maps to the whole edit") {
  OffsetMapBuilder b;
  b.copy(1);
  b.replace(2, 6);  // two source bytes became six
  b.copy(1);
  OffsetMap m = b.finish();
  CHECK(m.map({2, 3}) == Span{1, 3});
  CHECK(m.map({1, 4}) == Span{1, 3});
  CHECK(m.map({5, 8}) == Span{1, 4});
}

TEST_CASE("deletion at the very start belongs to the first output byte") {
  OffsetMapBuilder b;
  b.replace(3, 0);
  b.copy(4);
  OffsetMap m = b.finish();
  CHECK(m.map({0, 1}) == Span{0, 4});
  CHECK(m.map({1, 4}) == Span{4, 7});
  CHECK(m.map_tight({0, 1}) == Span{3, 4});
}

TEST_CASE("adjacent deletions and insertions merge into their neighbour") {
  OffsetMapBuilder b;
  b.copy(1);
  b.replace(1, 0);
  b.replace(2, 3);
  b.replace(0, 1);
  b.copy(1);
  OffsetMap m = b.finish();
  REQUIRE(m.edits().size() == 1);
  CHECK(m.edits()[0].in_begin == 1);
  CHECK(m.edits()[0].in_end == 4);
  CHECK(m.edits()[0].out_end == 5);
}

namespace {

struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    s ^= s << 13, s ^= s >> 7, s ^= s << 17;
    return s;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

// A random transformation of a text of `in_size` bytes. For every output byte
// it records the source interval it truly came from (empty for insertions).
struct Stage {
  OffsetMap map;
  std::vector<Span> origin;  // per output byte
  std::vector<bool> copied;  // output byte copied unchanged
};

Stage random_stage(std::size_t in_size, Rng& rng) {
  Stage st;
  OffsetMapBuilder b;
  std::size_t pos = 0;
  while (pos < in_size || rng.below(8) == 0) {
    std::size_t left = in_size - pos;
    switch (rng.below(4)) {
      case 0: {
        std::size_t n = left ? 1 + rng.below(left) : 0;
        b.copy(n);
        for (std::size_t i = 0; i < n; ++i) {
          st.origin.push_back({pos + i, pos + i + 1});
          st.copied.push_back(true);
        }
        pos += n;
        break;
      }
      case 1: {  // replacement
        std::size_t n = left ? 1 + rng.below(std::min<std::size_t>(left, 4)) : 0;
        std::size_t out = 1 + rng.below(4);
        b.replace(n, out);
        for (std::size_t i = 0; i < out; ++i) {
          st.origin.push_back({pos, pos + n});
          st.copied.push_back(false);
        }
        pos += n;
        break;
      }
      case 2: {  // deletion
        std::size_t n = left ? 1 + rng.below(std::min<std::size_t>(left, 3)) : 0;
        b.replace(n, 0);
        pos += n;
        break;
      }
      default: {  // insertion
        std::size_t out = 1 + rng.below(3);
        b.replace(0, out);
        for (std::size_t i = 0; i < out; ++i) {
          st.origin.push_back({pos, pos});
          st.copied.push_back(false);
        }
      }
    }
    if (st.origin.size() > 400) break;
  }
  if (pos < in_size) {  // finish with a copy
    std::size_t n = in_size - pos;
    b.copy(n);
    for (std::size_t i = 0; i < n; ++i) {
      st.origin.push_back({pos + i, pos + i + 1});
      st.copied.push_back(true);
    }
  }
  st.map = b.finish();
  return st;
}

bool contains(Span outer, Span inner) {
  return inner.empty() ? (outer.begin <= inner.begin && inner.begin <= outer.end)
                       : (outer.begin <= inner.begin && inner.end <= outer.end);
}

void check_partition(const OffsetMap& m) {
  std::size_t covered = 0;
  for (std::size_t o = 0; o < m.output_size(); ++o) {
    Span s = m.map({o, o + 1});
    REQUIRE(s.begin <= s.end);
    REQUIRE(s.begin <= covered);  // monotone; atomic edits may repeat a range
    REQUIRE(s.end >= covered);
    covered = s.end;
  }
  if (m.output_size() > 0) REQUIRE(covered == m.source_size());
}

}  // namespace

TEST_CASE("random single stages: truthful, monotone, covering") {
  Rng rng{0x1234567ull};
  for (int iter = 0; iter < 3000; ++iter) {
    std::size_t n = rng.below(40);
    Stage st = random_stage(n, rng);
    REQUIRE(st.map.source_size() == n);
    REQUIRE(st.map.output_size() == st.origin.size());
    for (std::size_t o = 0; o < st.origin.size(); ++o) {
      Span got = st.map.map({o, o + 1});
      REQUIRE(contains(got, st.origin[o]));
      if (st.copied[o] && st.map.edits().empty()) REQUIRE(got == st.origin[o]);
    }
    check_partition(st.map);
  }
}

TEST_CASE("compose two random stages") {
  Rng rng{0xABCDEF12345ull};
  for (int iter = 0; iter < 3000; ++iter) {
    std::size_t n = rng.below(40);
    Stage first = random_stage(n, rng);
    Stage second = random_stage(first.origin.size(), rng);
    OffsetMap both = geul::compose(first.map, second.map);
    REQUIRE(both.source_size() == n);
    REQUIRE(both.output_size() == second.origin.size());
    for (std::size_t o = 0; o < second.origin.size(); ++o) {
      // True origin: the union of the first-stage origins of the mid bytes.
      Span mid = second.origin[o];
      Span truth{0, 0};
      if (mid.empty()) {
        Span at = first.map.map({mid.begin, mid.begin});
        truth = {at.begin, at.begin};
      } else {
        truth = {first.origin[mid.begin].begin, first.origin[mid.end - 1].end};
        for (std::size_t m = mid.begin; m < mid.end; ++m) {
          truth.begin = std::min(truth.begin, first.origin[m].begin);
          truth.end = std::max(truth.end, first.origin[m].end);
        }
      }
      Span got = both.map({o, o + 1});
      CAPTURE(iter);
      CAPTURE(o);
      REQUIRE(contains(got, truth));
      // Bytes copied through both stages with no edit nearby map exactly.
      if (second.copied[o] && first.copied[mid.begin] && both.edits().empty()) REQUIRE(got == truth);
    }
    check_partition(both);
  }
}
