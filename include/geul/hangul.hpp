// geul — Hangul toolkit: syllable/jamo algebra, classification, choseong search,
// josa (particles), 2-beolsik keyboard, Revised Romanization and standard
// pronunciation, and number words.
//
// Everything here is derived from published rules, not from word lists:
//  - Unicode ch. 3.12 (Conjoining Jamo Behavior): the syllable arithmetic;
//  - UnicodeData.txt: the compatibility ⇄ conjoining jamo correspondence;
//  - KS X 5002: the 2-beolsik keyboard layout;
//  - 표준어 규정 제2부 표준 발음법 (standard pronunciation) and
//    국어의 로마자 표기법 (Revised Romanization of Korean, 2000);
//  - 한글 맞춤법 제44항 (spacing numbers by 만) and the Sino-Korean numerals.
// The few exceptions that are lexical (a handful of syllables, acronyms read as
// words, unit abbreviations) are listed next to the code that uses them.
//
// Conventions: UTF-8 `std::string_view` in, `std::string` out; ill-formed UTF-8
// is read as U+FFFD (geul::detail::decode_one); nothing throws; failures are
// std::optional or an empty result, as documented per function.
#ifndef GEUL_HANGUL_HPP
#define GEUL_HANGUL_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config.hpp"
#include "text/offsets.hpp"
#include "unicode/utf8.hpp"

namespace geul {

namespace detail {
namespace hg {

// Compatibility jamo (U+3131..) of the 19 initials, in syllable-index order.
inline constexpr char32_t cho_jamo[19] = {0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141,
                                          0x3142, 0x3143, 0x3145, 0x3146, 0x3147, 0x3148, 0x3149,
                                          0x314A, 0x314B, 0x314C, 0x314D, 0x314E};
// Compatibility jamo of the 27 finals (index 0 = no final).
inline constexpr char32_t jong_jamo[28] = {0,      0x3131, 0x3132, 0x3133, 0x3134, 0x3135, 0x3136,
                                           0x3137, 0x3139, 0x313A, 0x313B, 0x313C, 0x313D, 0x313E,
                                           0x313F, 0x3140, 0x3141, 0x3142, 0x3144, 0x3145, 0x3146,
                                           0x3147, 0x3148, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E};
// For the 30 compatibility consonants U+3131..U+314E: initial index (-1: none)
// and final index (0: cannot be a final).
inline constexpr std::int8_t consonant_to_cho[30] = {0,  1,  -1, 2,  -1, -1, 3,  4,  5,  -1,
                                                     -1, -1, -1, -1, -1, -1, 6,  7,  8,  -1,
                                                     9,  10, 11, 12, 13, 14, 15, 16, 17, 18};
inline constexpr std::int8_t consonant_to_jong[30] = {1,  2,  3,  4,  5,  6,  7,  0,  8,  9,
                                                      10, 11, 12, 13, 14, 15, 16, 17, 0,  18,
                                                      19, 20, 21, 22, 0,  23, 24, 25, 26, 27};
// Final index → initial index of the same single consonant (-1 for clusters).
inline constexpr std::int8_t jong_to_cho[28] = {-1, 0,  1,  -1, 2,  -1, -1, 3,  5,  -1,
                                                -1, -1, -1, -1, -1, -1, 6,  7,  -1, 9,
                                                10, 11, 12, 14, 15, 16, 17, 18};
// Final clusters: first part (final index) and second part (initial index).
inline constexpr std::int8_t cluster_first[28] = {-1, -1, -1, 1,  -1, 4,  4,  -1, -1, 8,
                                                  8,  8,  8,  8,  8,  8,  -1, -1, 17, -1,
                                                  -1, -1, -1, -1, -1, -1, -1, -1};
inline constexpr std::int8_t cluster_second[28] = {-1, -1, -1, 9,  -1, 12, 18, -1, -1, 0,
                                                   6,  7,  9,  16, 17, 18, -1, -1, 9,  -1,
                                                   -1, -1, -1, -1, -1, -1, -1, -1};

// UnicodeData.txt <compat> mappings of U+3131..U+318E (the test checks this
// table against /usr/share/unicode/UnicodeData.txt when it is installed).
inline constexpr char32_t compat_to_conjoining[94] = {
    0x1100, 0x1101, 0x11AA, 0x1102, 0x11AC, 0x11AD, 0x1103, 0x1104, 0x1105, 0x11B0, 0x11B1, 0x11B2,
    0x11B3, 0x11B4, 0x11B5, 0x111A, 0x1106, 0x1107, 0x1108, 0x1121, 0x1109, 0x110A, 0x110B, 0x110C,
    0x110D, 0x110E, 0x110F, 0x1110, 0x1111, 0x1112, 0x1161, 0x1162, 0x1163, 0x1164, 0x1165, 0x1166,
    0x1167, 0x1168, 0x1169, 0x116A, 0x116B, 0x116C, 0x116D, 0x116E, 0x116F, 0x1170, 0x1171, 0x1172,
    0x1173, 0x1174, 0x1175, 0x1160, 0x1114, 0x1115, 0x11C7, 0x11C8, 0x11CC, 0x11CE, 0x11D3, 0x11D7,
    0x11D9, 0x111C, 0x11DD, 0x11DF, 0x111D, 0x111E, 0x1120, 0x1122, 0x1123, 0x1127, 0x1129, 0x112B,
    0x112C, 0x112D, 0x112E, 0x112F, 0x1132, 0x1136, 0x1140, 0x1147, 0x114C, 0x11F1, 0x11F2, 0x1157,
    0x1158, 0x1159, 0x1184, 0x1185, 0x1188, 0x1191, 0x1192, 0x1194, 0x119E, 0x11A1};

inline constexpr char32_t jamo_a = 0x314F;  // ㅏ, first compatibility vowel

inline void put(std::string& out, char32_t c) { append_utf8(out, c); }

// Decodes `s` into code points (ill-formed sequences become U+FFFD).
inline std::u32string to_u32(std::string_view s) {
  std::u32string r;
  r.reserve(s.size());
  for_each_code_point(s, [&](char32_t c, std::size_t, std::size_t) { r.push_back(c); });
  return r;
}

inline bool is_space(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F;
}
inline bool is_ascii_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(char32_t c) noexcept { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char32_t c) noexcept { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_alpha(char32_t c) noexcept { return is_ascii_upper(c) || is_ascii_lower(c); }
inline char32_t ascii_lower(char32_t c) noexcept { return is_ascii_upper(c) ? c + 32 : c; }

}  // namespace hg
}  // namespace detail

// All of the toolkit lives in geul::hangul.
namespace hangul {

// ───────────────────────────── code points ─────────────────────────────

inline constexpr char32_t first_syllable = 0xAC00;  // 가
inline constexpr char32_t last_syllable = 0xD7A3;   // 힣
inline constexpr int choseong_count = 19;
inline constexpr int jungseong_count = 21;
inline constexpr int jongseong_count = 28;  // including "no final"

// A precomposed modern syllable (U+AC00..U+D7A3).
constexpr bool is_syllable(char32_t c) noexcept { return c >= first_syllable && c <= last_syllable; }

// Conjoining jamo by position (Hangul_Syllable_Type L, V, T), old Hangul included:
// U+1100..U+11FF, U+A960..U+A97C (Extended-A initials), U+D7B0..U+D7FB (Extended-B).
constexpr bool is_choseong_jamo(char32_t c) noexcept {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0xA960 && c <= 0xA97C);
}
constexpr bool is_jungseong_jamo(char32_t c) noexcept {
  return (c >= 0x1160 && c <= 0x11A7) || (c >= 0xD7B0 && c <= 0xD7C6);
}
constexpr bool is_jongseong_jamo(char32_t c) noexcept {
  return (c >= 0x11A8 && c <= 0x11FF) || (c >= 0xD7CB && c <= 0xD7FB);
}
constexpr bool is_conjoining_jamo(char32_t c) noexcept {
  return is_choseong_jamo(c) || is_jungseong_jamo(c) || is_jongseong_jamo(c);
}
// The jamo that compose into modern syllables: 19 initials, 21 vowels, 27 finals.
constexpr bool is_modern_conjoining_jamo(char32_t c) noexcept {
  return (c >= 0x1100 && c <= 0x1112) || (c >= 0x1161 && c <= 0x1175) || (c >= 0x11A8 && c <= 0x11C2);
}
// Conjoining jamo of old Hangul (neither modern nor the two fillers U+115F, U+1160).
constexpr bool is_old_hangul_jamo(char32_t c) noexcept {
  return is_conjoining_jamo(c) && !is_modern_conjoining_jamo(c) && c != 0x115F && c != 0x1160;
}
// Hangul Compatibility Jamo block: the assigned letters U+3131..U+318E.
constexpr bool is_compatibility_jamo(char32_t c) noexcept { return c >= 0x3131 && c <= 0x318E; }
// Modern compatibility consonants ㄱ..ㅎ (including clusters ㄳ.. and doubles ㄲ..).
constexpr bool is_consonant_jamo(char32_t c) noexcept { return c >= 0x3131 && c <= 0x314E; }
// Modern compatibility vowels ㅏ..ㅣ.
constexpr bool is_vowel_jamo(char32_t c) noexcept { return c >= 0x314F && c <= 0x3163; }
// Any Hangul letter: syllables, conjoining and compatibility jamo, halfwidth Hangul.
constexpr bool is_hangul(char32_t c) noexcept {
  return is_syllable(c) || is_conjoining_jamo(c) || is_compatibility_jamo(c) || (c >= 0xFFA0 && c <= 0xFFDC);
}

// Initial/vowel/final indices of a syllable (jongseong 0 = no final).
struct JamoIndex {
  int choseong = 0;   // 0..18
  int jungseong = 0;  // 0..20
  int jongseong = 0;  // 0..27
};

constexpr std::optional<JamoIndex> syllable_index(char32_t s) noexcept {
  if (!is_syllable(s)) return std::nullopt;
  int i = static_cast<int>(s - first_syllable);
  return JamoIndex{i / (21 * 28), (i % (21 * 28)) / 28, i % 28};
}

// The syllable with these indices, or 0 when an index is out of range.
constexpr char32_t syllable_from_index(int choseong, int jungseong, int jongseong = 0) noexcept {
  if (choseong < 0 || choseong >= 19 || jungseong < 0 || jungseong >= 21 || jongseong < 0 || jongseong >= 28)
    return 0;
  return first_syllable + static_cast<char32_t>((choseong * 21 + jungseong) * 28 + jongseong);
}

// A syllable as compatibility jamo (es-hangul's disassembleCompleteCharacter).
struct SyllableJamo {
  char32_t choseong = 0;
  char32_t jungseong = 0;
  char32_t jongseong = 0;  // 0 when there is no final
};

constexpr std::optional<SyllableJamo> disassemble_syllable(char32_t s) noexcept {
  if (!is_syllable(s)) return std::nullopt;
  int i = static_cast<int>(s - first_syllable);
  return SyllableJamo{detail::hg::cho_jamo[i / (21 * 28)],
                      detail::hg::jamo_a + static_cast<char32_t>((i % (21 * 28)) / 28),
                      detail::hg::jong_jamo[i % 28]};
}

// Positions a compatibility jamo can take in a modern syllable.
constexpr int choseong_index_of(char32_t jamo) noexcept {
  return is_consonant_jamo(jamo) ? detail::hg::consonant_to_cho[jamo - 0x3131] : -1;
}
constexpr int jungseong_index_of(char32_t jamo) noexcept {
  return is_vowel_jamo(jamo) ? static_cast<int>(jamo - detail::hg::jamo_a) : -1;
}
constexpr int jongseong_index_of(char32_t jamo) noexcept {  // 0 when it cannot be a final
  return is_consonant_jamo(jamo) ? detail::hg::consonant_to_jong[jamo - 0x3131] : 0;
}
constexpr bool can_be_choseong(char32_t jamo) noexcept { return choseong_index_of(jamo) >= 0; }
constexpr bool can_be_jungseong(char32_t jamo) noexcept { return jungseong_index_of(jamo) >= 0; }
constexpr bool can_be_jongseong(char32_t jamo) noexcept { return jongseong_index_of(jamo) > 0; }

// Builds a syllable from compatibility jamo (clusters such as ㅘ or ㄺ given as
// one jamo); jongseong 0 = none. Returns 0 when they do not form a syllable.
constexpr char32_t combine_character(char32_t choseong, char32_t jungseong, char32_t jongseong = 0) noexcept {
  int l = choseong_index_of(choseong), v = jungseong_index_of(jungseong);
  int t = jongseong == 0 ? 0 : jongseong_index_of(jongseong);
  if (l < 0 || v < 0 || (jongseong != 0 && t == 0)) return 0;
  return syllable_from_index(l, v, t);
}

// A compound compatibility jamo split into its two parts ({c, 0} when it is not one).
// Vowels: ㅘ ㅙ ㅚ ㅝ ㅞ ㅟ ㅢ; final clusters: ㄳ ㄵ ㄶ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅄ.
// Double consonants (ㄲ ㄸ ㅃ ㅆ ㅉ) are single letters of the alphabet and stay whole.
struct JamoPair {
  char32_t first = 0;
  char32_t second = 0;
};
constexpr JamoPair split_compound_jamo(char32_t c) noexcept {
  switch (c) {
    case 0x3133: return {0x3131, 0x3145};  // ㄳ
    case 0x3135: return {0x3134, 0x3148};  // ㄵ
    case 0x3136: return {0x3134, 0x314E};  // ㄶ
    case 0x313A: return {0x3139, 0x3131};  // ㄺ
    case 0x313B: return {0x3139, 0x3141};  // ㄻ
    case 0x313C: return {0x3139, 0x3142};  // ㄼ
    case 0x313D: return {0x3139, 0x3145};  // ㄽ
    case 0x313E: return {0x3139, 0x314C};  // ㄾ
    case 0x313F: return {0x3139, 0x314D};  // ㄿ
    case 0x3140: return {0x3139, 0x314E};  // ㅀ
    case 0x3144: return {0x3142, 0x3145};  // ㅄ
    case 0x3158: return {0x3157, 0x314F};  // ㅘ
    case 0x3159: return {0x3157, 0x3150};  // ㅙ
    case 0x315A: return {0x3157, 0x3163};  // ㅚ
    case 0x315D: return {0x315C, 0x3153};  // ㅝ
    case 0x315E: return {0x315C, 0x3154};  // ㅞ
    case 0x315F: return {0x315C, 0x3163};  // ㅟ
    case 0x3162: return {0x3161, 0x3163};  // ㅢ
    default: return {c, 0};
  }
}

// ㅗ+ㅏ → ㅘ …; 0 when the two vowels do not form one.
constexpr char32_t combine_vowels(char32_t a, char32_t b) noexcept {
  for (char32_t c = 0x3158; c <= 0x3162; ++c) {
    JamoPair p = split_compound_jamo(c);
    if (p.second != 0 && p.first == a && p.second == b) return c;
  }
  return 0;
}

// ㄹ+ㄱ → ㄺ … (the final clusters); 0 when the two consonants do not form one.
constexpr char32_t combine_consonants(char32_t a, char32_t b) noexcept {
  for (char32_t c = 0x3133; c <= 0x3144; ++c) {
    JamoPair p = split_compound_jamo(c);
    if (p.second != 0 && p.first == a && p.second == b) return c;
  }
  return 0;
}

// Compatibility jamo of a conjoining jamo (ᄀ and ᆨ both → ㄱ), following
// UnicodeData.txt for old Hangul; a compatibility jamo maps to itself; 0 if none.
constexpr char32_t to_compatibility_jamo(char32_t c) noexcept {
  if (is_compatibility_jamo(c)) return c;
  if (c >= 0x1100 && c <= 0x1112) return detail::hg::cho_jamo[c - 0x1100];
  if (c >= 0x1161 && c <= 0x1175) return detail::hg::jamo_a + (c - 0x1161);
  if (c >= 0x11A8 && c <= 0x11C2) return detail::hg::jong_jamo[c - 0x11A7];
  for (int i = 0; i < 94; ++i)
    if (detail::hg::compat_to_conjoining[i] == c) return 0x3131 + static_cast<char32_t>(i);
  return 0;
}

// Conjoining jamo of a compatibility jamo in one position; 0 if it cannot take
// it. Modern letters by the syllable tables; the others by UnicodeData.txt,
// which gives each letter one position (ㅀ as an initial is old Hangul U+111A).
namespace detail_position {
template <class IsPosition>
constexpr char32_t from_ucd(char32_t compat, IsPosition is_position) noexcept {
  if (!is_compatibility_jamo(compat)) return 0;
  char32_t x = detail::hg::compat_to_conjoining[compat - 0x3131];
  return is_position(x) ? x : 0;
}
}  // namespace detail_position
constexpr char32_t to_choseong_jamo(char32_t compat) noexcept {
  int l = choseong_index_of(compat);
  if (l >= 0) return 0x1100 + static_cast<char32_t>(l);
  return detail_position::from_ucd(compat, [](char32_t x) { return is_choseong_jamo(x); });
}
constexpr char32_t to_jungseong_jamo(char32_t compat) noexcept {
  int v = jungseong_index_of(compat);
  if (v >= 0) return 0x1161 + static_cast<char32_t>(v);
  return detail_position::from_ucd(compat, [](char32_t x) { return is_jungseong_jamo(x); });
}
constexpr char32_t to_jongseong_jamo(char32_t compat) noexcept {
  int t = jongseong_index_of(compat);
  if (t > 0) return 0x11A7 + static_cast<char32_t>(t);
  return detail_position::from_ucd(compat, [](char32_t x) { return is_jongseong_jamo(x); });
}

// Which finals has_batchim accepts: `single` is one letter (ㄱ, ㄲ, ㅆ …),
// `compound` a cluster of two different letters (ㄳ, ㄺ, ㅄ …, 겹받침).
enum class Batchim { any, single, compound };

constexpr bool has_batchim(char32_t syllable, Batchim which = Batchim::any) noexcept {
  if (!is_syllable(syllable)) return false;
  int t = static_cast<int>(syllable - first_syllable) % 28;
  if (t == 0) return false;
  bool compound = detail::hg::cluster_first[t] >= 0;
  return which == Batchim::any || (which == Batchim::compound) == compound;
}

// The initial of a syllable as a compatibility jamo (0 if not a syllable).
constexpr char32_t choseong_of(char32_t syllable) noexcept {
  return is_syllable(syllable) ? detail::hg::cho_jamo[(syllable - first_syllable) / (21 * 28)] : 0;
}

// ───────────────────────────── strings: jamo ─────────────────────────────

namespace detail_jamo {
// Appends the compatibility jamo of one code point (clusters split); false if
// the code point is not modern Hangul (then nothing is appended).
inline bool append_jamo(std::string& out, char32_t c) {
  if (is_syllable(c)) {
    SyllableJamo j = *disassemble_syllable(c);
    detail::hg::put(out, j.choseong);
    JamoPair v = split_compound_jamo(j.jungseong);
    detail::hg::put(out, v.first);
    if (v.second) detail::hg::put(out, v.second);
    if (j.jongseong) {
      JamoPair t = split_compound_jamo(j.jongseong);
      detail::hg::put(out, t.first);
      if (t.second) detail::hg::put(out, t.second);
    }
    return true;
  }
  char32_t m = 0;
  if (is_consonant_jamo(c) || is_vowel_jamo(c)) m = c;
  else if (is_modern_conjoining_jamo(c)) m = to_compatibility_jamo(c);
  if (m == 0) return false;
  JamoPair p = split_compound_jamo(m);
  detail::hg::put(out, p.first);
  if (p.second) detail::hg::put(out, p.second);
  return true;
}
}  // namespace detail_jamo

// Appends the compatibility-jamo spelling of `text` to `out`: syllables and
// modern conjoining jamo become compatibility jamo with clusters split
// (값 → ㄱㅏㅂㅅ, 과 → ㄱㅗㅏ); everything else is copied.
inline void disassemble_to(std::string_view text, std::string& out) {
  for_each_code_point(text, [&](char32_t c, std::size_t, std::size_t) {
    if (!detail_jamo::append_jamo(out, c)) detail::hg::put(out, c);
  });
}

// disassemble("안녕") == "ㅇㅏㄴㄴㅕㅇ" (es-hangul's disassemble).
inline std::string disassemble(std::string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  disassemble_to(text, out);
  return out;
}

// One string per code point: its jamo (as in disassemble), or the character itself.
inline std::vector<std::string> disassemble_to_groups(std::string_view text) {
  std::vector<std::string> groups;
  for_each_code_point(text, [&](char32_t c, std::size_t, std::size_t) {
    std::string g;
    if (!detail_jamo::append_jamo(g, c)) detail::hg::put(g, c);
    groups.push_back(std::move(g));
  });
  return groups;
}

namespace detail_jamo {
// The 2-beolsik input automaton (what a Korean keyboard driver does): consonants
// become finals while they can, a final moves to the next syllable when a vowel
// follows (a cluster gives up only its second part), vowels and final
// consonants combine into ㅘ, ㄺ … when typed one after the other.
class Automaton {
 public:
  explicit Automaton(std::string& out) : out_(out) {}

