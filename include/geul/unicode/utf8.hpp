// geul — UTF-8: validation, decoding one code point, and repair of raw bytes.
//
// Repair follows the "maximal subpart" practice of Unicode ch. 3 (U+FFFD
// Substitution of Maximal Subparts), which is also what ICU and the WHATWG
// Encoding Standard do: each maximal prefix of a well-formed sequence, or each
// single byte that cannot start one, becomes one U+FFFD.
#ifndef GEUL_UNICODE_UTF8_HPP
#define GEUL_UNICODE_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <utf8/core.h>
#include <utf8/unchecked.h>

#include "../config.hpp"
#include "../diagnostics.hpp"
#include "../text/offsets.hpp"

// SSE2 (every x86-64) speeds up the scans of already-clean text; other
// targets (WebAssembly, ARM) use the portable loops, with identical results.
#if defined(__SSE2__) && !defined(GEUL_NO_SIMD)
#include <emmintrin.h>
#define GEUL_SSE2 1
#else
#define GEUL_SSE2 0
#endif

namespace geul {

inline constexpr char32_t replacement_character = 0xFFFD;

namespace detail {

#if GEUL_SSE2
// Sixteen bytes at p (a character start; needs end - p >= 18) checked at once
// for "ASCII or precomposed Hangul syllable", the text NFC/NFKC skip. Bit i of
// `ok` is set when byte i belongs to such a character (a syllable's bytes are
// all checked from its lead, even past the window); bit i of `starts` when
// byte i starts a character.
inline void fast_composed_window(const unsigned char* p, unsigned& ok, unsigned& starts) noexcept {
  auto load = [](const unsigned char* q) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(q)); };
  auto splat = [](int b) { return _mm_set1_epi8(static_cast<char>(b)); };
  const __m128i v0 = load(p), v1 = load(p + 1), v2 = load(p + 2);
  // Signed byte compares: 0x80..0xBF are -128..-65, 0xEA..0xED are -22..-19.
  const __m128i ascii = _mm_cmpgt_epi8(v0, splat(-1));
  const __m128i lead = _mm_and_si128(_mm_cmpgt_epi8(v0, splat(0xE9)), _mm_cmplt_epi8(v0, splat(0xEE)));
  const __m128i cont0 = _mm_cmplt_epi8(v0, splat(0xC0));
  const __m128i cont1 = _mm_cmplt_epi8(v1, splat(0xC0));
  const __m128i cont2 = _mm_cmplt_epi8(v2, splat(0xC0));
  // U+AC00..U+D7A3 = EA B0 80 .. ED 9E A3: EA needs a second byte >= B0; ED one
  // below 9E, or 9E with a third byte <= A3.
  const __m128i below_ac00 = _mm_and_si128(_mm_cmpeq_epi8(v0, splat(0xEA)), _mm_cmplt_epi8(v1, splat(0xB0)));
  const __m128i above_d7a3 = _mm_and_si128(
      _mm_cmpeq_epi8(v0, splat(0xED)),
      _mm_or_si128(_mm_cmpgt_epi8(v1, splat(0x9E)),
                   _mm_and_si128(_mm_cmpeq_epi8(v1, splat(0x9E)), _mm_cmpgt_epi8(v2, splat(0xA3)))));
  const __m128i syllable =
      _mm_andnot_si128(_mm_or_si128(below_ac00, above_d7a3), _mm_and_si128(lead, _mm_and_si128(cont1, cont2)));
  // A continuation byte is fine when a lead sits one or two bytes before it.
  const __m128i covered = _mm_or_si128(_mm_slli_si128(lead, 1), _mm_slli_si128(lead, 2));
  const __m128i good = _mm_or_si128(_mm_or_si128(ascii, syllable), _mm_and_si128(cont0, covered));
  ok = static_cast<unsigned>(_mm_movemask_epi8(good));
  starts = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(ascii, lead)));
}

// Bit i set when byte i of the sixteen at p equals b.
inline unsigned byte_mask16(const unsigned char* p, unsigned char b) noexcept {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(b)))));
}

inline unsigned highest_bit(unsigned v) noexcept { return 31u - static_cast<unsigned>(__builtin_clz(v)); }
inline unsigned lowest_bit(unsigned v) noexcept { return static_cast<unsigned>(__builtin_ctz(v)); }
#endif


// Eight bytes at a time: are they all ASCII?
inline bool all_ascii8(const unsigned char* p) noexcept {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return (v & 0x8080808080808080ull) == 0;
}

// Eight bytes at a time: does any equal `b`? (the classic has-zero-byte trick)
inline bool has_byte8(const unsigned char* p, unsigned char b) noexcept {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  v ^= 0x0101010101010101ull * b;
  return ((v - 0x0101010101010101ull) & ~v & 0x8080808080808080ull) != 0;
}

