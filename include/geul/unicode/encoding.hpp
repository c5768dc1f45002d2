// geul — legacy Korean encodings: detect and decode CP949 / EUC-KR and UTF-16
// (and UTF-8, with or without a BOM) to UTF-8.
//
//   DecodeResult r = geul::decode_to_utf8(bytes);          // detects, then decodes
//   r.text (UTF-8), r.encoding, r.confidence, r.diagnostics, r.map (text -> bytes)
//   EncodingGuess g = geul::detect_encoding(bytes);        // only the guess
//   geul::decode_to_utf8_append(bytes, Encoding::cp949, out);  // no map, no diagnostics
//
// Decoding. CP949 is the Unified Hangul Code (Windows code page 949): KS X 1001
// (EUC-KR: 2,350 syllables, symbols, 4,888 Hanja) plus the 8,822 other modern
// syllables; `euc_kr` accepts the KS X 1001 part only. Tables come from
// Python's cp949 codec (tools/gen_cp949_tables.py), which glibc's iconv CP949
// matches on every two-byte code. Ill-formed input becomes U+FFFD and an
// `invalid_encoding` diagnostic (byte offset and length in the input):
//   * a byte that cannot start a character (0x80, 0xFF; in EUC-KR also
//     0x81..0xA0), or a lead byte at the end of the input: one byte;
//   * a lead byte followed by a byte that cannot be its trail byte: the lead
//     alone, and the next byte is read again (so ASCII after a bad lead byte is
//     never swallowed, as in the WHATWG Encoding Standard);
//   * a lead and a non-ASCII trail byte that fit together but name no
//     character (rows C9 and FE, gaps in the symbol rows): both bytes;
//   * UTF-16: an unpaired surrogate, two bytes; an odd last byte, one byte.
// A BOM (UTF-8 EF BB BF, UTF-16 FF FE / FE FF) is removed and reported
// (`bom_removed`); a conversion from anything but UTF-8 is reported as an
// `encoding_converted` diagnostic at offset 0 that names the encoding. UTF-8
// input is repaired by decode_utf8 (unicode/utf8.hpp) and nothing else: line
// endings are left alone here.
//
// Detection (detect_encoding, and Encoding::auto_detect). A BOM decides.
// Otherwise every candidate — UTF-8, CP949 (which covers EUC-KR), UTF-16LE,
// UTF-16BE — decodes the bytes and is scored under one unigram model of Korean
// text: the sum over the decoded characters of a log-probability by class
// (ASCII, frequent Hangul syllables, other KS X 1001 syllables, the rare
// extension syllables, Hanja, punctuation, other scripts, controls, private
// use) with a fixed penalty per ill-formed sequence, plus a prior that favours
// UTF-8 (legacy: -2, BOM-less UTF-16: -5 nats). The best total wins; its
// `confidence` is its posterior probability among the candidates that would
// decode differently (pure ASCII decodes the same in UTF-8 and CP949: 1.0).
// Candidates 40 nats behind are dropped as the scan goes (steps of 128 bytes,
// doubling) and it stops when one is left, so clear inputs cost a few hundred
// bytes of scanning. Short
// inputs work because a Hangul syllable in CP949 starts with a byte UTF-8
// cannot continue, and because the frequent-syllable tier separates real text
// from the random syllables a wrong reading produces.
// When unsure it prefers UTF-8: ties go to UTF-8, and a non-UTF-8 winner that
// does not read as text — its non-ASCII characters average below -12.5 nats,
// or 40 characters or more hold less than one space or punctuation mark per 40
// (random bytes, binary data, text in an encoding geul does not know) — is
// rejected for UTF-8 with confidence 0.
// A legacy winner is labelled `euc_kr` when every two-byte code is KS X 1001,
// `cp949` when an extension syllable occurs (the decoding is the same).
// Limits: single-byte Latin-1/Windows-1252, Shift_JIS, GBK and Big5 are not
// recognised (they come out as UTF-8 with repairs, or as CP949 mojibake);
// glibc's EUC-KR also maps 0x80..0x9F to C1 controls and A2E8 to U+327E,
// which `euc_kr` (the strict KS X 1001 subset of CP949) does not.
#ifndef GEUL_UNICODE_ENCODING_HPP
#define GEUL_UNICODE_ENCODING_HPP

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "../config.hpp"
#include "../diagnostics.hpp"
#include "../text/offsets.hpp"
#include "cp949_tables.hpp"
#include "utf8.hpp"