  void consonant(char32_t c) {
    if (cho_ && jung_) {
      if (!jong_ && can_be_jongseong(c)) {
        jong_ = c;
        return;
      }
      if (jong_) {
        char32_t cc = combine_consonants(jong_, c);
        if (cc) {
          jong_ = cc;
          return;
        }
      }
    }
    flush();
    if (can_be_choseong(c)) cho_ = c;
    else detail::hg::put(out_, c);  // a cluster such as ㄳ cannot start a syllable
  }

  void vowel(char32_t v) {
    if (cho_ && jung_ && jong_) {
      JamoPair p = split_compound_jamo(jong_);
      char32_t moving = p.second ? p.second : p.first;
      jong_ = p.second ? p.first : 0;
      flush();
      cho_ = moving;
      jung_ = v;
      return;
    }
    if (jung_) {
      char32_t cv = combine_vowels(jung_, v);
      if (cv) {
        jung_ = cv;
        return;
      }
      flush();
      jung_ = v;
      return;
    }
    jung_ = v;  // after an initial, or a vowel on its own
  }

  void other(char32_t c) {
    flush();
    detail::hg::put(out_, c);
  }

  void flush() {
    if (jung_ && cho_) detail::hg::put(out_, combine_character(cho_, jung_, jong_));
    else if (jung_) detail::hg::put(out_, jung_);
    else if (cho_) detail::hg::put(out_, cho_);
    cho_ = jung_ = jong_ = 0;
  }

  // Feeds one code point; syllables are fed as their jamo so that "방ㅇ"+"ㅔ" → "방에".
  void feed(char32_t c) {
    if (is_syllable(c)) {
      SyllableJamo j = *disassemble_syllable(c);
      consonant(j.choseong);
      JamoPair v = split_compound_jamo(j.jungseong);
      vowel(v.first);
      if (v.second) vowel(v.second);
      if (j.jongseong) {
        JamoPair t = split_compound_jamo(j.jongseong);
        consonant(t.first);
        if (t.second) consonant(t.second);
      }
      return;
    }
    char32_t m = is_modern_conjoining_jamo(c) ? to_compatibility_jamo(c) : c;
    if (is_consonant_jamo(m)) consonant(m);
    else if (is_vowel_jamo(m)) vowel(m);
    else other(c);
  }