// Decodes the code point at p (p < end). Returns the bytes consumed (>= 1).
// On an ill-formed sequence sets cp = U+FFFD and consumes its maximal subpart.
inline std::size_t decode_one(const unsigned char* p, const unsigned char* end,
                              char32_t& cp) noexcept {
  unsigned char b0 = p[0];
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t avail = static_cast<std::size_t>(end - p);
  // Allowed range of the second byte depends on the lead (Unicode Table 3-7).
  unsigned char lo = 0x80, hi = 0xBF;
  std::size_t need;
  char32_t v;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 2, v = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 3, v = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 4, v = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    cp = replacement_character;
    return 1;
  }
  for (std::size_t i = 1; i < need; ++i) {
    if (i >= avail) {
      cp = replacement_character;
      return i;
    }
    unsigned char b = p[i];
    if (b < lo || b > hi) {
      cp = replacement_character;
      return i;
    }
    lo = 0x80, hi = 0xBF;
    v = (v << 6) | (b & 0x3F);
  }
  cp = v;
  return need;
}

// Writes cp as UTF-8 at out (room for 4 bytes); returns the bytes written.
inline std::size_t encode_one(char32_t cp, char* out) noexcept {
  char* end = utf8::unchecked::append(static_cast<std::uint32_t>(cp), out);
  return static_cast<std::size_t>(end - out);
}

}  // namespace detail

inline void append_utf8(std::string& out, char32_t cp) {
  char buf[4];
  out.append(buf, detail::encode_one(cp, buf));
}

inline std::string to_utf8(char32_t cp) {
  std::string s;
  append_utf8(s, cp);
  return s;
}

// Length in bytes of the well-formed prefix of `s`.
inline std::size_t valid_utf8_prefix(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  const auto* q = p;
  while (true) {
    while (end - q >= 8 && detail::all_ascii8(q)) q += 8;
    if (q == end) break;
    // Let utfcpp validate up to the next ASCII run.
    const unsigned char* bad = utf8::find_invalid(q, end);
    return static_cast<std::size_t>(bad - p);
  }
  return s.size();
}

inline bool is_valid_utf8(std::string_view s) noexcept {
  return valid_utf8_prefix(s) == s.size();
}

// Number of code points, counting each ill-formed subpart as one (as U+FFFD).
inline std::size_t count_code_points(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  std::size_t n = 0;
  char32_t cp;
  while (p < end) {
    p += detail::decode_one(p, end, cp);
    ++n;
  }
  return n;
}

// Calls f(code_point, byte_offset, byte_length) for each code point.
template <class F>
void for_each_code_point(std::string_view s, F&& f) {
  const auto* base = reinterpret_cast<const unsigned char*>(s.data());
  const auto* p = base;
  const auto* end = p + s.size();
  char32_t cp;
  while (p < end) {
    std::size_t n = detail::decode_one(p, end, cp);
    f(cp, static_cast<std::size_t>(p - base), n);
    p += n;
  }
}

struct DecodeOptions {
  bool strip_bom = true;           // drop a leading U+FEFF
  bool normalize_newlines = true;  // CRLF and lone CR -> LF
  std::size_t max_diagnostics = 64;  // per kind; the rest are counted in a summary
};

// Text that is valid UTF-8, with a map back to the bytes it came from.
struct DecodedText {
  std::string text;
  OffsetMap map;  // text -> input bytes
  Diagnostics diagnostics;
};

