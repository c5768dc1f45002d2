// geul — person names in news articles: how an article names people, and
// whether two Hangul spellings can be one foreign name.
//
//   std::vector<NameEntity> people = geul::find_names(doc);
//   geul::transliteration_distance("브로크만", "브록만");   // small: one name
//   geul::transliteration_distance("이영", "이용");         // also small: Korean
//                                                        // names never merge by spelling
//
// Transliteration distance. Foreign names reach Korean text in several
// spellings (알트만/올트먼/알트먼, 브로크만/브록만/블록만, 코발치크/코왈칙).
// The spellings differ in the ways Hangul approximates foreign sounds, so
// the distance is an edit distance over a phoneme-like reading of the jamo,
// with low costs for exactly those alternations:
//   - vowels for an unstressed or foreign vowel: ㅏ/ㅓ/ㅗ, ㅗ/ㅜ, ㅓ/ㅡ (0.3),
//     ㅐ/ㅔ (0.1, one sound in today's Seoul speech), others 0.45–0.7;
//   - the epenthetic ㅡ that Korean adds after a final consonant (브로크 /
//     브록, 그레그 / 그렉): inserting or deleting ㅡ costs 0.2;
//   - plain/aspirated/tense consonants of one place (ㄱ/ㅋ/ㄲ, ㄷ/ㅌ/ㄸ,
//     ㅂ/ㅍ/ㅃ, ㅈ/ㅊ/ㅉ, ㅅ/ㅆ): 0.25; v/w (ㅂ and the w of ㅘ ㅝ ㅟ): 0.5;
//   - a doubled consonant is read once (블록/브록, 브렌너/브레너, 렛티/레티);
//     a dropped ㅎ (휘트컴/위트컴): 0.5; final ㄴ/ㅇ: 0.5;
//   - any other consonant change 1.0, insertion or deletion 0.8.
// The distance is the cost divided by the longer reading (0 = same reading).
// Final consonants are read as sounds: ㅅ ㅈ ㅊ ㅌ ㅎ as t, ㅋ ㄲ as k, ㅍ as p.
//
// Names in an article (find_names). A person is anchored by evidence the
// article itself gives, never by a name list:
//   - a title after the name, with up to two words of affiliation between
//     (알트만 CEO, 이영 중기부 장관, 마렉 코발치크 블루타이드 현장팀장,
//     지태윤 법무법인 온결 변호사); organizations are recognized by their
//     endings (…부, …공단, …시스템즈), a category noun before them (양자컴퓨터
//     기업 큐비트랩스), a one-word Latin original, or a head word standing
//     on its own after a brand (노르딕 모빌리티, 하베스트 바이오: both words
//     are the organization; the one list of endings and heads is
//     org_endings);
//   - a description before it (배우 오세준, 공동 창업자인 그레그 브로크만);
//   - a Latin original in parentheses (요스트 페르하겐(Joost Verhagen), an
//     `original` alias of analysis/entities.hpp) — two Hangul words and two
//     capitalized Latin words make a person (the original vouches for a
//     given name that ends like a city or looks Korean: 알렉시, 사물리),
//     unless the second word is an organization head (노르딕
//     모빌리티(Nordic Mobility)); one Hangul word with its original is an
//     organization and is not listed;
//   - an interview label of a broadcast script ([박은수/신고 어선 선장 : …],
//     [인터뷰] 민해솔/…);
//   - an age in parentheses or 씨/군 (최민혁(34)씨, 김순례 씨는, 양순자씨는).
// Two words before or after a role are a foreign name only with a sign of a
// transliteration (a syllable Korean given names do not use: 트, 크, 티,
// 렛 …) or when the surname stands alone elsewhere in the article (검사 공정
// 자동화 is a phrase). Korean names (a common surname and two or three
// syllables, written as one word) are kept apart from foreign ones: their
// variants are never merged by spelling, because 이영 and 이용 are different
// people. A foreign name's given name is the word right before the surname
// when that word appears nowhere else on its own and carries no particle
// (모빌리티의 라이띠넨 대표: 모빌리티의 is no given name). Every later
// occurrence of the surname (with or without a particle: 페르하겐은,
// 알트만·블록만과의) is a mention, and so is a word whose transliteration
// distance to an anchored foreign surname is small (the same article
// writing 올트먼 and 알트먼).
// Two people of one surname (알렉시 라이티넨(Aleksi Laitinen) and 사물리
// 라이티넨(Samuli Laitinen)) are two entities when their originals differ,
// or their given names are not two spellings of one (마렉 / 마레크 are one)
// and the second has evidence of its own: an original, or the full name
// written twice. A word written once before the surname (대개 라이티넨 CEO)
// is a stray word, not a third person. The surname written alone then
// names the person whose full name last precedes it; before any full name,
// the one written in full first.
#ifndef GEUL_ANALYSIS_NAMES_HPP
#define GEUL_ANALYSIS_NAMES_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "../news/document.hpp"
#include "../text/offsets.hpp"
#include "../text/sentences.hpp"
#include "../text/tokens.hpp"
#include "../unicode/utf8.hpp"
#include "entities.hpp"