 private:
  std::string& out_;
  char32_t cho_ = 0, jung_ = 0, jong_ = 0;
};
}  // namespace detail_jamo

// Appends `text` with its jamo assembled into syllables (see Automaton).
inline void assemble_to(std::string_view text, std::string& out) {
  detail_jamo::Automaton a(out);
  for_each_code_point(text, [&](char32_t c, std::size_t, std::size_t) { a.feed(c); });
  a.flush();
}

// assemble("ㅇㅏㄴㄴㅕㅇ") == "안녕"; assemble("ㄷㅏㄹㄱㅡㄴ") == "달근".
inline std::string assemble(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  assemble_to(text, out);
  return out;
}

// Removes the last jamo, as backspace does while typing: 값 → 갑, 과 → 고,
// 전화 → 전호, 안녕 → 안녀; a non-Hangul last character is removed whole.
inline std::string remove_last_jamo(std::string_view text) {
  std::u32string cs = detail::hg::to_u32(text);
  if (cs.empty()) return {};
  std::string out;
  out.reserve(text.size());
  for (std::size_t k = 0; k + 1 < cs.size(); ++k) detail::hg::put(out, cs[k]);
  char32_t c = cs.back();
  std::string jamo;
  if (!detail_jamo::append_jamo(jamo, c)) return out;
  std::u32string js = detail::hg::to_u32(jamo);
  js.pop_back();
  detail_jamo::Automaton a(out);
  for (char32_t j : js) a.feed(j);
  a.flush();
  return out;
}

// Conjoining jamo (NFD-style) for every precomposed syllable; the rest is copied.
inline std::string decompose_syllables(std::string_view text) {
  std::string out;
  out.reserve(text.size() * 2);
  for_each_code_point(text, [&](char32_t c, std::size_t, std::size_t) {
    if (auto ix = syllable_index(c)) {
      detail::hg::put(out, 0x1100 + static_cast<char32_t>(ix->choseong));
      detail::hg::put(out, 0x1161 + static_cast<char32_t>(ix->jungseong));
      if (ix->jongseong) detail::hg::put(out, 0x11A7 + static_cast<char32_t>(ix->jongseong));
    } else {
      detail::hg::put(out, c);
    }
  });
  return out;
}

// Composes modern conjoining jamo L V (T), and LV syllables followed by T, into
// precomposed syllables (the Hangul part of canonical composition); old Hangul
// and everything else is copied.
inline std::string compose_syllables(std::string_view text) {
  std::u32string cs = detail::hg::to_u32(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < cs.size(); ++i) {
    char32_t c = cs[i];
    if (c >= 0x1100 && c <= 0x1112 && i + 1 < cs.size() && cs[i + 1] >= 0x1161 && cs[i + 1] <= 0x1175) {
      char32_t s = syllable_from_index(static_cast<int>(c - 0x1100), static_cast<int>(cs[i + 1] - 0x1161));
      ++i;
      if (i + 1 < cs.size() && cs[i + 1] >= 0x11A8 && cs[i + 1] <= 0x11C2) s += cs[++i] - 0x11A7;
      detail::hg::put(out, s);
    } else if (is_syllable(c) && (c - first_syllable) % 28 == 0 && i + 1 < cs.size() && cs[i + 1] >= 0x11A8 &&
               cs[i + 1] <= 0x11C2) {
      detail::hg::put(out, c + (cs[++i] - 0x11A7));
    } else {
      detail::hg::put(out, c);
    }
  }
  return out;
}

// True when `text` is non-empty and every code point is Hangul (is_hangul(char32_t)).
inline bool is_hangul(std::string_view text) {
  if (text.empty()) return false;
  bool all = true;
  for_each_code_point(text, [&](char32_t c, std::size_t, std::size_t) { all = all && is_hangul(c); });
  return all;
}

// Does the last character of `text` have a final consonant (of the given kind)?
inline bool has_batchim(std::string_view text, Batchim which = Batchim::any) {
  char32_t last = 0;
  for_each_code_point(text, [&](char32_t c, std::size_t, std::size_t) { last = c; });
  return has_batchim(last, which);
}

namespace detail_jamo {
// One jamo, or two that combine (ㅗㅏ, ㄹㄱ), given as a string.
inline std::u32string up_to_two(std::string_view s) {
  std::u32string u = detail::hg::to_u32(s);
  return u.size() <= 2 ? u : std::u32string();
}
}  // namespace detail_jamo

inline bool can_be_choseong(std::string_view jamo) {
  std::u32string u = detail::hg::to_u32(jamo);
  return u.size() == 1 && can_be_choseong(u[0]);
}
inline bool can_be_jungseong(std::string_view jamo) {
  std::u32string u = detail_jamo::up_to_two(jamo);
  if (u.size() == 1) return can_be_jungseong(u[0]);
  return u.size() == 2 && combine_vowels(u[0], u[1]) != 0;
}
inline bool can_be_jongseong(std::string_view jamo) {
  std::u32string u = detail_jamo::up_to_two(jamo);
  if (u.size() == 1) return can_be_jongseong(u[0]);
  return u.size() == 2 && combine_consonants(u[0], u[1]) != 0;
}

// String form of combine_character: each part is one jamo or two that combine
// ("ㅗㅏ", "ㄹㄱ"); jongseong may be empty. Returns "" when they do not form a syllable.
inline std::string combine_character(std::string_view choseong, std::string_view jungseong,
                                     std::string_view jongseong = {}) {
  auto one = [](std::string_view s, bool vowel) -> char32_t {
    std::u32string u = detail_jamo::up_to_two(s);
    if (u.size() == 1) return u[0];
    if (u.size() == 2) return vowel ? combine_vowels(u[0], u[1]) : combine_consonants(u[0], u[1]);
    return 0;
  };
  std::u32string l = detail::hg::to_u32(choseong);
  if (l.size() != 1) return {};
  char32_t v = one(jungseong, true);
  char32_t t = jongseong.empty() ? 0 : one(jongseong, false);
  if (v == 0 || (!jongseong.empty() && t == 0)) return {};
  char32_t s = combine_character(l[0], v, t);
  return s ? to_utf8(s) : std::string();
}

// Levenshtein distance between the jamo spellings (disassemble) of two texts:
// 알트만/올트먼 → 2 (two vowels), where the syllable distance is also 2 but
// 알트만/알트먼 differ by 1 jamo. Useful to compare spellings of foreign names.
inline std::size_t jamo_distance(std::string_view a, std::string_view b) {
  std::u32string x = detail::hg::to_u32(disassemble(a)), y = detail::hg::to_u32(disassemble(b));
  std::vector<std::size_t> prev(y.size() + 1), cur(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      std::size_t sub = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
      cur[j] = std::min(std::min(prev[j] + 1, cur[j - 1] + 1), sub);
    }
    prev.swap(cur);
  }
  return prev[y.size()];
}

// ───────────────────────────── choseong ─────────────────────────────

struct ChoseongOptions {
  // false: keep only initials, compatibility consonants and whitespace (es-hangul's
  // default); true: keep every other character too (digits, Latin, punctuation).
  bool keep_non_hangul = false;
};

// get_choseong("샘 알트만") == "ㅅ ㅇㅌㅁ". Modern conjoining initials (NFD text)
// count as initials; conjoining vowels and finals are dropped.
inline std::string get_choseong(std::string_view text, const ChoseongOptions& opt = {}) {
  std::string out;
  for_each_code_point(text, [&](char32_t c, std::size_t, std::size_t) {
    if (is_syllable(c)) detail::hg::put(out, choseong_of(c));
    else if (c >= 0x1100 && c <= 0x1112) detail::hg::put(out, detail::hg::cho_jamo[c - 0x1100]);
    else if (is_consonant_jamo(c) || detail::hg::is_space(c)) detail::hg::put(out, c);
    else if (is_jungseong_jamo(c) || is_jongseong_jamo(c)) return;
    else if (opt.keep_non_hangul) detail::hg::put(out, c);
  });
  return out;
}

struct ChoseongSearchOptions {
  // Whitespace in the text that the query does not have is skipped, so "ㅅㅇㅌㅁ"
  // finds "샘 알트만" (the match span then covers the space).
  bool skip_spaces = true;
  // The last query syllable may be unfinished, as while typing: "알트마" finds
  // "알트만", "고" finds "과", and "간" finds "가나" (its final may be the next initial).
  bool partial_last_syllable = true;
};

namespace detail_choseong {
struct QueryUnit {
  enum Kind { initial, syllable, literal } kind = literal;
  char32_t c = 0;  // initial: the compatibility consonant; syllable/literal: the code point
};

inline std::vector<QueryUnit> parse_query(std::string_view query) {
  std::vector<QueryUnit> q;
  for_each_code_point(query, [&](char32_t c, std::size_t, std::size_t) {
    if (is_syllable(c)) {
      q.push_back({QueryUnit::syllable, c});
    } else if (can_be_choseong(c)) {
      q.push_back({QueryUnit::initial, c});
    } else if (is_consonant_jamo(c)) {
      // An IME turns ㄱ then ㅅ into ㄳ when no vowel follows: read it as two initials.
      JamoPair p = split_compound_jamo(c);
      q.push_back({QueryUnit::initial, p.first});
      q.push_back({QueryUnit::initial, p.second});
    } else {
      q.push_back({QueryUnit::literal, c});
    }
  });
  return q;
}

struct TextChar {
  char32_t c;
  std::size_t offset, length;
};

// Does the unfinished query syllable q match text syllable t (followed by `next`)?
inline bool partial_syllable_match(char32_t q, char32_t t, char32_t next) {
  JamoIndex a = *syllable_index(q), b = *syllable_index(t);
  if (a.choseong != b.choseong) return false;
  if (a.jongseong == 0) {  // 고 ~ 과: the query vowel may be the first half of the text vowel
    if (a.jungseong == b.jungseong) return true;
    JamoPair v = split_compound_jamo(detail::hg::jamo_a + static_cast<char32_t>(b.jungseong));
    return v.second && v.first == detail::hg::jamo_a + static_cast<char32_t>(a.jungseong);
  }
  if (a.jungseong != b.jungseong) return false;
  // The query final must be a prefix of the consonants after the text vowel:
  // the text's final (split) followed by the next syllable's initial.
  std::u32string after;
  if (b.jongseong) {
    JamoPair p = split_compound_jamo(detail::hg::jong_jamo[b.jongseong]);
    after.push_back(p.first);
    if (p.second) after.push_back(p.second);
  }
  if (is_syllable(next)) after.push_back(choseong_of(next));
  JamoPair qf = split_compound_jamo(detail::hg::jong_jamo[a.jongseong]);
  std::u32string want(1, qf.first);
  if (qf.second) want.push_back(qf.second);
  return after.compare(0, want.size(), want) == 0;
}

inline bool unit_matches(const QueryUnit& u, const std::vector<TextChar>& t, std::size_t k, bool last,
                         const ChoseongSearchOptions& opt) {
  char32_t c = t[k].c;
  switch (u.kind) {
    case QueryUnit::initial: return choseong_of(c) == u.c || c == u.c;
    case QueryUnit::syllable:
      if (c == u.c) return true;
      if (!(last && opt.partial_last_syllable && is_syllable(c))) return false;
      return partial_syllable_match(u.c, c, k + 1 < t.size() ? t[k + 1].c : 0);
    case QueryUnit::literal:
      if (detail::hg::is_space(u.c)) return detail::hg::is_space(c);
      return detail::hg::ascii_lower(c) == detail::hg::ascii_lower(u.c);
  }
  return false;
}

// Matches q against t starting at k; returns the end index (exclusive) or 0.
inline std::size_t match_at(const std::vector<QueryUnit>& q, const std::vector<TextChar>& t, std::size_t k,
                            const ChoseongSearchOptions& opt) {
  for (std::size_t j = 0; j < q.size(); ++j) {
    bool query_space = q[j].kind == QueryUnit::literal && detail::hg::is_space(q[j].c);
    if (j > 0 && opt.skip_spaces && !query_space)
      while (k < t.size() && detail::hg::is_space(t[k].c)) ++k;
    if (k >= t.size() || !unit_matches(q[j], t, k, j + 1 == q.size(), opt)) return 0;
    ++k;
  }
  return k;
}
}  // namespace detail_choseong

// Every non-overlapping match of `query` in `text`, as byte spans of `text`.
// A query is any mix of initials (ㅇㅌㅁ), full syllables (알) and other
// characters (ASCII compared case-insensitively): "알ㅌ" finds "알트만".
inline std::vector<Span> choseong_search_all(std::string_view text, std::string_view query,
                                             const ChoseongSearchOptions& opt = {}) {
  using namespace detail_choseong;
  std::vector<Span> found;
  std::vector<QueryUnit> q = parse_query(query);
  if (q.empty()) return found;
  std::vector<TextChar> t;
  for_each_code_point(text, [&](char32_t c, std::size_t off, std::size_t len) { t.push_back({c, off, len}); });
  for (std::size_t k = 0; k < t.size();) {
    std::size_t end = match_at(q, t, k, opt);
    if (end) {
      found.push_back({t[k].offset, t[end - 1].offset + t[end - 1].length});
      k = end;
    } else {
      ++k;
    }
  }
  return found;
}

// The first match (see choseong_search_all), or nullopt.
inline std::optional<Span> choseong_search(std::string_view text, std::string_view query,
                                           const ChoseongSearchOptions& opt = {}) {
  using namespace detail_choseong;
  std::vector<QueryUnit> q = parse_query(query);
  if (q.empty()) return std::nullopt;
  std::vector<TextChar> t;
  for_each_code_point(text, [&](char32_t c, std::size_t off, std::size_t len) { t.push_back({c, off, len}); });
  for (std::size_t k = 0; k < t.size(); ++k) {
    std::size_t end = match_at(q, t, k, opt);
    if (end) return Span{t[k].offset, t[end - 1].offset + t[end - 1].length};
  }
  return std::nullopt;
}

inline bool choseong_includes(std::string_view text, std::string_view query, const ChoseongSearchOptions& opt = {}) {
  return choseong_search(text, query, opt).has_value();
}

// ───────────────────────────── numbers ─────────────────────────────

namespace detail_number {
inline constexpr std::string_view digit_names[10] = {"영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"};
inline constexpr std::string_view small_units[4] = {"", "십", "백", "천"};
// 10^(4k): 만 억 조 경 해 자 양 구 간 정 재 극 (up to 10^48).
inline constexpr std::string_view big_units[13] = {"",   "만", "억", "조", "경", "해", "자",
                                                   "양", "구", "간", "정", "재", "극"};
inline constexpr std::size_t max_digits = 52;

// Reads a group of up to four digits ("0123" → "백이십삼").
inline void read_group(std::string& out, std::string_view g, bool omit_one) {
  std::size_t n = g.size();
  for (std::size_t i = 0; i < n; ++i) {
    int d = g[i] - '0';
    std::size_t pos = n - 1 - i;  // 3 = 천 … 0 = ones
    if (d == 0) continue;
    if (!(d == 1 && pos > 0 && omit_one)) out += digit_names[d];
    out += small_units[pos];
  }
}
}  // namespace detail_number

struct NumberOptions {
  // Space between 만-groups, as 한글 맞춤법 제44항 writes numbers:
  // "일억 이천삼백사십오만 육천칠백팔십구".
  bool spacing = false;
  // Say 십, 백, 천 and 만 rather than 일십, 일백, 일천, 일만 (everyday reading;
  // 억 and larger keep 일: 일억). false gives the formal reading of cheques.
  bool omit_leading_one = true;
};

// Sino-Korean reading of a decimal number given as text: an optional sign,
// digits (commas between digits allowed), an optional fraction ("3.14" →
// "삼점일사"). Up to 52 integer digits (극, 10^48). nullopt if not a number.
inline std::optional<std::string> number_to_hangul(std::string_view number, const NumberOptions& opt = {}) {
  using namespace detail_number;
  std::size_t i = 0;
  bool negative = false;
  if (i < number.size() && (number[i] == '-' || number[i] == '+')) negative = number[i++] == '-';
  std::string digits, fraction;
  bool in_fraction = false;
  for (; i < number.size(); ++i) {
    char ch = number[i];
    if (ch >= '0' && ch <= '9') {
      (in_fraction ? fraction : digits).push_back(ch);
    } else if (ch == ',' && !in_fraction && !digits.empty() && i + 1 < number.size() && number[i + 1] >= '0' &&
               number[i + 1] <= '9') {
      continue;
    } else if (ch == '.' && !in_fraction && !digits.empty()) {
      in_fraction = true;
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty() || (in_fraction && fraction.empty())) return std::nullopt;
  std::size_t nz = digits.find_first_not_of('0');
  digits = nz == std::string::npos ? std::string("0") : digits.substr(nz);
  if (digits.size() > max_digits) return std::nullopt;

  std::string out;
  if (digits == "0") {
    out = "영";
  } else {
    std::size_t groups = (digits.size() + 3) / 4;
    std::size_t first_len = digits.size() - (groups - 1) * 4;
    for (std::size_t g = 0; g < groups; ++g) {
      std::size_t begin = g == 0 ? 0 : first_len + (g - 1) * 4;
      std::string_view grp(digits.data() + begin, g == 0 ? first_len : 4);
      if (grp.find_first_not_of('0') == std::string_view::npos) continue;
      std::size_t unit = groups - 1 - g;
      if (opt.spacing && !out.empty()) out.push_back(' ');
      bool just_one = grp.find_first_not_of('0') == grp.size() - 1 && grp.back() == '1';
      // 만 rather than 일만; 억 and larger keep 일 (일억).
      if (!(just_one && unit == 1 && opt.omit_leading_one)) read_group(out, grp, opt.omit_leading_one);
      out += big_units[unit];
    }
  }
  if (!fraction.empty()) {
    out += opt.spacing ? " 점 " : "점";
    for (char ch : fraction) out += digit_names[ch - '0'];
  }
  if (negative && out != "영") out = (opt.spacing ? "마이너스 " : "마이너스") + out;
  return out;
}

// number_to_hangul(123456789) == "일억이천삼백사십오만육천칠백팔십구".
inline std::string number_to_hangul(std::int64_t n, const NumberOptions& opt = {}) {
  std::uint64_t mag = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
  std::string s = std::to_string(mag);
  if (n < 0) s.insert(s.begin(), '-');
  return *number_to_hangul(s, opt);
}

struct MixedNumberOptions {
  bool spacing = true;              // "1억 2,345만 6,789" (false: "1억2,345만6,789")
  bool thousands_separator = true;  // commas inside a group (false: "1억 2345만 6789", as 제44항 writes)
};

// Digits per 만-group with Hangul units, as news writes amounts: 123456789 →
// "1억 2,345만 6,789" (es-hangul's numberToHangulMixed).
inline std::string number_to_hangul_mixed(std::int64_t n, const MixedNumberOptions& opt = {}) {
  using namespace detail_number;
  std::uint64_t mag = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
  if (mag == 0) return "0";
  std::vector<std::uint64_t> groups;
  for (std::uint64_t m = mag; m; m /= 10000) groups.push_back(m % 10000);
  std::string out = n < 0 ? "-" : "";
  bool first = true;
  for (std::size_t g = groups.size(); g-- > 0;) {
    if (groups[g] == 0) continue;
    if (!first && opt.spacing) out.push_back(' ');
    first = false;
    std::string v = std::to_string(groups[g]);
    if (opt.thousands_separator && v.size() == 4) v.insert(1, ",");
    out += v;
    out += big_units[g];
  }
  return out;
}

namespace detail_number {
inline constexpr std::string_view native_ones[10] = {"",     "하나", "둘",   "셋",   "넷",
                                                     "다섯", "여섯", "일곱", "여덟", "아홉"};
inline constexpr std::string_view native_ones_counter[10] = {"",     "한",   "두",   "세",   "네",
                                                             "다섯", "여섯", "일곱", "여덟", "아홉"};
inline constexpr std::string_view native_tens[10] = {"",     "열",   "스물", "서른", "마흔",
                                                     "쉰",   "예순", "일흔", "여든", "아흔"};
}  // namespace detail_number

// Native Korean numeral (고유어 수사) for 1..99, and 100 = 백: 하나, 열하나,
// 스물, 아흔아홉. counter_form gives the form before a counter (수관형사):
// 한, 두, 세, 네, 스무 (exactly 20), 스물한 … ("세 명", "스무 살"). "" outside 1..100.
inline std::string native_number(int n, bool counter_form = false) {
  using namespace detail_number;
  if (n == 100) return "백";
  if (n < 1 || n > 99) return {};
  int tens = n / 10, ones = n % 10;
  if (counter_form && n == 20) return "스무";
  std::string out(native_tens[tens]);
  out += counter_form ? native_ones_counter[ones] : native_ones[ones];
  return out;
}

// Native ordinal (서수사): 첫째, 둘째, 셋째, 넷째, 열한째, 열두째, 스무째,
// 스물두째 …; from 100 the Sino-Korean number + 째 (백째). "" when n < 1.
inline std::string native_ordinal(std::int64_t n) {
  using namespace detail_number;
  if (n < 1) return {};
  if (n >= 100) return number_to_hangul(n) + "째";
  int tens = static_cast<int>(n / 10), ones = static_cast<int>(n % 10);
  std::string out(native_tens[tens]);
  if (ones == 0) {
    if (tens == 2) out = "스무";
  } else if (ones == 1) {
    out += tens == 0 ? "첫" : "한";
  } else if (ones == 2) {
    out += tens == 0 ? "둘" : "두";
  } else {
    out += native_ones[ones];
  }
  return out + "째";
}

// Native words for a number of days (날수): 하루, 이틀, 사흘 … 열흘, 열하루 …
// 스무날, 스무하루 … 서른날, for 1..30; "" otherwise.
inline std::string native_days(int n) {
  static constexpr std::string_view ones[10] = {"",   "하루", "이틀", "사흘",   "나흘",
                                                "닷새", "엿새", "이레", "여드레", "아흐레"};
  if (n < 1 || n > 30) return {};
  if (n == 10) return "열흘";
  if (n == 20) return "스무날";
  if (n == 30) return "서른날";
  std::string out = n > 20 ? "스무" : n > 10 ? "열" : "";
  out += ones[n % 10];
  return out;
}

// Hangul (or mixed) number words back to a value: "일억이천만" → 120000000,
// "3억 5천만" → 350000000, "만 이천" → 12000, "마이너스 십" → -10. Sino-Korean
// digits, 십/백/천 and 만/억/조/경, ASCII digits (commas allowed), spaces.
// nullopt when the text is not such a number or does not fit in int64.
inline std::optional<std::int64_t> hangul_to_number(std::string_view text) {
  std::u32string s = detail::hg::to_u32(text);
  std::size_t i = 0;
  auto skip_spaces = [&] {
    while (i < s.size() && detail::hg::is_space(s[i])) ++i;
  };
  auto mul = [](std::uint64_t a, std::uint64_t b, std::uint64_t& r) {
    if (a != 0 && b > UINT64_MAX / a) return false;
    r = a * b;
    return true;
  };
  auto add = [](std::uint64_t a, std::uint64_t b, std::uint64_t& r) {
    if (b > UINT64_MAX - a) return false;
    r = a + b;
    return true;
  };
  skip_spaces();
  bool negative = false;
  if (i < s.size() && s[i] == '-') {
    negative = true, ++i;
  } else if (s.size() - i >= 4 && s.compare(i, 4, U"마이너스") == 0) {
    negative = true, i += 4;
  }
  std::uint64_t total = 0, group = 0, pending = 0;
  bool has_pending = false, group_seen = false, any = false, zero_word = false;
  std::uint64_t last_small = 10000, last_big = UINT64_MAX;
  static constexpr std::u32string_view sino = U"일이삼사오육칠팔구";
  for (skip_spaces(); i < s.size(); skip_spaces()) {
    char32_t c = s[i];
    if (detail::hg::is_ascii_digit(c)) {
      if (has_pending) return std::nullopt;
      std::uint64_t v = 0;
      for (; i < s.size(); ++i) {
        if (detail::hg::is_ascii_digit(s[i])) {
          if (!mul(v, 10, v) || !add(v, s[i] - U'0', v)) return std::nullopt;
        } else if (s[i] == ',' && i + 1 < s.size() && detail::hg::is_ascii_digit(s[i + 1])) {
          continue;
        } else {
          break;
        }
      }
      pending = v, has_pending = true, group_seen = true, any = true;
      continue;
    }
    ++i;
    std::size_t d = sino.find(c);
    if (d != std::u32string_view::npos) {
      if (has_pending) return std::nullopt;
      pending = d + 1, has_pending = true, group_seen = true, any = true;
    } else if (c == U'영' || c == U'공') {
      if (any) return std::nullopt;
      zero_word = true;
    } else if (c == U'십' || c == U'백' || c == U'천') {
      std::uint64_t unit = c == U'십' ? 10 : c == U'백' ? 100 : 1000;
      if (unit >= last_small || (has_pending && pending > 9)) return std::nullopt;
      group += (has_pending ? pending : 1) * unit;
      last_small = unit, has_pending = false, group_seen = true, any = true;
    } else if (c == U'만' || c == U'억' || c == U'조' || c == U'경') {
      std::uint64_t unit = c == U'만' ? 10000ull : c == U'억' ? 100000000ull : c == U'조' ? 1000000000000ull
                                                                                      : 10000000000000000ull;
      if (unit >= last_big) return std::nullopt;
      std::uint64_t g = group + (has_pending ? pending : 0);
      if (!group_seen) g = 1;  // "만" alone is ten thousand
      std::uint64_t part;
      if (g == 0 || !mul(g, unit, part) || !add(total, part, total)) return std::nullopt;
      last_big = unit, last_small = 10000, group = 0, has_pending = false, group_seen = false, any = true;
    } else {
      return std::nullopt;
    }
  }
  if (zero_word) return any ? std::nullopt : std::optional<std::int64_t>(0);
  if (!any) return std::nullopt;
  if (!add(total, group + (has_pending ? pending : 0), total)) return std::nullopt;
  if (negative) {
    if (total > static_cast<std::uint64_t>(INT64_MAX) + 1) return std::nullopt;
    return total == 0 ? 0 : -static_cast<std::int64_t>(total - 1) - 1;
  }
  if (total > static_cast<std::uint64_t>(INT64_MAX)) return std::nullopt;
  return static_cast<std::int64_t>(total);
}

// ───────────────────────────── josa ─────────────────────────────

// How the last word of a text ends when read aloud, which decides the particle.
enum class FinalSound {
  vowel,      // 사과, AI (에이아이), 2 (이), 5% (퍼센트), Uber (우버)
  rieul,      // 서울, 1 (일), URL (엘), Google (구글): takes 로 rather than 으로
  consonant,  // 한국, 3 (삼), 10 (십), IBM (엠), Slack (슬랙)
  unknown,    // Hanja, emoji, nothing readable
};

namespace detail_josa {
// Final consonant of a reading, as a final index (0 = vowel, -1 = unknown).
inline constexpr int vowel = 0, unknown = -1, j_giyeok = 1, j_nieun = 4, j_rieul = 8, j_mieum = 16, j_bieup = 17,
                     j_siot = 19, j_ieung = 21;

// Final of the Korean name of a Latin letter: A 에이 … L 엘, M 엠, N 엔, R 알.
inline int letter_final(char32_t c) {
  switch (detail::hg::ascii_lower(c)) {
    case 'l': case 'r': return j_rieul;
    case 'm': return j_mieum;
    case 'n': return j_nieun;
    default: return vowel;
  }
}

// Acronyms read as words where that changes the final sound (NASA 나사 and
// N-A-S-A 에이 both end in a vowel, so NASA needs no entry; KOSDAQ 코스닥 ends
// in ㄱ but Q 큐 in a vowel).
struct WordAcronym {
  std::string_view word;
  int final_;
};
inline constexpr WordAcronym word_acronyms[] = {
    {"OPEC", j_giyeok}, {"KOSDAQ", j_giyeok}, {"NASDAQ", j_giyeok}, {"JPEG", j_giyeok}, {"SPAC", j_giyeok},
};

// Unit abbreviations right after a number, read as the unit (5kg 킬로그램,
// 10km 킬로미터, 3t 톤), where that differs from reading the last letter.
inline constexpr WordAcronym units[] = {
    {"km", vowel},   {"cm", vowel}, {"mm", vowel},   {"nm", vowel},  {"m", vowel},      {"kg", j_mieum},
    {"g", j_mieum},  {"mg", j_mieum}, {"l", vowel},  {"ml", vowel},  {"t", j_nieun},    {"kcal", vowel},
    {"cal", vowel},
};

inline bool is_vowel_letter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The final sound of an English word in its usual Korean transcription
// (외래어 표기법): a heuristic on the spelling's ending, documented in docs/hangul.md.
inline int english_word_final(const std::string& w) {
  std::size_t n = w.size();
  if (n == 0) return unknown;
  auto ends = [&](std::string_view suf) { return n >= suf.size() && w.compare(n - suf.size(), suf.size(), suf) == 0; };
  char last = w[n - 1];
  // A doubled final letter counts once (app, Matt): look at what precedes it.
  std::size_t body = (n >= 2 && w[n - 2] == last) ? n - 1 : n;
  char prev = body >= 2 ? w[body - 2] : '\0';
  char prev2 = body >= 3 ? w[body - 3] : '\0';
  // A short vowel before a final stop keeps the stop as 받침 (cat 캣, web 웹);
  // a long vowel or a cluster adds 으 (Nike 나이키, print 프린트).
  bool short_vowel = is_vowel_letter(prev) && !is_vowel_letter(prev2) && prev2 != 'y' && prev2 != 'w';
  if (ends("ng")) return j_ieung;                     // Samsung 삼성, Boeing 보잉
  if (last == 'm') return j_mieum;                    // Zoom 줌, Ethereum 이더리움
  if (last == 'n') return j_nieun;                    // Amazon 아마존, Python 파이썬
  if (last == 'l') return j_rieul;                    // Intel 인텔, Excel 엑셀
  if (ends("le")) return j_rieul;                     // Google 구글, Apple 애플
  if (ends("me")) return j_mieum;                     // Chrome 크롬, game 게임
  if (ends("ne")) return j_nieun;                     // iPhone 아이폰, line 라인
  if (ends("ck") || last == 'c') return j_giyeok;     // Slack 슬랙, Mac 맥
  if (last == 'k') return short_vowel || ends("ook") ? j_giyeok : vowel;  // Grok 그록, Facebook 페이스북; Nike? (e)
  if (last == 't') return short_vowel || ends("out") ? j_siot : vowel;   // chat 챗, layout 레이아웃; print 프린트
  if (last == 'p') return short_vowel || ends("oup") ? j_bieup : vowel;  // app 앱, group 그룹; jeep 지프
  if (last == 'b') return short_vowel ? j_bieup : vowel;                  // web 웹, club 클럽
  return vowel;  // -r (Uber 우버), -y, -s, -x, -d, -g, -e …: a vowel in transcription
}

// The final (as a final index) of the reading of the number ending at `end`
// in `s` (digits, commas, one decimal point), read in Sino-Korean.
inline int number_final(const std::u32string& s, std::size_t end) {
  std::size_t b = end;
  while (b > 0 && (detail::hg::is_ascii_digit(s[b - 1]) || s[b - 1] == ',' || s[b - 1] == '.')) --b;
  std::string digits;
  for (std::size_t k = b; k < end; ++k)
    if (s[k] != ',') digits.push_back(static_cast<char>(s[k]));
  while (!digits.empty() && !(digits.back() >= '0' && digits.back() <= '9')) digits.pop_back();
  if (digits.empty()) return unknown;
  static constexpr int digit_final[10] = {j_ieung, j_rieul, vowel, j_mieum, vowel,
                                          vowel,   j_giyeok, j_rieul, j_rieul, vowel};  // 영 일 이 삼 사 오 육 칠 팔 구
  std::size_t dot = digits.find('.');
  if (dot != std::string::npos) return digit_final[digits.back() - '0'];  // decimals: digit by digit
  std::size_t last_nz = digits.find_last_not_of('0');
  if (last_nz == std::string::npos) return j_ieung;  // 영
  std::size_t zeros = digits.size() - 1 - last_nz;
  if (zeros == 0) return digit_final[digits.back() - '0'];
  if (zeros == 1) return j_bieup;   // 십
  if (zeros == 2) return j_giyeok;  // 백
  if (zeros == 3) return j_nieun;   // 천
  // 만 억 조 경 해 자 양 구 간 정 재 극
  static constexpr int big_final[13] = {unknown, j_nieun, j_giyeok, vowel, j_ieung, vowel,  vowel,
                                        j_ieung, vowel,   j_nieun,  j_ieung, vowel, j_giyeok};
  std::size_t unit = zeros / 4;
  return unit < 13 ? big_final[unit] : unknown;
}

inline bool is_closing_bracket(char32_t c) { return c == ')' || c == ']' || c == '}' || c == 0xFF09 || c == 0xFF3D; }
inline char32_t opening_of(char32_t c) {
  switch (c) {
    case ')': return '(';
    case ']': return '[';
    case '}': return '{';
    case 0xFF09: return 0xFF08;
    case 0xFF3D: return 0xFF3B;
    default: return 0;
  }
}

// Final of the reading of s[0, end); recursion handles "(…)" groups.
inline int final_of(const std::u32string& s, std::size_t end, int depth = 0) {
  while (end > 0) {
    char32_t c = s[end - 1];
    if (is_closing_bracket(c)) {
      // Orthography reads the word before a parenthesis: 샘 알트만(Sam Altman)은.
      char32_t open = opening_of(c);
      std::size_t k = end - 1;
      int level = 0;
      std::size_t open_at = std::u32string::npos;
      while (k-- > 0) {
        if (s[k] == c) ++level;
        else if (s[k] == open) {
          if (level == 0) {
            open_at = k;
            break;
          }
          --level;
        }
      }
      if (open_at == std::u32string::npos) {
        --end;  // unbalanced: skip the bracket
        continue;
      }
      std::size_t before = open_at;
      while (before > 0 && detail::hg::is_space(s[before - 1])) --before;
      if (before > 0 && depth < 8) {
        int f = final_of(s, before, depth + 1);
        if (f != unknown) return f;
      }
      return depth < 8 ? final_of(std::u32string(s, open_at + 1, end - 2 - open_at), end - 2 - open_at, depth + 1)
                       : unknown;
    }
    if (c == '%' || c == 0xFF05) return vowel;             // 퍼센트
    if (c == 0x2103 || c == 0x00B0) return vowel;          // 도
    if (is_syllable(c)) return static_cast<int>(c - first_syllable) % 28;
    if (is_consonant_jamo(c)) {  // read by its name: 기역, 니은, 리을 …, all ending in a consonant
      if (c == 0x3139) return j_rieul;
      return c == 0x3134 ? j_nieun : c == 0x3141 ? j_mieum : j_giyeok;
    }
    if (is_vowel_jamo(c)) return vowel;
    if (c >= 0x11A8 && c <= 0x11C2) return static_cast<int>(c - 0x11A7);  // NFD final
    if (is_jungseong_jamo(c)) return vowel;
    if (detail::hg::is_ascii_digit(c)) return number_final(s, end);
    if (detail::hg::is_ascii_alpha(c)) {
      std::size_t b = end;
      while (b > 0 && detail::hg::is_ascii_alpha(s[b - 1])) --b;
      std::string word;
      for (std::size_t k = b; k < end; ++k) word.push_back(static_cast<char>(s[k]));
      bool after_digit = b > 0 && detail::hg::is_ascii_digit(s[b - 1]);
      std::string lower;
      for (char ch : word) lower.push_back(static_cast<char>(detail::hg::ascii_lower(static_cast<char32_t>(ch))));
      if (after_digit)
        for (const auto& u : units)
          if (u.word == lower) return u.final_;
      if (word.size() == 1) return letter_final(c);
      bool all_upper = true;
      for (char ch : word) all_upper = all_upper && detail::hg::is_ascii_upper(static_cast<char32_t>(ch));
      if (all_upper) {
        for (const auto& a : word_acronyms)
          if (a.word == word) return a.final_;
        return letter_final(c);  // CEO 씨이오, KBS 케이비에스
      }
      // Camel case ending in capitals (OpenAI, ChatGPT): read the capitals as letters.
      if (detail::hg::is_ascii_upper(c)) return letter_final(c);
      std::size_t cap = word.size();
      while (cap > 0 && !detail::hg::is_ascii_upper(static_cast<char32_t>(word[cap - 1]))) --cap;
      // iPhone → "phone": the last capitalised part is the word that is read last.
      return english_word_final(cap > 1 ? lower.substr(cap - 1) : lower);
    }
    if (detail::hg::is_space(c) || c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 ||
        c == 0x2019 || c == 0x300D || c == 0x300F || c == 0x300B || c == 0x3009 || c == 0x00BB || c == '>' ||
        c == '.' || c == ',' || c == '!' || c == '?' || c == 0x2026 || c == '~' || c == 0x00B7 || c == '-' ||
        c == '*' || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E) {
      --end;  // closing quotes and trailing punctuation: read what they enclose
      continue;
    }
    return unknown;
  }
  return unknown;
}

inline int final_of(std::string_view word) {
  std::u32string s = detail::hg::to_u32(word);
  return final_of(s, s.size());
}

// A particle pair split into its forms after a consonant and after a vowel.
struct Forms {
  std::string_view after_consonant, after_vowel;
  bool rieul_takes_vowel_form = false;  // 으로 family: 서울로
  bool ryul = false;                    // 률/율, 렬/열: 율 after a vowel or ㄴ
};

inline bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

inline Forms parse_pair(std::string_view pair) {
  std::size_t slash = pair.find('/');
  std::string_view a = pair.substr(0, slash), b = slash == std::string_view::npos ? a : pair.substr(slash + 1);
  Forms f{a, b};
  auto is_pair = [&](std::string_view x, std::string_view y) { return (a == x && b == y) || (a == y && b == x); };
  if (is_pair("률", "율") || is_pair("렬", "열")) {
    f.after_consonant = (a == "률" || a == "렬") ? a : b;
    f.after_vowel = f.after_consonant == a ? b : a;
    f.ryul = true;
    return f;
  }
  if (is_pair("은", "는") || is_pair("을", "를") || is_pair("과", "와") || is_pair("아", "야")) {
    bool a_first = a == "은" || a == "을" || a == "과" || a == "아";
    f.after_consonant = a_first ? a : b;
    f.after_vowel = a_first ? b : a;
    return f;
  }
  // Otherwise the consonant form is the one that starts with 이 or 으
  // (이/가, 이나/나, 으로/로, 이에요/예요, 이었다/였다 …).
  bool a_marked = starts_with(a, "이") || starts_with(a, "으");
  bool b_marked = starts_with(b, "이") || starts_with(b, "으");
  if (b_marked && !a_marked) f = Forms{b, a};
  f.rieul_takes_vowel_form = starts_with(f.after_consonant, "으");
  return f;
}

inline std::string_view choose(const Forms& f, int fin) {
  if (f.ryul) return (fin == vowel || fin == j_nieun) ? f.after_vowel : f.after_consonant;
  if (fin == vowel) return f.after_vowel;
  if (fin == j_rieul && f.rieul_takes_vowel_form) return f.after_vowel;
  return f.after_consonant;
}
}  // namespace detail_josa

// How the text ends when read aloud (see FinalSound): Hangul by its last
// syllable; digits by their Sino-Korean reading (10 십, 1000 천, 3.5 오);
// Latin acronyms letter by letter (CEO 씨이오), known word-acronyms as words
// (NASA 나사), words by a spelling heuristic (Google 구글, Slack 슬랙, Uber
// 우버); after a closing parenthesis, the word before it; through quotes.
inline FinalSound final_sound(std::string_view text) {
  int f = detail_josa::final_of(text);
  if (f == detail_josa::unknown) return FinalSound::unknown;
  if (f == detail_josa::vowel) return FinalSound::vowel;
  if (f == detail_josa::j_rieul) return FinalSound::rieul;
  return FinalSound::consonant;
}

// The particle form that fits `word`: pair is "이/가", "은/는", "을/를", "과/와",
// "으로/로", "이나/나", "이랑/랑", "아/야", "이에요/예요", "이라/라", "이여/여",
// "이야/야", "으로서/로서", "으로써/로써", "으로부터/로부터", "이며/며",
// "이든/든", "이라도/라도", "이란/란" … in either order, and the suffix pairs
// "률/율", "렬/열" (율 after a vowel or ㄴ: 비율, 백분율, 합격률). Returns a view
// into `pair`. When the reading is unknown, the after-consonant form.
inline std::string_view pick_josa(std::string_view word, std::string_view pair) {
  detail_josa::Forms f = detail_josa::parse_pair(pair);
  int fin = detail_josa::final_of(word);
  if (fin == detail_josa::unknown) return f.after_consonant;
  return detail_josa::choose(f, fin);
}

struct JosaOptions {
  // When the reading is unknown (Hanja, emoji), write both forms the way Korean
  // text does: "漢字이(가)". false: the after-consonant form alone.
  bool mark_unknown = true;
};

// word + the particle that fits: josa("오픈AI", "이/가") == "오픈AI가".
// The word is copied exactly as given (even ill-formed bytes); only the
// particle is added.
inline std::string josa(std::string_view word, std::string_view pair, const JosaOptions& opt = {}) {
  detail_josa::Forms f = detail_josa::parse_pair(pair);
  int fin = detail_josa::final_of(word);
  std::string out(word);
  if (fin == detail_josa::unknown && opt.mark_unknown && !f.ryul && f.after_consonant != f.after_vowel) {
    out.append(f.after_consonant);
    out.push_back('(');
    out.append(f.after_vowel);
    out.push_back(')');
    return out;
  }
  out.append(fin == detail_josa::unknown ? f.after_consonant : detail_josa::choose(f, fin));
  return out;
}

// ───────────────────────────── keyboard ─────────────────────────────

namespace detail_keyboard {
// KS X 5002 2-beolsik: a..z, then the five shifted keys.
inline constexpr char32_t lower_keys[26] = {
    0x3141, 0x3160, 0x314A, 0x3147, 0x3137, 0x3139, 0x314E, 0x3157, 0x3151, 0x3153, 0x314F, 0x3163, 0x3161,
    0x315C, 0x3150, 0x3154, 0x3142, 0x3131, 0x3134, 0x3145, 0x3155, 0x314D, 0x3148, 0x314C, 0x315B, 0x314B};
// Shift gives ㅃ ㅉ ㄸ ㄲ ㅆ ㅒ ㅖ on Q W E R T O P; other capitals type the lower jamo.
inline constexpr char32_t shifted(char32_t c) {
  switch (c) {
    case 'Q': return 0x3143;
    case 'W': return 0x3149;
    case 'E': return 0x3138;
    case 'R': return 0x3132;
    case 'T': return 0x3146;
    case 'O': return 0x3152;
    case 'P': return 0x3156;
    default: return 0;
  }
}
inline char32_t key_to_jamo(char32_t c) {
  if (detail::hg::is_ascii_lower(c)) return lower_keys[c - 'a'];
  if (detail::hg::is_ascii_upper(c)) {
    char32_t s = shifted(c);
    return s ? s : lower_keys[c - 'A'];
  }
  return 0;
}
inline char jamo_to_key(char32_t j) {
  for (int i = 0; i < 26; ++i)
    if (lower_keys[i] == j) return static_cast<char>('a' + i);
  for (char c : {'Q', 'W', 'E', 'R', 'T', 'O', 'P'})
    if (shifted(static_cast<char32_t>(c)) == j) return c;
  return 0;
}
}  // namespace detail_keyboard

// Latin letters to the jamo on the same keys, without assembling: "dkssud" →
// "ㅇㅏㄴㄴㅕㅇ" (es-hangul's convertQwertyToAlphabet). Other characters are kept.
inline std::string qwerty_to_jamo(std::string_view keys) {
  std::string out;
  out.reserve(keys.size() * 3);
  for_each_code_point(keys, [&](char32_t c, std::size_t, std::size_t) {
    char32_t j = detail_keyboard::key_to_jamo(c);
    detail::hg::put(out, j ? j : c);
  });
  return out;
}

// Text typed with the keyboard left in Latin mode, as Hangul: qwerty_to_hangul("dkssud") == "안녕".
inline std::string qwerty_to_hangul(std::string_view keys) { return assemble(qwerty_to_jamo(keys)); }

// The keys to type `text` on a 2-beolsik keyboard: hangul_to_qwerty("안녕") == "dkssud",
// "빨리" → "Qkffl". Characters that are not modern Hangul are kept.
inline std::string hangul_to_qwerty(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](char32_t c, std::size_t, std::size_t) {
    std::string jamo;
    if (!detail_jamo::append_jamo(jamo, c)) {
      detail::hg::put(out, c);
      return;
    }
    for_each_code_point(jamo, [&](char32_t j, std::size_t, std::size_t) {
      char k = detail_keyboard::jamo_to_key(j);
      if (k) out.push_back(k);
      else detail::hg::put(out, j);
    });
  });
  return out;
}

