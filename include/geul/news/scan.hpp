// geul — small UTF-8 scanning helpers shared by the news rules (internal).
#ifndef GEUL_NEWS_SCAN_HPP
#define GEUL_NEWS_SCAN_HPP

#include <cstddef>
#include <cstring>
#include <string_view>

#include "../unicode/utf8.hpp"

namespace geul {
namespace detail {
namespace news {

// The code point starting at byte i (0 at or past the end); *len gets its length.
inline char32_t cp_at(std::string_view s, std::size_t i, std::size_t* len = nullptr) noexcept {
  if (i >= s.size()) {
    if (len) *len = 0;
    return 0;
  }
  auto* p = reinterpret_cast<const unsigned char*>(s.data());
  char32_t cp;
  std::size_t n = decode_one(p + i, p + s.size(), cp);
  if (len) *len = n;
  return cp;
}

// The code point ending at byte i (exclusive; 0 at the start); *len gets its length.
inline char32_t cp_before(std::string_view s, std::size_t i, std::size_t* len = nullptr) noexcept {
  if (i == 0 || i > s.size()) {
    if (len) *len = 0;
    return 0;
  }
  std::size_t b = i - 1;
  while (b > 0 && i - b < 4 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  std::size_t n;
  char32_t cp = cp_at(s, b, &n);
  if (b + n != i) {  // not a well-formed sequence ending here: one byte
    if (len) *len = 1;
    return replacement_character;
  }
  if (len) *len = n;
  return cp;
}

inline bool is_hangul_syllable(char32_t c) noexcept { return c >= 0xAC00 && c <= 0xD7A3; }
inline bool is_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_latin(char32_t c) noexcept { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline bool is_upper(char32_t c) noexcept { return c >= 'A' && c <= 'Z'; }
inline bool is_han(char32_t c) noexcept {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}
// Letters and digits of any script we care about (a word is made of them).
inline bool is_word_cp(char32_t c) noexcept {
  return is_digit(c) || is_latin(c) || is_hangul_syllable(c) || is_han(c) || (c >= 0x3131 && c <= 0x318E) ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
inline bool is_space(char32_t c) noexcept { return c == ' ' || c == '\t'; }

inline bool starts_with(std::string_view s, std::string_view p) noexcept {
  return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}
inline bool ends_with(std::string_view s, std::string_view p) noexcept {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}
// Substring search that compares two bytes before calling memcmp: Korean text
// is full of the lead bytes of Hangul needles, and std::find would memcmp at each.
inline std::size_t find_fast(std::string_view s, std::string_view p, std::size_t from = 0) noexcept {
  if (p.empty()) return from <= s.size() ? from : std::string_view::npos;
  if (from >= s.size() || p.size() > s.size() - from) return std::string_view::npos;
  const char* base = s.data();
  const char* q = base + from;
  const char* last = base + (s.size() - p.size());  // the last possible start
  const char a = p[0];
  while (q <= last) {
    q = static_cast<const char*>(std::memchr(q, a, static_cast<std::size_t>(last - q) + 1));
    if (!q) return std::string_view::npos;
    if (p.size() == 1 || (q[1] == p[1] && std::memcmp(q + 2, p.data() + 2, p.size() - 2) == 0))
      return static_cast<std::size_t>(q - base);
    ++q;
  }
  return std::string_view::npos;
}

inline bool contains(std::string_view s, std::string_view p) noexcept { return find_fast(s, p) != std::string_view::npos; }

inline std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

inline std::size_t skip_spaces(std::string_view s, std::size_t i) noexcept {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

// Reads up to max_digits ASCII digits at s[i..]; returns how many (0: none).
inline std::size_t read_number(std::string_view s, std::size_t i, int& value, std::size_t max_digits) noexcept {
  std::size_t n = 0;
  value = 0;
  while (i + n < s.size() && n < max_digits && s[i + n] >= '0' && s[i + n] <= '9') {
    value = value * 10 + (s[i + n] - '0');
    ++n;
  }
  return n;
}

inline std::size_t count_cps(std::string_view s) noexcept {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// A Korean personal name as bylines write it: 2 to 4 Hangul syllables
// (남궁윤, 황보준), nothing else.
inline bool is_hangul_name(std::string_view s) noexcept {
  std::size_t i = 0, n = 0;
  while (i < s.size()) {
    std::size_t len;
    if (!is_hangul_syllable(cp_at(s, i, &len))) return false;
    i += len;
    ++n;
  }
  return n >= 2 && n <= 4;
}

// The run of Hangul syllables ending at byte `end`; returns its start. Runs
// longer than 12 syllables return a start that is still inside the run (the
// callers want names and place names, never long words), so scanning stays bounded.
inline std::size_t hangul_run_before(std::string_view s, std::size_t end) noexcept {
  std::size_t i = end, len;
  for (int n = 0; n < 13 && i > 0 && is_hangul_syllable(cp_before(s, i, &len)); ++n) i -= len;
  return i;
}

// The run of Hangul syllables starting at byte `begin`; returns its end (at most 13 syllables on).
inline std::size_t hangul_run_after(std::string_view s, std::size_t begin) noexcept {
  std::size_t i = begin, len;
  for (int n = 0; n < 13 && i < s.size() && is_hangul_syllable(cp_at(s, i, &len)); ++n) i += len;
  return i;
}

// An e-mail address ending at or after byte `at` (the '@'): returns [begin,end) or {0,0}.
struct ByteRange {
  std::size_t begin = 0, end = 0;
  bool empty() const noexcept { return begin == end; }
  std::size_t size() const noexcept { return end - begin; }
};

inline bool is_email_local_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '-' || c == '+' || c == '%';
}
inline bool is_domain_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

// Bounded: a local part of at most 64 bytes, a domain of at most 255 (RFC 5321).
inline ByteRange email_around(std::string_view s, std::size_t at) noexcept {
  if (at >= s.size() || s[at] != '@') return {};
  std::size_t b = at;
  while (b > 0 && at - b < 64 && is_email_local_char(s[b - 1])) --b;
  if (b > 0 && is_email_local_char(s[b - 1])) return {};
  std::size_t e = at + 1;
  while (e < s.size() && e - at <= 255 && is_domain_char(s[e])) ++e;
  while (e > at + 1 && (s[e - 1] == '.' || s[e - 1] == '-')) --e;  // a sentence period is not the domain's
  while (b < at && s[b] == '.') ++b;
  if (b == at || e <= at + 1) return {};
  std::string_view domain = s.substr(at + 1, e - at - 1);
  std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || domain.size() - dot - 1 < 2) return {};
  for (std::size_t k = dot + 1; k < domain.size(); ++k)
    if (!is_latin(static_cast<unsigned char>(domain[k]))) return {};
  return {b, e};
}

// The first e-mail address in s (or an empty range).
inline ByteRange find_email(std::string_view s, std::size_t from = 0) noexcept {
  for (std::size_t at = s.find('@', from); at != std::string_view::npos; at = s.find('@', at + 1)) {
    ByteRange r = email_around(s, at);
    if (!r.empty()) return r;
  }
  return {};
}

}  // namespace news
}  // namespace detail
}  // namespace geul

#endif  // GEUL_NEWS_SCAN_HPP