namespace geul {

namespace detail {
namespace names {

// A phoneme-like symbol: consonants 0..39 (class * 4 + variant), vowels
// 64 + v, glides 96 (y) and 97 (w).
enum : std::uint8_t {
  c_k = 0, c_t = 1, c_p = 2, c_c = 3, c_s = 4, c_n = 5, c_l = 6, c_m = 7, c_h = 8, c_ng = 9,
};
enum : std::uint8_t { v_a = 64, v_eo, v_o, v_u, v_eu, v_i, v_e, v_ae };
enum : std::uint8_t { g_y = 96, g_w = 97 };

constexpr std::uint8_t consonant(std::uint8_t cls, std::uint8_t variant = 0) { return static_cast<std::uint8_t>(cls * 4 + variant); }
constexpr bool is_consonant(std::uint8_t s) { return s < 64; }
constexpr bool is_vowel(std::uint8_t s) { return s >= 64 && s < 96; }
constexpr bool is_glide(std::uint8_t s) { return s >= 96; }
constexpr std::uint8_t class_of(std::uint8_t s) { return static_cast<std::uint8_t>(s / 4); }

// Initials in syllable order ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ (ㅇ: none).
inline constexpr std::uint8_t initial_symbol[19] = {
    consonant(c_k, 0), consonant(c_k, 2), consonant(c_n), consonant(c_t, 0), consonant(c_t, 2),
    consonant(c_l), consonant(c_m), consonant(c_p, 0), consonant(c_p, 2), consonant(c_s, 0),
    consonant(c_s, 1), 255, consonant(c_c, 0), consonant(c_c, 2), consonant(c_c, 1),
    consonant(c_k, 1), consonant(c_t, 1), consonant(c_p, 1), consonant(c_h)};

// Vowels ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ as (glide, vowel).
struct VowelReading {
  std::uint8_t glide;  // 0 = none
  std::uint8_t vowel;
};
inline constexpr VowelReading vowel_reading[21] = {
    {0, v_a},   {0, v_ae},   {g_y, v_a}, {g_y, v_ae}, {0, v_eo},  {0, v_e},   {g_y, v_eo},
    {g_y, v_e}, {0, v_o},    {g_w, v_a}, {g_w, v_ae}, {g_w, v_e}, {g_y, v_o}, {0, v_u},
    {g_w, v_eo}, {g_w, v_e}, {g_w, v_i}, {g_y, v_u}, {0, v_eu},  {0, v_eu},  {0, v_i}};

// Finals as sounds (index 0 = none); clusters give two symbols.
struct FinalReading {
  std::uint8_t first, second;  // 255 = none
};
inline constexpr FinalReading final_reading[28] = {
    {255, 255},                                // none
    {consonant(c_k), 255},                     // ㄱ
    {consonant(c_k, 2), 255},                  // ㄲ
    {consonant(c_k), consonant(c_s)},          // ㄳ
    {consonant(c_n), 255},                     // ㄴ
    {consonant(c_n), consonant(c_c)},          // ㄵ
    {consonant(c_n), consonant(c_h)},          // ㄶ
    {consonant(c_t), 255},                     // ㄷ
    {consonant(c_l), 255},                     // ㄹ
    {consonant(c_l), consonant(c_k)},          // ㄺ
    {consonant(c_l), consonant(c_m)},          // ㄻ
    {consonant(c_l), consonant(c_p)},          // ㄼ
    {consonant(c_l), consonant(c_s)},          // ㄽ
    {consonant(c_l), consonant(c_t, 1)},       // ㄾ
    {consonant(c_l), consonant(c_p, 1)},       // ㄿ
    {consonant(c_l), consonant(c_h)},          // ㅀ
    {consonant(c_m), 255},                     // ㅁ
    {consonant(c_p), 255},                     // ㅂ
    {consonant(c_p), consonant(c_s)},          // ㅄ
    {consonant(c_t), 255},                     // ㅅ (read t: 렛티, 휫컴)
    {consonant(c_t), 255},                     // ㅆ
    {consonant(c_ng), 255},                    // ㅇ
    {consonant(c_t), 255},                     // ㅈ
    {consonant(c_t), 255},                     // ㅊ
    {consonant(c_k, 1), 255},                  // ㅋ
    {consonant(c_t, 1), 255},                  // ㅌ
    {consonant(c_p, 1), 255},                  // ㅍ
    {consonant(c_t), 255}};                    // ㅎ

// The reading of a Hangul word; other characters are skipped.
inline void read_phonemes(std::string_view s, std::vector<std::uint8_t>& out) {
  out.clear();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t c;
    i += decode_one(p + i, p + s.size(), c);
    if (c < 0xAC00 || c > 0xD7A3) continue;
    const unsigned idx = static_cast<unsigned>(c - 0xAC00);
    const unsigned l = idx / (21 * 28), v = (idx / 28) % 21, t = idx % 28;
    if (initial_symbol[l] != 255) out.push_back(initial_symbol[l]);
    if (vowel_reading[v].glide) out.push_back(vowel_reading[v].glide);
    out.push_back(vowel_reading[v].vowel);
    if (final_reading[t].first != 255) out.push_back(final_reading[t].first);
    if (final_reading[t].second != 255) out.push_back(final_reading[t].second);
  }
  // A doubled consonant is one sound (블록만 = 브록만, 렛티 = 레티, 렌너 = 레너):
  // keep the later of two consonants of one class.
  std::size_t o = 0;
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (o > 0 && is_consonant(out[k]) && is_consonant(out[o - 1]) && class_of(out[k]) == class_of(out[o - 1])) {
      out[o - 1] = out[k];
      continue;
    }
    out[o++] = out[k];
  }
  out.resize(o);
}

inline bool pair_is(std::uint8_t a, std::uint8_t b, std::uint8_t x, std::uint8_t y) {
  return (a == x && b == y) || (a == y && b == x);
}

inline double vowel_cost(std::uint8_t a, std::uint8_t b) {
  if (a == b) return 0;
  if (pair_is(a, b, v_e, v_ae)) return 0.1;
  if (pair_is(a, b, v_a, v_eo) || pair_is(a, b, v_a, v_o) || pair_is(a, b, v_eo, v_o) || pair_is(a, b, v_o, v_u) ||
      pair_is(a, b, v_eo, v_eu) || pair_is(a, b, v_u, v_eu))
    return 0.3;
  if (pair_is(a, b, v_a, v_ae) || pair_is(a, b, v_a, v_e) || pair_is(a, b, v_eo, v_e) ||
      pair_is(a, b, v_eo, v_ae) || pair_is(a, b, v_i, v_eu) || pair_is(a, b, v_i, v_e))
    return 0.45;
  return 0.7;
}

inline double substitution_cost(std::uint8_t a, std::uint8_t b) {
  if (a == b) return 0;
  if (is_consonant(a) && is_consonant(b)) {
    const std::uint8_t x = class_of(a), y = class_of(b);
    if (x == y) return 0.25;
    if (pair_is(x, y, c_t, c_s)) return 0.4;
    if (pair_is(x, y, c_n, c_ng)) return 0.5;
    return 1.0;
  }
  if (is_vowel(a) && is_vowel(b)) return vowel_cost(a, b);
  if (is_glide(a) && is_glide(b)) return 0.5;
  // v/w: 바그너 / 와그너, 코발치크 / 코왈칙
  if ((a == g_w && is_consonant(b) && class_of(b) == c_p) || (b == g_w && is_consonant(a) && class_of(a) == c_p))
    return 0.5;
  if (pair_is(a, b, g_w, v_o) || pair_is(a, b, g_w, v_u) || pair_is(a, b, g_y, v_i)) return 0.4;
  return 2.0;
}

// Cost of inserting or deleting s[i] (neighbours in the same reading).
inline double indel_cost(const std::vector<std::uint8_t>& s, std::size_t i) {
  const std::uint8_t x = s[i];
  if (x == v_eu) return 0.2;
  if (is_glide(x)) return 0.3;
  if (is_vowel(x)) return 0.7;
  if (class_of(x) == c_h) return 0.5;
  return 0.8;
}

inline double edit_cost(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<double> prev(m + 1), cur(m + 1);
  prev[0] = 0;
  for (std::size_t j = 1; j <= m; ++j) prev[j] = prev[j - 1] + indel_cost(b, j - 1);
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = prev[0] + indel_cost(a, i - 1);
    for (std::size_t j = 1; j <= m; ++j) {
      double best = prev[j - 1] + substitution_cost(a[i - 1], b[j - 1]);
      best = std::min(best, prev[j] + indel_cost(a, i - 1));
      best = std::min(best, cur[j - 1] + indel_cost(b, j - 1));
      cur[j] = best;
    }
    prev.swap(cur);
  }
  return prev[m];
}

}  // namespace names
}  // namespace detail

// Transliteration distance of two Hangul spellings (see the header comment):
// 0 for the same reading, about 0.05–0.12 for spellings of one foreign name,
// 0.2 and more for different names. Non-Hangul characters are ignored; 1 when
// either side has no Hangul.
inline double transliteration_distance(std::string_view a, std::string_view b) {
  std::vector<std::uint8_t> x, y;
  detail::names::read_phonemes(a, x);
  detail::names::read_phonemes(b, y);
  if (x.empty() || y.empty()) return 1.0;
  return detail::names::edit_cost(x, y) / static_cast<double>(std::max(x.size(), y.size()));
}

enum class NameKind : unsigned char {
  korean,   // one word, a common surname and one or two syllables: merged only when spelled the same
  foreign,  // a transliteration: spellings merge by transliteration distance
};

inline const char* to_string(NameKind k) noexcept { return k == NameKind::korean ? "korean" : "foreign"; }

struct NameMention {
  Span span;         // in Document::text
  std::string text;  // as written (given name + surname, surname alone, or the Latin original)
  bool anchored = false;  // the mention carries the evidence (role, original, label, age)
  bool variant = false;   // found only by its transliteration distance to the anchored spelling
};

// One person as one article names them.
struct NameEntity {
  NameKind kind = NameKind::foreign;
  std::string name;      // fullest Hangul form in the article: 요스트 페르하겐, 한지원
  std::string surname;   // foreign: the last word (페르하겐); Korean: the name
  std::string given;     // foreign: the word before the surname, if the article gives one
  std::string original;  // the Latin original in parentheses (Joost Verhagen), or empty
  std::vector<std::string> roles;     // role words seen with the name (CEO, 대표, 원장), in order, unique
  std::vector<NameMention> mentions;  // in text order
  bool anchored = true;  // false: a candidate without evidence (find_names(doc, true))
};