// ───────────────────── pronunciation and romanization ─────────────────────

struct PronunciationOptions {
  // 된소리되기 (표준 발음법 제23–25항 and 제12항 2): 국밥 → [국빱], 앉고 → [안꼬].
  bool tensification = true;
  // ㄱ ㄷ ㅂ ㅈ + ㅎ → ㅋ ㅌ ㅍ ㅊ (제12항 1 붙임 1): 축하 → [추카]. The Revised
  // Romanization keeps the h in nouns (묵호 Mukho): romanize sets this from its option.
  bool aspirate_after_obstruent = true;
};

namespace detail_pron {
enum : int {  // initial indices
  C_G = 0, C_GG = 1, C_N = 2, C_D = 3, C_DD = 4, C_R = 5, C_M = 6, C_B = 7, C_BB = 8, C_S = 9, C_SS = 10,
  C_O = 11, C_J = 12, C_JJ = 13, C_CH = 14, C_K = 15, C_T = 16, C_P = 17, C_H = 18
};
enum : int {  // final indices
  T_NONE = 0, T_G = 1, T_GG = 2, T_GS = 3, T_N = 4, T_NJ = 5, T_NH = 6, T_D = 7, T_L = 8, T_LG = 9, T_LM = 10,
  T_LB = 11, T_LS = 12, T_LT = 13, T_LP = 14, T_LH = 15, T_M = 16, T_B = 17, T_BS = 18, T_S = 19, T_SS = 20,
  T_NG = 21, T_J = 22, T_CH = 23, T_K = 24, T_T = 25, T_P = 26, T_H = 27
};
inline constexpr int V_I = 20;  // ㅣ

struct Syl {
  int cho, jung, jong;
  char32_t original;
};

// 받침의 대표음 (제9–11항): the seven sounds a final can have before a consonant
// or at the end. next_cho is the following initial (-1 at the end).
inline int neutralize(int jong, int next_cho, char32_t syllable) {
  switch (jong) {
    case T_G: case T_GG: case T_K: case T_GS: return T_G;
    case T_N: case T_NJ: case T_NH: return T_N;
    case T_D: case T_S: case T_SS: case T_J: case T_CH: case T_T: case T_H: return T_D;
    case T_L: case T_LS: case T_LT: case T_LH: return T_L;
    case T_LB: return syllable == U'밟' ? T_B : T_L;  // 제10항 다만: 밟- is [밥]
    case T_LG:
      // 제11항 다만: verb stems in ㄺ say [ㄹ] before ㄱ (맑게 [말께]); the nouns 닭, 흙, 칡 do not.
      if (next_cho == C_G && syllable != U'닭' && syllable != U'흙' && syllable != U'칡') return T_L;
      return T_G;
    case T_LM: return T_M;
    case T_M: return T_M;
    case T_B: case T_P: case T_BS: case T_LP: return T_B;
    case T_NG: return T_NG;
    default: return T_NONE;
  }
}

inline int single_final_to_cho(int jong) { return detail::hg::jong_to_cho[jong]; }

// Rewrites the boundary between a (final) and b (initial), 표준 발음법 제12–20항.
inline void boundary(Syl& a, Syl& b, const PronunciationOptions& opt) {
  const int F = a.jong, I = b.cho, V = b.jung;
  auto set = [&](int f, int i) { a.jong = f, b.cho = i; };
  bool tense = false, cluster_tense = false;
  if (F == T_NONE) return;
  if (I == C_O) {  // 제13–14항 연음, 제12항 4 (ㅎ drops), 제17항 구개음화
    switch (F) {
      case T_NG: return;
      case T_H: set(T_NONE, C_O); return;
      case T_NH: set(T_NONE, C_N); return;
      case T_LH: set(T_NONE, C_R); return;
      case T_D: set(T_NONE, V == V_I ? C_J : C_D); return;
      case T_T: set(T_NONE, V == V_I ? C_CH : C_T); return;
      case T_LT: set(T_L, V == V_I ? C_CH : C_T); return;
      default:
        if (detail::hg::cluster_first[F] >= 0) {
          set(detail::hg::cluster_first[F], detail::hg::cluster_second[F]);
          tense = true;  // 값을 [갑쓸]: the moved second part follows an obstruent
        } else {
          set(T_NONE, single_final_to_cho(F));
        }
    }
  } else if (I == C_H) {  // 제12항 1 붙임 1: obstruent + ㅎ → aspirate
    bool asp = opt.aspirate_after_obstruent;
    switch (F) {
      case T_G: case T_GG: case T_K: case T_GS: asp ? set(T_NONE, C_K) : set(T_G, C_H); break;
      case T_D: case T_T:
        asp ? set(T_NONE, V == V_I ? C_CH : C_T) : set(T_D, C_H);  // 굳히다 [구치다] (제17항 붙임)
        break;
      case T_S: case T_SS: case T_CH: asp ? set(T_NONE, C_T) : set(T_D, C_H); break;
      case T_J: asp ? set(T_NONE, C_CH) : set(T_D, C_H); break;
      case T_B: case T_P: case T_BS: asp ? set(T_NONE, C_P) : set(T_B, C_H); break;
      case T_NJ: set(T_N, C_CH); break;  // 앉히다 [안치다]
      case T_LG: set(T_L, C_K); break;   // 밝히다 [발키다]
      case T_LB: case T_LP: set(T_L, C_P); break;
      case T_LT: case T_LS: set(T_L, C_T); break;
      case T_LM: set(T_M, C_H); break;
      case T_H: set(T_NONE, C_H); break;
      case T_NH: set(T_N, C_H); break;
      case T_LH: set(T_L, C_H); break;
      default: break;  // ㄴ ㄹ ㅁ ㅇ + ㅎ: kept (전화 jeonhwa)
    }
    return;
  } else if (F == T_H || F == T_NH || F == T_LH) {  // 제12항 1–3: ㅎ final before a consonant
    int base = F == T_H ? T_NONE : F == T_NH ? T_N : T_L;
    if (I == C_G) { set(base, C_K); return; }
    if (I == C_D) { set(base, C_T); return; }
    if (I == C_J) { set(base, C_CH); return; }
    if (I == C_S) { set(base, opt.tensification ? C_SS : C_S); return; }  // 닿소 [다쏘]
    if (I == C_N) { F == T_LH ? set(T_L, C_R) : set(T_N, C_N); return; }  // 놓는 [논는], 뚫는 [뚤른]
    a.jong = F == T_H ? T_D : base;
    boundary(a, b, opt);  // the rest as an ordinary final
    return;
  } else {
    int N = neutralize(F, I, a.original);
    if (I == C_R) {  // 제19–20항: ㄹ after a consonant
      if (N == T_L || N == T_N) set(T_L, C_R);          // 신라 [실라], 설날 → see below
      else if (N == T_M || N == T_NG) set(N, C_N);      // 종로 [종노]
      else if (N == T_G) set(T_NG, C_N);                // 백리 [뱅니]
      else if (N == T_D) set(T_N, C_N);
      else if (N == T_B) set(T_M, C_N);                 // 십리 [심니]
      else set(N, I);
    } else if (I == C_N || I == C_M) {  // 제18항 비음화, 제20항 유음화
      if (N == T_G) set(T_NG, I);
      else if (N == T_D) set(T_N, I);
      else if (N == T_B) set(T_M, I);
      else if (N == T_L && I == C_N) set(T_L, C_R);     // 설날 [설랄]
      else set(N, I);
    } else {
      set(N, I);
      tense = true;
    }
    // 제23–25항: verb-stem clusters ㄵ ㄻ ㄺ ㄼ ㄾ tense the next consonant
    // even when they are said with their sonorant (앉고 [안꼬], 맑게 [말께]).
    cluster_tense = F == T_NJ || F == T_LM || F == T_LG || F == T_LB || F == T_LT;
  }
  if ((tense || cluster_tense) && opt.tensification) {
    bool obstruent = a.jong == T_G || a.jong == T_D || a.jong == T_B;
    if (obstruent || cluster_tense) {
      switch (b.cho) {
        case C_G: b.cho = C_GG; break;
        case C_D: b.cho = C_DD; break;
        case C_B: b.cho = C_BB; break;
        case C_S: b.cho = C_SS; break;
        case C_J: b.cho = C_JJ; break;
        default: break;
      }
    }
  }
}

// Applies the pronunciation rules to one run of syllables (a word).
inline void pronounce(std::vector<Syl>& w, const PronunciationOptions& opt, bool sound_changes = true) {
  for (std::size_t k = 0; k + 1 < w.size(); ++k) {
    if (sound_changes) boundary(w[k], w[k + 1], opt);
    else w[k].jong = neutralize(w[k].jong, w[k + 1].cho, w[k].original);
  }
  if (!w.empty()) w.back().jong = neutralize(w.back().jong, -1, w.back().original);
}

inline Syl make_syl(char32_t c) {
  JamoIndex ix = *syllable_index(c);
  return {ix.choseong, ix.jungseong, ix.jongseong, c};
}

// Splits text into runs of syllables and the rest; calls word(run, begin_of_word)
// for syllable runs and other(cp) for the rest.
template <class Word, class Other>
void for_each_run(std::string_view text, Word&& word, Other&& other) {
  std::vector<Syl> run;
  bool at_word_start = true, run_at_word_start = true;
  for_each_code_point(text, [&](char32_t c, std::size_t, std::size_t) {
    if (is_syllable(c)) {
      if (run.empty()) run_at_word_start = at_word_start;
      run.push_back(make_syl(c));
      at_word_start = false;
      return;
    }
    if (!run.empty()) {
      word(run, run_at_word_start);
      run.clear();
    }
    other(c);
    at_word_start = detail::hg::is_space(c) || c == '(' || c == '"' || c == '\'' || c == 0x201C || c == 0x2018 ||
                    c == '[' || c == '-' || c == '/';
  });
  if (!run.empty()) word(run, run_at_word_start);
}
}  // namespace detail_pron

