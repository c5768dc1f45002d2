// geul — aliases: the parenthesized name pairs of Korean news text.
//
// find_aliases(text) finds pairs written X(Y) and returns both names with
// their spans and the direction (AliasKind):
//  * abbreviation — the parentheses hold a short form of the phrase before
//    them: 중소벤처기업부(중기부), 인공지능(AI), 최고경영자(CEO),
//    자율주행 통합관제센터(관제센터). long = the phrase, short = inside.
//  * expansion — the short form comes first and the parentheses spell it
//    out: AI(인공지능), 중기부(중소벤처기업부), 1.5GW(기가와트).
//    long = inside, short = the word before.
//  * original — a name in Hangul followed by its original spelling in Latin
//    letters or Hanja: 샘 알트만(Sam Altman), 오픈AI(OpenAI), 시진핑(習近平).
//    long = the Hangul name, short = the original.
//
// Rules (one pass over the '(' of the text; every test pins one):
//  * Shape: '(' glued to the word before it, the closer on the same line
//    within 32 code points, no '(' inside, and no Latin letter or digit glued
//    after ')' (챗(Chat)GPT is a spelling, not an alias). A leading 이하 or
//    약칭 inside is dropped (중소벤처기업부(이하 중기부)), and so are quotes
//    around the name and a trailing age (Matthias Brenner·43).
//  * Notes are no aliases: 현지시간, 사진, 종합, 주, 가칭, 가명 … (see
//    is_note), numbers, ages, codes (anything without letters), Hangul with a
//    particle or a verb ending (a clause), and a word before '(' that carries
//    a particle.
//  * Korean short form in the parentheses (abbreviation): at least two
//    syllables and fewer than the long form, and either (a) its syllables are
//    an ordered subsequence of the words before the parenthesis starting at
//    the first syllable of one of them — the long form starts at the nearest
//    such word (노르들리스 국제문학상(노르들리스상)) — or (b) it is the end of
//    the long form (한국수자원공사(수자원공사), 인플루엔자 의사환자(의사환자));
//    then the long form is the whole noun phrase before the parenthesis.
//  * Noun phrase: particle-free nouns separated by single spaces, at most
//    max_phrase_words, stopping at punctuation, a line start, numbers, words
//    with a particle or an ending, verb forms (참석한, 중인) and modifiers
//    that open a phrase (이번, 국내, 민간, 한, 가운데 …; see is_phrase_stop).
//    Next to a parenthesis, a last syllable that is also a one-syllable
//    particle (제주도, 떡볶이, 고속도로) is read as part of the noun; 가 is not
//    (정부가(AI) is no pair).
//  * Latin acronym in the parentheses (abbreviation): 2–10 characters with
//    at least two capitals (or one capital and a digit: 5G) that make up at
//    least half of the letters, without a run of three lower-case letters
//    (SaaS, IoT, R&D, GLP-1, MMORPG). After Korean, the long form is the word
//    before the parenthesis, extended by the noun before it while it has fewer
//    than 1.5 syllables per acronym letter (클라우드 보안인증(CSAP)) or when
//    the acronym starts with the digit that starts that noun (5세대
//    이동통신(5G)), up to 3 words. After English words, their initials must
//    spell the acronym (Large Language Model(LLM)).
//  * Original: Latin words after as many Hangul words (or after one glued
//    Hangul word) whose consonants sound alike: both sides become consonant
//    classes (ㄹ ~ l/r, ㅂ ㅍ ~ b p f v, ㅅ ㅈ ㅊ ~ s z j c …) and must share at
//    least 60% (longest common subsequence of at least two). Checked before
//    the acronym rule, so 엔비디아(NVIDIA) is an original and 인공지능(AI) an
//    abbreviation. Hanja originals need as many characters as the Hangul
//    word has syllables. English translations (인공지능(artificial
//    intelligence)) are not reported.
//  * Expansion: an acronym (digits before it are left out: 1.5GW → GW)
//    followed by particle-free Korean nouns, or a Korean word followed by a
//    longer Korean term that contains its syllables in order from the first.
//    Korean that only spells the acronym out (LG(엘지)) is an original.
//  * Pairs are deduplicated by (long, short): the first mention is kept.
//
// Linear time: each '(' looks at most 32 code points ahead and a few words back.
#ifndef GEUL_ANALYSIS_ENTITIES_HPP
#define GEUL_ANALYSIS_ENTITIES_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../json.hpp"
#include "../news/document.hpp"
#include "../text/offsets.hpp"
#include "../text/sentences.hpp"
#include "../text/tokens.hpp"
#include "../unicode/utf8.hpp"