namespace detail {
namespace names {

using geul::detail::seg::is_hangul_syllable;

// Word-list membership. The lists are short, but asked about every word:
// compare the length and the last byte before the bytes.
inline bool is_one_of(std::string_view w, std::initializer_list<std::string_view> list) noexcept {
  if (w.empty()) return false;
  for (std::string_view x : list)
    if (x.size() == w.size() && x.back() == w.back() && x == w) return true;
  return false;
}

inline bool ends_with(std::string_view s, std::string_view suffix) noexcept {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Number of Hangul syllables, or -1 when `w` has anything else.
inline int hangul_syllables(std::string_view w) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(w.data());
  int n = 0;
  for (std::size_t i = 0; i < w.size();) {
    char32_t c;
    i += decode_one(p + i, p + w.size(), c);
    if (!is_hangul_syllable(c)) return -1;
    ++n;
  }
  return n;
}

inline char32_t first_cp(std::string_view w) noexcept {
  if (w.empty()) return 0;
  char32_t c;
  decode_one(reinterpret_cast<const unsigned char*>(w.data()), reinterpret_cast<const unsigned char*>(w.data()) + w.size(), c);
  return c;
}

// Role words after or before a name. Exact words, and compounds ending in
// one of the suffixes (창업벤처혁신실장, 현장대응단장, 집행위원장).
// Descriptions that stand before a name but after a name mean something
// else (챗GPT 개발자 샘 올트먼, but 콘텐츠 개발자).
inline bool is_descriptor(std::string_view w) noexcept {
  return is_one_of(w, {"개발자", "창업자", "공동창업자", "설립자", "창립자", "배우", "가수", "작가", "소설가", "시인",
                       "번역가", "선수"});
}

inline bool is_role(std::string_view w) noexcept {
  if (is_one_of(w, {"CEO", "CTO", "CFO", "COO", "CSO", "CIO", "PD", "대표", "대표이사", "회장", "부회장", "사장",
                    "부사장", "전무", "상무", "이사", "이사장", "장관", "차관", "총리", "대통령", "부통령", "의원",
                    "위원", "의장", "총장", "교수", "박사", "연구원", "감독", "코치", "선수", "선장",
                    "기관사", "항해사", "작가", "소설가", "번역가", "시인", "배우", "가수", "판사",
                    "변호사", "대변인", "지사", "군수", "창업자", "공동창업자", "설립자", "창립자",
                    "개발자", "최고경영자", "최고기술책임자", "경위", "경감", "경정", "경장", "순경", "소방관",
                    "대원", "교사", "애널리스트", "이코노미스트", "프로듀서", "디렉터", "매니저", "총괄",
                    "국무총리", "부지사", "원장", "소장", "부장", "차장", "과장", "국장", "실장", "팀장",
                    "단장", "청장", "처장", "센터장", "본부장", "부문장", "위원장", "대장", "사무총장",
                    "앵커", "정책관", "연구위원", "지회장", "노조위원장"}))
    return true;
  if (hangul_syllables(w) < 3) return false;
  static constexpr std::string_view suffixes[] = {"장관", "차관", "실장", "국장", "과장", "팀장", "단장",
                                                  "원장", "센터장", "본부장", "부문장", "처장", "청장",
                                                  "총장", "위원장", "대장", "교수", "감독", "대표",
                                                  "선장", "대변인", "학자", "연구원", "이사장", "부지사",
                                                  "군수", "정책관", "위원", "부장", "지회장", "소장"};
  for (std::string_view x : suffixes)
    if (ends_with(w, x)) return true;
  return false;
}

// Countries and nationalities: they sit between a name and its role (미국
// 뉴욕대 교수) and are never names.
inline bool is_country(std::string_view w) noexcept {
  return is_one_of(w, {"미국", "한국", "중국", "일본", "영국", "프랑스", "독일", "이탈리아", "스페인", "러시아",
                       "인도", "캐나다", "호주", "뉴질랜드", "네덜란드", "노르웨이", "스웨덴", "덴마크", "핀란드",
                       "폴란드", "우크라이나", "브라질", "멕시코", "대만", "베트남", "태국", "싱가포르",
                       "이스라엘", "튀르키예", "터키", "스위스", "오스트리아", "벨기에", "아일랜드", "포르투갈",
                       "그리스", "이집트", "이란", "북한", "남아공", "아르헨티나", "칠레", "인도네시아",
                       "필리핀", "말레이시아", "몽골", "체코", "헝가리", "국내", "해외", "외국", "현지"});
}

// Common nouns that look like names by shape (two or three syllables with a
// surname first) or that stand where names stand.
inline bool is_common_noun(std::string_view w) noexcept {
  return is_one_of(w, {"관계자", "업계", "정부", "당국", "주민", "시민", "어민", "전문가", "회사", "기업", "학생",
                       "이날", "이번", "이후", "전날", "오전", "오후", "최근", "최고", "신임", "전임", "현직",
                       "당시", "한편", "조사", "강조", "안전", "신고", "정도", "전국", "전체", "공동", "현장",
                       "주요", "국제", "사업", "임원", "직원", "선원", "노인", "주인", "출신", "역대", "초대",
                       "차기", "전직", "수석", "담당", "소속", "측은", "측", "모두", "이들", "그녀", "우리",
                       "구조", "해경", "소방", "경찰", "검찰", "법원", "대통령실", "행사", "영화", "작품",
                       "한국인", "외국인", "여성", "남성", "연구", "개발", "투자", "협력", "지원", "발표",
                       "방문", "참석", "대담", "질문", "답변", "인사", "성명", "사진", "영상", "기자", "앵커",
                       "인터뷰", "리포트", "오늘", "어제", "내일", "올해", "지난해", "내년", "한국어", "영어",
                       "수상", "소감", "폐막", "개막", "다음", "이상", "이하", "수십", "수백", "모두가",
                       "의회", "국회", "사회자", "진행자"});
}

// Surnames of Korean names (one syllable; two-syllable ones are checked apart).
inline bool is_korean_surname(char32_t c) noexcept {
  static constexpr char32_t list[] = {
      U'김', U'이', U'박', U'최', U'정', U'강', U'조', U'윤', U'장', U'임', U'한', U'오', U'서', U'신', U'권',
      U'황', U'안', U'송', U'전', U'홍', U'류', U'유', U'고', U'문', U'양', U'손', U'배', U'백', U'허', U'남',
      U'심', U'노', U'하', U'곽', U'성', U'차', U'주', U'우', U'구', U'민', U'진', U'지', U'엄', U'채', U'원',
      U'천', U'방', U'공', U'현', U'함', U'변', U'염', U'여', U'추', U'도', U'소', U'석', U'선', U'설', U'마',
      U'길', U'연', U'위', U'표', U'명', U'기', U'반', U'라', U'왕', U'금', U'옥', U'육', U'인', U'맹', U'제',
      U'모', U'탁', U'국', U'어', U'은', U'편', U'용', U'예', U'경', U'봉', U'사', U'부', U'태', U'목', U'형',
      U'피', U'두', U'감', U'나', U'승', U'계'};
  for (char32_t x : list)
    if (x == c) return true;
  return false;
}

// Organization words, the one list of them: endings of a name of an
// agency, company or school (…공단, 큐비트랩스, 한결중공업). `head`: the
// ending also stands as a word of its own after a brand (노르딕 모빌리티,
// 하베스트 바이오, 한빛 전자), and the two words are then an organization, never a
// given name and a surname. Endings that are also ordinary words after a
// name (공사 is a diplomat, 센터 and 대학 stand before roles) are no heads.
struct OrgEnding {
  std::string_view text;
  bool head;
};
inline constexpr OrgEnding org_endings[] = {
    {"공사", false}, {"공단", true}, {"은행", true}, {"그룹", true}, {"전자", true}, {"재단", true},
    {"협회", true}, {"센터", false}, {"대학교", false}, {"대학", false}, {"학교", false}, {"병원", true},
    {"경찰서", false}, {"해경", false}, {"소방서", false}, {"시청", false}, {"도청", false}, {"군청", false},
    {"구청", false}, {"위원회", false}, {"연구소", true}, {"연구원", false}, {"기술원", false}, {"과기원", false},
    {"조직위", false}, {"조직위원회", false}, {"구단", false}, {"증권", true}, {"통신", true}, {"방송", false},
    {"신문", false}, {"뉴스", false}, {"일보", true}, {"홀딩스", true}, {"제약", true}, {"시스템즈", true},
    {"시스템스", true}, {"테크", true}, {"랩스", true}, {"솔루션즈", true}, {"솔루션스", true},
    {"파트너스", true}, {"인더스트리", true}, {"인더스트리즈", true}, {"일렉트로닉스", true}, {"모터스", true},
    {"바이오", true}, {"의회", false}, {"에너지", true}, {"캐피털", true}, {"벤처스", true}, {"스튜디오", true},
    {"코리아", true}, {"인터내셔널", true}, {"네트웍스", true}, {"중공업", true}, {"학과", false}, {"법인", false},
    {"로보틱스", true}, {"모빌리티", true}, {"테크놀로지", true}, {"테크놀로지스", true}, {"헬스케어", true},
    {"파마", true}, {"머티리얼즈", true}, {"케미칼", true}, {"다이내믹스", true}, {"에어로스페이스", true},
    {"오토모티브", true}, {"엔터테인먼트", true}, {"컴퍼니", true}, {"코퍼레이션", true},
    {"커뮤니케이션즈", true}, {"커뮤니케이션스", true}, {"커뮤니케이션", true}};

// A word that is an organization head of its own (모빌리티, 바이오, 전자).
inline bool is_org_head(std::string_view w) noexcept {
  for (const OrgEnding& x : org_endings)
    if (x.head && x.text.size() == w.size() && x.text == w) return true;
  return false;
}

// A word ending in one of org_endings (a two-syllable ending alone is a
// word: 은행, 그룹).
inline bool has_org_ending(std::string_view w) noexcept {
  for (const OrgEnding& x : org_endings)
    if (ends_with(w, x.text) && (w.size() > x.text.size() || hangul_syllables(x.text) >= 3)) return true;
  return false;
}

// Organization words: a name of an agency, company or school, by its ending.
inline bool has_org_suffix(std::string_view w) noexcept {
  const int n = hangul_syllables(w);
  if (n < 2) return false;
  if (has_org_ending(w)) return true;
  if (n >= 3) {
    // 중기부, 국세청, 광주시; 원 회 대 사 실 국 end Korean given names too
    // (한지원), so a three-syllable word with a surname first keeps them.
    static constexpr std::string_view always[] = {"부", "청", "처", "시", "군"};
    for (std::string_view x : always)
      if (ends_with(w, x)) return true;
    if (n == 3 && is_korean_surname(first_cp(w))) return false;
    static constexpr std::string_view short_suffixes[] = {"원", "회", "대", "사", "실", "국", "선", "호"};
    for (std::string_view x : short_suffixes)
      if (ends_with(w, x)) return true;
  }
  return false;
}

// Endings of affiliations that also look like Korean names by shape
// (전남도, 한빛대, 서울시).
inline bool ends_like_affiliation(std::string_view w) noexcept {
  static constexpr std::string_view endings[] = {"도", "대", "원", "회", "사", "시", "군", "구", "청", "처", "부"};
  for (std::string_view x : endings)
    if (ends_with(w, x)) return true;
  return false;
}

// Category nouns that put an organization name right after them
// (양자컴퓨터 기업 큐비트랩스, 국제 고래구조단체 블루타이드).
inline bool is_org_category(std::string_view w) noexcept {
  static constexpr std::string_view suffixes[] = {"기업", "단체", "업체", "회사", "스타트업", "그룹", "재단",
                                                  "기관", "구단", "방송사", "협회", "제조사", "브랜드", "은행",
                                                  "증권사", "플랫폼", "연구소", "개발사", "운영사", "발사체",
                                                  "클럽", "팀", "출판사", "배급사", "제작사"};
  for (std::string_view x : suffixes)
    if (w == x || ends_with(w, x)) return true;
  return false;
}

// Syllables that occur in transliterations but hardly in Korean given names:
// open syllables with ㅡ (트 크 스 르 브), tense or ㅋ initials (띠 꼬 키),
// 티 and 피, finals other than ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ (렛, 엣).
inline bool has_foreign_syllable(std::string_view w) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(w.data());
  for (std::size_t i = 0; i < w.size();) {
    char32_t c;
    i += decode_one(p + i, p + w.size(), c);
    if (!is_hangul_syllable(c)) continue;
    const unsigned idx = static_cast<unsigned>(c - 0xAC00);
    const unsigned l = idx / (21 * 28), v = (idx / 28) % 21, t = idx % 28;
    if (v == 18 && t == 0) return true;                       // 트 크 스 르 브 …
    if (l == 1 || l == 4 || l == 8 || l == 13 || l == 15) return true;  // ㄲ ㄸ ㅃ ㅉ ㅋ
    if (v == 16 && (l == 15 || l == 9)) return true;          // 퀴 쉬
    if (v == 20 && (l == 16 || l == 17)) return true;         // 티 피
    // Finals other than ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ (렛, 랏, 엣): not in Korean given names.
    if (t != 0 && t != 1 && t != 4 && t != 8 && t != 16 && t != 17 && t != 21) return true;
  }
  return false;
}

// A Korean name by shape: one word, a surname first, two to four syllables.
inline bool korean_name_shape(std::string_view w) noexcept {
  const int n = hangul_syllables(w);
  if (n < 2 || n > 4) return false;
  if (is_common_noun(w) || is_role(w) || is_country(w) || has_org_suffix(w) || is_org_head(w) ||
      has_foreign_syllable(w))
    return false;
  if (geul::detail::seg::is_function_word(w)) return false;
  // Verb forms that start with a surname syllable (이루며, 기시다, 하겠고).
  if (ends_with(w, "며") || ends_with(w, "고") || ends_with(w, "다") || ends_with(w, "면")) return false;
  if (n == 4) {  // only two-syllable surnames: 남궁, 황보, 제갈, 선우, 독고, 사공, 서문
    static constexpr std::string_view compound[] = {"남궁", "황보", "제갈", "선우", "독고", "사공", "서문"};
    for (std::string_view x : compound)
      if (w.compare(0, x.size(), x) == 0) return true;
    return false;
  }
  return is_korean_surname(first_cp(w));
}

// A word that may be part of a foreign name (given name or surname).
inline bool foreign_name_shape(std::string_view w, int min_syllables) noexcept {
  const int n = hangul_syllables(w);
  if (n < min_syllables || n > 6) return false;
  // Cheap tests on the ending first (this runs for most words of an article).
  if (n >= 2 && (ends_with(w, "된") || ends_with(w, "될") || ends_with(w, "는") || ends_with(w, "던") || ends_with(w, "을")))
    return false;  // adnominal verb forms: 지정된, 만드는
  if (n >= 3 && ends_with(w, "인")) return false;  // 직장인, 외국인, 한국인: nouns for people
  // Verbs and adverbs end like predicates; 라, 나 and (after two syllables)
  // 아 end names far more often than verbs in a name position (파올라, 안나,
  // 리디아).
  if (n >= 2 && !ends_with(w, "라") && !ends_with(w, "나") && !(n >= 3 && ends_with(w, "아")) &&
      geul::detail::seg::ends_like_predicate(w))
    return false;
  if (is_common_noun(w) || is_role(w) || is_country(w) || has_org_suffix(w) || is_org_category(w) || is_org_head(w))
    return false;
  return !geul::detail::seg::is_function_word(w);
}

// Particles that also end many foreign names (알트만, 파올로, 안나, 리디아):
// a token ending in one of them may still be a bare name.
inline bool ambiguous_ending(std::string_view w) noexcept {
  static constexpr std::string_view endings[] = {"만", "로", "나", "이", "가", "도", "와", "과", "의", "라", "란", "들", "아"};
  for (std::string_view x : endings)
    if (ends_with(w, x)) return true;
  return false;
}

// Every word starts with a capital letter (Sam Altman, not AI native company).
inline bool capitalized_words(std::string_view s) noexcept {
  bool start = true;
  for (char c : s) {
    if (start && !(c >= 'A' && c <= 'Z')) return false;
    start = c == ' ';
  }
  return !s.empty();
}

// Capitalized words of lower-case letters after the capital (Aleksi
// Heikkinen; not TaihuLight, not IBM).
inline bool plain_capitalized_words(std::string_view s) noexcept {
  if (!capitalized_words(s)) return false;
  bool start = true;
  for (char c : s) {
    if (!start && c != ' ' && !(c >= 'a' && c <= 'z')) return false;
    start = c == ' ';
  }
  return true;
}

// Is `rest` (what follows a name in a token) a particle or copula the
// stemmer knows, or a title suffix such as 씨 or 측?
inline bool is_name_suffix(std::string_view rest) noexcept {
  if (rest.empty()) return true;
  if (is_one_of(rest, {"씨", "씨는", "씨가", "씨의", "씨를", "씨와", "씨에게", "씨도", "씨로부터", "군", "군은", "군이",
                       "군의", "군도", "군과", "양", "양은", "양이", "양의", "측", "측은", "측이", "측의",
                       "님", "님이", "님은", "님의", "님과", "님께서", "들", "들은", "들이", "에게", "께서",
                       "과의", "와의", "처럼", "보다", "만의", "이라며", "라며", "이지만", "조차", "까지"}))
    return true;
  std::size_t count = 0;
  const geul::detail::seg::SuffixRule* rules = geul::detail::seg::suffix_rules(count);
  for (std::size_t k = 0; k < count; ++k)
    if ((rules[k].kind == SuffixKind::particle || rules[k].kind == SuffixKind::copula) && rules[k].text == rest)
      return true;
  return false;
}

// Does `word` (one token) name `name` (a bare name), with or without a particle?
inline bool names_word(std::string_view word, std::string_view name) noexcept {
  return word.size() >= name.size() && word.compare(0, name.size(), name) == 0 && is_name_suffix(word.substr(name.size()));
}

struct Tok {
  Span span;  // in doc.text
  Span stem;
  TokenKind kind = TokenKind::hangul;
  SuffixKind suffix = SuffixKind::none;
  std::uint32_t block = 0;
  std::size_t block_begin = 0;  // where the token's block starts in doc.text
  bool org = false;  // an organization by its context (after a category noun, or a one-word original)
};

struct Anchor {
  std::size_t given = SIZE_MAX, surname = SIZE_MAX;  // token indices (given may be none)
  NameKind kind = NameKind::foreign;
  bool kind_known = false;  // two words or an original: surely foreign
  bool anchored = true;     // false: a candidate (two name-shaped words, no evidence)
  std::string role;
  std::string original;
  Span original_span;
  std::string name_override;  // the name when it is only part of the token (양순자씨는)
};

class NameFinder {
 public:
  NameFinder(const Document& doc, const std::vector<Alias>& aliases, bool candidates)
      : doc_(doc), text_(doc.text), aliases_(aliases), candidates_(candidates) {}