// The standard pronunciation (표준 발음법) of Hangul text, written in Hangul:
// 같이 → 가치, 신라 → 실라, 먹는 → 멍는, 좋고 → 조코, 국밥 → 국빱, 희망 → 히망.
// Word-internal rules only (a word is a run of syllables); lexical rules that
// need a dictionary (ㄴ 첨가 such as 솜이불 [솜니불], sai-siot) are not applied.
inline std::string standard_pronunciation(std::string_view text, const PronunciationOptions& opt = {}) {
  using namespace detail_pron;
  std::string out;
  out.reserve(text.size());
  for_each_run(
      text,
      [&](std::vector<Syl>& w, bool) {
        pronounce(w, opt);
        for (const Syl& s : w) {
          int jung = s.jung;
          if (jung == 19 && s.cho != C_O) jung = V_I;  // 제5항 다만 3: 희망 [히망]
          if (jung == 6 && (s.cho == C_J || s.cho == C_JJ || s.cho == C_CH)) jung = 4;  // 다만 1: 져 [저]
          detail::hg::put(out, syllable_from_index(s.cho, jung, s.jong));
        }
      },
      [&](char32_t c) { detail::hg::put(out, c); });
  return out;
}

struct RomanizeOptions {
  // Apply the sound changes that the Revised Romanization writes (제3장 제1항):
  // assimilation, liaison, palatalization, aspiration (not tensification).
  // false romanizes syllable by syllable (as for given names, 제4항).
  bool sound_changes = true;
  // ㄱ ㄷ ㅂ + ㅎ romanized as aspirates (좋고 joko is ㅎ+ㄱ and always aspirated;
  // 잡혀 japyeo). Set false for nouns, where the rule keeps h: 묵호 Mukho, 집현전 Jiphyeonjeon.
  bool aspirate_after_obstruent = true;
  // 제2항: hyphen where syllables could be misread: 중앙 Jung-ang, 반구대
  // Ban-gudae, 세운 Se-un, 해운대 Hae-undae.
  bool hyphenate = false;
  // 제3항: capital first letter of each word (proper nouns).
  bool capitalize = false;
};