namespace geul {

enum class AliasKind : unsigned char {
  abbreviation,  // long form, then its short form in parentheses: 중소벤처기업부(중기부), 인공지능(AI)
  expansion,     // short form, then its long form in parentheses: AI(인공지능)
  original,      // Hangul name, then its original spelling in parentheses: 샘 알트만(Sam Altman)
};

inline const char* to_string(AliasKind k) noexcept {
  switch (k) {
    case AliasKind::abbreviation: return "abbreviation";
    case AliasKind::expansion: return "expansion";
    case AliasKind::original: return "original";
  }
  return "abbreviation";
}

struct Alias {
  Span long_form;          // the full name (for `original`: the Hangul name)
  Span short_form;         // the abbreviation (for `original`: the original spelling)
  std::string long_text;   // text of long_form
  std::string short_text;  // text of short_form
  AliasKind kind = AliasKind::abbreviation;
};

namespace detail {
// Word-level helpers shared by the alias and the quote finders.
namespace nominal {

inline const unsigned char* bytes_of(std::string_view t) noexcept {
  return reinterpret_cast<const unsigned char*>(t.data());
}

// The code point at `pos` and its length (0 and 0 at the end).
inline char32_t code_point_at(std::string_view t, std::size_t pos, std::size_t& len) noexcept {
  if (pos >= t.size()) {
    len = 0;
    return 0;
  }
  char32_t c;
  len = decode_one(bytes_of(t) + pos, bytes_of(t) + t.size(), c);
  return c;
}
inline char32_t code_point_at(std::string_view t, std::size_t pos) noexcept {
  std::size_t len;
  return code_point_at(t, pos, len);
}
// The code point that ends at `pos` (0 when pos <= lo); `start` receives its start.
inline char32_t code_point_before(std::string_view t, std::size_t lo, std::size_t pos,
                                  std::size_t& start) noexcept {
  if (pos <= lo) {
    start = pos;
    return 0;
  }
  char32_t c;
  start = seg::previous_code_point(bytes_of(t), lo, pos, c);
  return c;
}

inline bool is_fullwidth_upper(char32_t c) noexcept { return c >= 0xFF21 && c <= 0xFF3A; }
inline bool is_fullwidth_lower(char32_t c) noexcept { return c >= 0xFF41 && c <= 0xFF5A; }
inline bool is_upper(char32_t c) noexcept { return seg::is_ascii_upper(c) || is_fullwidth_upper(c); }
inline bool is_lower(char32_t c) noexcept { return seg::is_ascii_lower(c) || is_fullwidth_lower(c); }
inline bool is_latin(char32_t c) noexcept { return is_upper(c) || is_lower(c); }
inline bool is_digit(char32_t c) noexcept { return seg::is_ascii_digit(c) || (c >= 0xFF10 && c <= 0xFF19); }
inline bool is_hanja(char32_t c) noexcept {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FA1F);
}
inline char32_t ascii_lower(char32_t c) noexcept {
  if (is_fullwidth_upper(c)) return c - 0xFF21 + 'a';
  if (is_fullwidth_lower(c)) return c - 0xFF41 + 'a';
  return seg::is_ascii_upper(c) ? c + 32 : c;
}
// Spaces inside a line (not line breaks).
inline bool is_inline_space(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 || c == 0x202F || (c >= 0x2000 && c <= 0x200A);
}

// Letters and digits of any script: what words are made of.
inline bool is_nominal_word_char(char32_t c) noexcept {
  const seg::CharClass k = seg::classify_token_char(c);
  return k == seg::CharClass::hangul || k == seg::CharClass::latin || k == seg::CharClass::digit ||
         k == seg::CharClass::other;
}
// Connectors that stay inside a word between letters or digits: GLP-1, R&D, 1.5GW.
inline bool is_inner_connector(char32_t c) noexcept {
  return c == '-' || c == '&' || c == '.' || c == '+' || c == '_' || c == 0x2010 || c == 0x2011;
}

// Start of the word that ends at `end` (not before `lo`): letters, digits and
// inner connectors between them.
inline std::size_t word_start(std::string_view t, std::size_t lo, std::size_t end) noexcept {
  std::size_t p = end;
  while (p > lo) {
    std::size_t q;
    const char32_t c = code_point_before(t, lo, p, q);
    if (is_nominal_word_char(c)) {
      p = q;
      continue;
    }
    if (is_inner_connector(c) && p < end && q > lo) {
      std::size_t r;
      if (is_nominal_word_char(code_point_before(t, lo, q, r))) {
        p = q;
        continue;
      }
    }
    break;
  }
  return p;
}

// End of the word that starts at `begin` (not after `hi`).
inline std::size_t word_end(std::string_view t, std::size_t begin, std::size_t hi) noexcept {
  std::size_t p = begin;
  while (p < hi) {
    std::size_t len;
    const char32_t c = code_point_at(t, p, len);
    if (is_nominal_word_char(c)) {
      p += len;
      continue;
    }
    if (is_inner_connector(c) && p > begin && p + len < hi && is_nominal_word_char(code_point_at(t, p + len))) {
      p += len;
      continue;
    }
    break;
  }
  return p;
}

struct Piece {
  std::size_t begin = 0, end = 0;
  std::size_t size() const noexcept { return end - begin; }
};

// The word before the word starting at `begin`, when only inline spaces
// separate them and it is a whole word (whitespace or a line start before it).
// `glued_before` tells whether punctuation is glued to its front (then no
// word before it belongs to the same phrase).
inline bool previous_word(std::string_view t, std::size_t lo, std::size_t begin, Piece& out,
                          bool& glued_before) noexcept {
  std::size_t p = begin, q;
  int spaces = 0;
  while (p > lo && is_inline_space(code_point_before(t, lo, p, q))) p = q, ++spaces;
  if (spaces == 0 || p <= lo) return false;
  const std::size_t end = p;
  if (!is_nominal_word_char(code_point_before(t, lo, end, q))) return false;
  const std::size_t start = word_start(t, lo, end);
  const char32_t c = code_point_before(t, lo, start, q);
  glued_before = !(start == lo || seg::is_white_space(c));
  out = Piece{start, end};
  return true;
}

struct Counts {
  std::size_t syllables = 0, latin = 0, upper = 0, digits = 0, hanja = 0, spaces = 0, other = 0, cps = 0;
  std::size_t lower_run = 0;  // longest run of lower-case letters
};

inline Counts count_chars(std::string_view s) noexcept {
  Counts n;
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len;
    const char32_t c = code_point_at(s, i, len);
    i += len;
    ++n.cps;
    if (is_lower(c)) ++run;
    else run = 0;
    n.lower_run = std::max(n.lower_run, run);
    if (seg::is_hangul_syllable(c)) ++n.syllables;
    else if (is_latin(c)) ++n.latin, n.upper += is_upper(c) ? 1 : 0;
    else if (is_digit(c)) ++n.digits;
    else if (is_hanja(c)) ++n.hanja;
    else if (seg::is_white_space(c)) ++n.spaces;
    else ++n.other;
  }
  return n;
}

inline char32_t first_syllable(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len;
    const char32_t c = code_point_at(s, i, len);
    if (seg::is_hangul_syllable(c)) return c;
    i += len;
  }
  return 0;
}

