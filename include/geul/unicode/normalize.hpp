// geul — Unicode normalization (UAX #15): NFC, NFD, NFKC, NFKD for Unicode 15.0.
//
// The text is scanned once. Characters that are already in the target form and
// cannot interact with their neighbours are skipped (ASCII eight bytes at a
// time, precomposed Hangul syllables in runs, and with SSE2 both sixteen bytes
// at a time; define GEUL_NO_SIMD to use the portable scanner only). Only the
// segment around a character that needs work, from the last boundary before it
// to the next boundary after it, is decomposed, reordered and recomposed.
// Unchanged bytes are copied in bulk, so already-normal text costs one scan and
// one copy. Conjoining jamo L V (T) are composed straight from their bytes.
//
// Ill-formed UTF-8 is read as U+FFFD, one per maximal subpart (as decode_utf8
// repairs it), so the output is always well-formed.
//
// Memory: normalize_to() allocates nothing unless one segment (a starter and
// the characters that combine or reorder with it) decomposes to more than
// `detail::CodePointBuffer::inline_capacity` (64) code points; longer segments
// fall back to the heap and are still normalized correctly.
#ifndef GEUL_UNICODE_NORMALIZE_HPP
#define GEUL_UNICODE_NORMALIZE_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "../config.hpp"
#include "../text/offsets.hpp"
#include "tables.hpp"
#include "utf8.hpp"


namespace geul {

enum class NormalForm { nfc, nfd, nfkc, nfkd };

inline const char* to_string(NormalForm form) noexcept {
  switch (form) {
    case NormalForm::nfc: return "nfc";
    case NormalForm::nfd: return "nfd";
    case NormalForm::nfkc: return "nfkc";
    case NormalForm::nfkd: return "nfkd";
  }
  return "nfc";
}

// Accepts "nfc", "NFC", "Nfkd", ... (ASCII case-insensitive). Leaves `out` alone on failure.
inline bool parse_normal_form(std::string_view name, NormalForm& out) noexcept {
  if (name.size() < 3 || name.size() > 4) return false;
  char lower[4] = {};
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view s(lower, name.size());
  if (s == "nfc") out = NormalForm::nfc;
  else if (s == "nfd") out = NormalForm::nfd;
  else if (s == "nfkc") out = NormalForm::nfkc;
  else if (s == "nfkd") out = NormalForm::nfkd;
  else return false;
  return true;
}

enum class QuickCheck { yes, no, maybe };

namespace detail {

// Hangul syllable algebra (Unicode ch. 3.12), used instead of tables.
inline constexpr char32_t hangul_s_base = 0xAC00, hangul_l_base = 0x1100;
inline constexpr char32_t hangul_v_base = 0x1161, hangul_t_base = 0x11A7;
inline constexpr unsigned hangul_l_count = 19, hangul_v_count = 21, hangul_t_count = 28;
inline constexpr unsigned hangul_n_count = hangul_v_count * hangul_t_count;  // 588
inline constexpr unsigned hangul_s_count = hangul_l_count * hangul_n_count;  // 11172

inline constexpr bool is_precomposed_hangul(char32_t cp) noexcept {
  return cp - hangul_s_base < hangul_s_count;
}

// Bits of an entry header in norm_extra (see tools/gen_unicode_tables.py).
namespace norm_bits {
inline constexpr std::uint32_t ccc_mask = 0xFF;
inline constexpr unsigned nfc_qc_shift = 8, nfkc_qc_shift = 10;
inline constexpr std::uint32_t boundary_nfc = 1u << 12, boundary_nfkc = 1u << 13;
inline constexpr std::uint32_t boundary_nfd = 1u << 14, boundary_nfkd = 1u << 15;
inline constexpr unsigned canon_len_shift = 16, compat_len_shift = 20;
inline constexpr std::uint32_t canon_len_mask = 0xFu << canon_len_shift;
inline constexpr std::uint32_t compat_len_mask = 0x1Fu << compat_len_shift;
inline constexpr std::uint32_t is_first = 1u << 25;
inline constexpr unsigned second_shift = 26;
}  // namespace norm_bits

// Offset of a code point's entry in norm_extra (0 = inert).
inline std::uint16_t norm_offset(char32_t cp) noexcept {
  if (cp >= norm_trie_limit) return 0;
  constexpr unsigned mask2 = (1u << norm_trie_shift2) - 1, mask3 = (1u << norm_trie_shift3) - 1;
  unsigned i1 = norm_trie_stage1[cp >> (norm_trie_shift3 + norm_trie_shift2)];
  unsigned i2 = norm_trie_stage2[(i1 << norm_trie_shift2) | ((cp >> norm_trie_shift3) & mask2)];
  return norm_trie_stage3[(i2 << norm_trie_shift3) | (cp & mask3)];
}

inline std::uint32_t norm_header(std::uint16_t offset) noexcept {
  return norm_extra[offset] | (static_cast<std::uint32_t>(norm_extra[offset + 1]) << 16);
}

inline unsigned ccc_of(char32_t cp) noexcept { return norm_header(norm_offset(cp)) & norm_bits::ccc_mask; }

// What the scanner needs to know about one form, as compile-time constants.
template <NormalForm F>
struct FormTraits {
  static constexpr bool composes = F == NormalForm::nfc || F == NormalForm::nfkc;
  static constexpr bool compat = F == NormalForm::nfkc || F == NormalForm::nfkd;
  static constexpr std::uint32_t boundary_bit =
      F == NormalForm::nfc ? norm_bits::boundary_nfc
      : F == NormalForm::nfkc ? norm_bits::boundary_nfkc
      : F == NormalForm::nfd ? norm_bits::boundary_nfd
                             : norm_bits::boundary_nfkd;
  static constexpr unsigned qc_shift = F == NormalForm::nfc ? norm_bits::nfc_qc_shift : norm_bits::nfkc_qc_shift;
  static constexpr std::uint32_t decomposition_mask =
      compat ? (norm_bits::canon_len_mask | norm_bits::compat_len_mask) : norm_bits::canon_len_mask;
  // A "fast" character is a starter already in this form with a boundary
  // before it: it can be skipped, and normalization may restart before it.
  static constexpr std::uint32_t fast_mask =
      norm_bits::ccc_mask | boundary_bit | (composes ? (3u << qc_shift) : decomposition_mask);
  static constexpr std::uint32_t fast_value = boundary_bit;