namespace detail_roman {
inline constexpr std::string_view initial[19] = {"g", "kk", "n", "d", "tt", "r",  "m", "b", "pp", "s",
                                                 "ss", "",  "j", "jj", "ch", "k", "t", "p", "h"};
inline constexpr std::string_view vowel[21] = {"a",  "ae", "ya", "yae", "eo", "e",  "yeo", "ye", "o",  "wa", "wae",
                                               "oe", "yo", "u",  "wo",  "we", "wi", "yu",  "eu", "ui", "i"};
// Finals after neutralization: ㄱ k, ㄴ n, ㄷ t, ㄹ l, ㅁ m, ㅂ p, ㅇ ng.
inline std::string_view final_letters(int jong) {
  switch (jong) {
    case 1: return "k";
    case 4: return "n";
    case 7: return "t";
    case 8: return "l";
    case 16: return "m";
    case 17: return "p";
    case 21: return "ng";
    default: return "";
  }
}
// 제8항 transliteration: ㄱ ㄷ ㅂ ㄹ are always g d b l; finals are spelled out.
inline constexpr std::string_view translit_initial[19] = {"g", "kk", "n", "d", "tt", "l",  "m", "b", "pp", "s",
                                                          "ss", "",  "j", "jj", "ch", "k", "t", "p", "h"};
inline constexpr std::string_view translit_final[28] = {"",  "g",  "kk", "gs", "n",  "nj", "nh", "d",  "l",  "lg",
                                                        "lm", "lb", "ls", "lt", "lp", "lh", "m",  "b",  "bs", "s",
                                                        "ss", "ng", "j",  "ch", "k",  "t",  "p",  "h"};

inline bool is_vowel_letter(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y';
}

// 제2항: could the join of two romanized syllables be read another way?
inline bool needs_hyphen(const std::string& prev, std::string_view next) {
  if (prev.empty() || next.empty()) return false;
  char p = prev.back(), n = next.front();
  bool pv = p == 'a' || p == 'e' || p == 'i' || p == 'o' || p == 'u';
  if (pv && is_vowel_letter(n)) {
    std::string two{p, n};
    return two == "ae" || two == "eo" || two == "eu" || two == "oe" || two == "ui";  // 세운 Se-un
  }
  if (prev.size() >= 2 && prev.compare(prev.size() - 2, 2, "ng") == 0 && is_vowel_letter(n)) return true;  // Jung-ang
  return p == 'n' && n == 'g';  // Ban-gudae
}

// Romanized jamo for a compatibility jamo standing alone (ㅋ → k, ㅏ → a).
inline std::string_view lone_jamo(char32_t c) {
  if (is_vowel_jamo(c)) return vowel[c - detail::hg::jamo_a];
  int l = choseong_index_of(c);
  if (l == 11) return "ng";
  if (l >= 0) return translit_initial[l];
  int t = jongseong_index_of(c);
  if (t > 0) return translit_final[t];
  return {};
}

inline void capitalize_from(std::string& s, std::size_t pos) {
  for (std::size_t k = pos; k < s.size(); ++k)
    if (s[k] >= 'a' && s[k] <= 'z') {
      s[k] = static_cast<char>(s[k] - 32);
      return;
    }
}

inline void romanize_word(std::string& out, std::vector<detail_pron::Syl>& w, bool word_start,
                          const RomanizeOptions& opt) {
  PronunciationOptions po;
  po.tensification = false;  // 제1항 붙임: tensification is not written
  po.aspirate_after_obstruent = opt.aspirate_after_obstruent;
  detail_pron::pronounce(w, po, opt.sound_changes);
  std::size_t start = out.size();
  std::string prev;
  for (std::size_t k = 0; k < w.size(); ++k) {
    std::string cur;
    bool l_after_l = w[k].cho == detail_pron::C_R && k > 0 && w[k - 1].jong == detail_pron::T_L;
    cur += l_after_l ? std::string_view("l") : initial[w[k].cho];
    cur += vowel[w[k].jung];
    cur += final_letters(w[k].jong);
    if (opt.hyphenate && k > 0 && needs_hyphen(prev, cur)) out.push_back('-');
    out += cur;
    prev = std::move(cur);
  }
  if (opt.capitalize && word_start) capitalize_from(out, start);
}
}  // namespace detail_roman