// Modifiers and determiners that open a noun phrase rather than belong to a
// name: 이번 행사, 국내 기업, 한 관계자, 우크라이나 국적 ….
inline bool is_phrase_stop(std::string_view w) noexcept {
  static constexpr std::string_view words[] = {
      "이번", "지난", "올해", "지난해", "내년", "작년", "이날", "당시", "현재", "최근", "국내", "해외",
      "민간", "우리", "기존", "신규", "주요", "전", "현", "총", "약", "기타", "관련", "해당", "모든",
      "여러", "일부", "다른", "같은", "새", "첫", "한", "두", "세", "네", "이", "그", "저", "및", "등",
      "또는", "혹은", "한편", "이어", "또", "특히", "이에", "아울러", "그러면서", "다만", "반면", "즉",
      "또한", "이후", "앞서", "출신", "국적", "소재", "산하", "소속", "전직", "현직", "신임", "초대",
      "차기", "전임", "후임", "이른바", "일명", "가칭", "오는", "지난달", "이달", "다음달", "오늘",
      "어제", "내일", "오전", "오후", "당초", "향후", "게", "건", "걸", "것", "거", "대부분", "일부", "모두", "전부", "대다수",
      "상당수", "다수", "소수", "각각", "단독", "직접", "처음", "처음으로", "함께", "역시", "다시", "이미",
      "가운데", "사이", "중", "속", "외", "이를테면", "예컨대", "가령", "만약", "만일"};
  return seg::is_one_of(w, words);
}

// Titles and roles that make a noun phrase a speaker (matched as the end of the head).
inline bool is_title(std::string_view head) noexcept {
  static constexpr std::string_view titles[] = {
      "장관", "차관", "대표", "회장", "사장", "CEO", "CTO", "CFO", "COO", "의장", "위원장", "위원",
      "의원", "교수", "연구원", "연구위원", "박사", "실장", "국장", "과장", "부장", "차장", "팀장",
      "본부장", "센터장", "원장", "청장", "처장", "소장", "총장", "학장", "단장", "지사", "시장",
      "군수", "구청장", "총리", "대통령", "대변인", "관계자", "담당자", "책임자", "씨", "님", "여사",
      "선수", "감독", "코치", "주장", "작가", "평론가", "변호사", "회계사", "의사", "전문의", "간호사",
      "교사", "이사", "전무", "상무", "총재", "행장", "수석", "비서관", "정책관", "심의관", "조정관",
      "대사", "영사", "주민", "농민", "어민", "상인", "학생", "학부모", "시민", "어르신", "측", "당국",
      "선장", "기장", "애널리스트", "매니저", "디렉터", "엔지니어", "개발자", "창업자", "설립자",
      "도슨트", "활동가", "사무총장", "총괄", "부문장", "리더", "파트너", "심사역", "고문", "강사",
      "보좌관", "특보", "대행", "서장", "판사", "검사", "재판장", "앵커", "기자", "참가자", "관람객", "방문객",
      "소비자", "주부", "환자", "보호자", "유족", "동생", "딸", "아들", "아내", "남편", "이코노미스트",
      "전문가", "연구자", "저자", "관장", "조합장", "지부장", "사무국장", "공동대표", "부대표", "주임", "경영자", "양", "군"};
  for (std::string_view t : titles)
    if (seg::ends_with(head, t)) return true;
  // An honorific 분 after a title: 도슨트분, 선생님분.
  if (seg::ends_with(head, "분") && head.size() > 3) {
    const std::string_view rest = head.substr(0, head.size() - 3);
    for (std::string_view t : titles)
      if (seg::ends_with(rest, t)) return true;
  }
  return false;
}

// Does the word end like a verb form that modifies or links (참석한, 하는, 했고)?
inline bool ends_like_verb_form(std::string_view w, std::size_t syllables) noexcept {
  static constexpr std::string_view endings[] = {
      "하는", "되는", "있는", "없는", "하던", "되던", "했던", "됐던", "하고", "되고", "하며", "되며",
      "하면", "되면", "해서", "돼서", "하여", "되어", "했고", "됐고", "했으며", "됐으며", "하지만",
      "이지만", "이라며", "라며", "이라는", "라는", "이던", "였던", "중인"};
  for (std::string_view e : endings)
    if (seg::ends_with(w, e)) return true;
  if (syllables >= 3) {
    static constexpr std::string_view adnominal[] = {"한", "된", "할", "될", "운", "던"};
    for (std::string_view e : adnominal)
      if (seg::ends_with(w, e)) return true;
  }
  // Two-syllable verb forms before a noun: 마친, 열린, 이끈 (not names: 이영, 설가은).
  if (syllables == 2) {
    static constexpr std::string_view adnominal2[] = {"친", "린", "낸", "난", "온", "쓴", "던", "된", "킨", "힌",
                                                      "른", "긴", "닌", "끈", "든", "룬", "빈", "띤", "갖춘", "맡은"};
    for (std::string_view e : adnominal2)
      if (seg::ends_with(w, e)) return true;
  }
  // Copula adnominal after a title: 공동창업자인, 심사위원장인 (not 법무법인, 코르베인).
  if (syllables >= 3 && seg::ends_with(w, "인") && is_title(w.substr(0, w.size() - 3))) return true;
  const seg::HangulTail tail = seg::read_hangul_tail(w, 0, w.size());
  return tail.n > 0 && seg::classify_ending(tail) == seg::Finality::strong;
}