namespace geul {

enum class Encoding : unsigned char {
  auto_detect,  // a request: detect (never a result)
  utf8,
  utf16,        // a request: UTF-16, byte order from the BOM, else detected (never a result)
  utf16le,
  utf16be,
  cp949,        // Unified Hangul Code (Windows-949), a superset of EUC-KR
  euc_kr,       // KS X 1001 in EUC form
};

inline const char* to_string(Encoding e) noexcept {
  switch (e) {
    case Encoding::auto_detect: return "auto";
    case Encoding::utf8: return "utf-8";
    case Encoding::utf16: return "utf-16";
    case Encoding::utf16le: return "utf-16le";
    case Encoding::utf16be: return "utf-16be";
    case Encoding::cp949: return "cp949";
    case Encoding::euc_kr: return "euc-kr";
  }
  return "utf-8";
}

// Accepts the names people write, case-insensitively and ignoring '-', '_'
// and spaces: auto; utf-8 / utf8; utf-16, utf-16le, utf-16be; cp949, ms949,
// windows-949, uhc, ks_c_5601-1987 (what web pages call CP949); euc-kr,
// ks_x_1001. Returns false (and leaves `out` alone) for anything else.
inline bool parse_encoding_name(std::string_view name, Encoding& out) noexcept {
  char buf[24];
  std::size_t n = 0;
  for (char c : name) {
    if (c == '-' || c == '_' || c == ' ') continue;
    if (n == sizeof buf) return false;
    buf[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view k(buf, n);
  struct Name {
    std::string_view key;
    Encoding value;
  };
  static constexpr Name names[] = {
      {"auto", Encoding::auto_detect}, {"utf8", Encoding::utf8},       {"utf16", Encoding::utf16},
      {"utf16le", Encoding::utf16le},  {"utf16be", Encoding::utf16be}, {"cp949", Encoding::cp949},
      {"ms949", Encoding::cp949},      {"windows949", Encoding::cp949}, {"xwindows949", Encoding::cp949},
      {"uhc", Encoding::cp949},        {"ksc56011987", Encoding::cp949}, {"euckr", Encoding::euc_kr},
      {"ksx1001", Encoding::euc_kr},
  };
  for (const Name& e : names)
    if (e.key == k) {
      out = e.value;
      return true;
    }
  return false;
}

// Whether text in this encoding needs converting to become UTF-8.
constexpr bool needs_conversion(Encoding e) noexcept {
  return e != Encoding::utf8 && e != Encoding::auto_detect;
}

struct EncodingGuess {
  Encoding encoding = Encoding::utf8;
  double confidence = 1.0;  // 0..1 (see the file comment)
  bool bom = false;         // decided by a byte order mark
};

struct EncodingDecodeOptions {
  std::size_t max_diagnostics = 64;  // per kind; the rest are counted in a summary
};

struct DecodeResult {
  std::string text;                     // valid UTF-8
  OffsetMap map;                        // text -> input bytes
  Encoding encoding = Encoding::utf8;   // what was decoded (never auto_detect or utf16)
  double confidence = 1.0;              // of the detection; 1.0 when the encoding was given
  bool bom = false;                     // a BOM was removed
  Diagnostics diagnostics;              // offsets are input bytes
};

namespace detail {

// ───────────────────────────── CP949 / EUC-KR ─────────────────────────────

// The `n`-th syllable (code order) missing from KS X 1001: binary search for
// the number of KS syllables before it (cp949_ks_hangul[j] - U+AC00 - j counts
// the missing syllables below the j-th KS one).
inline char32_t cp949_extension_syllable(unsigned n) noexcept {
  unsigned lo = 0, hi = 2350;
  while (lo < hi) {
    unsigned mid = (lo + hi) / 2;
    if (cp949_ks_hangul[mid] - 0xAC00u - mid <= n) lo = mid + 1;
    else hi = mid;
  }
  return static_cast<char32_t>(0xAC00u + n + lo);
}

// A KS X 1001 code (both bytes A1..FE) → code point, 0 when unmapped.
inline char32_t ks_x_1001_pair(unsigned lead, unsigned trail) noexcept {
  unsigned t = trail - 0xA1u;
  if (lead - 0xB0u < 25u) return cp949_ks_hangul[(lead - 0xB0u) * 94u + t];
  unsigned slot;
  if (lead - 0xA1u < 12u) slot = lead - 0xA1u;
  else if (lead - 0xCAu < 52u) slot = lead - 0xCAu + 12u;
  else return 0;
  return cp949_ks_other[slot * 94u + t];
}

// A CP949 two-byte code → code point, 0 when unmapped; `extension` is set for
// a Unified Hangul Code extension syllable.
inline char32_t cp949_pair(unsigned lead, unsigned trail, bool& extension) noexcept {
  if (trail - 0xA1u < 0x5Eu && lead >= 0xA1u) return ks_x_1001_pair(lead, trail);
  if (lead > 0xC6u) return 0;
  unsigned t;  // trail's index among 41..5A, 61..7A, 81..FE
  if (trail - 0x41u < 26u) t = trail - 0x41u;
  else if (trail - 0x61u < 26u) t = trail - 0x61u + 26u;
  else if (trail - 0x81u < 0x7Eu) t = trail - 0x81u + 52u;
  else return 0;
  unsigned index;
  if (lead < 0xA1u) {
    index = (lead - 0x81u) * 178u + t;  // rows 81..A0 use all 178 trails
  } else {
    if (t >= 84u) return 0;  // the KS X 1001 square, handled above
    index = 32u * 178u + (lead - 0xA1u) * 84u + t;
    if (index >= 8822u) return 0;  // C6 53 and later
  }
  extension = true;
  return cp949_extension_syllable(index);
}

// Hands the run of ASCII bytes at pos (up to `limit`) to sink.ascii and
// returns where it ends: the shared first step of the range decoders.
template <class Sink>
inline std::size_t pass_ascii(const unsigned char* s, std::size_t pos, std::size_t limit, Sink& sink) {
  std::size_t a = pos;
  while (limit - a >= 8 && all_ascii8(s + a)) a += 8;
  while (a < limit && s[a] < 0x80) ++a;
  if (a > pos) sink.ascii(pos, a - pos);
  return a;
}

// Decodes the characters that start in [pos, limit) of s[0, size) and returns
// where it stopped (a character may run past `limit`). The sink gets:
//   ascii(offset, n)               n bytes of ASCII, to copy as they are
//   code_point(offset, len, cp)    a character from `len` input bytes
//   invalid(offset, len)           an ill-formed sequence (U+FFFD)
template <class Sink>
std::size_t decode_cp949_range(const unsigned char* s, std::size_t size, std::size_t pos, std::size_t limit,
                               bool euc_kr, Sink& sink, bool& extension) {
  const unsigned lowest_lead = euc_kr ? 0xA1u : 0x81u;
  while (pos < limit) {
    pos = pass_ascii(s, pos, limit, sink);
    if (pos >= limit) break;
    // The common case first: a run of KS X 1001 syllables (rows B0..C8).
    while (pos < limit && pos + 1 < size && s[pos] - 0xB0u < 25u && s[pos + 1] - 0xA1u < 0x5Eu) {
      sink.code_point(pos, 2, cp949_ks_hangul[(s[pos] - 0xB0u) * 94u + (s[pos + 1] - 0xA1u)]);
      pos += 2;
    }
    if (pos >= limit) break;
    unsigned lead = s[pos];
    if (lead < 0x80u) continue;
    if (lead < lowest_lead || lead == 0xFFu || pos + 1 >= size) {
      sink.invalid(pos, 1);
      ++pos;
      continue;
    }
    unsigned trail = s[pos + 1];
    char32_t cp;
    bool fits;  // a non-ASCII byte that can follow this lead
    if (euc_kr) {
      fits = trail - 0xA1u < 0x5Eu;
      cp = fits ? ks_x_1001_pair(lead, trail) : 0;
    } else {
      cp = cp949_pair(lead, trail, extension);
      fits = trail - 0x81u < 0x7Eu && (lead <= 0xC6u || trail >= 0xA1u);
    }
    if (GEUL_LIKELY(cp != 0)) {
      sink.code_point(pos, 2, cp);
      pos += 2;
      continue;
    }
    std::size_t n = fits ? 2 : 1;
    sink.invalid(pos, n);
    pos += n;
  }
  return pos;
}

// Whether the bytes contain a CP949 extension code (decoded as CP949).
inline bool has_cp949_extension(std::string_view bytes) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t size = bytes.size(), pos = 0;
  while (pos < size) {
    while (size - pos >= 8 && all_ascii8(s + pos)) pos += 8;
    if (pos >= size) break;
    unsigned lead = s[pos];
    if (lead < 0x81u || lead == 0xFFu || pos + 1 >= size) {
      ++pos;
      continue;
    }
    unsigned trail = s[pos + 1];
    if (trail - 0xA1u < 0x5Eu && lead >= 0xA1u) {
      pos += 2;  // KS X 1001, or an unmapped pair of that shape
      continue;
    }
    bool extension = false;
    if (cp949_pair(lead, trail, extension) != 0) return true;
    pos += (trail - 0x81u < 0x7Eu && lead <= 0xC6u) ? 2 : 1;
  }
  return false;
}

// ───────────────────────────── UTF-16 ─────────────────────────────

template <class Sink>
std::size_t decode_utf16_range(const unsigned char* s, std::size_t size, std::size_t pos, std::size_t limit,
                               bool big_endian, Sink& sink) {
  auto unit = [&](std::size_t i) -> unsigned {
    return big_endian ? (unsigned(s[i]) << 8 | s[i + 1]) : (unsigned(s[i + 1]) << 8 | s[i]);
  };
  while (pos < limit) {
    if (pos + 1 >= size) {  // an odd last byte
      sink.invalid(pos, 1);
      ++pos;
      continue;
    }
    unsigned u = unit(pos);
    if (GEUL_LIKELY(u - 0xD800u >= 0x800u)) {
      sink.code_point(pos, 2, static_cast<char32_t>(u));
      pos += 2;
      continue;
    }
    if (u < 0xDC00u && pos + 3 < size) {
      unsigned v = unit(pos + 2);
      if (v - 0xDC00u < 0x400u) {
        sink.code_point(pos, 4, static_cast<char32_t>(0x10000u + ((u - 0xD800u) << 10) + (v - 0xDC00u)));
        pos += 4;
        continue;
      }
    }
    sink.invalid(pos, 2);  // an unpaired surrogate
    pos += 2;
  }
  return pos;
}

// ───────────────────────────── sinks ─────────────────────────────

// Appends UTF-8 through a small buffer (a std::string append per character is slow).
struct Utf8Appender {
  const unsigned char* input;
  std::string& out;
  std::size_t replacements = 0;
  char buf[4096];
  std::size_t used = 0;

  Utf8Appender(const unsigned char* in, std::string& o) : input(in), out(o) {}
  void flush() {
    out.append(buf, used);
    used = 0;
  }
  void ascii(std::size_t offset, std::size_t n) {
    if (n > sizeof buf / 4) {
      flush();
      out.append(reinterpret_cast<const char*>(input + offset), n);
      return;
    }
    if (used + n > sizeof buf) flush();
    std::memcpy(buf + used, input + offset, n);
    used += n;
  }
  void put(char32_t cp) {
    if (used + 4 > sizeof buf) flush();
    if (cp >= 0x800 && cp < 0x10000) {  // every syllable and Hanja: inline the common case
      buf[used] = static_cast<char>(0xE0 | (cp >> 12));
      buf[used + 1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buf[used + 2] = static_cast<char>(0x80 | (cp & 0x3F));
      used += 3;
    } else {
      used += encode_one(cp, buf + used);
    }
  }
  void code_point(std::size_t, std::size_t, char32_t cp) { put(cp); }
  void invalid(std::size_t, std::size_t) {
    ++replacements;
    put(replacement_character);
  }
};

// Builds the text, its OffsetMap (one edit per converted character, so every
// output byte maps back to exactly its input character) and diagnostics.
struct MappedDecoder {
  const unsigned char* input;
  std::string& text;
  OffsetMapBuilder map;
  Diagnostics& diagnostics;
  const char* encoding_name;
  std::size_t max_diagnostics;
  std::size_t invalid_count = 0;

  void ascii(std::size_t offset, std::size_t n) {
    text.append(reinterpret_cast<const char*>(input + offset), n);
    map.copy(n);
  }
  void code_point(std::size_t, std::size_t len, char32_t cp) {
    char b[4];
    std::size_t n = encode_one(cp, b);
    text.append(b, n);
    map.replace(len, n);
  }
  void invalid(std::size_t offset, std::size_t len) {
    text.append("\xEF\xBF\xBD");
    map.replace(len, 3);
    if (invalid_count++ >= max_diagnostics) return;
    char msg[112];
    if (len == 1)
      std::snprintf(msg, sizeof msg, "invalid %s (byte 0x%02X) replaced by U+FFFD", encoding_name,
                    static_cast<unsigned>(input[offset]));
    else
      std::snprintf(msg, sizeof msg, "invalid %s (bytes 0x%02X 0x%02X) replaced by U+FFFD", encoding_name,
                    static_cast<unsigned>(input[offset]), static_cast<unsigned>(input[offset + 1]));
    diagnostics.push_back({DiagnosticKind::invalid_encoding, offset, len, msg});
  }
  void finish_diagnostics(std::size_t input_size) {
    if (invalid_count <= max_diagnostics) return;
    char msg[112];
    std::snprintf(msg, sizeof msg, "%zu further invalid %s sequences replaced by U+FFFD (not listed)",
                  invalid_count - max_diagnostics, encoding_name);
    diagnostics.push_back({DiagnosticKind::invalid_encoding, input_size, 0, msg});
  }
};

// ───────────────────────────── detection ─────────────────────────────

// Tier of a Hangul syllable: 0 extension (not KS X 1001), 1 KS X 1001, 2 frequent.
inline unsigned hangul_tier(char32_t cp) noexcept {
  unsigned i = static_cast<unsigned>(cp - 0xAC00u);
  return (hangul_syllable_tier[i >> 2] >> ((i & 3u) * 2u)) & 3u;
}

// The model: log-probability (nats) of one character of Korean (news) text.
inline double char_log_likelihood(char32_t c) noexcept {
  if (c < 0x80) {
    if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t') return -4.5;
    return c == 0 ? -20.0 : -16.0;  // controls: NUL is the mark of UTF-16 read as bytes
  }
  if (c - 0xAC00u < 11172u) {
    unsigned tier = hangul_tier(c);
    return tier == 2 ? -5.5 : tier == 1 ? -9.0 : -14.5;
  }
  if (c < 0xA0) return -18.0;                    // C1 controls
  if (c < 0x100) return (c < 0xC0 || c == 0xD7 || c == 0xF7) ? -10.0 : -10.5;  // Latin-1
  if (c < 0x250) return -13.0;                   // Latin Extended
  if (c < 0x370) return -14.0;                   // IPA, modifier letters
  if (c < 0x500) return -12.0;                   // Greek, Cyrillic (KS X 1001 has both)
  if (c < 0x1100) return -15.0;                  // other scripts
  if (c < 0x1200) return -14.0;                  // conjoining jamo
  if (c < 0x2000) return -15.0;
  if (c < 0x2070) return -8.0;                   // general punctuation: “ ” ‘ ’ … · —
  if (c < 0x2C00) return -10.0;                  // letterlike, arrows, math, box, shapes, ①
  if (c < 0x3000) return -15.0;
  if (c < 0x3040) return -9.0;                   // CJK punctuation 「 」 《 》
  if (c < 0x3100) return -12.0;                  // kana
  if (c < 0x3130) return -15.0;
  if (c < 0x3190) return -9.0;                   // compatibility jamo: ㅋㅋ, ㄱ
  if (c < 0x3200) return -15.0;
  if (c < 0x3400) return -10.0;                  // ㈜, ㎞, ㉠
  if (c < 0x4E00) return -16.0;                  // CJK extension A
  if (c < 0xA000) return -11.0;                  // Hanja
  if (c < 0xAC00) return -16.0;
  if (c < 0xE000) return -16.0;                  // Hangul Jamo Extended-B, (surrogates never get here)
  if (c < 0xF900) return -18.0;                  // private use
  if (c < 0xFB00) return -13.0;                  // CJK compatibility ideographs
  if (c < 0xFE30) return -16.0;
  if (c < 0xFE50) return -12.0;                  // CJK compatibility forms
  if (c < 0xFF00) return -16.0;
  if (c < 0xFFF0) return -10.0;                  // fullwidth and halfwidth forms
  if (c == 0xFFFD) return -14.0;
  if (c < 0x10000) return -20.0;                 // specials, noncharacters
  if (c - 0x1F000u < 0xB00u) return -10.0;       // emoji
  return -17.0;
}

constexpr double invalid_log_likelihood = -20.0;

// Korean text rarely glues a Hangul syllable to a lowercase Latin letter
// ("café" read as CP949 does: caf + syllable); a small unigram model cannot see it.
constexpr double glued_latin_penalty = -2.5;

struct ScoreSink {
  const unsigned char* input;
  double score = 0;        // total log-likelihood (plus the prior)
  double special = 0;      // of the non-ASCII characters and the errors
  std::size_t special_count = 0;
  std::size_t chars = 0, separators = 0;  // spaces and punctuation: text has them, noise rarely
  enum Prev : unsigned char { prev_other, prev_lower, prev_syllable } prev = prev_other;

  static bool lower(unsigned c) noexcept { return c - 'a' < 26u; }
  static bool separator(char32_t c) noexcept {
    return (c < 0x80 && (c == ' ' || c == '\n' || c == '\t' || c == '\r' || (c > 0x20 && c < 0x30) ||
                         (c >= 0x3A && c < 0x41))) ||
           (c >= 0x2000 && c < 0x2070) || (c >= 0x3000 && c < 0x3040) || (c >= 0xFF01 && c < 0xFF10);
  }

  // Controls count with the non-ASCII characters: both are rare in text.
  static bool control(unsigned c) noexcept { return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F; }

  void ascii(std::size_t offset, std::size_t n) {
    if (prev == prev_syllable && lower(input[offset])) score += glued_latin_penalty;
    chars += n;
    for (std::size_t i = 0; i < n; ++i) {
      separators += separator(input[offset + i]);
      double l = char_log_likelihood(input[offset + i]);
      score += l;
      if (control(input[offset + i])) special += l, ++special_count;
    }
    prev = lower(input[offset + n - 1]) ? prev_lower : prev_other;
  }
  void code_point(std::size_t, std::size_t, char32_t cp) {
    double l = char_log_likelihood(cp);
    ++chars;
    separators += separator(cp);
    bool syllable = cp - 0xAC00u < 11172u;
    if (syllable && prev == prev_lower) l += glued_latin_penalty;
    if (cp < 0x80) {
      if (prev == prev_syllable && lower(cp)) l += glued_latin_penalty;
      prev = lower(cp) ? prev_lower : prev_other;
      score += l;
      if (control(cp)) special += l, ++special_count;
      return;
    }
    prev = syllable ? prev_syllable : prev_other;
    score += l;
    special += l;
    ++special_count;
  }
  void invalid(std::size_t, std::size_t) {
    ++chars;
    score += invalid_log_likelihood;
    special += invalid_log_likelihood;
    ++special_count;
    prev = prev_other;
  }
};

// UTF-8 through the same sink interface (decode_one's maximal subparts).
template <class Sink>
std::size_t decode_utf8_range(const unsigned char* s, std::size_t size, std::size_t pos, std::size_t limit,
                              Sink& sink) {
  while (pos < limit) {
    pos = pass_ascii(s, pos, limit, sink);
    if (pos >= limit) break;
    char32_t cp;
    std::size_t n = decode_one(s + pos, s + size, cp);
    if (cp == replacement_character && !(n == 3 && s[pos] == 0xEF)) sink.invalid(pos, n);
    else sink.code_point(pos, n, cp);
    pos += n;
  }
  return pos;
}

enum Candidate : unsigned { cand_utf8, cand_legacy, cand_utf16le, cand_utf16be, cand_count };

constexpr double detection_prior[cand_count] = {0.0, -2.0, -5.0, -5.0};
constexpr double detection_prune_margin = 40.0;
constexpr double detection_implausible = -12.5;  // mean nats of a non-ASCII character
constexpr std::size_t detection_chars_per_separator = 40;  // at most, in 40 characters or more
constexpr std::size_t detection_first_step = 128;  // then doubling, up to
constexpr std::size_t detection_max_step = 64 * 1024;

// Scores the candidates in `mask` (bit per Candidate) and picks one.
// `legacy_extension` tells whether the CP949 reading met an extension code
// (in the part it scanned). No BOM handling here.
inline EncodingGuess detect_among(std::string_view bytes, unsigned mask, bool& legacy_extension) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t size = bytes.size();
  ScoreSink sinks[cand_count] = {{s}, {s}, {s}, {s}};
  std::size_t pos[cand_count] = {0, 0, 0, 0};
  bool alive[cand_count];
  for (unsigned c = 0; c < cand_count; ++c) {
    alive[c] = (mask >> c) & 1u;
    sinks[c].score = detection_prior[c];
  }
  bool any_high = false;  // a byte >= 0x80: UTF-8 and CP949 read differently
  std::size_t step = detection_first_step;
  for (std::size_t limit = 0; limit < size;) {
    std::size_t from = limit;
    limit = size - limit > step ? limit + step : size;
    if (step < detection_max_step) step *= 2;
    for (std::size_t i = from; i < limit && !any_high; ++i) any_high = s[i] >= 0x80;
    if (alive[cand_utf8]) pos[cand_utf8] = decode_utf8_range(s, size, pos[cand_utf8], limit, sinks[cand_utf8]);
    if (alive[cand_legacy])
      pos[cand_legacy] = decode_cp949_range(s, size, pos[cand_legacy], limit, false, sinks[cand_legacy], legacy_extension);
    if (alive[cand_utf16le])
      pos[cand_utf16le] = decode_utf16_range(s, size, pos[cand_utf16le], limit, false, sinks[cand_utf16le]);
    if (alive[cand_utf16be])
      pos[cand_utf16be] = decode_utf16_range(s, size, pos[cand_utf16be], limit, true, sinks[cand_utf16be]);
    double best = -1e300;
    for (unsigned c = 0; c < cand_count; ++c)
      if (alive[c] && sinks[c].score > best) best = sinks[c].score;
    unsigned left = 0;
    for (unsigned c = 0; c < cand_count; ++c) {
      if (alive[c] && sinks[c].score < best - detection_prune_margin) alive[c] = false;
      left += alive[c];
    }
    if (left <= 1) break;
  }
  // The winner: the best score, earlier candidates (UTF-8 first) on ties.
  unsigned win = cand_count;
  for (unsigned c = 0; c < cand_count; ++c)
    if (alive[c] && (win == cand_count || sinks[c].score > sinks[win].score)) win = c;
  static constexpr Encoding names[cand_count] = {Encoding::utf8, Encoding::cp949, Encoding::utf16le,
                                                 Encoding::utf16be};
  EncodingGuess g;
  g.encoding = names[win];
  double sum = 1.0;
  for (unsigned c = 0; c < cand_count; ++c) {
    if (c == win || !alive[c]) continue;
    bool same_text = !any_high && (c == cand_utf8 || c == cand_legacy) && (win == cand_utf8 || win == cand_legacy);
    if (!same_text) sum += std::exp(sinks[c].score - sinks[win].score);
  }
  g.confidence = 1.0 / sum;
  const ScoreSink& w = sinks[win];
  bool implausible = (w.special_count > 0 && w.special < detection_implausible * static_cast<double>(w.special_count)) ||
                    (w.chars >= detection_chars_per_separator &&
                     w.separators * detection_chars_per_separator < w.chars);
  if (win != cand_utf8 && implausible) {
    g.encoding = Encoding::utf8;  // nothing reads as plausible text: prefer UTF-8
    g.confidence = 0.0;
  }
  return g;
}

inline bool starts_with_bytes(std::string_view s, const char* prefix, std::size_t n) noexcept {
  return s.size() >= n && std::memcmp(s.data(), prefix, n) == 0;
}

// The BOM at the start of `bytes`, if any: its encoding and length.
inline std::size_t bom_length(std::string_view bytes, Encoding& e) noexcept {
  if (starts_with_bytes(bytes, "\xEF\xBB\xBF", 3)) return e = Encoding::utf8, 3;
  if (starts_with_bytes(bytes, "\xFF\xFE", 2)) return e = Encoding::utf16le, 2;
  if (starts_with_bytes(bytes, "\xFE\xFF", 2)) return e = Encoding::utf16be, 2;
  return 0;
}

}  // namespace detail

// Guesses the encoding of `bytes` (see the file comment). Never returns
// auto_detect or utf16. Cost: linear, usually a few KiB of scanning; a legacy
// result also scans the rest for extension codes (cp949 vs euc_kr).
inline EncodingGuess detect_encoding(std::string_view bytes) noexcept {
  Encoding bom = Encoding::utf8;
  if (detail::bom_length(bytes, bom)) return {bom, 1.0, true};
  if (bytes.empty()) return {};
  bool extension = false;
  EncodingGuess g = detail::detect_among(bytes, (1u << detail::cand_count) - 1, extension);
  if (g.encoding == Encoding::cp949 && !extension && !detail::has_cp949_extension(bytes))
    g.encoding = Encoding::euc_kr;
  return g;
}

namespace detail {

// Resolves a request (auto_detect, utf16) to a concrete encoding.
inline EncodingGuess resolve_encoding(std::string_view bytes, Encoding requested) noexcept {
  if (requested == Encoding::auto_detect) {
    Encoding bom = Encoding::utf8;
    if (bom_length(bytes, bom)) return {bom, 1.0, true};
    if (bytes.empty()) return {};
    bool extension = false;
    return detect_among(bytes, (1u << cand_count) - 1, extension);  // cp949 vs euc_kr: the decoder tells
  }
  if (requested == Encoding::utf16) {
    Encoding bom = Encoding::utf8;
    if (bom_length(bytes, bom) && bom != Encoding::utf8) return {bom, 1.0, true};
    bool extension = false;
    EncodingGuess g = detect_among(bytes, (1u << cand_utf16le) | (1u << cand_utf16be), extension);
    if (g.encoding == Encoding::utf8) g.encoding = Encoding::utf16le;  // neither plausible: little-endian
    return g;
  }
  return {requested, 1.0, false};
}

}  // namespace detail

// Decodes `bytes` in `encoding` (auto_detect: detect_encoding first; utf16:
// byte order from the BOM) to UTF-8, with a map back to the input bytes and
// diagnostics (see the file comment). Never fails.
inline DecodeResult decode_to_utf8(std::string_view bytes, Encoding encoding = Encoding::auto_detect,
                                   const EncodingDecodeOptions& options = {}) {
  DecodeResult r;
  EncodingGuess g = detail::resolve_encoding(bytes, encoding);
  r.encoding = g.encoding;
  r.confidence = g.confidence;
  if (r.encoding == Encoding::utf8) {
    DecodeOptions o;
    o.strip_bom = true;
    o.normalize_newlines = false;
    o.max_diagnostics = options.max_diagnostics;
    DecodedText d = decode_utf8(bytes, o);
    r.bom = detail::starts_with_bytes(bytes, "\xEF\xBB\xBF", 3);
    r.text = std::move(d.text);
    r.map = std::move(d.map);
    r.diagnostics = std::move(d.diagnostics);
    return r;
  }
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  r.text.reserve(bytes.size() + bytes.size() / 2);
  r.diagnostics.push_back({DiagnosticKind::encoding_converted, 0, bytes.size(), ""});  // message below
  detail::MappedDecoder sink{s, r.text, {}, r.diagnostics, to_string(r.encoding), options.max_diagnostics};
  bool extension = false;
  if (r.encoding == Encoding::cp949 || r.encoding == Encoding::euc_kr) {
    bool strict = r.encoding == Encoding::euc_kr;
    detail::decode_cp949_range(s, bytes.size(), 0, bytes.size(), strict, sink, extension);
    if (encoding == Encoding::auto_detect && !extension) r.encoding = Encoding::euc_kr;  // the narrower name
  } else {
    bool be = r.encoding == Encoding::utf16be;
    std::size_t start = 0;
    Encoding bom = Encoding::utf8;
    if (detail::bom_length(bytes, bom) == 2 && bom == r.encoding) {
      start = 2;
      r.bom = true;
      sink.map.replace(2, 0);
      r.diagnostics.push_back({DiagnosticKind::bom_removed, 0, 2, "removed a leading byte order mark (U+FEFF)"});
    }
    detail::decode_utf16_range(s, bytes.size(), start, bytes.size(), be, sink);
  }
  sink.finish_diagnostics(bytes.size());
  r.map = sink.map.finish();
  char msg[96];
  if (encoding == Encoding::auto_detect || encoding == Encoding::utf16)
    std::snprintf(msg, sizeof msg, "decoded from %s (detected%s, confidence %.2f)", to_string(r.encoding),
                  r.bom ? " by its BOM" : "", r.confidence);
  else
    std::snprintf(msg, sizeof msg, "decoded from %s (as requested)", to_string(r.encoding));
  r.diagnostics.front().message = msg;
  return r;
}

// Appends the UTF-8 decoding of `bytes` to `out`: no map, no diagnostics, no
// BOM handling (a BOM decodes to U+FEFF); `encoding` must not be auto_detect or
// utf16 (resolve with detect_encoding first; they decode as UTF-8 here).
// Returns the number of U+FFFD substitutions.
inline std::size_t decode_to_utf8_append(std::string_view bytes, Encoding encoding, std::string& out) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  detail::Utf8Appender sink(s, out);
  bool extension = false;
  switch (encoding) {
    case Encoding::cp949:
    case Encoding::euc_kr:
      detail::decode_cp949_range(s, bytes.size(), 0, bytes.size(), encoding == Encoding::euc_kr, sink, extension);
      break;
    case Encoding::utf16le:
    case Encoding::utf16be:
      detail::decode_utf16_range(s, bytes.size(), 0, bytes.size(), encoding == Encoding::utf16be, sink);
      break;
    default:
      detail::decode_utf8_range(s, bytes.size(), 0, bytes.size(), sink);
      break;
  }
  sink.flush();
  return sink.replacements;
}

}  // namespace geul

#endif  // GEUL_UNICODE_ENCODING_HPP