// Revised Romanization of Korean (2000): romanize("왕십리") == "wangsimni",
// 신라 silla, 해돋이 haedoji, 같이 gachi, 좋고 joko, 설날 seollal, 백마 baengma.
// Non-Hangul text is kept; lone compatibility jamo are given their letters.
inline std::string romanize(std::string_view text, const RomanizeOptions& opt = {}) {
  std::string out;
  out.reserve(text.size());
  bool word_start_for_jamo = true;
  detail_pron::for_each_run(
      text,
      [&](std::vector<detail_pron::Syl>& w, bool word_start) {
        detail_roman::romanize_word(out, w, word_start, opt);
        word_start_for_jamo = false;
      },
      [&](char32_t c) {
        std::string_view j = detail_roman::lone_jamo(c);
        if (!j.empty()) {
          std::size_t start = out.size();
          out += j;
          if (opt.capitalize && word_start_for_jamo) detail_roman::capitalize_from(out, start);
          word_start_for_jamo = false;
        } else {
          detail::hg::put(out, c);
          word_start_for_jamo = detail::hg::is_space(c);
        }
      });
  return out;
}

// A personal name in the Revised Romanization (제4항): family name first,
// separated by a space, no sound changes across the given name's syllables,
// capitalized: 한복남 → "Han Boknam" (hyphenate_given_name: "Han Bok-nam").
// A space in the input marks the family name; otherwise it is the first
// syllable, or the first two for 남궁 황보 제갈 선우 독고 사공 서문 동방.
inline std::string romanize_name(std::string_view name, bool hyphenate_given_name = false) {
  std::u32string u = detail::hg::to_u32(name);
  std::size_t family_len = 1;
  std::size_t space = u.find(U' ');
  if (space != std::u32string::npos) {
    family_len = space;
  } else if (u.size() >= 3) {
    static constexpr std::u32string_view two[] = {U"남궁", U"황보", U"제갈", U"선우", U"독고", U"사공", U"서문", U"동방"};
    for (auto t : two)
      if (u.compare(0, 2, t) == 0) family_len = 2;
  }
  RomanizeOptions opt;
  opt.sound_changes = false;
  opt.capitalize = true;
  auto part = [&](std::u32string_view p) {
    std::string s;
    for (char32_t c : p) detail::hg::put(s, c);
    return s;
  };
  std::u32string_view all(u);
  std::string family = romanize(part(all.substr(0, family_len)), opt);
  std::size_t given_begin = space != std::u32string::npos ? space + 1 : family_len;
  std::u32string_view given = given_begin < u.size() ? all.substr(given_begin) : std::u32string_view();
  if (given.empty()) return family;
  std::string g;
  for (std::size_t k = 0; k < given.size(); ++k) {
    std::string syl = romanize(part(given.substr(k, 1)), RomanizeOptions{false, true, false, false});
    if (k > 0 && hyphenate_given_name) g.push_back('-');
    g += syl;
  }
  detail_roman::capitalize_from(g, 0);
  return family + " " + g;
}