// A particle-free noun: no particle or ending (tokens.hpp stemmer), not a
// function word, not a verb form. Latin words and acronyms count.
inline bool is_bare_noun(std::string_view w) noexcept {
  if (w.empty()) return false;
  const Counts n = count_chars(w);
  if (n.syllables == 0) return n.latin > 0 || n.hanja > 0;
  if (stem_length(w) != w.size()) return false;
  if (seg::is_function_word(w)) return false;
  return !ends_like_verb_form(w, n.syllables);
}

// Like is_bare_noun, but a final one-syllable particle that also ends many
// nouns (제주도, 전라남도, 떡볶이, 고속도로) is read as part of the noun: next
// to a parenthesis a word carries no particle. Not 가 (정부가 is a subject).
inline bool is_bare_noun_loose(std::string_view w) noexcept {
  if (is_bare_noun(w)) return true;
  SuffixKind kind;
  const std::size_t stem = stem_length(w, &kind);
  if (kind != SuffixKind::particle || w.size() - stem != 3) return false;
  static constexpr std::string_view lookalikes[] = {"이", "의", "와", "과", "도", "만", "로", "나", "등", "들", "랑", "란"};
  if (!seg::is_one_of(w.substr(stem), lookalikes)) return false;
  const Counts n = count_chars(w);
  return !seg::is_function_word(w) && !ends_like_verb_form(w, n.syllables);
}

// Does the word end in a particle (시의, 코치와, 대표를, 명이)? Syllables
// that end names and nouns as often (설가은 after a vowel, 제주도, 탁예나)
// are kept: 은 을 이 과 count only after a final consonant, 는 를 가 와 only
// after a vowel, 이 가 도 only after a one-syllable stem, 도 만 나 로 never.
inline bool ends_in_particle_syllable(std::string_view w) noexcept {
  std::size_t q;
  const char32_t last = code_point_before(w, 0, w.size(), q);
  if (q == 0 || !seg::is_hangul_syllable(last)) return false;
  std::size_t r;
  const char32_t before = code_point_before(w, 0, q, r);
  if (!seg::is_hangul_syllable(before)) return last == U'의' || last == U'에' || last == U'은' || last == U'는' ||
                                                last == U'을' || last == U'를' || last == U'이' || last == U'가' ||
                                                last == U'와' || last == U'과';  // CEO는, AI가
  const bool vowel = seg::jongseong_index(before) == 0;
  const bool one_syllable_stem = r == 0;
  switch (last) {
    case U'의': case U'에': case U'랑': case U'란': case U'들': case U'등': return true;
    case U'은': case U'을': case U'과': return !vowel;
    case U'는': case U'를': case U'와': return vowel;
    case U'이': return !vowel && one_syllable_stem;
    case U'가': case U'도': return one_syllable_stem && (last == U'도' || vowel);
    default: return false;
  }
}

// Does the word end a clause (a connective or final verb form: 있는데, 했고,
// 말했다), as opposed to a noun with a particle (간담회에서)?
inline bool ends_clause(std::string_view w) noexcept {
  SuffixKind kind;
  stem_length(w, &kind);
  if (kind == SuffixKind::particle) return false;
  static constexpr std::string_view endings[] = {"는데", "은데", "인데", "지만", "으나", "면서", "으며", "어서",
                                                 "아서", "해서", "니까", "으니", "었고", "았고", "했고", "됐고",
                                                 "였고", "있고", "없고", "하고", "되고", "이고", "며"};
  for (std::string_view e : endings)
    if (seg::ends_with(w, e) && w.size() > e.size()) return true;
  // Conditionals and quoted clauses: 집중하면, 좋겠냐는, 한다는, 있다고.
  static constexpr std::string_view more[] = {"하면", "으면", "다면", "라면", "되면", "다는", "냐는", "라는",
                                              "자는", "다고", "냐고", "라고", "려고"};
  for (std::string_view e : more)
    if (seg::ends_with(w, e) && w.size() > e.size()) return true;
  const seg::HangulTail tail = seg::read_hangul_tail(w, 0, w.size());
  return tail.n >= 2 && seg::classify_ending(tail) == seg::Finality::strong;
}

// Parenthesized notes that never name anything.
inline bool is_note(std::string_view s) noexcept {
  static constexpr std::string_view notes[] = {
      "현지시간", "현지 시간", "사진", "자료사진", "종합", "주", "유", "사", "재", "합", "가칭", "가명",
      "영상", "그래픽", "속보", "상보", "1보", "2보", "3보", "예정", "잠정", "추정", "단위", "왼쪽",
      "오른쪽", "가운데", "위", "아래", "앞줄", "뒷줄", "좌", "우", "제공", "남", "여", "남성", "여성",
      "구속", "불구속", "본명", "실명", "익명", "전", "현", "이하", "약칭", "예시", "참고", "연합뉴스",
      "뉴시스", "뉴스1", "공동취재사진", "공동취재", "사진공동취재단", "표", "그림", "도표", "인포그래픽",
      "편집자주", "편집자 주", "계속", "끝", "상", "하", "중", "인터뷰", "녹취", "전화인터뷰", "화상"};
  return seg::is_one_of(s, notes);
}