  // Quick_Check property of a (non-Hangul-syllable) entry.
  static QuickCheck quick_check(std::uint32_t header) noexcept {
    if (composes) {
      unsigned qc = (header >> qc_shift) & 3;
      return qc == 0 ? QuickCheck::yes : qc == 1 ? QuickCheck::maybe : QuickCheck::no;
    }
    return (header & decomposition_mask) ? QuickCheck::no : QuickCheck::yes;
  }
};

// The primary composite of a pair, or 0. Hangul L+V and LV+T are algorithmic.
inline char32_t compose_pair(char32_t first, char32_t second) noexcept {
  if (first - hangul_l_base < hangul_l_count) {
    if (second - hangul_v_base < hangul_v_count)
      return hangul_s_base + ((first - hangul_l_base) * hangul_v_count + (second - hangul_v_base)) * hangul_t_count;
    return 0;
  }
  if (is_precomposed_hangul(first)) {
    if ((first - hangul_s_base) % hangul_t_count == 0 && second - hangul_t_base - 1 < hangul_t_count - 1)
      return first + (second - hangul_t_base);
    return 0;
  }
  std::uint16_t fo = norm_offset(first);
  std::uint32_t fh = norm_header(fo);
  if (!(fh & norm_bits::is_first)) return 0;
  std::uint32_t second_index = norm_header(norm_offset(second)) >> norm_bits::second_shift;
  if (second_index == 0) return 0;
  unsigned lengths = ((fh & norm_bits::canon_len_mask) >> norm_bits::canon_len_shift) +
                     ((fh & norm_bits::compat_len_mask) >> norm_bits::compat_len_shift);
  unsigned first_index = norm_extra[fo + 2 + lengths];
  for (unsigned k = comp_first_begin[first_index]; k < comp_first_begin[first_index + 1]; ++k)
    if ((comp_pairs[k] >> 21) == second_index) return comp_pairs[k] & 0x1FFFFF;
  return 0;
}

// Code points of a segment, each packed as `cp | ccc << 24`. Inline storage
// first; the heap only for segments longer than inline_capacity.
class CodePointBuffer {
 public:
  static constexpr std::size_t inline_capacity = 64;