namespace detail_roman {
inline bool is_initial_string(std::string_view s, int& cho) {
  for (int i = 0; i < 19; ++i)
    if (i != 11 && translit_initial[i] == s) {
      cho = i;
      return true;
    }
  return false;
}
inline bool is_final_string(std::string_view s, int& jong) {
  for (int i = 1; i < 28; ++i)
    if (translit_final[i] == s) {
      jong = i;
      return true;
    }
  return false;
}
// Splits the consonants between two vowels into final + initial: the split with
// the longest initial wins (so the encoder knows when to add a hyphen).
inline bool split_consonants(std::string_view c, int& jong, int& cho) {
  for (std::size_t ilen = c.size(); ilen >= 1; --ilen) {
    std::string_view f = c.substr(0, c.size() - ilen), i = c.substr(c.size() - ilen);
    int jj = 0, cc = 0;
    if (!is_initial_string(i, cc)) continue;
    if (f.empty()) {
      jong = 0, cho = cc;
      return true;
    }
    if (is_final_string(f, jj)) {
      jong = jj, cho = cc;
      return true;
    }
  }
  return false;
}
}  // namespace detail_roman

// Letter-by-letter transliteration (국어의 로마자 표기법 제3장 제8항): the
// Hangul spelling, not its sound, so that it can be turned back: ㄱ ㄷ ㅂ ㄹ
// are always g d b l, a silent ㅇ is "-" (omitted at the start of a word), and
// a hyphen also separates syllables that could be split another way:
// 없었습니다 → "eobs-eoss-seubnida", 물엿 → "mul-yeos", 조랑말 → "jolangmal".
inline std::string transliterate(std::string_view text) {
  using namespace detail_roman;
  std::string out;
  out.reserve(text.size());
  detail_pron::for_each_run(
      text,
      [&](std::vector<detail_pron::Syl>& w, bool) {
        for (std::size_t k = 0; k < w.size(); ++k) {
          const detail_pron::Syl& s = w[k];
          if (k > 0) {
            int prev_final = w[k - 1].jong;
            if (s.cho == detail_pron::C_O) {
              out.push_back('-');
            } else if (prev_final != 0) {
              std::string joined(translit_final[prev_final]);
              joined += translit_initial[s.cho];
              int jong = 0, cho = 0;
              if (!split_consonants(joined, jong, cho) || jong != prev_final || cho != s.cho) out.push_back('-');
            }
          }
          out += translit_initial[s.cho];
          out += vowel[s.jung];
          out += translit_final[s.jong];
        }
      },
      [&](char32_t c) { detail::hg::put(out, c); });
  return out;
}

// The inverse of transliterate: every run of lowercase letters (with hyphens)
// is read back into syllables; other characters are kept. nullopt when a run
// is not a valid transliteration.
inline std::optional<std::string> untransliterate(std::string_view text) {
  using namespace detail_roman;
  std::string out;
  std::size_t i = 0, n = text.size();
  auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto is_vowel_ch = [](char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y';
  };
  auto vowel_at = [&](std::size_t p, std::size_t end, int& jung) {
    std::size_t q = p;
    while (q < end && is_vowel_ch(text[q])) ++q;
    std::string_view v = text.substr(p, q - p);
    for (int k = 0; k < 21; ++k)
      if (vowel[k] == v) {
        jung = k;
        return q;
      }
    return std::string_view::npos;
  };
  while (i < n) {
    if (!is_lower(text[i])) {  // anything else is copied (ill-formed bytes as U+FFFD)
      const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + i;
      char32_t c;
      i += geul::detail::decode_one(p, reinterpret_cast<const unsigned char*>(text.data()) + n, c);
      detail::hg::put(out, c);
      continue;
    }
    std::size_t end = i;
    while (end < n && (is_lower(text[end]) || (text[end] == '-' && end + 1 < n && is_lower(text[end + 1])))) ++end;
    std::size_t p = i;
    int cho = detail_pron::C_O;
    // Leading consonants of the word are one initial.
    std::size_t q = p;
    while (q < end && is_lower(text[q]) && !is_vowel_ch(text[q])) ++q;
    if (q > p && !is_initial_string(text.substr(p, q - p), cho)) return std::nullopt;
    p = q;
    while (true) {
      int jung = 0;
      std::size_t after_vowel = p < end ? vowel_at(p, end, jung) : std::string_view::npos;
      if (after_vowel == std::string_view::npos) return std::nullopt;
      p = after_vowel;
      std::size_t c_end = p;
      while (c_end < end && text[c_end] != '-' && !is_vowel_ch(text[c_end])) ++c_end;
      std::string_view cons = text.substr(p, c_end - p);
      int jong = 0, next_cho = detail_pron::C_O;
      bool more = true;
      if (c_end == end) {  // end of the word: all of it is the final
        if (!cons.empty() && !is_final_string(cons, jong)) return std::nullopt;
        more = false;
      } else if (text[c_end] == '-') {  // explicit boundary
        if (!cons.empty() && !is_final_string(cons, jong)) return std::nullopt;
        std::size_t r = c_end + 1;
        std::size_t s = r;
        while (s < end && !is_vowel_ch(text[s])) ++s;
        if (s > r && !is_initial_string(text.substr(r, s - r), next_cho)) return std::nullopt;
        c_end = s;
      } else {  // a vowel follows: split final + initial
        if (cons.empty() || !split_consonants(cons, jong, next_cho)) return std::nullopt;
      }
      detail::hg::put(out, syllable_from_index(cho, jung, jong));
      if (!more) break;
      cho = next_cho;
      p = c_end;
    }
    i = end;
  }
  return out;
}

}  // namespace hangul
}  // namespace geul

#endif  // GEUL_HANGUL_HPP