// ------------------------------------------------------- consonant skeletons

// Consonant classes shared by Hangul and Latin spellings of one name.
enum : unsigned char { cK = 1, cT = 2, cP = 4, cS = 8, cL = 16, cM = 32, cN = 64, cH = 128 };

inline unsigned char latin_class(char32_t lower) noexcept {
  switch (lower) {
    case 'b': case 'f': case 'p': case 'v': return cP;
    case 'c': case 'g': case 'x': return cK | cS;
    case 'k': case 'q': return cK;
    case 'd': case 't': return cT;
    case 'j': case 's': case 'z': return cS;
    case 'l': case 'r': return cL;
    case 'm': return cM;
    case 'n': return cN;
    case 'h': return cH;
    default: return 0;  // vowels, w, y
  }
}

// Appends the consonant classes of `s` (Hangul and Latin letters) to `out`,
// merging repeats (테슬라 → T S L, Brenner → P L N L). At most `cap` classes.
inline void append_skeleton(std::string_view s, std::vector<unsigned char>& out, std::size_t cap = 48) {
  // Initials ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ.
  static constexpr unsigned char cho[19] = {cK, cK, cN, cT, cT, cL, cM, cP, cP, cS,
                                            cS, 0,  cS, cS, cS, cK, cT, cP, cH};
  // Finals: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ.
  static constexpr unsigned char jong[28] = {0,  cK, cK, cK, cN,      cN,      cN, cT, cL,      cL,
                                             cL, cL, cL, cL, cL,      cL,      cM, cP, cP,      cS | cT,
                                             cS | cT, cN, cS | cT, cS | cT, cK, cT, cP, cH};
  auto push = [&](unsigned char m) {
    if (m == 0 || out.size() >= cap) return;
    if (!out.empty() && out.back() == m) return;
    out.push_back(m);
  };
  char32_t prev = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len;
    const char32_t c = code_point_at(s, i, len);
    i += len;
    if (seg::is_hangul_syllable(c)) {
      const unsigned idx = static_cast<unsigned>(c - 0xAC00);
      push(cho[idx / 588]);
      push(jong[idx % 28]);
    } else if (is_latin(c)) {
      const char32_t l = ascii_lower(c);
      // h after c s t p g k r w is part of a digraph (ch, sh, th, ph …).
      if (!(l == 'h' && (prev == 'c' || prev == 's' || prev == 't' || prev == 'p' || prev == 'g' ||
                         prev == 'k' || prev == 'r' || prev == 'w')))
        push(latin_class(l));
      prev = l;
      continue;
    }
    prev = 0;
  }
}

// Longest common subsequence of two class sequences (classes match when they share a bit).
inline std::size_t skeleton_lcs(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b) {
  std::vector<std::size_t> row(b.size() + 1, 0), next(b.size() + 1, 0);
  for (std::size_t i = 0; i < a.size(); ++i) {
    next[0] = 0;
    for (std::size_t j = 0; j < b.size(); ++j)
      next[j + 1] = (a[i] & b[j]) ? row[j] + 1 : std::max(row[j + 1], next[j]);
    row.swap(next);
  }
  return row[b.size()];
}

// Do the two spellings sound alike (a transliteration and its original)?
inline bool sounds_alike(std::string_view hangul, std::string_view latin) {
  std::vector<unsigned char> a, b;
  append_skeleton(hangul, a);
  append_skeleton(latin, b);
  const std::size_t common = skeleton_lcs(a, b);
  const std::size_t longest = std::max(a.size(), b.size());
  return common >= 2 && common * 10 >= longest * 6;
}

// Is the code point sequence of `small` (spaces ignored) an ordered
// subsequence of `big`'s (spaces ignored)? With `same_start`, their first
// code points must be equal.
inline bool is_subsequence(std::string_view small, std::string_view big, bool same_start) noexcept {
  std::size_t i = 0, j = 0;
  bool first = true;
  while (i < small.size()) {
    std::size_t li;
    const char32_t a = code_point_at(small, i, li);
    if (seg::is_white_space(a)) {
      i += li;
      continue;
    }
    bool found = false;
    while (j < big.size()) {
      std::size_t lj;
      const char32_t b = code_point_at(big, j, lj);
      j += lj;
      if (seg::is_white_space(b)) continue;
      if (a == b) {
        found = true;
        break;
      }
      if (first && same_start) return false;
    }
    if (!found) return false;
    first = false;
    i += li;
  }
  return true;
}

// Does `big` end with `small` (spaces ignored on both sides)?
inline bool ends_with_ignoring_spaces(std::string_view big, std::string_view small) noexcept {
  std::size_t i = small.size(), j = big.size();
  std::size_t matched = 0;
  while (i > 0) {
    std::size_t qi, qj;
    const char32_t a = code_point_before(small, 0, i, qi);
    if (seg::is_white_space(a)) {
      i = qi;
      continue;
    }
    char32_t b = 0;
    while (j > 0) {
      b = code_point_before(big, 0, j, qj);
      j = qj;
      if (!seg::is_white_space(b)) break;
      b = 0;
    }
    if (a != b) return false;
    ++matched;
    i = qi;
  }
  return matched > 0;
}

}  // namespace nominal

