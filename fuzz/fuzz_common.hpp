// Shared by the libFuzzer harnesses: a check that always aborts (sanitizers
// and libFuzzer then save the input), an independent UTF-8 validator, and the
// OffsetMap invariants every stage that rewrites text must keep.
#ifndef GEUL_FUZZ_COMMON_HPP
#define GEUL_FUZZ_COMMON_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <geul/text/offsets.hpp>
#include <geul/unicode/utf8.hpp>

// Not assert(): it must stay on in every build type.
#define FUZZ_CHECK(cond)                                                                  \
  do {                                                                                    \
    if (!(cond)) {                                                                        \
      std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                       \
    }                                                                                     \
  } while (0)

namespace fuzz {

inline std::string_view as_view(const std::uint8_t* data, std::size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

// A deterministic 64-bit hash of the input, used to pick option variants
// without consuming input bytes (seeds stay plain text).
inline std::uint64_t hash(std::string_view s) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

// Written from Unicode Table 3-7, independently of geul's decoder.
inline bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, lo = 0xA0;
    else if (c == 0xED) len = 3, hi = 0x9F;
    else if (c >= 0xE1 && c <= 0xEF) len = 3;
    else if (c == 0xF0) len = 4, lo = 0x90;
    else if (c == 0xF4) len = 4, hi = 0x8F;
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else return false;
    if (n - i < len) return false;
    if (p[i + 1] < lo || p[i + 1] > hi) return false;
    for (std::size_t k = 2; k < len; ++k)
      if ((p[i + k] & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

// Is byte i of s the first byte of a code point when s is read as decode_one
// reads it (ill-formed subparts count as one)? `starts` has s.size()+1 flags.
inline std::string code_point_starts(std::string_view s) {
  std::string starts(s.size() + 1, '\0');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0;
  while (i < s.size()) {
    starts[i] = 1;
    char32_t cp;
    i += geul::detail::decode_one(p + i, p + s.size(), cp);
  }
  starts[s.size()] = 1;
  return starts;
}

// The OffsetMap contract (text/offsets.hpp): edits sorted and disjoint in both
// coordinates, identity stretches of equal length between them, sizes right;
// map_begin/map_end monotone and inside the source; a range mapped at a point
// outside every edit ends where the next one begins (consecutive ranges
// partition the source); and, when `verbatim` (a map of a rewrite of the same
// encoding), bytes outside edits are copies.
inline void check_offset_map(const geul::OffsetMap& m, std::string_view source, std::string_view output,
                             bool verbatim = true) {
  FUZZ_CHECK(m.source_size() == source.size());
  FUZZ_CHECK(m.output_size() == output.size());
  std::size_t out = 0, in = 0;
  for (const geul::Edit& e : m.edits()) {
    FUZZ_CHECK(e.out_begin >= out && e.in_begin >= in);
    FUZZ_CHECK(e.out_begin - out == e.in_begin - in);  // identity stretch before it
    if (verbatim) FUZZ_CHECK(output.compare(out, e.out_begin - out, source.substr(in, e.in_begin - in)) == 0);
    FUZZ_CHECK(e.out_begin <= e.out_end && e.in_begin <= e.in_end);
    FUZZ_CHECK(!(e.out_begin == e.out_end && e.in_begin == e.in_end));
    out = e.out_end;
    in = e.in_end;
  }
  FUZZ_CHECK(out <= output.size() && in <= source.size());
  FUZZ_CHECK(output.size() - out == source.size() - in);
  if (verbatim) FUZZ_CHECK(output.compare(out, std::string_view::npos, source.substr(in)) == 0);

  // Positions strictly inside an edit's output side (atomic: not a partition point).
  std::string inside(output.size() + 1, '\0');
  for (const geul::Edit& e : m.edits())
    for (std::size_t o = e.out_begin + 1; o < e.out_end; ++o) inside[o] = 1;
  FUZZ_CHECK(m.map_begin(0) == 0);
  FUZZ_CHECK(m.map_end(output.size()) == source.size());
  std::size_t prev_begin = 0, prev_end = 0;
  for (std::size_t o = 0; o <= output.size(); ++o) {
    std::size_t b = m.map_begin(o), e = m.map_end(o);
    FUZZ_CHECK(b <= source.size() && e <= source.size());
    FUZZ_CHECK(b >= prev_begin && e >= prev_end);
    if (!inside[o] && o > 0 && o < output.size()) FUZZ_CHECK(b == e);  // the ends own what is deleted there
    prev_begin = b, prev_end = e;
    if (o < output.size()) {
      geul::Span one = m.map({o, o + 1});
      FUZZ_CHECK(one.begin <= one.end && one.end <= source.size());
      geul::Span tight = m.map_tight({o, o + 1});
      FUZZ_CHECK(tight.begin >= one.begin && tight.end <= one.end);
    }
  }
}

}  // namespace fuzz

#endif  // GEUL_FUZZ_COMMON_HPP