  CodePointBuffer() = default;
  CodePointBuffer(const CodePointBuffer&) = delete;
  CodePointBuffer& operator=(const CodePointBuffer&) = delete;

  void clear() noexcept { size_ = 0; }
  std::size_t size() const noexcept { return size_; }
  std::uint32_t* data() noexcept { return data_; }
  void resize_down(std::size_t n) noexcept { size_ = n; }
  void push(char32_t cp, unsigned ccc) {
    if (GEUL_UNLIKELY(size_ == capacity_)) grow();
    data_[size_++] = static_cast<std::uint32_t>(cp) | (static_cast<std::uint32_t>(ccc) << 24);
  }

 private:
  void grow() {
    std::size_t new_capacity = capacity_ * 2;
    if (data_ == inline_) {
      heap_.assign(inline_, inline_ + size_);
    }
    heap_.resize(new_capacity);
    data_ = heap_.data();
    capacity_ = new_capacity;
  }

  std::uint32_t inline_[inline_capacity];
  std::vector<std::uint32_t> heap_;
  std::uint32_t* data_ = inline_;
  std::size_t size_ = 0;
  std::size_t capacity_ = inline_capacity;
};

inline void push_hangul_jamo(char32_t syllable, CodePointBuffer& buf) {
  unsigned s = syllable - hangul_s_base;
  buf.push(hangul_l_base + s / hangul_n_count, 0);
  buf.push(hangul_v_base + (s % hangul_n_count) / hangul_t_count, 0);
  if (s % hangul_t_count) buf.push(hangul_t_base + s % hangul_t_count, 0);
}

// Appends the full canonical (or compatibility) decomposition of cp.
template <bool Compat>
inline void push_decomposition(char32_t cp, CodePointBuffer& buf) {
  if (is_precomposed_hangul(cp)) {
    push_hangul_jamo(cp, buf);
    return;
  }
  std::uint16_t off = norm_offset(cp);
  std::uint32_t h = norm_header(off);
  unsigned canon_len = (h & norm_bits::canon_len_mask) >> norm_bits::canon_len_shift;
  unsigned compat_len = (h & norm_bits::compat_len_mask) >> norm_bits::compat_len_shift;
  const std::uint16_t* units = norm_extra + off + 2;
  unsigned len = canon_len;
  if (Compat && compat_len) {
    units += canon_len;
    len = compat_len;
  }
  if (len == 0) {
    buf.push(cp, h & norm_bits::ccc_mask);
    return;
  }
  for (unsigned i = 0; i < len; ++i) {
    char32_t c = units[i];
    if (c - 0xD800u < 0x400u) {  // a surrogate pair: the table stores UTF-16
      c = 0x10000 + ((c - 0xD800) << 10) + (units[++i] - 0xDC00u);
    }
    buf.push(c, ccc_of(c));
  }
}

// Canonical ordering: a stable sort by ccc within each run of non-starters.
inline void canonical_order(CodePointBuffer& buf) {
  std::uint32_t* d = buf.data();
  std::size_t n = buf.size();
  for (std::size_t i = 0; i < n;) {
    if ((d[i] >> 24) == 0) {
      ++i;
      continue;
    }
    std::size_t run_end = i + 1;
    while (run_end < n && (d[run_end] >> 24) != 0) ++run_end;
    if (run_end - i > 1) {
      auto by_ccc = [](std::uint32_t a, std::uint32_t b) { return (a >> 24) < (b >> 24); };
      if (run_end - i <= CodePointBuffer::inline_capacity) {
        for (std::size_t k = i + 1; k < run_end; ++k) {  // insertion sort: runs are short
          std::uint32_t v = d[k];
          std::size_t j = k;
          for (; j > i && by_ccc(v, d[j - 1]); --j) d[j] = d[j - 1];
          d[j] = v;
        }
      } else {
        std::stable_sort(d + i, d + run_end, by_ccc);  // pathological runs: stay O(n log n)
      }
    }
    i = run_end;
  }
}

// Canonical composition (UAX #15 D117) in place.
inline void canonical_compose(CodePointBuffer& buf) {
  std::uint32_t* d = buf.data();
  std::size_t n = buf.size();
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::size_t starter = none;
  std::size_t out = 0;
  unsigned last_cc = 0;  // ccc of d[out-1]
  for (std::size_t i = 0; i < n; ++i) {
    std::uint32_t v = d[i];
    unsigned cc = v >> 24;
    if (starter != none) {
      // Blocked when something between the starter and v has ccc 0 or >= cc.
      bool adjacent = out == starter + 1;
      if (adjacent || (last_cc != 0 && last_cc < cc)) {
        char32_t composite = compose_pair(d[starter] & 0x1FFFFF, v & 0xFFFFFF);
        if (composite) {
          d[starter] = static_cast<std::uint32_t>(composite);  // composites are starters
          continue;
        }
      }
    }
    if (cc == 0) starter = out;
    d[out++] = v;
    last_cc = cc;
  }
  buf.resize_down(out);
}

// Output in chunks: small pieces go through a stack buffer, large verbatim
// runs straight to the sink.
template <class Sink>
class ByteWriter {
 public:
  static constexpr std::size_t capacity = 1024;
  explicit ByteWriter(Sink& sink) noexcept : sink_(sink) {}
  ByteWriter(const ByteWriter&) = delete;
  ByteWriter& operator=(const ByteWriter&) = delete;