namespace alias {

using namespace nominal;

constexpr std::size_t max_inside_code_points = 32;
constexpr std::size_t max_phrase_words = 5;
constexpr std::size_t max_acronym_words = 3;
constexpr std::size_t max_lookback_bytes = 192;

// An acronym: SaaS, IoT, R&D, GLP-1, 5G, MMORPG (not OpenAI, Chat, LM/NLP).
inline bool is_acronym(std::string_view s) noexcept {
  for (char ch : s)
    if (ch == '/' || ch == '\'' || ch == ' ') return false;
  const Counts n = count_chars(s);
  if (n.latin == 0 || n.latin > 10 || n.syllables || n.hanja || n.spaces) return false;
  if (n.upper * 2 < n.latin || n.lower_run >= 3) return false;
  if (n.upper >= 2) return true;
  return n.upper == 1 && n.digits > 0;
}

// Latin letters, digits, spaces and name punctuation only.
inline bool is_latin_text(std::string_view s) noexcept {
  bool letter = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len;
    const char32_t c = code_point_at(s, i, len);
    i += len;
    if (is_latin(c)) {
      letter = true;
      continue;
    }
    if (is_digit(c) || c == ' ' || c == '&' || c == '-' || c == '.' || c == '\'' || c == 0x2019 || c == '+' ||
        c == '/')
      continue;
    return false;
  }
  return letter;
}

inline bool is_hanja_text(std::string_view s) noexcept {
  const Counts n = count_chars(s);
  return n.hanja > 0 && n.hanja == n.cps;
}

// Space-separated words of a Korean term, each a particle-free noun (digits
// allowed only with `digits`); 1–5 words of Hangul.
inline bool is_korean_term(std::string_view s, bool digits) noexcept {
  const Counts n = count_chars(s);
  if (n.syllables < 2 || n.latin || n.hanja || n.other || (n.digits && !digits)) return false;
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t e = i;
    while (e < s.size() && s[e] != ' ') ++e;
    if (e > i) {
      std::string_view w = s.substr(i, e - i);
      if (++words > max_phrase_words || !is_bare_noun_loose(w) || is_note(w)) return false;
    }
    i = e;
  }
  return words > 0 && !is_note(s);
}

// Trims what surrounds the name inside the parentheses: spaces, 이하/약칭,
// quotes around it, a trailing age (·43, , 43).
inline Piece trim_inside(std::string_view t, Piece in) noexcept {
  auto skip_spaces = [&] {
    while (in.begin < in.end && seg::is_white_space(code_point_at(t, in.begin))) {
      std::size_t len;
      code_point_at(t, in.begin, len);
      in.begin += len;
    }
    std::size_t q;
    while (in.end > in.begin && seg::is_white_space(code_point_before(t, in.begin, in.end, q))) in.end = q;
  };
  skip_spaces();
  for (std::string_view prefix : {std::string_view("이하"), std::string_view("약칭")}) {
    std::string_view s = t.substr(in.begin, in.size());
    if (seg::starts_with(s, prefix) && s.size() > prefix.size()) {
      const char32_t next = code_point_at(t, in.begin + prefix.size());
      if (seg::is_white_space(next) || next == ':' || next == ',') {
        in.begin += prefix.size() + 1;
        skip_spaces();
      }
    }
  }
  // Quotes around the name.
  for (int k = 0; k < 2 && in.size() >= 2; ++k) {
    std::size_t len, q;
    const char32_t open = code_point_at(t, in.begin, len);
    const char32_t close = code_point_before(t, in.begin, in.end, q);
    const seg::BracketClass a = seg::classify_bracket(open), b = seg::classify_bracket(close);
    if (a.role == seg::BracketRole::none || b.role == seg::BracketRole::none || !seg::is_quote_like(a.kind) ||
        a.kind != b.kind || in.begin + len >= q)
      break;
    in.begin += len;
    in.end = q;
    skip_spaces();
  }
  // A trailing age or sex after a name: ·43, , 43, ·여.
  std::size_t p = in.end, q;
  while (p > in.begin && is_digit(code_point_before(t, in.begin, p, q))) p = q;
  bool marker = p < in.end;
  if (!marker) {
    const char32_t c = code_point_before(t, in.begin, p, q);
    if (c == U'여' || c == U'남') p = q, marker = true;
  }
  if (marker) {
    while (p > in.begin && is_inline_space(code_point_before(t, in.begin, p, q))) p = q;
    const char32_t sep = code_point_before(t, in.begin, p, q);
    if ((sep == 0xB7 || sep == ',' || sep == 0x30FB || sep == 0xFF65 || sep == 0x2027) && q > in.begin) {
      in.end = q;
      skip_spaces();
    }
  }
  return in;
}

class Finder {
 public:
  Finder(std::string_view text, std::size_t base, std::vector<Alias>& out) : t_(text), base_(base), out_(out) {}

  void run() {
    const std::size_t n = t_.size();
    for (std::size_t i = 0; i < n; ++i) {
      const unsigned char b = static_cast<unsigned char>(t_[i]);
      if (b == '(') {
        at_paren(i, 1);
      } else if (b == 0xEF && i + 2 < n && static_cast<unsigned char>(t_[i + 1]) == 0xBC &&
                 static_cast<unsigned char>(t_[i + 2]) == 0x88) {
        at_paren(i, 3);  // full-width （
      }
    }
  }

 private:
  std::string_view text(Piece p) const noexcept { return t_.substr(p.begin, p.size()); }

  void emit(Piece long_form, Piece short_form, AliasKind kind) {
    Alias a;
    a.long_form = Span{base_ + long_form.begin, base_ + long_form.end};
    a.short_form = Span{base_ + short_form.begin, base_ + short_form.end};
    a.long_text = std::string(text(long_form));
    a.short_text = std::string(text(short_form));
    a.kind = kind;
    out_.push_back(std::move(a));
  }