namespace detail {

// What decode_utf8 counts for its summary diagnostics. Text decoded in pieces
// (clean.hpp's normalize_news) adds up the pieces' counts and writes the
// summaries once, as one call over the whole text would.
struct DecodeCounts {
  std::size_t invalid = 0;        // ill-formed sequences, listed or not
  std::size_t newlines = 0;       // CR and CRLF line endings converted
  std::size_t first_newline = 0;  // input offset of the first
  void add(const DecodeCounts& piece, std::size_t piece_offset) noexcept {
    if (newlines == 0 && piece.newlines) first_newline = piece_offset + piece.first_newline;
    newlines += piece.newlines;
    invalid += piece.invalid;
  }
};

// The summary diagnostics after the listed ones (`input_size`: where the
// summary of unlisted sequences points).
inline void add_decode_summaries(const DecodeCounts& c, std::size_t input_size, const DecodeOptions& opt,
                                 Diagnostics& out) {
  if (c.invalid > opt.max_diagnostics) {
    char msg[96];
    std::snprintf(msg, sizeof msg, "%zu further invalid UTF-8 sequences replaced by U+FFFD (not listed)",
                  c.invalid - opt.max_diagnostics);
    out.push_back({DiagnosticKind::invalid_utf8, input_size, 0, msg});
  }
  if (c.newlines) {
    char msg[80];
    std::snprintf(msg, sizeof msg, "converted %zu CR or CRLF line ending%s to LF", c.newlines,
                  c.newlines == 1 ? "" : "s");
    out.push_back({DiagnosticKind::newline_converted, c.first_newline, 0, msg});
  }
}

// decode_utf8 without the summary diagnostics: lists the first
// opt.max_diagnostics ill-formed sequences and counts everything in `counts`.
inline DecodedText decode_utf8_counted(std::string_view bytes, const DecodeOptions& opt, DecodeCounts& counts) {
  DecodedText r;
  r.text.reserve(bytes.size());
  OffsetMapBuilder map;
  const auto* base = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* p = base;
  const auto* end = p + bytes.size();
  std::size_t invalid_count = 0, newline_count = 0, first_newline = 0;

  if (opt.strip_bom && bytes.size() >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF) {
    map.replace(3, 0);
    p += 3;
    r.diagnostics.push_back({DiagnosticKind::bom_removed, 0, 3, "removed a leading byte order mark (U+FEFF)"});
  }
  const auto* run = p;  // start of bytes pending a verbatim copy
  auto flush = [&](const unsigned char* upto) {
    r.text.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(upto - run));
    map.copy(static_cast<std::size_t>(upto - run));
  };
  while (p < end) {
    while (end - p >= 8 && detail::all_ascii8(p) &&
           !(opt.normalize_newlines && detail::has_byte8(p, '\r')))
      p += 8;
    if (p == end) break;
    unsigned char c = *p;
    if (c < 0x80) {
      if (c == '\r' && opt.normalize_newlines) {
        flush(p);
        std::size_t len = (p + 1 < end && p[1] == '\n') ? 2 : 1;
        if (newline_count++ == 0) first_newline = static_cast<std::size_t>(p - base);
        r.text.push_back('\n');
        map.replace(len, 1);  // the LF stands for the whole CRLF
        p += len;
        run = p;
        continue;
      }
      ++p;
      continue;
    }
#if GEUL_SSE2
    // Sixteen bytes of ASCII (without CR) and Hangul syllables at once.
    if (end - p >= 18) {
      unsigned ok, starts;
      detail::fast_composed_window(p, ok, starts);
      if (ok == 0xFFFF && !(opt.normalize_newlines && detail::byte_mask16(p, '\r'))) {
        unsigned last = detail::highest_bit(starts);
        p += last + (p[last] < 0x80 ? 1 : 3);
        continue;
      }
    }
#endif
    // Well-formed 2- and 3-byte sequences whose lead puts no limit on the
    // second byte (E1–EC, EE, EF; not E0 or ED): skip them without decoding.
    if ((c - 0xE1u < 12u || c - 0xEEu < 2u) && end - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
      p += 3;
      continue;
    }
    if (c - 0xC2u < 30u && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
      p += 2;
      continue;
    }
    char32_t cp;
    std::size_t n = detail::decode_one(p, end, cp);
    // A real U+FFFD in the input (EF BF BD) is well-formed and kept as is.
    if (GEUL_LIKELY(cp != replacement_character || (n == 3 && p[0] == 0xEF))) {
      p += n;
      continue;
    }
    flush(p);
    std::size_t offset = static_cast<std::size_t>(p - base);
    if (invalid_count++ < opt.max_diagnostics) {
      char msg[96];
      std::snprintf(msg, sizeof msg, "invalid UTF-8 (%zu byte%s, first 0x%02X) replaced by U+FFFD", n,
                    n == 1 ? "" : "s", static_cast<unsigned>(p[0]));
      r.diagnostics.push_back({DiagnosticKind::invalid_utf8, offset, n, msg});
    }
    r.text.append("\xEF\xBF\xBD");
    map.replace(n, 3);
    p += n;
    run = p;
  }
  flush(end);
  counts = DecodeCounts{invalid_count, newline_count, first_newline};
  r.map = map.finish();
  return r;
}

}  // namespace detail

// Repairs raw bytes into valid UTF-8 (see the file comment). Nothing else is
// changed: every input byte is either copied or accounted for in `map`.
inline DecodedText decode_utf8(std::string_view bytes, const DecodeOptions& opt = {}) {
  detail::DecodeCounts counts;
  DecodedText r = detail::decode_utf8_counted(bytes, opt, counts);
  detail::add_decode_summaries(counts, bytes.size(), opt, r.diagnostics);
  return r;
}

}  // namespace geul

#endif  // GEUL_UNICODE_UTF8_HPP