  std::vector<NameEntity> run() {
    collect_tokens();
    mark_organizations();
    find_anchors();
    return build_entities();
  }

 private:
  std::string_view word(std::size_t i) const { return text_.substr(toks_[i].span.begin, toks_[i].span.size()); }
  std::string_view stem(std::size_t i) const { return text_.substr(toks_[i].stem.begin, toks_[i].stem.size()); }
  std::string_view gap_before(std::size_t i) const {
    if (i == 0 || toks_[i - 1].block != toks_[i].block)
      return text_.substr(toks_[i].block_begin, toks_[i].span.begin - toks_[i].block_begin);
    return text_.substr(toks_[i - 1].span.end, toks_[i].span.begin - toks_[i - 1].span.end);
  }
  std::string_view gap_after(std::size_t i) const {
    if (i + 1 >= toks_.size() || toks_[i + 1].block != toks_[i].block) return "\n";
    return gap_before(i + 1);
  }
  // Only spaces between token i and i + 1.
  bool adjacent(std::size_t i) const {
    std::string_view g = gap_after(i);
    if (g.empty() || g == "\n") return false;
    for (char c : g)
      if (c != ' ') return false;
    return true;
  }
  bool hangul(std::size_t i) const { return toks_[i].kind == TokenKind::hangul; }
  // Role word of token i (its stem: 감독은 → 감독).
  bool role_at(std::size_t i) const {
    signed char& c = role_cache_[i];
    if (c < 0) c = static_cast<signed char>(is_role(stem(i)) || is_role(word(i)));
    return c != 0;
  }
  bool title_at(std::size_t i) const { return role_at(i) && !is_descriptor(stem(i)) && !is_descriptor(word(i)); }
  // A role word that can stand right before a name: bare (배우 오세준) or
  // with the adnominal copula (공동 창업자인 그레그 브로크만).
  bool role_before_at(std::size_t i) const {
    const std::string_view w = word(i);
    if (is_descriptor(w) || is_one_of(w, {"감독", "코치", "교수", "박사", "앵커", "CEO", "주장", "미드필더", "공격수",
                                          "수비수", "골키퍼"}))
      return true;
    return ends_with(w, "인") && is_role(w.substr(0, w.size() - 3));
  }
  std::string role_text(std::size_t i) const {
    std::string_view s = is_role(stem(i)) ? stem(i) : word(i);
    if (!is_role(s) && ends_with(s, "인")) s.remove_suffix(3);
    return std::string(s);
  }
  bool org_at(std::size_t i) const {
    const Tok& t = toks_[i];
    if (t.org) return true;
    signed char& c = org_cache_[i];
    if (c >= 0) return c != 0;
    bool org = t.kind == TokenKind::latin;
    if (t.kind == TokenKind::mixed) {  // 오픈AI, 챗GPT; not 3명의, 2027년
      for (char ch : word(i))
        if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) org = true;
    } else if (!org) {
      org = has_org_suffix(stem(i)) || has_org_suffix(word(i)) || is_country(stem(i)) || is_country(word(i));
    }
    c = static_cast<signed char>(org);
    return org;
  }
  // The name token i spells when it stands bare before a role, an
  // organization or another name word; empty when it cannot. A particle that
  // also ends many foreign names (알트만, 파올로) is kept as part of the name
  // when the word has three syllables or more.
  std::string_view bare_name(std::size_t i) const {
    if (!hangul(i)) return {};
    const std::string_view w = word(i);
    // 코발렌코씨(52), 꼬발렌꼬씨를: the name before a glued 씨.
    if (const std::size_t at = w.find("씨"); at != std::string_view::npos && at >= 6 && is_name_suffix(w.substr(at)))
      return w.substr(0, at);
    if (toks_[i].suffix == SuffixKind::none) return w;
    if (toks_[i].suffix != SuffixKind::particle || !ambiguous_ending(w)) return {};
    const std::string_view st = stem(i);
    if (hangul_syllables(w) < 3 || geul::detail::seg::is_function_word(st) || is_common_noun(st) || is_role(st) ||
        is_org_category(st))
      return {};
    // 과 와 의 hardly end names: 알트먼과 is 알트먼. 도 가 이 do (페르난도,
    // 오르테가): strip them only when the stem stands elsewhere (브로크만도
    // next to 브로크만은). 만 로 나 아 stay (알트만, 파올로, 리디아).
    if (ends_with(w, "과") || ends_with(w, "와") || ends_with(w, "의") || ends_with(w, "들")) return st;
    if ((ends_with(w, "도") || ends_with(w, "가") || ends_with(w, "이")) && stem_elsewhere(st)) return st;
    return w;
  }
  bool stem_elsewhere(std::string_view st) const {
    return std::binary_search(plain_stems_.begin(), plain_stems_.end(), st);
  }
  // The name token i spells anywhere (a particle removed).
  std::string_view any_name(std::size_t i) const {
    std::string_view b = bare_name(i);
    return b.empty() ? stem(i) : b;
  }
  bool foreign_word(std::size_t i, int min_syllables) const {
    if (toks_[i].org) return false;
    signed char& c = (min_syllables <= 1 ? shape1_cache_ : shape2_cache_)[i];
    if (c < 0) {
      const std::string_view b = bare_name(i);
      c = static_cast<signed char>(!b.empty() && foreign_name_shape(b, min_syllables));
    }
    return c != 0;
  }
  // A foreign given name: a bare word (모빌리티의 라이띠넨: a word with a
  // particle ends a phrase of its own), not a three-syllable Korean name
  // (임채윤 광주시 교통정책과장 is a Korean name before a city). A word that
  // a Latin original confirmed (알렉시 of 알렉시 라이티넨(Aleksi Laitinen))
  // is one whatever its shape.
  bool given_word(std::size_t i) const {
    if (toks_[i].org) return false;
    if (!confirmed_given_.empty() && hangul(i) &&
        std::find(confirmed_given_.begin(), confirmed_given_.end(), word(i)) != confirmed_given_.end())
      return true;
    if (!foreign_word(i, 1)) return false;
    signed char& c = given_word_cache_[i];
    if (c < 0) {
      const std::string_view b = bare_name(i);
      c = static_cast<signed char>(b == word(i) && !(korean_name_shape(b) && hangul_syllables(b) >= 3) &&
                                   !(korean_name_shape(word(i)) && hangul_syllables(word(i)) >= 3));
    }
    return c != 0;
  }
  // The first of two Hangul words that a two-word original names. A name
  // that ends like a city or an agency (알렉시: 광주시) or looks like a
  // Korean name (사물리) passes when the original reads like a person's
  // name (plain capitalized words: Samuli Laitinen, not TaihuLight) and the
  // word is no common noun, role, country or organization word.
  bool original_given(std::size_t i, std::string_view original) const {
    if (given_word(i)) return true;
    if (!hangul(i) || toks_[i].org || toks_[i].suffix != SuffixKind::none || !plain_capitalized_words(original))
      return false;
    const std::string_view w = word(i);
    const int n = hangul_syllables(w);
    return n >= 1 && n <= 6 && !is_common_noun(w) && !is_role(w) && !is_country(w) && !is_org_category(w) &&
           !is_org_head(w) && !has_org_ending(w) && !geul::detail::seg::is_function_word(w) &&
           !geul::detail::seg::ends_like_predicate(w);
  }
  // foreign_name_shape(any_name(i), 2), asked once per token.
  bool surname_shape(std::size_t i) const {
    signed char& c = surname_cache_[i];
    if (c < 0) c = static_cast<signed char>(foreign_name_shape(any_name(i), 2));
    return c != 0;
  }
  // Two words before or after a role are a foreign name only with some sign
  // of a transliteration, or when the surname stands alone elsewhere
  // (솔뱅 대표는): 검사 공정 자동화 and 소설가 정다은의 장편 are phrases.
  bool plausible_pair(std::size_t given, std::size_t surname) const {
    const std::string_view s = any_name(surname);
    if (has_foreign_syllable(word(given)) || has_foreign_syllable(s)) return true;
    for (std::size_t k = 0; k < toks_.size(); ++k)
      if (k != surname && hangul(k) && names_word(word(k), s) && word(k) != s && (k == 0 || !adjacent(k - 1) || word(k - 1) != word(given)))
        return true;
    return false;
  }
  // A given name stands only right before a surname: word `g` never appears
  // on its own (not followed by a name word) anywhere in the article.
  bool only_before_names(std::string_view g) const {
    auto it = given_cache_.find(g);
    if (it != given_cache_.end()) return it->second;
    bool ok = true;
    for (std::size_t k = 0; k < toks_.size() && ok; ++k) {
      if (word(k) != g) continue;
      if (!(k + 1 < toks_.size() && adjacent(k) && hangul(k + 1) && !toks_[k + 1].org &&
            foreign_name_shape(stem(k + 1), 2)))
        ok = false;
    }
    given_cache_.emplace(g, ok);
    return ok;
  }