  // The words of the phrase ending with the word `last` (nearest first), at
  // most `cap`, each a particle-free noun that is no phrase stop.
  std::size_t phrase_words(Piece last, Piece* words, std::size_t cap) const noexcept {
    std::size_t n = 0;
    words[n++] = last;
    Piece cur = last;
    bool glued = false;
    {  // punctuation glued to the front of the last word closes the phrase
      std::size_t q;
      const char32_t c = code_point_before(t_, lo_, last.begin, q);
      if (last.begin > lo_ && !seg::is_white_space(c)) return n;
    }
    while (n < cap) {
      Piece w;
      if (!previous_word(t_, lo_, cur.begin, w, glued)) break;
      const std::string_view s = text(w);
      if (!is_bare_noun_loose(s) || is_phrase_stop(s) || is_digit(code_point_at(s, 0)) || ends_in_particle_syllable(s))
        break;
      words[n++] = w;
      cur = w;
      if (glued) break;
    }
    return n;
  }

  void at_paren(std::size_t open, std::size_t open_len) {
    // The closer on the same line, within the code point limit, no '(' inside.
    std::size_t p = open + open_len, close = std::string_view::npos, close_len = 0;
    for (std::size_t k = 0; p < t_.size() && k <= max_inside_code_points; ++k) {
      std::size_t len;
      const char32_t c = code_point_at(t_, p, len);
      if (c == ')' || c == 0xFF09) {
        close = p;
        close_len = len;
        break;
      }
      if (c == '(' || c == 0xFF08 || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) return;
      p += len;
    }
    if (close == std::string_view::npos) return;
    // Words before the parenthesis are looked at within a bounded window.
    lo_ = open > max_lookback_bytes ? open - max_lookback_bytes : 0;
    while (lo_ < open && (static_cast<unsigned char>(t_[lo_]) & 0xC0) == 0x80) ++lo_;
    // Glued to the word before; no letter or digit glued after.
    std::size_t q;
    const char32_t before = code_point_before(t_, lo_, open, q);
    if (!is_nominal_word_char(before)) return;
    const char32_t after = code_point_at(t_, close + close_len);
    if (is_latin(after) || is_digit(after)) return;
    const Piece word{word_start(t_, lo_, open), open};
    if (word.size() == 0 || (word.begin == lo_ && lo_ > 0)) return;  // no word, or longer than the window
    const Piece inside = trim_inside(t_, Piece{open + open_len, close});
    if (inside.size() == 0) return;
    const std::string_view in = text(inside);
    if (is_note(in)) return;
    const Counts ic = count_chars(in);
    if (ic.syllables == 0 && ic.latin == 0 && ic.hanja == 0) return;  // numbers, codes, symbols
    if (ic.hanja > 0) return hanja_original(word, inside);
    if (ic.syllables == 0) return latin_inside(word, inside);
    if (ic.latin == 0) return korean_inside(word, inside);
  }

  // 시진핑(習近平): as many Hanja as the word has syllables.
  void hanja_original(Piece word, Piece inside) {
    const std::string_view w = text(word);
    if (!is_hanja_text(text(inside))) return;
    const Counts wc = count_chars(w);
    if (wc.syllables < 2 || wc.syllables != wc.cps || wc.syllables != count_chars(text(inside)).hanja) return;
    if (!is_bare_noun_loose(w)) return;
    emit(word, inside, AliasKind::original);
  }

  void latin_inside(Piece word, Piece inside) {
    const std::string_view in = text(inside);
    if (!is_latin_text(in)) return;
    const std::string_view w = text(word);
    const Counts wc = count_chars(w);
    if (wc.syllables == 0) {
      if (wc.latin > 0) english_acronym(word, inside);
      return;
    }
    if (!is_bare_noun_loose(w)) return;
    // Original: the Latin words after as many Hangul words, or after one glued word.
    std::size_t latin_words = 0;
    for (std::size_t i = 0; i < in.size();) {
      while (i < in.size() && in[i] == ' ') ++i;
      if (i < in.size()) ++latin_words;
      while (i < in.size() && in[i] != ' ') ++i;
    }
    if (latin_words >= 1 && latin_words <= 6) {
      Piece words[6];
      const std::size_t have = phrase_words(word, words, latin_words);
      if (have == latin_words) {
        const Piece name{words[have - 1].begin, word.end};
        if (sounds_alike(text(name), in)) return emit(name, inside, AliasKind::original);
      }
      if (latin_words > 1 && sounds_alike(w, in)) return emit(word, inside, AliasKind::original);
    }
    if (!is_acronym(in)) return;
    // Abbreviation: the Korean long form before the parenthesis.
    Piece words[max_acronym_words];
    const std::size_t have = phrase_words(word, words, max_acronym_words);
    const Counts ac = count_chars(in);
    std::size_t used = 1;
    std::size_t syllables = wc.syllables;
    while (used < have) {
      if (syllables * 2 >= ac.latin * 3) break;
      syllables += count_chars(text(words[used])).syllables;
      ++used;
    }
    // The digit rule looks one word further than the noun phrase does.
    if (used == have && is_digit(code_point_at(in, 0))) {
      Piece prev;
      bool glued = false;
      if (previous_word(t_, lo_, words[used - 1].begin, prev, glued) && used < max_acronym_words &&
          code_point_at(text(prev), 0) == code_point_at(in, 0) && count_chars(text(prev)).syllables > 0 &&
          stem_length(text(prev)) == prev.size())
        words[used++] = prev;
    }
    emit(Piece{words[used - 1].begin, word.end}, inside, AliasKind::abbreviation);
  }