  void put(const char* p, std::size_t n) {
    if (n <= capacity - used_) {
      std::memcpy(buf_ + used_, p, n);
      used_ += n;
      return;
    }
    flush();
    if (n >= capacity / 2) {
      sink_.append(p, n);
      return;
    }
    std::memcpy(buf_, p, n);
    used_ = n;
  }
  // Room for n (<= capacity) bytes; then commit(the end of what was written).
  char* room(std::size_t n) {
    if (capacity - used_ < n) flush();
    return buf_ + used_;
  }
  void commit(char* end) noexcept { used_ = static_cast<std::size_t>(end - buf_); }
  void flush() {
    if (used_) sink_.append(buf_, used_);
    used_ = 0;
  }

 private:
  Sink& sink_;
  std::size_t used_ = 0;
  char buf_[capacity];
};

struct StringSink {
  std::string* out;
  void append(const char* p, std::size_t n) { out->append(p, n); }
};

template <class OutputIt>
struct IteratorSink {
  OutputIt it;
  void append(const char* p, std::size_t n) { it = std::copy(p, p + n, it); }
};

struct DiscardSink {
  void append(const char*, std::size_t) noexcept {}
};

// What the scanner reports about unchanged and rewritten input.
struct NoMap {
  static constexpr bool tracks = false;
  void copy(std::size_t) noexcept {}
  void replace(std::size_t, std::size_t) noexcept {}
};
struct BuildMap {
  static constexpr bool tracks = true;
  OffsetMapBuilder builder;
  void copy(std::size_t n) noexcept { builder.copy(n); }
  void replace(std::size_t in, std::size_t out) { builder.replace(in, out); }
};
struct DetectChange {
  static constexpr bool tracks = true;
  bool changed = false;
  void copy(std::size_t) noexcept {}
  void replace(std::size_t, std::size_t) noexcept { changed = true; }
};

using byte = unsigned char;

// Is there a normalization boundary before the character at q (q < end)?
// `len` receives its length in bytes.
template <NormalForm F>
inline bool boundary_at(const byte* q, const byte* end, std::size_t& len) noexcept {
  if (*q < 0x80) {
    len = 1;
    return true;
  }
  char32_t cp;
  len = decode_one(q, end, cp);
  // Hangul syllables and U+FFFD (also for ill-formed bytes) are inert: entry 0.
  return (norm_header(norm_offset(cp)) & FormTraits<F>::boundary_bit) != 0;
}

// A precomposed Hangul syllable at p (needs end - p >= 3)?
inline bool hangul_syllable_at(const byte* p, char32_t& cp) noexcept {
  unsigned b0 = p[0];
  if (b0 - 0xEAu >= 4u || (p[1] & 0xC0u) != 0x80u || (p[2] & 0xC0u) != 0x80u) return false;
  cp = ((b0 & 0xFu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
  return cp - hangul_s_base < hangul_s_count;
}


// Modern conjoining L (U+1100..U+1112) at q?
inline bool jamo_l_at(const byte* q, const byte* end) noexcept {
  return end - q >= 3 && q[0] == 0xE1 && q[1] == 0x84 && q[2] - 0x80u < hangul_l_count;
}

// Modern L followed by a modern V (U+1161..U+1175) at q?
inline bool jamo_lv_at(const byte* q, const byte* end) noexcept {
  return end - q >= 6 && q[1] == 0x84 && q[2] - 0x80u < hangul_l_count && q[0] == 0xE1 && q[3] == 0xE1 &&
         q[4] == 0x85 && q[5] - 0xA1u < hangul_v_count;
}

inline char* write_utf8_3(char* o, char32_t cp) noexcept {
  o[0] = static_cast<char>(0xE0 | (cp >> 12));
  o[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  o[2] = static_cast<char>(0x80 | (cp & 0x3F));
  return o + 3;
}

// Conjoining jamo of a syllable as UTF-8; returns the bytes written (6 or 9).
inline std::size_t write_hangul_jamo(char* o, char32_t syllable) noexcept {
  unsigned s = syllable - hangul_s_base;
  unsigned t = s % hangul_t_count;
  char* e = write_utf8_3(o, hangul_l_base + s / hangul_n_count);
  e = write_utf8_3(e, hangul_v_base + (s % hangul_n_count) / hangul_t_count);
  if (t) e = write_utf8_3(e, hangul_t_base + t);
  return static_cast<std::size_t>(e - o);
}

// Normalizes the segment [a, b) and writes it; reports copy/replace to map.
template <NormalForm F, class W, class M>
void write_segment(const byte* a, const byte* b, CodePointBuffer& buf, W& w, M& map) {
  using T = FormTraits<F>;
  buf.clear();
  for (const byte* p = a; p < b;) {
    char32_t cp;
    p += decode_one(p, b, cp);
    push_decomposition<T::compat>(cp, buf);
  }
  canonical_order(buf);
  if (T::composes) canonical_compose(buf);
  const std::uint32_t* d = buf.data();
  std::size_t n = buf.size();
  std::size_t in_len = static_cast<std::size_t>(b - a), out_len = 0;
  bool same = true;
  for (std::size_t i = 0; i < n; ++i) {
    char* o = w.room(4);
    std::size_t k = encode_one(static_cast<char32_t>(d[i] & 0xFFFFFF), o);
    if (M::tracks && same)
      same = out_len + k <= in_len && std::memcmp(o, a + out_len, k) == 0;
    out_len += k;
    w.commit(o + k);
  }
  if (same && out_len == in_len)
    map.copy(in_len);
  else
    map.replace(in_len, out_len);
}

// The scanner: see the file comment. `Simd` = false forces the portable path
// (what non-x86 builds such as WebAssembly run; the tests compare both).
template <NormalForm F, bool Simd = GEUL_SSE2 != 0, class W, class M>
void normalize_bytes(const byte* const begin, const byte* const end, W& w, M& map) {
  using T = FormTraits<F>;
  CodePointBuffer buf;
  const byte* p = begin;
  const byte* flushed = begin;   // input before this is written
  const byte* boundary = begin;  // normalization may restart here (flushed <= boundary)
  unsigned prev_cc = 0;          // ccc of the previous character (canonical order check)
  auto copy_to = [&](const byte* q) {
    if (q > flushed) {
      std::size_t n = static_cast<std::size_t>(q - flushed);
      w.put(reinterpret_cast<const char*>(flushed), n);
      map.copy(n);
      flushed = q;
    }
  };

  while (p < end) {
#if GEUL_SSE2
    // Runs of ASCII and precomposed syllables are already NFC and NFKC: skip
    // them sixteen bytes per step, remembering the last boundary. Not tried
    // where jamo follow (NFD input), which would only fail the window.
    if (Simd && T::composes && end - p >= 18 && ((*p < 0x80 && p[1] != 0xE1) || *p - 0xEAu < 4u)) {
      const byte* const run_start = p;
      do {
        unsigned ok, starts;
        fast_composed_window(p, ok, starts);
        if (ok == 0xFFFF) {
          unsigned last = highest_bit(starts);
          boundary = p + last;
          p += last + (p[last] < 0x80 ? 1 : 3);
          continue;
        }
        unsigned first_bad = lowest_bit(~ok);
        if (first_bad) {
          boundary = p + highest_bit(starts & ((1u << first_bad) - 1));
          p += first_bad;
        }
        break;
      } while (end - p >= 18);
      if (p != run_start) prev_cc = 0;
      if (p == end) break;
    }
#endif
    unsigned b0 = *p;
    if (b0 < 0x80) {  // ASCII: inert in every form
      const byte* q = p + 1;
      for (;;) {
        if (end - q >= 8 && all_ascii8(q)) {
          q += 8;
        } else if (q < end && *q < 0x80) {
          ++q;
        } else {
          break;
        }
      }
      boundary = q - 1;
      prev_cc = 0;
      p = q;
      continue;
    }

    char32_t cp;
    if (end - p >= 3 && hangul_syllable_at(p, cp)) {
      if (T::composes) {  // already composed; a following T jamo is caught as "maybe"
        do {
          boundary = p;
          p += 3;
        } while (end - p >= 3 && hangul_syllable_at(p, cp));
      } else {
        copy_to(p);
        do {
          char* o = w.room(9);
          std::size_t k = write_hangul_jamo(o, cp);
          w.commit(o + k);
          map.replace(3, k);
          p += 3;
        } while (end - p >= 3 && hangul_syllable_at(p, cp));
        flushed = boundary = p;
      }
      prev_cc = 0;
      continue;
    }

    // Conjoining jamo L V (T) under NFC/NFKC: compose syllable after syllable
    // right here while the next character cannot interact with the syllable.
    if (T::composes && b0 == 0xE1 && jamo_lv_at(p, end)) {
      const byte* const run_start = p;
      do {
        const byte* q = p + 6;
        unsigned t = 0;
        if (end - q >= 3 && q[0] == 0xE1) {
          if (q[1] == 0x86 && q[2] - 0xA8u < 24u)
            t = q[2] - 0xA7u;  // U+11A8..U+11BF
          else if (q[1] == 0x87 && q[2] - 0x80u < 3u)
            t = q[2] - 0x80u + 25u;  // U+11C0..U+11C2
          if (t) q += 3;
        }
        std::size_t len;
        if (!(q == end || *q < 0x80 || jamo_l_at(q, end) || boundary_at<F>(q, end, len))) break;
        if (p == run_start) copy_to(p);
        char32_t s = hangul_s_base + ((p[2] - 0x80u) * hangul_v_count + (p[5] - 0xA1u)) * hangul_t_count + t;
        char* o = w.room(3);
        w.commit(write_utf8_3(o, s));
        map.replace(static_cast<std::size_t>(q - p), 3);
        p = q;
      } while (jamo_lv_at(p, end));
      if (p != run_start) {
        flushed = boundary = p;
        prev_cc = 0;
        continue;
      }
      // The syllable is followed by something that may interact with it: the
      // generic path below handles the whole segment.
    }

    std::size_t n = decode_one(p, end, cp);
    if (GEUL_UNLIKELY(cp == replacement_character) && !(n == 3 && b0 == 0xEF)) {
      copy_to(p);  // ill-formed: one U+FFFD per maximal subpart
      w.put("\xEF\xBF\xBD", 3);
      map.replace(n, 3);
      p += n;
      flushed = boundary = p;  // U+FFFD neither combines nor reorders
      prev_cc = 0;
      continue;
    }
    std::uint16_t off = norm_offset(cp);
    std::uint32_t h = norm_header(off);
    if ((h & T::fast_mask) == T::fast_value) {
      boundary = p;
      prev_cc = 0;
      p += n;
      continue;
    }
    unsigned cc = h & norm_bits::ccc_mask;
    if (cc != 0 && prev_cc <= cc && T::quick_check(h) == QuickCheck::yes) {
      prev_cc = cc;
      p += n;
      continue;
    }
    // Needs work: normalize from the last boundary to the next one.
    const byte* seg_end = p + n;
    std::size_t len;
    while (seg_end < end && !boundary_at<F>(seg_end, end, len)) seg_end += len;
    copy_to(boundary);
    write_segment<F>(boundary, seg_end, buf, w, map);
    p = flushed = boundary = seg_end;
    prev_cc = 0;
  }
  copy_to(end);
  w.flush();
}

template <class W, class M>
void normalize_dispatch(std::string_view s, NormalForm form, W& w, M& map) {
  const auto* b = reinterpret_cast<const byte*>(s.data());
  const auto* e = b + s.size();
  switch (form) {
    case NormalForm::nfc: normalize_bytes<NormalForm::nfc>(b, e, w, map); break;
    case NormalForm::nfd: normalize_bytes<NormalForm::nfd>(b, e, w, map); break;
    case NormalForm::nfkc: normalize_bytes<NormalForm::nfkc>(b, e, w, map); break;
    case NormalForm::nfkd: normalize_bytes<NormalForm::nfkd>(b, e, w, map); break;
  }
}

template <NormalForm F>
QuickCheck quick_check_bytes(const byte* p, const byte* end) noexcept {
  using T = FormTraits<F>;
  QuickCheck result = QuickCheck::yes;
  unsigned prev_cc = 0;
  while (p < end) {
    if (*p < 0x80) {
      while (end - p >= 8 && all_ascii8(p)) p += 8;
      while (p < end && *p < 0x80) ++p;
      prev_cc = 0;
      continue;
    }
    char32_t cp;
    std::size_t n = decode_one(p, end, cp);
    if (cp == replacement_character && !(n == 3 && *p == 0xEF)) return QuickCheck::no;  // would be repaired
    p += n;
    if (is_precomposed_hangul(cp)) {
      if (!T::composes) return QuickCheck::no;
      prev_cc = 0;
      continue;
    }
    std::uint32_t h = norm_header(norm_offset(cp));
    unsigned cc = h & norm_bits::ccc_mask;
    if (cc != 0 && prev_cc > cc) return QuickCheck::no;
    QuickCheck qc = T::quick_check(h);
    if (qc == QuickCheck::no) return QuickCheck::no;
    if (qc == QuickCheck::maybe) result = QuickCheck::maybe;
    prev_cc = cc;
  }
  return result;
}

}  // namespace detail

// ---------------------------------------------------------------------------
// Strings

// Writes the normalized text to `out` (an output iterator over char).
template <class OutputIt>
OutputIt normalize_to(std::string_view utf8, NormalForm form, OutputIt out) {
  detail::IteratorSink<OutputIt> sink{out};
  detail::ByteWriter<detail::IteratorSink<OutputIt>> writer(sink);
  detail::NoMap map;
  detail::normalize_dispatch(utf8, form, writer, map);
  return sink.it;
}

inline std::string normalize(std::string_view utf8, NormalForm form) {
  std::string out;
  out.reserve(utf8.size());
  detail::StringSink sink{&out};
  detail::ByteWriter<detail::StringSink> writer(sink);
  detail::NoMap map;
  detail::normalize_dispatch(utf8, form, writer, map);
  return out;
}

// The normalized text and a map from its bytes back to the input's bytes.
// Unchanged bytes are identity; each rewritten segment (from a boundary to the
// next, e.g. one Hangul syllable) is one atomic edit.
struct NormalizedText {
  std::string text;
  OffsetMap map;  // text -> input bytes
};

inline NormalizedText normalize_with_map(std::string_view utf8, NormalForm form) {
  NormalizedText r;
  r.text.reserve(utf8.size());
  detail::StringSink sink{&r.text};
  detail::ByteWriter<detail::StringSink> writer(sink);
  detail::BuildMap map;
  detail::normalize_dispatch(utf8, form, writer, map);
  r.map = map.builder.finish();
  return r;
}

// UAX #15 quick check: yes (normalized), no (not), or maybe (NFC/NFKC only).
// Ill-formed UTF-8 answers no: normalizing would replace it with U+FFFD.
inline QuickCheck quick_check(std::string_view utf8, NormalForm form) noexcept {
  const auto* b = reinterpret_cast<const detail::byte*>(utf8.data());
  const auto* e = b + utf8.size();
  switch (form) {
    case NormalForm::nfc: return detail::quick_check_bytes<NormalForm::nfc>(b, e);
    case NormalForm::nfd: return detail::quick_check_bytes<NormalForm::nfd>(b, e);
    case NormalForm::nfkc: return detail::quick_check_bytes<NormalForm::nfkc>(b, e);
    case NormalForm::nfkd: return detail::quick_check_bytes<NormalForm::nfkd>(b, e);
  }
  return QuickCheck::maybe;
}

// Exact: is normalize(utf8, form) == utf8? Settles "maybe" without building the output.
inline bool is_normalized(std::string_view utf8, NormalForm form) {
  QuickCheck qc = quick_check(utf8, form);
  if (qc != QuickCheck::maybe) return qc == QuickCheck::yes;
  detail::DiscardSink sink;
  detail::ByteWriter<detail::DiscardSink> writer(sink);
  detail::DetectChange change;
  detail::normalize_dispatch(utf8, form, writer, change);
  return !change.changed;
}

// ---------------------------------------------------------------------------
// Code points

inline std::uint8_t canonical_combining_class(char32_t cp) noexcept {
  return static_cast<std::uint8_t>(detail::ccc_of(cp));
}

// A full (recursive) decomposition; a code point without one decomposes to itself.
struct Decomposition {
  char32_t code_points[detail::max_decomposition_length] = {};
  std::size_t size = 0;
  const char32_t* begin() const noexcept { return code_points; }
  const char32_t* end() const noexcept { return code_points + size; }
};

// Canonical decomposition (NFD), or compatibility decomposition (NFKD) when
// `compatibility`; Hangul syllables decompose algorithmically. Not reordered:
// full decompositions are already in canonical order.
inline Decomposition decompose(char32_t cp, bool compatibility = false) {
  detail::CodePointBuffer buf;
  if (compatibility)
    detail::push_decomposition<true>(cp, buf);
  else
    detail::push_decomposition<false>(cp, buf);
  Decomposition d;
  d.size = buf.size();
  for (std::size_t i = 0; i < d.size; ++i) d.code_points[i] = static_cast<char32_t>(buf.data()[i] & 0xFFFFFF);
  return d;
}

// The primary composite of two code points (canonical composition, composition
// exclusions respected, Hangul L+V and LV+T included), or 0 when there is none.
inline char32_t compose(char32_t first, char32_t second) noexcept {
  return detail::compose_pair(first, second);
}

}  // namespace geul

#endif  // GEUL_UNICODE_NORMALIZE_HPP