  void collect_tokens() {
    std::uint32_t b = 0;
    for (const Block& block : doc_.blocks) {
      ++b;
      if (!(is_article_text(block.role) || block.role == BlockRole::title || block.role == BlockRole::subtitle)) continue;
      const std::string_view t = doc_.text_of(block);
      for_each_token(t, [&](const Token& tok) {
        Tok x;
        x.span = {block.span.begin + tok.span.begin, block.span.begin + tok.span.end};
        x.stem = {block.span.begin + tok.stem.begin, block.span.begin + tok.stem.end};
        x.kind = tok.kind;
        x.suffix = tok.suffix;
        x.block = b;
        x.block_begin = block.span.begin;
        toks_.push_back(x);
      });
    }
    role_cache_.assign(toks_.size(), -1);
    org_cache_.assign(toks_.size(), -1);
    shape1_cache_.assign(toks_.size(), -1);
    shape2_cache_.assign(toks_.size(), -1);
    given_word_cache_.assign(toks_.size(), -1);
    surname_cache_.assign(toks_.size(), -1);
    // Stems of words whose ending is unambiguous (or absent), for bare_name.
    for (std::size_t i = 0; i < toks_.size(); ++i)
      if (hangul(i) && (toks_[i].suffix == SuffixKind::none || !ambiguous_ending(word(i)))) plain_stems_.push_back(stem(i));
    std::sort(plain_stems_.begin(), plain_stems_.end());
  }

  // The token that ends at `end` (a span end in doc.text), or SIZE_MAX.
  std::size_t token_ending_at(std::size_t end) const {
    auto it = std::lower_bound(toks_.begin(), toks_.end(), end, [](const Tok& t, std::size_t e) { return t.span.end < e; });
    return (it != toks_.end() && it->span.end == end) ? static_cast<std::size_t>(it - toks_.begin()) : SIZE_MAX;
  }