  // Large Language Model(LLM): initials of the English words before.
  void english_acronym(Piece word, Piece inside) {
    const std::string_view in = text(inside);
    if (!is_acronym(in)) return;
    std::string letters;
    for (char ch : in)
      if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) letters += static_cast<char>(ch | 0x20);
    if (letters.size() < 2) return;
    // Walk back over the words, matching the acronym's letters from its end.
    std::size_t need = letters.size();
    Piece cur = word;
    Piece first = word;
    for (int k = 0; k < 10; ++k) {
      const std::string_view w = text(cur);
      const char32_t c = ascii_lower(code_point_at(w, 0));
      const bool small = w == "of" || w == "and" || w == "the" || w == "for" || w == "in" || w == "on" ||
                         w == "to" || w == "a" || w == "an" || w == "&";
      if (need > 0 && static_cast<char32_t>(static_cast<unsigned char>(letters[need - 1])) == c) {
        --need;
        first = cur;
      } else if (!small) {
        return;
      }
      if (need == 0) return emit(Piece{first.begin, word.end}, inside, AliasKind::abbreviation);
      bool glued = false;
      Piece prev;
      if (!previous_word(t_, lo_, cur.begin, prev, glued)) return;
      if (count_chars(text(prev)).latin == 0) return;
      cur = prev;
    }
  }

  void korean_inside(Piece word, Piece inside) {
    const std::string_view in = text(inside);
    const std::string_view w = text(word);
    const Counts wc = count_chars(w);
    // Expansion after an acronym: AI(인공지능), 1.5GW(기가와트).
    if (wc.syllables == 0) {
      if (wc.latin == 0 || !is_korean_term(in, true)) return;
      Piece acronym = word;
      while (acronym.begin < acronym.end) {  // digits and dots before the letters: 1.5GW
        std::size_t len;
        const char32_t c = code_point_at(t_, acronym.begin, len);
        if (is_latin(c)) break;
        acronym.begin += len;
      }
      const std::string_view a = text(acronym);
      if (!is_acronym(a)) return;
      if (sounds_alike(in, a) && count_chars(in).syllables <= 2 * count_chars(a).latin)
        return emit(inside, acronym, AliasKind::original);  // a reading: LG(엘지)
      return emit(inside, acronym, AliasKind::expansion);
    }
    if (wc.latin || !is_bare_noun_loose(w) || !is_korean_term(in, false)) return;
    const Counts ic = count_chars(in);
    // Korean abbreviation in the parentheses.
    Piece words[max_phrase_words];
    const std::size_t have = phrase_words(word, words, max_phrase_words);
    std::size_t phrase_syllables = 0;
    for (std::size_t k = 0; k < have; ++k) {
      phrase_syllables += count_chars(text(words[k])).syllables;
      const Piece long_form{words[k].begin, word.end};
      if (phrase_syllables <= ic.syllables) continue;
      if (first_syllable(text(words[k])) == first_syllable(in) && is_subsequence(in, text(long_form), true))
        return emit(long_form, inside, AliasKind::abbreviation);
    }
    // The end of the phrase: 한국수자원공사(수자원공사), 인플루엔자 의사환자(의사환자).
    const Piece whole{words[have - 1].begin, word.end};
    if (ic.syllables >= 2 && phrase_syllables > ic.syllables && ends_with_ignoring_spaces(text(whole), in)) {
      return emit(whole, inside, AliasKind::abbreviation);
    }
    // Expansion: 중기부(중소벤처기업부).
    if (ic.syllables > wc.syllables && wc.syllables >= 2 && is_subsequence(w, in, true))
      return emit(inside, word, AliasKind::expansion);
  }

  std::string_view t_;
  std::size_t base_;
  std::size_t lo_ = 0;  // start of the look-back window of the current parenthesis
  std::vector<Alias>& out_;
};

// Appends the aliases of `text` (spans shifted by `base`), skipping pairs in `seen`.
inline void find_into(std::string_view text, std::size_t base, std::vector<Alias>& out,
                      std::set<std::pair<std::string, std::string>>& seen) {
  std::vector<Alias> found;
  Finder(text, base, found).run();
  for (Alias& a : found)
    if (seen.insert({a.long_text, a.short_text}).second) out.push_back(std::move(a));
}

}  // namespace alias
}  // namespace detail

// The aliases of `text` in order of first mention, one per (long, short) pair.
inline std::vector<Alias> find_aliases(std::string_view text) {
  std::vector<Alias> out;
  std::set<std::pair<std::string, std::string>> seen;
  detail::alias::find_into(text, 0, out, seen);
  return out;
}

// The aliases of the article text (body, heading and list-item blocks), in
// order, one per (long, short) pair; spans are in doc.text.
inline std::vector<Alias> find_aliases(const Document& doc) {
  std::vector<Alias> out;
  std::set<std::pair<std::string, std::string>> seen;
  for (const Block& b : doc.blocks)
    if (is_article_text(b.role)) detail::alias::find_into(doc.text_of(b), b.span.begin, out, seen);
  return out;
}

// JSON: [{"long", "short", "kind", "long_start", "long_end", "short_start", "short_end"}]
// with the spans as stored (map them first for source offsets).
inline void write_json(JsonWriter& w, const std::vector<Alias>& aliases) {
  w.begin_array();
  for (const Alias& a : aliases) {
    w.begin_object().key("long").value(std::string_view(a.long_text)).key("short").value(std::string_view(a.short_text));
    w.key("kind").value(to_string(a.kind));
    w.key("long_start").value(a.long_form.begin).key("long_end").value(a.long_form.end);
    w.key("short_start").value(a.short_form.begin).key("short_end").value(a.short_form.end);
    w.end_object();
  }
  w.end_array();
}

}  // namespace geul

#endif  // GEUL_ANALYSIS_ENTITIES_HPP