  // Organizations by context: the word after a category noun (양자컴퓨터
  // 기업 큐비트랩스가), and one Hangul word with a Latin original
  // (서던크로스론치(Southern Cross Launch), from analysis/entities.hpp).
  void mark_organizations() {
    std::vector<std::string_view> orgs;
    for (std::size_t i = 0; i + 1 < toks_.size(); ++i) {
      if (adjacent(i) && toks_[i].suffix == SuffixKind::none && is_org_category(word(i)) && hangul(i + 1) &&
          !role_at(i + 1)) {
        orgs.push_back(stem(i + 1));
        orgs.push_back(word(i + 1));
      }
    }
    for (const Alias& a : aliases_) {
      if (a.kind != AliasKind::original || a.long_text.find(' ') != std::string::npos) continue;
      const std::size_t i = token_ending_at(a.long_form.end);
      if (i == SIZE_MAX || !hangul(i)) continue;
      orgs.push_back(stem(i));
      orgs.push_back(word(i));
    }
    for (std::size_t i = 0; i < toks_.size(); ++i)
      for (std::string_view o : orgs)
        if (word(i) == o || stem(i) == o || (o.size() >= 6 && names_word(word(i), o))) toks_[i].org = true;
    // An organization head standing as a word (노르딕 모빌리티, 하베스트 바이오가)
    // and the bare word before it, its brand: here only, not elsewhere.
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      if (!hangul(i) || !(is_org_head(stem(i)) || is_org_head(word(i)))) continue;
      toks_[i].org = true;
      if (i > 0 && adjacent(i - 1) && hangul(i - 1) && toks_[i - 1].suffix == SuffixKind::none && !role_at(i - 1))
        toks_[i - 1].org = true;
    }
  }

  void add_anchor(std::size_t given, std::size_t surname, bool kind_known, NameKind kind, std::string role,
                  bool anchored = true, std::string original = {}, Span original_span = {}) {
    Anchor a;
    a.given = given;
    a.surname = surname;
    a.kind_known = kind_known;
    a.kind = kind;
    a.anchored = anchored;
    a.role = std::move(role);
    a.original = std::move(original);
    a.original_span = original_span;
    anchors_.push_back(std::move(a));
  }

  // A name ending at token `last` that stands bare before a role or an
  // organization: a foreign given name + surname, a Korean name, or a
  // foreign surname alone. `skipped_org`: an organization stood between.
  // Is there evidence beyond its shape that the word `s` is a foreign
  // surname: a transliteration syllable, or a given name before it somewhere?
  bool foreign_evidence(std::string_view s) const {
    if (has_foreign_syllable(s)) return true;
    for (std::size_t k = 1; k < toks_.size(); ++k)
      if (hangul(k) && names_word(word(k), s) && adjacent(k - 1) && given_word(k - 1) && only_before_names(word(k - 1)))
        return true;
    return false;
  }

  void anchor_before_role(std::size_t last, bool skipped_org, std::string role) {
    const std::string_view s = bare_name(last);
    if (s.empty() || toks_[last].org || role_at(last)) return;
    // 박정우 전남도 경제부지사, 위하람 한빛대 교수: of two Korean-looking
    // words before a role, the first is the name, the second the affiliation.
    if (last > 0 && adjacent(last - 1) && korean_name_shape(word(last)) && ends_like_affiliation(word(last)) &&
        toks_[last - 1].suffix == SuffixKind::none && korean_name_shape(word(last - 1)) &&
        hangul_syllables(word(last - 1)) >= 3 && !ends_with(word(last - 1), "인")) {
      add_anchor(SIZE_MAX, last - 1, false, NameKind::korean, std::move(role));
      return;
    }
    // 리스 휘트컴 서던크로스론치 대표: a given name and a surname, then the
    // organization.
    if (last >= 2 && adjacent(last - 2) && adjacent(last - 1) && given_word(last - 2) && !role_at(last - 1) &&
        foreign_word(last - 1, 2) && only_before_names(word(last - 2)) && plausible_pair(last - 2, last - 1)) {
      add_anchor(last - 2, last - 1, true, NameKind::foreign, std::move(role));
      return;
    }
    const bool two = last > 0 && adjacent(last - 1) && given_word(last - 1) && !role_at(last - 1) &&
                     foreign_name_shape(s, 2) && only_before_names(word(last - 1)) &&
                     (!korean_name_shape(s) || has_foreign_syllable(word(last - 1)));
    if (two && plausible_pair(last - 1, last)) {
      add_anchor(last - 1, last, true, NameKind::foreign, std::move(role));
      return;
    }
    // 손정의 소프트뱅크 회장: a Korean name before an unknown word, which is
    // then the organization.
    if (last > 0 && adjacent(last - 1) && !korean_name_shape(s)) {
      std::string_view k = bare_name(last - 1);
      if (ends_with(word(last - 1), "의") && korean_name_shape(word(last - 1))) k = word(last - 1);  // 손정의
      if (!k.empty() && korean_name_shape(k) && hangul_syllables(k) >= 3 && !role_at(last - 1) &&
          !geul::detail::seg::ends_like_predicate(k)) {
        add_anchor(SIZE_MAX, last - 1, false, NameKind::korean, std::move(role));
        return;
      }
    }
    if (korean_name_shape(s) && toks_[last].suffix == SuffixKind::none) {
      // Two-syllable Korean names only with an organization between (이영
      // 중기부 장관): 어선 선장, 구조 대장 are words, not names.
      if (hangul_syllables(s) >= 3 || skipped_org) add_anchor(SIZE_MAX, last, false, NameKind::korean, std::move(role));
      return;
    }
    // A foreign-looking word after a Korean-looking one (김창한 크래프톤 대표)
    // is more likely the affiliation than the person: no anchor.
    if (last > 0 && adjacent(last - 1) && korean_name_shape(word(last - 1))) return;
    if (foreign_name_shape(s, 2) && foreign_evidence(s)) add_anchor(SIZE_MAX, last, false, NameKind::foreign, std::move(role));
  }

  void find_anchors() {
    const std::size_t n = toks_.size();
    // (c) a Latin original in parentheses: 요스트 페르하겐(Joost Verhagen).
    // Two Hangul words and two capitalized Latin words make a person.
    for (const Alias& a : aliases_) {
      if (a.kind != AliasKind::original || !capitalized_words(a.short_text) ||
          a.short_text.find(' ') == std::string::npos)
        continue;
      const std::size_t r = token_ending_at(a.long_form.end);
      if (r == SIZE_MAX || r == 0 || !hangul(r) || toks_[r - 1].span.begin < a.long_form.begin) continue;
      if (adjacent(r - 1) && original_given(r - 1, a.short_text) && foreign_name_shape(any_name(r), 2)) {
        add_anchor(r - 1, r, true, NameKind::foreign, std::string(), true, a.short_text, a.short_form);
        if (!given_word(r - 1)) confirmed_given_.push_back(word(r - 1));
      }
    }
    for (std::size_t r = 0; r < n; ++r) {
      // (a) a role after the name, with up to two organization words between.
      if (title_at(r) && r > 0 && adjacent(r - 1)) {
        const std::size_t before = anchors_.size();
        std::size_t k = r - 1;
        int skipped = 0;
        while (skipped < 2 && org_at(k) && k > 0 && adjacent(k - 1)) --k, ++skipped;
        if (!org_at(k)) anchor_before_role(k, skipped > 0, role_text(r));
        // A Korean name before up to two words of affiliation the tables do
        // not know (지태윤 법무법인 온결 변호사, 박정후 한결중공업 풍력사업부장).
        if (anchors_.size() == before) {
          std::size_t j = r - 1;
          for (int hops = 0; hops < 3; ++hops) {
            if (!hangul(j) || (toks_[j].suffix != SuffixKind::none && !ambiguous_ending(word(j)))) break;
            if (j + 1 < r && toks_[j].suffix == SuffixKind::none && korean_name_shape(word(j)) &&
                hangul_syllables(word(j)) >= 3) {
              add_anchor(SIZE_MAX, j, false, NameKind::korean, role_text(r));
              break;
            }
            if (j == 0 || !adjacent(j - 1)) break;
            --j;
          }
        }
      }
      // (b) a role before the name: 배우 오세준, 공동 창업자인 그레그 브로크만
      if (r + 1 < n && hangul(r + 1) && adjacent(r) && role_before_at(r) && !role_at(r + 1) && !toks_[r + 1].org) {
        const std::size_t g = r + 1;
        const bool two = g + 1 < n && adjacent(g) && given_word(g) && hangul(g + 1) && !toks_[g + 1].org &&
                         foreign_name_shape(any_name(g + 1), 2) && !role_at(g + 1) && only_before_names(word(g));
        if (two && plausible_pair(g, g + 1)) {
          add_anchor(g, g + 1, true, NameKind::foreign, role_text(r));
        } else if (korean_name_shape(stem(g)) && hangul_syllables(stem(g)) >= 3 &&
                   !(g + 1 < n && adjacent(g) && toks_[g].suffix == SuffixKind::none && foreign_word(g + 1, 2))) {
          add_anchor(SIZE_MAX, g, false, NameKind::korean, role_text(r));
        }
      }
      // (d) an interview label: [마레크 코발치크/블루타이드 현장팀장 : …], [한지원/…]
      if (hangul(r)) {
        const std::string_view g = gap_before(r);
        const bool tag_before = r > 0 && !g.empty() && g.size() >= 2 && g.compare(g.size() - 2, 2, "] ") == 0;
        if (!g.empty() && (g.back() == '[' || g.back() == '<' || tag_before)) {
          const std::size_t last = (r + 1 < n && adjacent(r)) ? r + 1 : r;
          const std::string_view after = gap_after(last);
          if (!after.empty() && after[0] == '/') {
            if (last == r + 1 && given_word(r) && foreign_name_shape(word(last), 2))
              add_anchor(r, last, true, NameKind::foreign, std::string());
            else if (last == r && korean_name_shape(word(r)))
              add_anchor(SIZE_MAX, r, false, NameKind::korean, std::string());
            else if (last == r && foreign_name_shape(word(r), 2))
              add_anchor(SIZE_MAX, r, false, NameKind::foreign, std::string());
          }
        }
      }
      // (e') 씨, 군, 양 glued to a Korean name: 양순자씨는, 윤채아씨(22), 구태오군은
      if (hangul(r)) {
        const std::string_view w = word(r);
        for (std::string_view t : {std::string_view("씨"), std::string_view("군"), std::string_view("양")}) {
          const std::size_t at = w.find(t);
          if (at == std::string_view::npos || at == 0) continue;
          const std::string_view rest = w.substr(at + t.size());
          if (!(rest.empty() || is_name_suffix(rest)) || (t != "씨" && rest.empty() && gap_after(r) != "(")) continue;
          const std::string_view name = w.substr(0, at);
          if (korean_name_shape(name) && hangul_syllables(name) >= 3) {
            add_anchor(SIZE_MAX, r, false, NameKind::korean, std::string());
            anchors_.back().name_override = std::string(name);
          }
        }
      }
      // (e) an age or 씨: 최민혁(34)씨, 김순례 씨는
      if (hangul(r) && r + 1 < n) {
        const bool age = gap_after(r) == "(" && toks_[r + 1].kind == TokenKind::number && word(r + 1).size() <= 3 &&
                         !gap_after(r + 1).empty() && gap_after(r + 1)[0] == ')';
        const bool ssi = adjacent(r) && word(r + 1).compare(0, 3, "씨") == 0 && word(r + 1).size() <= 9;
        if ((age || ssi) && toks_[r].suffix == SuffixKind::none && korean_name_shape(word(r))) {
          add_anchor(SIZE_MAX, r, false, NameKind::korean, std::string());
        } else if ((age || ssi) && r > 0 && adjacent(r - 1) && given_word(r - 1) && foreign_word(r, 2) &&
                   only_before_names(word(r - 1))) {
          add_anchor(r - 1, r, true, NameKind::foreign, std::string());
        }
      }
      // (f) candidates: two name-shaped words, the first standing only before
      // the second (파올라 모렐리). No evidence: kept for the corpus stage,
      // which promotes them when another article anchors the same name.
      if (candidates_ && r + 1 < n && hangul(r + 1) && adjacent(r) && given_word(r) && !toks_[r + 1].org &&
          surname_shape(r + 1) && !korean_name_shape(any_name(r + 1)) && !role_at(r + 1) &&
          only_before_names(word(r)) &&
          (r == 0 || !adjacent(r - 1) || !foreign_word(r - 1, 1)))
        add_anchor(r, r + 1, true, NameKind::foreign, std::string(), false);
    }
  }

  // 요스트 베르하겐 큐비트랩스 CEO: when the word before a one-word foreign
  // anchor is itself an anchored surname, the anchor is the organization.
  void drop_organization_anchors() {
    std::vector<std::string_view> orgs;
    for (const Anchor& a : anchors_) {
      if (a.given != SIZE_MAX || a.kind != NameKind::foreign || a.surname == 0 || !adjacent(a.surname - 1)) continue;
      const std::string_view before = any_name(a.surname - 1);
      for (const Anchor& b : anchors_)
        if (&b != &a && b.anchored && any_name(b.surname) == before) orgs.push_back(any_name(a.surname));
    }
    if (orgs.empty()) return;
    for (std::size_t i = 0; i < toks_.size(); ++i)
      for (std::string_view o : orgs)
        if (names_word(word(i), o)) toks_[i].org = true;
    anchors_.erase(std::remove_if(anchors_.begin(), anchors_.end(),
                                  [&](const Anchor& a) { return toks_[a.surname].org; }),
                   anchors_.end());
  }

  struct Draft {
    NameEntity e;
    bool foreign_evidence = false;
    bool anchored = false;
    std::vector<Span> anchor_spans;
    std::vector<std::string_view> givens;  // the given-name spellings of its anchors (마렉, 마레크)
    std::vector<std::size_t> full;         // surname tokens written after one of them, ascending
    std::vector<std::pair<std::size_t, std::string>> roles;  // (surname token, role)
  };

  static bool same_original(std::string_view a, std::string_view b) {
    auto fold = [](std::string_view s) {
      std::string out;
      for (char c : s)
        if (c != ' ' && c != '-' && c != '.' && c != '\'') out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      return out;
    };
    return fold(a) == fold(b);
  }

  // Is a full-name anchor (given name, original) the person of draft `d`
  // (same surname)? Two originals decide; else the given names, spelled
  // alike or as close as two spellings of one name (마렉 / 마레크). A draft
  // with no given name yet takes any.
  static bool same_person(const Draft& d, std::string_view given, std::string_view original) {
    if (!original.empty() && !d.e.original.empty()) return same_original(original, d.e.original);
    if (d.givens.empty()) return true;
    for (std::string_view g : d.givens)
      if (g == given || transliteration_distance(g, given) <= 0.26) return true;
    return false;
  }

  bool has_given(const Draft& d, std::string_view w) const {
    return (!d.e.given.empty() && w == d.e.given) || std::find(d.givens.begin(), d.givens.end(), w) != d.givens.end();
  }

  // How often the article writes `given` right before `surname`.
  std::size_t full_name_count(std::string_view given, std::string_view surname) const {
    std::size_t n = 0;
    for (std::size_t k = 1; k < toks_.size(); ++k)
      n += hangul(k) && adjacent(k - 1) && word(k - 1) == given && names_word(word(k), surname);
    return n;
  }

  // Where each draft's full name (a given name + the surname) stands.
  void find_full_names(std::vector<Draft>& drafts) const {
    for (Draft& d : drafts) {
      d.full.clear();
      if (d.e.kind != NameKind::foreign) continue;
      for (std::size_t k = 1; k < toks_.size(); ++k)
        if (hangul(k) && adjacent(k - 1) && names_word(word(k), d.e.surname) && has_given(d, word(k - 1)))
          d.full.push_back(k);
    }
  }

  // The person a foreign surname written alone at token k names when the
  // article has two people of that surname (알렉시 라이티넨 and 사물리
  // 라이티넨): the one whose full name last precedes k, or before any full
  // name the one written in full first. Anchored people only, when there is
  // one: a candidate does not take an anchored person's mentions.
  Draft* owner(std::vector<Draft>& drafts, std::string_view surname, std::size_t k) const {
    bool any_anchored = false;
    for (const Draft& d : drafts) any_anchored = any_anchored || (d.anchored && d.e.surname == surname);
    Draft* best = nullptr;
    std::size_t best_at = 0;
    bool before = false;
    for (Draft& d : drafts) {
      if (d.e.surname != surname || (any_anchored && !d.anchored)) continue;
      if (!best) best = &d;
      std::size_t last = SIZE_MAX;
      for (std::size_t j : d.full)
        if (j <= k) last = j;
      if (last != SIZE_MAX) {
        if (!before || last > best_at) best = &d, best_at = last, before = true;
      } else if (!before && !d.full.empty() && (best->full.empty() || d.full.front() < best->full.front())) {
        best = &d;
      }
    }
    return best;
  }

  std::vector<NameEntity> build_entities() {
    drop_organization_anchors();
    std::vector<NameEntity> out;
    std::vector<Draft> drafts;
    // Anchored names first, a candidate never shapes an anchored name; of
    // each, full names first, so that a surname alone joins a person by
    // where the article wrote the names in full.
    auto rank = [](const Anchor& a) { return (a.anchored ? 0 : 2) + (a.given == SIZE_MAX ? 1 : 0); };
    std::stable_sort(anchors_.begin(), anchors_.end(),
                     [&](const Anchor& a, const Anchor& b) { return rank(a) < rank(b); });
    bool full_known = false;
    for (const Anchor& a : anchors_) {
      std::string surname(!a.name_override.empty() ? std::string_view(a.name_override)
                          : a.kind != NameKind::korean           ? any_name(a.surname)
                          : korean_name_shape(word(a.surname))   ? word(a.surname)
                                                                 : stem(a.surname));
      if (a.kind == NameKind::korean && !korean_name_shape(surname)) continue;
      const std::string_view given = a.given != SIZE_MAX ? word(a.given) : std::string_view();
      Draft* d = nullptr;
      bool stray_given = false;
      if (!given.empty()) {
        Draft* first = nullptr;  // the first person of this surname
        for (Draft& x : drafts) {
          if (x.e.surname != surname) continue;
          if (!first) first = &x;
          if (same_person(x, given, a.original)) {
            d = &x;
            break;
          }
        }
        // Another given name is another person only with evidence of its
        // own: its own original, or the full name written twice. Else it
        // is a stray word before the surname (대부분 알트만 CEO, 마친
        // 브렌너 감독), and the anchor joins the person.
        if (!d && first && a.original.empty() && full_name_count(given, surname) < 2) d = first, stray_given = true;
      } else {
        if (!full_known) find_full_names(drafts), full_known = true;
        d = owner(drafts, surname, a.surname);
      }
      if (d && !a.anchored && d->anchored) continue;  // a candidate adds nothing to an anchored name
      if (!d) {
        drafts.emplace_back();
        d = &drafts.back();
        d->e.surname = surname;
        d->e.kind = a.kind;
      }
      if (a.kind_known && a.kind == NameKind::foreign) d->foreign_evidence = true;
      if (a.anchored) d->anchored = true;
      if (!given.empty() && d->e.given.empty()) d->e.given = std::string(given);
      if (!given.empty() && !stray_given && std::find(d->givens.begin(), d->givens.end(), given) == d->givens.end())
        d->givens.push_back(given);
      if (!a.original.empty() && d->e.original.empty()) d->e.original = a.original;
      if (!a.role.empty()) d->roles.push_back({a.surname, a.role});
      if (a.anchored) {
        d->anchor_spans.push_back(toks_[a.surname].span);
        if (!a.original.empty()) d->anchor_spans.push_back(a.original_span);
      }
    }
    for (Draft& d : drafts) {
      NameEntity& e = d.e;
      // Roles in text order, each once.
      std::stable_sort(d.roles.begin(), d.roles.end(),
                       [](const auto& x, const auto& y) { return x.first < y.first; });
      for (const auto& r : d.roles)
        if (std::find(e.roles.begin(), e.roles.end(), r.second) == e.roles.end()) e.roles.push_back(r.second);
      if (d.foreign_evidence || has_foreign_syllable(e.surname) || !korean_name_shape(e.surname))
        e.kind = NameKind::foreign;
      else
        e.kind = NameKind::korean;
      if (e.kind == NameKind::korean) e.given.clear(), d.givens.clear();
      if (e.kind == NameKind::foreign && e.given.empty()) {  // a surname seen alone: its given name elsewhere
        for (std::size_t k = 1; k < toks_.size(); ++k)
          if (hangul(k) && names_word(word(k), e.surname) && adjacent(k - 1) && given_word(k - 1) &&
              only_before_names(word(k - 1))) {
            e.given = std::string(word(k - 1));
            break;
          }
      }
      e.name = e.given.empty() ? e.surname : e.given + " " + e.surname;
    }
    find_full_names(drafts);
    // Mentions: every token naming the entity (a foreign surname with its
    // given name when it precedes), the Latin original, then words within
    // the transliteration threshold of an anchored foreign surname. A
    // surname of two people goes by its given name, or alone to its owner().
    auto shared_surname = [&](const Draft& d) {
      for (const Draft& x : drafts)
        if (&x != &d && x.e.surname == d.e.surname) return true;
      return false;
    };
    // Token k - 1 is a given name of another person of d's surname.
    auto others_given = [&](const Draft& d, std::size_t k) {
      for (const Draft& x : drafts)
        if (&x != &d && x.e.surname == d.e.surname && has_given(x, word(k - 1))) return true;
      return false;
    };
    std::vector<char> taken(toks_.size(), 0);
    for (Draft& d : drafts) {
      NameEntity& e = d.e;
      const bool shared = e.kind == NameKind::foreign && shared_surname(d);
      for (std::size_t k = 0; k < toks_.size(); ++k) {
        if (!hangul(k) || taken[k] || toks_[k].org || !names_word(word(k), e.surname)) continue;
        const bool after_word = e.kind == NameKind::foreign && k > 0 && adjacent(k - 1) && hangul(k - 1);
        const bool with_given = after_word && has_given(d, word(k - 1));
        if (after_word && !with_given &&
            (others_given(d, k) ||
             (!e.given.empty() && foreign_word(k - 1, 1) && only_before_names(word(k - 1)))))
          continue;  // another given name: another person (파올라 모렐리 is not 파올로 모렐리)
        if (shared && !with_given && owner(drafts, e.surname, k) != &d) continue;
        NameMention m;
        m.span = {toks_[k].span.begin, toks_[k].span.begin + e.surname.size()};
        if (with_given) {
          m.span.begin = toks_[k - 1].span.begin;
          taken[k - 1] = 1;
        }
        taken[k] = 1;
        for (const Span& s : d.anchor_spans)
          if (s.begin >= toks_[k].span.begin && s.begin < toks_[k].span.end) m.anchored = true;
        e.mentions.push_back(std::move(m));
      }
      if (!e.original.empty())
        for (std::size_t pos = text_.find(e.original); pos != std::string_view::npos; pos = text_.find(e.original, pos + 1)) {
          NameMention m;
          m.span = {pos, pos + e.original.size()};
          m.anchored = true;
          e.mentions.push_back(std::move(m));
        }
    }
    bool any_foreign = false;
    for (const Draft& d : drafts) any_foreign = any_foreign || (d.e.kind == NameKind::foreign && d.anchored);
    for (std::size_t k = 0; any_foreign && k < toks_.size(); ++k) {
      if (taken[k] || !hangul(k) || toks_[k].org) continue;
      Draft* best = nullptr;
      double best_d = 0.13;
      std::string_view w;
      // The word, or its stem when the ending is a particle after all (휘트콤이).
      for (const std::string_view cand : {any_name(k), stem(k)}) {
        const int syl = hangul_syllables(cand);
        if (syl < 2) continue;
        bool near = false;  // the cheap filters below before the word-list tests
        for (const Draft& d : drafts) {
          const int dsyl = hangul_syllables(d.e.surname);
          near = near || (d.e.kind == NameKind::foreign && d.anchored && syl - dsyl <= 1 && dsyl - syl <= 1 &&
                          initial_class(cand) == initial_class(d.e.surname));
        }
        if (!near || !foreign_name_shape(cand, 2)) continue;
        for (Draft& d : drafts) {
          if (d.e.kind != NameKind::foreign || !d.anchored || cand == d.e.surname) continue;
          // Cheap filters first: about as long, and the same first consonant.
          const int dsyl = hangul_syllables(d.e.surname);
          if (syl - dsyl > 1 || dsyl - syl > 1 || initial_class(cand) != initial_class(d.e.surname)) continue;
          const double dist = transliteration_distance(cand, d.e.surname);
          if (dist <= best_d && first_class(cand) == first_class(d.e.surname)) best = &d, best_d = dist, w = cand;
        }
      }
      if (!best) continue;
      // Of two people with this surname: the one whose given name stands
      // before the word, else the owner of a surname written alone.
      const bool after_word = k > 0 && adjacent(k - 1) && hangul(k - 1);
      bool with_given = after_word && has_given(*best, word(k - 1));
      if (shared_surname(*best)) {
        Draft* by_given = nullptr;
        for (Draft& d : drafts)
          if (d.e.surname == best->e.surname && d.anchored && after_word && has_given(d, word(k - 1))) by_given = &d;
        best = by_given ? by_given : owner(drafts, best->e.surname, k);
        with_given = by_given != nullptr;
      }
      const bool other_given = after_word && !with_given && foreign_word(k - 1, 1) && only_before_names(word(k - 1));
      if (other_given) continue;
      NameMention m;
      m.span = {toks_[k].span.begin, toks_[k].span.begin + w.size()};
      m.variant = true;
      if (with_given) m.span.begin = toks_[k - 1].span.begin;
      best->e.mentions.push_back(std::move(m));
    }
    for (Draft& d : drafts) {
      NameEntity& e = d.e;
      if (e.mentions.empty()) continue;
      std::sort(e.mentions.begin(), e.mentions.end(),
                [](const NameMention& a, const NameMention& b) { return a.span.begin < b.span.begin; });
      for (NameMention& m : e.mentions) m.text = std::string(text_.substr(m.span.begin, m.span.size()));
      e.anchored = d.anchored;
      out.push_back(std::move(e));
    }
    std::sort(out.begin(), out.end(), [](const NameEntity& a, const NameEntity& b) {
      return a.mentions.front().span.begin < b.mentions.front().span.begin;
    });
    return out;
  }

  // The class of the first sound: the first syllable's initial consonant
  // (ㅇ: a vowel start) — what first_class computes, without a reading.
  static int initial_class(std::string_view w) {
    const char32_t c = first_cp(w);
    if (c < 0xAC00 || c > 0xD7A3) return -1;
    const std::uint8_t sym = initial_symbol[(c - 0xAC00) / (21 * 28)];
    return sym == 255 ? 100 : class_of(sym);
  }

  static int first_class(std::string_view w) {
    std::vector<std::uint8_t> ph;
    read_phonemes(w, ph);
    if (ph.empty()) return -1;
    return is_consonant(ph.front()) ? class_of(ph.front()) : 100;  // any vowel start is one class
  }

  const Document& doc_;
  std::string_view text_;
  const std::vector<Alias>& aliases_;
  bool candidates_ = false;
  std::vector<Tok> toks_;
  std::vector<Anchor> anchors_;
  std::vector<std::string_view> plain_stems_;  // sorted
  std::vector<std::string_view> confirmed_given_;  // given names only an original vouches for
  mutable std::map<std::string_view, bool> given_cache_;  // only_before_names
  // Per-token answers of the word-list tests (-1: not asked yet).
  mutable std::vector<signed char> role_cache_, org_cache_, shape1_cache_, shape2_cache_, given_word_cache_,
      surname_cache_;
};

}  // namespace names
}  // namespace detail

// The people an article names, in order of first mention (see the header
// comment for the evidence used). Mentions are spans in doc.text, from the
// title, subtitles and article text (not captions or bylines).
// `candidates`: also return unanchored two-word foreign names (anchored ==
// false), for a caller that confirms them with other articles.
inline std::vector<NameEntity> find_names(const Document& doc, bool candidates = false) {
  const std::vector<Alias> aliases = find_aliases(doc);
  return detail::names::NameFinder(doc, aliases, candidates).run();
}

// The same with the article's aliases already found (find_aliases(doc)).
inline std::vector<NameEntity> find_names(const Document& doc, const std::vector<Alias>& aliases, bool candidates = false) {
  return detail::names::NameFinder(doc, aliases, candidates).run();
}

}  // namespace geul

#endif  // GEUL_ANALYSIS_NAMES_HPP
