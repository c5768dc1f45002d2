// geul — direct quotes in Korean news text, with their speakers and
// reporting verbs.
//
//   for (const geul::Quote& q : geul::find_quotes(doc))   // doc = parse_article(bytes)
//     // q.speaker_text "이영 중기부 장관", q.verb "강조했다", q.content: the words said
//
// How a quote is found (one pass, linear time, bounded windows):
//  * Marks: "…", “…”, '…', ‘…’ paired on one line, like the sentence
//    splitter pairs them: a straight (or reused curly) mark opens after a
//    space, a line start or an opening bracket and closes after a letter,
//    a digit, punctuation or a closing bracket; an apostrophe inside Latin
//    words (don't, Altman's) is no mark. The closer must come within
//    max_quote_bytes; at most max_nesting marks are open at once (more are
//    read as plain characters); unbalanced marks are dropped at the line end.
//    Only the outermost pair is a quote (inner quotes are part of it).
//  * Speech or a term: what is glued after the closer decides. A quotative
//    connector (고, 라고, 이라고, 하고, 며, 라며, 이라며, 면서, 라면서, 하며 …)
//    makes a quote; 라는/이라는/는/란 and no connector make one only when the
//    content reads like a sentence (final punctuation or a final ending:
//    "…싶다", "…입니다.") or, with no connector at all, has two words or
//    more; a case particle ("깡통전세"를) makes a term, not a quote. Single
//    marks ('…', ‘…’) are emphasis ('K-콘텐츠', '원료 주권' 경쟁) unless a
//    quotative connector and a reporting verb follow ('…하겠다'고 밝혔다).
//    A naming verb after the connector ("AI 아버지"라고 불리는) makes a term.
//  * Chains: quotes of one sentence joined by connectors with no reporting
//    verb and no new subject between them share the speaker and the verb:
//    "…"며 "…"고 강조했다 gives both quotes 강조했다.
//  * Reporting verb: the first word after the last connector of the chain
//    that starts with a reporting stem (말하, 밝히, 전하, 덧붙이, 묻, 강조하,
//    설명하, 지적하, 답하 …), a bare 하다 form right after the connector
//    ("…"고 했다, "…"라고 하셨어요), or an idiom (입을 모았다). Written as it
//    is (말했다, 밝혔습니다, 말하기도 했다).
//  * Speaker, in this order:
//    1. a subject between the connector and the verb (quote first:
//       "…"라고 김 대표는 말했다, "…"고 한 관계자가 전했다);
//    2. a subject before the first quote of the chain, in the sentence: a
//       word with 은/는/이/가/도/께서 and the particle-free nouns before it
//       (name, organization, department, title: 이영 중기부 장관, 오명돈
//       서울대병원 감염내과 교수), at most max_speaker_words words, stopping
//       at modifiers (한, 이번, 국내 …), verb forms (참석한, 찾아) and
//       punctuation. A title scores 3, any other noun 1, a topic (은/는/께서)
//       1 more; ties go to the first: 블록만 회장은 부인이 … → 블록만 회장.
//       A plain 이/가 subject with a verb form after it belongs to an earlier
//       clause (자국이 남아 있는데, "…") and is skipped; time words,
//       determiners and abstract nouns never speak;
//    3. ○○에 따르면 before the quote: the noun phrase before 에 따르면;
//    4. ○○의 설명이다 (a genitive and a speech noun after the quote);
//    5. no subject: the previous speaker (이어 "…"고 밝혔다).
//  * Earlier mentions: a speaker written short is replaced by its fullest
//    earlier mention, and the subject as written is kept in `mention`:
//    김 대표 / 이 장관 / 임 실장 (a surname or 이 with a title) → the last
//    phrase with that title whose name starts with that syllable (김민수 딥셀
//    대표); 브레너 감독 → 마티아스 브레너 감독; 윤씨, 하늘양 → 윤채아씨,
//    박하늘양; 이 관계자 → the last 관계자; 한 관계자 stays as written.
//    Phrases with a title are collected from every sentence, quotes or not.
//    그는/그녀는 → the last person named as a speaker or as the topic of a
//    sentence (a titled phrase, or a name introduced earlier by 창업자인 …).
//    Speakers are also remembered from sentences without quotes that end in
//    a reporting verb (김 대표는 …고 밝혔다.).
//  * Labels: 김 대표: "…" and [인터뷰] 민해솔/주민 : "…" name the speaker
//    before '/' or ':'; an interview line [이름/설명 : 말] is a quote of its
//    own (the colon and the closing bracket are its marks, so the name
//    stays outside its span); a line [이름/설명] names the speaker of a quote
//    that stands alone on the next line.
//  * A quote with no connector (a headline, a quote standing alone) has no
//    verb: unresolved "no_verb", unless the next sentence attributes it
//    (그는 이렇게 말했다, 이같이 밝혔다).
// Unresolved reasons: "no_verb" (no quotative connector), "no_subject" (no
// speaker in the sentence and none before), "no_antecedent" (그는 … with no
// earlier speaker).
//
// Works on any bytes (ill-formed UTF-8 reads as U+FFFD); spans are byte
// offsets into the analysed text (doc.text for a Document).
#ifndef GEUL_ANALYSIS_QUOTES_HPP
#define GEUL_ANALYSIS_QUOTES_HPP

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "../json.hpp"
#include "../news/document.hpp"
#include "../text/offsets.hpp"
#include "../text/sentences.hpp"
#include "../text/tokens.hpp"
#include "entities.hpp"

namespace geul {

struct QuoteOptions {
  // Quote marks open at the same time on one line; more are plain characters.
  std::size_t max_nesting = 8;
  // A closing mark must come within this many bytes of its opener (same line).
  std::size_t max_quote_bytes = 2048;
  // Words of a speaker phrase (name, organization, title).
  std::size_t max_speaker_words = 5;
  // Words looked at on each side of a quote for its speaker and verb.
  std::size_t max_window_words = 40;
  // Earlier speakers remembered for 그는 / 이 장관은 / continuations.
  std::size_t max_remembered_speakers = 16;
};

// How the speaker was found.
enum class QuoteAttribution : unsigned char {
  none,           // unresolved
  subject,        // the sentence's subject before the quote: 알트만 CEO는 "…"고 말했다
  subject_after,  // the quote comes first: "…"라고 김 대표는 말했다
  anaphora,       // 그는 / 이 장관은 → the earlier speaker it refers to
  continuation,   // no subject: 이어 "…"고 밝혔다 → the previous speaker
  according_to,   // 업계에 따르면 "…"
  genitive,       // "…"는 게 김 대표의 설명이다
  label,          // 김 대표: "…", [인터뷰] 민해솔/주민 : "…", [이름/설명 : 말]
  next_sentence,  // a quote alone, then 그는 이렇게 말했다
};

inline const char* to_string(QuoteAttribution a) noexcept {
  switch (a) {
    case QuoteAttribution::none: return "none";
    case QuoteAttribution::subject: return "subject";
    case QuoteAttribution::subject_after: return "subject_after";
    case QuoteAttribution::anaphora: return "anaphora";
    case QuoteAttribution::continuation: return "continuation";
    case QuoteAttribution::according_to: return "according_to";
    case QuoteAttribution::genitive: return "genitive";
    case QuoteAttribution::label: return "label";
    case QuoteAttribution::next_sentence: return "next_sentence";
  }
  return "none";
}

struct Quote {
  Span span;                 // the quotation including its marks, in the analysed text
  Span content;              // inside the marks (trimmed)
  Span speaker;              // the speaker phrase (may lie in an earlier sentence); empty when unknown
  std::string speaker_text;  // "알트만 CEO", "이영 중기부 장관" (parenthesized notes left out); empty when unknown
  std::string verb;          // the reporting verb as written (말했다, 밝혔다 …); empty when none
  const char* unresolved = nullptr;  // when the speaker is unknown: "no_verb", "no_subject", "no_antecedent"
  Span mention;              // the subject as written when it was resolved elsewhere (그는, 이 장관은); else empty
  QuoteAttribution attribution = QuoteAttribution::none;
};

namespace detail {
namespace quote {

using namespace nominal;

enum class Mark : unsigned char { straight_double, straight_single, curly_double, curly_single };

struct Pair {
  std::size_t open = 0, open_len = 0, close = 0, close_len = 0;
  bool single = false;
  std::size_t end() const noexcept { return close + close_len; }
};

inline bool is_line_break(char32_t c) noexcept {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

// Is `c` a quote mark? Sets its family and role.
inline bool classify_mark(char32_t c, Mark& mark, seg::BracketRole& role) noexcept {
  using R = seg::BracketRole;
  switch (c) {
    case '"': case 0xFF02: mark = Mark::straight_double, role = R::either; return true;
    case '\'': mark = Mark::straight_single, role = R::either; return true;
    case 0x201C: case 0x201E: mark = Mark::curly_double, role = R::open; return true;
    case 0x201D: mark = Mark::curly_double, role = R::either; return true;
    case 0x2018: case 0x201A: mark = Mark::curly_single, role = R::open; return true;
    case 0x2019: mark = Mark::curly_single, role = R::either; return true;
    default: return false;
  }
}

// The role of a mark that may open or close, from the character before it
// (the sentence splitter's rule).
inline seg::BracketRole role_after(char32_t before) noexcept {
  using R = seg::BracketRole;
  if (before == 0 || seg::is_white_space(before)) return R::open;
  const R r = seg::classify_bracket(before).role;
  if (r == R::open) return R::open;
  if (r == R::close || is_nominal_word_char(before) || (before >= 0xC0 && before < 0x2000)) return R::close;
  return R::either;
}

// Outermost quote pairs of `t`, in order.
inline void find_pairs(std::string_view t, const QuoteOptions& o, std::vector<Pair>& out) {
  struct Open {
    std::size_t pos, len;
    Mark mark;
  };
  std::vector<Open> open;
  std::vector<Pair> line;
  const std::size_t cap = o.max_nesting;
  auto flush = [&] {
    std::sort(line.begin(), line.end(), [](const Pair& a, const Pair& b) { return a.open < b.open; });
    std::size_t end = 0;
    for (const Pair& p : line)
      if (p.open >= end) {
        out.push_back(p);
        end = p.end();
      }
    line.clear();
    open.clear();
  };
  char32_t prev = 0;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t len;
    const char32_t c = code_point_at(t, i, len);
    if (is_line_break(c)) {
      flush();
      prev = c;
      i += len;
      continue;
    }
    Mark mark;
    seg::BracketRole role;
    if (classify_mark(c, mark, role)) {
      const char32_t next = code_point_at(t, i + len);
      // Apostrophes inside Latin words (don't, Altman's) are no marks.
      const bool apostrophe = (c == '\'' || c == 0x2019) && seg::is_ascii_alnum(prev) && seg::is_ascii_alpha(next);
      if (!apostrophe) {
        if (role == seg::BracketRole::either) role = role_after(prev);
        while (!open.empty() && i - open.front().pos > o.max_quote_bytes) open.erase(open.begin());
        bool closed = false;
        if (role != seg::BracketRole::open) {
          for (std::size_t k = open.size(); k-- > 0;) {
            if (open[k].mark != mark) continue;
            const bool single = mark == Mark::straight_single || mark == Mark::curly_single;
            line.push_back(Pair{open[k].pos, open[k].len, i, len, single});
            open.resize(k);
            closed = true;
            break;
          }
        }
        // A closer with nothing to close that runs into a word opens instead (관계자는"…).
        const bool opens = role != seg::BracketRole::close || is_nominal_word_char(next);
        if (!closed && opens && open.size() < cap) open.push_back(Open{i, len, mark});
      }
    }
    prev = c;
    i += len;
  }
  flush();
}

// ----------------------------------------------------------------- words

// A word of a sentence outside the quotes: letters and digits with the
// parenthesized notes glued to it (최고경영자(CEO)는, 김철수(45)).
struct Word {
  std::size_t begin = 0, end = 0;
  std::size_t segment = 0;     // 0: before the first quote; k: after quote k-1
  bool glued_front = false;    // nothing (no space) between it and the quote or mark before it
  char32_t punct_before = 0;   // the last separator other than space before it (in its segment)
  char32_t punct_after = 0;    // the first separator other than space after it (in its segment)
  bool has_paren = false;
};

enum class Particle : unsigned char { none, topic, also, honorific, subject };

// The speech connectors glued after a closing mark.
enum class Connector : unsigned char {
  none,        // nothing glued (space, punctuation, end)
  continuing,  // 며, 라며, 면서 …: more speech follows
  ending,      // 고, 라고, 하고 …: a verb follows
  weak,        // 라는, 이라는, 는, 란: speech only when the content is a sentence
  particle,    // 를, 이, 의 …: a term
};

inline Connector classify_connector(std::string_view w, bool glued) noexcept {
  static constexpr std::string_view continuing[] = {"이라면서", "라면서", "이라며", "라며", "하면서", "하며", "면서", "며"};
  static constexpr std::string_view ending[] = {"이라고", "라고", "하고", "느냐고", "냐고", "자고", "고"};
  static constexpr std::string_view weak_prefix[] = {"이라는", "라는", "이라던", "라던", "는데", "는지"};
  static constexpr std::string_view weak_exact[] = {"는", "란", "이란", "이라", "라"};
  if (!glued) {
    // After a space only the exact connectors count: "…" 라고 말했다.
    static constexpr std::string_view spaced[] = {"라고", "이라고", "하고", "고", "라며", "이라며", "하며",
                                                  "며", "면서", "라면서", "하면서"};
    if (!seg::is_one_of(w, spaced)) return Connector::none;
  }
  for (std::string_view c : continuing)
    if (seg::starts_with(w, c)) return Connector::continuing;
  if (w == "이라" || w == "라") return Connector::ending;
  for (std::string_view c : ending)
    if (seg::starts_with(w, c)) return Connector::ending;
  for (std::string_view c : weak_prefix)
    if (seg::starts_with(w, c)) return Connector::weak;
  if (seg::is_one_of(w, weak_exact)) return Connector::weak;
  return glued && !w.empty() ? Connector::particle : Connector::none;
}

// Heads that never speak: times, determiners, abstract nouns, postpositional verbs.
inline bool is_non_speaker(std::string_view head) noexcept {
  static constexpr std::string_view words[] = {
      "이날", "이는", "이것", "그것", "저것", "것", "수", "점", "때", "경우", "결과", "가운데", "중", "뒤",
      "후", "이유", "목적", "문제", "상황", "분위기", "전망", "관측", "행사", "자리", "이때", "그때",
      "이제", "지금", "여기", "거기", "이곳", "그곳", "모두", "서로", "자신", "대해서", "대해", "관해서",
      "위해서", "통해서", "따라서", "대해선", "두고", "이번엔", "한편", "또한", "다만", "이에", "이후",
      "이와", "한", "일", "년", "월", "날", "올해", "지난해", "내년", "오늘", "어제", "내일", "규모",
      "비중", "가격", "수준", "정도", "목표", "계획", "방침", "내용", "취지", "사실", "말", "이야기",
      "질문", "물음", "답변", "설명", "주장", "지적", "의견", "입장"};
  if (seg::is_one_of(head, words)) return true;
  return is_phrase_stop(head) || seg::is_function_word(head);
}

inline bool is_pronoun(std::string_view head) noexcept {
  return head == "그" || head == "그녀" || head == "그분";
}

// Reporting stems that are verbs on their own (말했다, 밝혔다, 덧붙였다 …).
inline bool is_native_reporting_verb(std::string_view w) noexcept {
  static constexpr std::string_view stems[] = {
      "말했", "말하", "말한", "말합", "말씀", "밝혔", "밝히", "밝힌", "밝혀", "밝힙", "전했", "전하", "전한",
      "전합", "전해", "덧붙였", "덧붙이", "덧붙인", "덧붙여", "물었", "묻", "물은", "물어", "되물", "내다봤",
      "내다보", "털어놨", "털어놓", "꼬집었", "꼬집", "알렸", "적었", "썼", "외쳤", "외치", "내비쳤",
      "내비치", "답했", "답하", "답한", "답합", "답해", "하소연", "귀띔", "소리쳤", "되뇌었", "중얼거렸"};
  return seg::starts_with_one_of(w, stems);
}

// Sino-Korean reporting nouns that take 하다 (강조했다, 설명한 …).
inline bool is_noun_reporting_verb(std::string_view w) noexcept {
  static constexpr std::string_view nouns[] = {
      "강조", "설명", "지적", "주장", "언급", "대답", "답변", "반문", "질문", "당부", "호소", "토로", "평가",
      "분석", "전망", "예상", "우려", "비판", "반박", "해명", "촉구", "제안", "요청", "약속", "다짐", "고백",
      "회고", "회상", "소개", "발표", "진술", "증언", "응답", "조언", "경고", "인정", "시인", "자평", "확신",
      "예측", "일축", "역설", "부연", "첨언", "피력", "표명", "천명", "선언", "공언", "인사", "격려", "논평",
      "발언", "부탁", "보고", "전언", "기대", "강변", "항변", "성토", "규탄", "반발", "걱정", "푸념", "한탄",
      "설파", "자신", "대꾸", "설득", "자랑", "비유", "농담", "감탄", "칭찬", "불평", "호평", "혹평", "진단",
      "주문", "독려", "권고", "문의", "질의", "건의", "자문", "토론", "반론", "해설", "풀이", "화답", "답"};
  static constexpr std::string_view ha[] = {"하", "했", "한", "합", "해", "할", "함", "하였", "하셨", "하시"};
  for (std::string_view n : nouns) {
    if (!seg::starts_with(w, n)) continue;
    if (seg::starts_with_one_of(w.substr(n.size()), ha)) return true;
  }
  return false;
}

inline bool is_reporting_verb(std::string_view w) noexcept {
  return is_native_reporting_verb(w) || is_noun_reporting_verb(w);
}

// Bare 하다 forms that report after a connector: "…"고 했다, "…"라고 하셨어요.
inline bool is_ha_form(std::string_view w) noexcept {
  static constexpr std::string_view forms[] = {"했", "한다", "합니", "하셨", "하시", "하더", "하였", "해요",
                                               "해서", "했고", "하며", "하고"};
  return count_chars(w).syllables <= 6 && seg::starts_with_one_of(w, forms);
}

inline bool is_naming_verb(std::string_view w) noexcept {
  static constexpr std::string_view stems[] = {"불리", "불린", "불렸", "불려", "부르", "부른", "불러", "일컫",
                                               "일컬", "칭하", "칭한", "명명", "이름"};
  return seg::starts_with_one_of(w, stems);
}

// Verb idioms of speech: 입을 모았다, 목소리를 높였다, 말문을 열었다.
inline bool is_speech_idiom(std::string_view object, std::string_view verb) noexcept {
  static constexpr std::string_view objects[] = {"입을", "목소리를", "말문을", "말을", "의지를", "반응을",
                                                 "입장을", "뜻을", "소감을", "포부를", "각오를", "우려를",
                                                 "불만을", "자신감을", "의견을", "생각을", "기대감을"};
  static constexpr std::string_view verbs[] = {"모았", "모아", "높였", "높이", "열었", "이었", "드러냈",
                                               "보였", "나타냈", "표했", "표시했", "내놨", "내놓"};
  if (seg::is_one_of(object, objects) && seg::starts_with_one_of(verb, verbs)) return true;
  // 화답을 했다, 당부를 했다: a speech noun as the object of 하다.
  static constexpr std::string_view speech_objects[] = {"화답을", "답을", "질문을", "당부를", "부탁을", "조언을",
                                                        "설명을", "발언을", "언급을", "주문을", "경고를", "약속을",
                                                        "인사를", "제안을", "요청을", "답변을", "대답을", "말씀을"};
  static constexpr std::string_view ha[] = {"했", "하였", "한다", "합니", "하셨", "하기도", "보냈", "건넸",
                                            "남겼", "던졌", "내놨", "내놓"};
  return seg::is_one_of(object, speech_objects) && seg::starts_with_one_of(verb, ha);
}

// Nouns of speech in "…"는 게 김 대표의 설명이다.
inline bool is_speech_noun_predicate(std::string_view w) noexcept {
  static constexpr std::string_view nouns[] = {"설명", "지적", "주장", "말", "얘기", "이야기", "분석", "평가",
                                               "전언", "전망", "입장", "귀띔", "진단", "생각", "판단"};
  static constexpr std::string_view copula[] = {"이다", "이었다", "입니다", "였다", "이었습니다", "이라는", "이라고"};
  for (std::string_view n : nouns)
    if (seg::starts_with(w, n) && seg::starts_with_one_of(w.substr(n.size()), copula)) return true;
  return false;
}

// Does the content read like a sentence (final punctuation or a final ending)?
inline bool reads_like_sentence(std::string_view c) noexcept {
  std::size_t end = c.size(), q;
  bool punct = false;
  while (end > 0) {
    const char32_t ch = code_point_before(c, 0, end, q);
    if (seg::is_white_space(ch) || seg::classify_bracket(ch).role != seg::BracketRole::none) {
      end = q;
      continue;
    }
    if (seg::is_full_stop(ch) || seg::is_bang_or_question(ch) || seg::is_ellipsis_char(ch) || seg::is_tilde(ch)) {
      punct = true;
      end = q;
      continue;
    }
    break;
  }
  if (punct && end > 0) return true;
  const seg::HangulTail tail = seg::read_hangul_tail(c, 0, end);
  return tail.n > 0 && seg::classify_ending(tail) != seg::Finality::none;
}

inline std::size_t count_words(std::string_view c) noexcept {
  std::size_t n = 0;
  bool in = false;
  for (std::size_t i = 0; i < c.size();) {
    std::size_t len;
    const char32_t ch = code_point_at(c, i, len);
    const bool space = seg::is_white_space(ch);
    if (!space && !in) ++n;
    in = !space;
    i += len;
  }
  return n;
}

// May this word stand in a speaker phrase before the head (name,
// organization, department)? 전남도 and 응급의학과 end in particle look-alikes.
// A department ending in 과 counts right before a title: 응급의학과 교수
// (not 물량과 외환당국).
inline bool extends_phrase(std::string_view w, bool before_title_head) noexcept {
  if (ends_clause(w)) return false;  // 북새통을 이루며 알트만 CEO
  // Frequent connective verb forms that look like nouns (… 찾아 김민주 과장).
  static constexpr std::string_view connectives[] = {
      "찾아", "맞아", "통해", "위해", "대해", "향해", "따라", "이어", "거쳐", "걸쳐", "맞춰", "비롯해",
      "포함해", "방문해", "만나", "참석해", "출연해", "나와", "나서", "열어", "앞서", "더불어", "아울러",
      "함께", "불러", "모아", "넘어", "지나", "맞서", "대신해", "상대로", "대상으로", "통틀어"};
  if (seg::is_one_of(w, connectives)) return false;
  if (is_phrase_stop(w) || is_digit(code_point_at(w, 0)) || !is_bare_noun_loose(w)) return false;
  if (!ends_in_particle_syllable(w)) return true;
  return before_title_head && seg::ends_with(w, "과") && count_chars(w).syllables >= 3;
}

// Particles that mark a place or a partner, not a subject: 조사에서는, 정부에도.
inline bool ends_in_oblique_particle(std::string_view stem) noexcept {
  static constexpr std::string_view particles[] = {"에서", "에게", "에", "으로", "로", "로서", "으로서", "까지",
                                                   "부터", "에선", "한테", "께", "와", "과", "보다"};
  for (std::string_view p : particles)
    if (seg::ends_with(stem, p) && stem.size() > p.size()) return true;
  return false;
}

// Honorific suffixes glued to a name: 윤씨, 하늘양, 민준군.
inline std::size_t name_suffix_length(std::string_view w) noexcept {
  for (std::string_view sfx : {std::string_view("씨"), std::string_view("양"), std::string_view("군")})
    if (seg::ends_with(w, sfx) && w.size() > sfx.size() && w.size() <= sfx.size() + 12) return sfx.size();
  return 0;
}

// Does a speaker phrase name a person (for 그/그녀)? Titles do; so does a
// name-like last word (two to five syllables, not ending like an
// organization: 중기부, 질병관리청, 한국은행).
inline bool names_a_person(std::string_view phrase) noexcept {
  const std::size_t sp = phrase.rfind(' ');
  const std::string_view head = sp == std::string_view::npos ? phrase : phrase.substr(sp + 1);
  if (is_title(head)) return true;
  const Counts n = count_chars(head);
  if (sp != std::string_view::npos) {
    // Several words: a title before the name (공동창업자 루카스 벨), not 포스트 스마트폰.
    bool titled = false;
    for (std::size_t b = 0; b < sp && !titled;) {
      std::size_t e = phrase.find(' ', b);
      titled = is_title(phrase.substr(b, e - b));
      b = e + 1;
    }
    if (!titled || n.syllables < 1) return false;
  } else if (n.syllables < 2) {
    return false;
  }
  if (n.syllables > 5 || n.cps != n.syllables) return false;
  std::size_t q;
  const char32_t last = code_point_before(head, 0, head.size(), q);
  static constexpr char32_t org[] = {U'부', U'청', U'원', U'처', U'위', U'사', U'국', U'실', U'과', U'소', U'단',
                                     U'회', U'당', U'시', U'도', U'구', U'업', U'계', U'관', U'팀', U'행', U'교',
                                     U'성', U'룹', U'협', U'군', U'식', U'장'};
  return std::find(std::begin(org), std::end(org), last) == std::end(org);
}

struct Speaker {
  Span span;
  std::string text;
};

// A noun phrase that names a speaker.
struct Phrase {
  Span span;
  std::string text;
  std::string head;    // the last noun (without its particle)
  std::string prefix;  // a one-syllable word before a title (이 장관, 김 대표, 한 관계자); else empty
  std::size_t words = 0;
};

enum class Reference : unsigned char { none, pronoun, short_form };

struct Candidate {
  std::size_t word = 0;
  Particle particle = Particle::none;
  Phrase phrase;
  int score = 0;
};

struct VerbHit {
  bool found = false, naming = false;
  std::size_t first = 0, last = 0;  // word indices
};

struct QuoteCandidate {
  Pair pair;
  Span content;
  Connector connector = Connector::none;
  bool connector_word = false;  // the first word of the next segment is the connector
};

class Analyzer {
 public:
  Analyzer(const QuoteOptions& o, std::vector<Quote>& out) : o_(o), out_(out) {}

  void run(std::string_view text, std::size_t base) {
    t_ = text;
    base_ = base;
    pairs_.clear();
    find_pairs(t_, o_, pairs_);
    SentenceOptions so;
    so.max_bracket_bytes = std::max<std::size_t>(o_.max_quote_bytes, 1);
    so.max_sentence_bytes = std::max<std::size_t>(so.max_sentence_bytes, o_.max_quote_bytes + 1024);
    sentences_.clear();
    for_each_sentence(t_, so, [&](const Sentence& s) { sentences_.push_back(s.span); });
    std::size_t pi = 0;
    for (std::size_t si = 0; si < sentences_.size(); ++si) {
      std::size_t b = sentences_[si].begin, e = sentences_[si].end;
      while (pi < pairs_.size() && pairs_[pi].open < b) ++pi;  // a pair cut by the length limit
      std::size_t pj = pi;
      // A quote that runs past the sentence end takes the sentences it covers.
      while (pj < pairs_.size() && pairs_[pj].open < e) {
        if (pairs_[pj].end() > e) {
          e = pairs_[pj].end();
          while (si + 1 < sentences_.size() && sentences_[si + 1].begin < e) {
            ++si;
            e = std::max(e, sentences_[si].end);
          }
        }
        ++pj;
      }
      sentence(b, e, pi, pj);
      pi = pj;
    }
  }

 private:
  std::string_view text(std::size_t b, std::size_t e) const noexcept { return t_.substr(b, e - b); }
  Span out_span(std::size_t b, std::size_t e) const noexcept { return Span{base_ + b, base_ + e}; }

  // The word without its parenthesized notes: 최고경영자(CEO)는 → 최고경영자는.
  std::string plain(const Word& w) const {
    std::string s;
    if (!w.has_paren) return std::string(text(w.begin, w.end));
    int depth = 0;
    for (std::size_t i = w.begin; i < w.end; ++i) {
      const char ch = t_[i];
      if (ch == '(') ++depth;
      else if (ch == ')' && depth > 0) --depth;
      else if (depth == 0) s += ch;
    }
    return s;
  }

  // ------------------------------------------------------------ words

  void collect_words(std::size_t b, std::size_t e, std::size_t segment, bool after_quote) {
    std::size_t p = b;
    char32_t first_sep = 0, last_sep = 0;
    bool space = false;
    const std::size_t segment_start = words_.size();
    while (p < e) {
      std::size_t len;
      const char32_t c = code_point_at(t_, p, len);
      if (seg::is_white_space(c)) {
        space = true;
        p += len;
        continue;
      }
      if (!is_nominal_word_char(c)) {
        if (first_sep == 0) first_sep = c;
        last_sep = c;
        p += len;
        continue;
      }
      Word w;
      w.begin = p;
      w.end = word_end(t_, p, e);
      // Parenthesized notes glued to the word: 최고경영자(CEO)는, 김철수(45).
      while (w.end < e && t_[w.end] == '(') {
        std::size_t close = std::string_view::npos;
        for (std::size_t k = w.end + 1; k < e && k < w.end + 64; ++k) {
          if (t_[k] == ')') {
            close = k;
            break;
          }
          if (t_[k] == '(' || t_[k] == '\n' || t_[k] == '\r') break;
        }
        if (close == std::string_view::npos) break;
        w.has_paren = true;
        w.end = close + 1;
        if (w.end < e && is_nominal_word_char(code_point_at(t_, w.end))) w.end = word_end(t_, w.end, e);
      }
      w.segment = segment;
      w.punct_before = last_sep;
      w.glued_front = !space && (words_.size() == segment_start ? after_quote || last_sep != 0 : last_sep != 0);
      if (words_.size() > segment_start) words_.back().punct_after = first_sep;
      words_.push_back(w);
      first_sep = last_sep = 0;
      space = false;
      p = w.end;
    }
    if (words_.size() > segment_start) words_.back().punct_after = first_sep;
  }

  // ---------------------------------------------------------- phrases

  bool parse_subject(const Word& w, Particle& particle, std::string& stem, std::size_t& stem_end) const {
    const std::string p = plain(w);
    struct Rule {
      std::string_view text;
      Particle kind;
      char after;  // 'C' consonant-final, 'V' vowel-final, 'A' any
    };
    static constexpr Rule rules[] = {{"께서는", Particle::honorific, 'A'}, {"께서도", Particle::honorific, 'A'},
                                     {"께서", Particle::honorific, 'A'},   {"은", Particle::topic, 'C'},
                                     {"는", Particle::topic, 'V'},         {"도", Particle::also, 'A'},
                                     {"이", Particle::subject, 'C'},       {"가", Particle::subject, 'V'}};
    for (const Rule& r : rules) {
      if (!seg::ends_with(p, r.text) || p.size() <= r.text.size()) continue;
      const std::string_view s = std::string_view(p).substr(0, p.size() - r.text.size());
      std::size_t q;
      const char32_t last = code_point_before(s, 0, s.size(), q);
      if (seg::is_hangul_syllable(last)) {
        const bool vowel = seg::jongseong_index(last) == 0;
        if ((r.after == 'C' && vowel) || (r.after == 'V' && !vowel)) continue;
        // One-syllable nouns take 이/가/도 as speakers only as titles or
        // pronouns (씨가, 측이); a one-syllable topic needs a name before it
        // (루카스 벨은; checked by the caller).
        if (count_chars(s).cps == 1 && !is_title(s) && !is_pronoun(s) && r.kind != Particle::topic) return false;
      } else if (!is_latin(last) && !is_digit(last)) {
        continue;
      }
      if (ends_in_oblique_particle(s)) return false;
      // 설치하는, 있는, 좋겠냐는, 한다는, 내놓기도: verb forms, not a noun with a particle.
      if (r.kind != Particle::subject && seg::is_hangul_syllable(last) && count_chars(s).cps >= 2) {
        static constexpr char32_t verbal[] = {U'하', U'되', U'있', U'없', U'않', U'겠', U'했', U'었', U'았', U'였', U'시'};
        if (std::find(std::begin(verbal), std::end(verbal), last) != std::end(verbal)) return false;
        if (last == U'기' && r.kind != Particle::honorific) return false;  // 내놓기도 했다
        const seg::HangulTail tail = seg::read_hangul_tail(s, 0, s.size());
        if (seg::classify_ending(tail) == seg::Finality::strong) return false;  // 한다는, 좋겠냐는
      }
      particle = r.kind;
      stem.assign(s);
      stem_end = w.end - r.text.size();
      return true;
    }
    return false;
  }

  // The noun phrase ending with words_[k], whose head is `head` ending at `head_end`.
  Phrase build_phrase(std::size_t k, std::size_t from, const std::string& head, std::size_t head_end) const {
    Phrase ph;
    ph.head = head;
    std::size_t start = k;
    std::size_t n = 1;
    while (start > from && n < o_.max_speaker_words) {
      const Word& cur = words_[start];
      const Word& prev = words_[start - 1];
      if (prev.segment != cur.segment || cur.glued_front || cur.punct_before != 0 || prev.punct_after != 0) break;
      const std::string pw = plain(prev);
      const bool one_syllable = count_chars(pw).cps == 1 && count_chars(pw).syllables == 1;
      // One syllable before a title is a surname or a determiner (김 대표, 나 대표, 이 장관, 한 관계자),
      // unless it is an adverb or a numeral (또, 더, 두).
      static constexpr std::string_view not_prefix[] = {"또", "더", "덜", "잘", "못", "안", "및", "등", "곧", "꼭",
                                                        "참", "좀", "다", "각", "총", "약", "첫", "새", "두", "세",
                                                        "네", "제", "왜", "늘", "꽤"};
      if (start == k && one_syllable && is_title(head) && !seg::is_one_of(pw, not_prefix)) {
        ph.prefix = pw;  // 이 장관, 한 관계자, 그 교수
        --start;
        ++n;
        break;
      }
      if (pw == "해당" && start == k && is_title(head)) {
        ph.prefix = pw;
        --start;
        ++n;
        break;
      }
      if (!extends_phrase(pw, start == k && is_title(head))) break;
      if (start == k && one_syllable && is_title(head)) ph.prefix = pw;  // 김 대표
      else ph.prefix.clear();
      --start;
      ++n;
    }
    ph.words = n;
    ph.span = Span{words_[start].begin, head_end};
    for (std::size_t i = start; i < k; ++i) {
      ph.text += plain(words_[i]);
      ph.text += ' ';
    }
    ph.text += head;
    return ph;
  }

  Reference reference_of(const Phrase& ph) const noexcept {
    if (ph.words == 1 && is_pronoun(ph.head)) return Reference::pronoun;
    if (ph.words == 2 && !ph.prefix.empty() && is_title(ph.head)) return Reference::short_form;
    return Reference::none;
  }

  // The best subject among words [from, to): titles, topics, and the first
  // (or, with `prefer_last`, the last) position win.
  bool best_subject(std::size_t from, std::size_t to, std::size_t phrase_from, bool prefer_last,
                    Candidate& best) const {
    bool have = false;
    const std::size_t lo = to > from + o_.max_window_words ? to - o_.max_window_words : from;
    for (std::size_t k = lo; k < to; ++k) {
      Particle particle;
      std::string stem;
      std::size_t stem_end;
      if (!parse_subject(words_[k], particle, stem, stem_end)) continue;
      if (!is_pronoun(stem) && is_non_speaker(stem)) continue;
      if (is_digit(code_point_at(stem, 0))) continue;
      // A plain 이/가 subject followed by a predicate belongs to an earlier
      // clause: 자국이 그대로 남아 있는데, "…"라고 하셨어요.
      if (particle == Particle::subject && !is_title(stem)) {
        bool clause = false;
        for (std::size_t m = k + 1; m < to && !clause; ++m) {
          const std::string w = plain(words_[m]);
          clause = ends_clause(w) || ends_like_verb_form(w, count_chars(w).syllables);
        }
        if (clause) continue;
      }
      Candidate c;
      c.word = k;
      c.particle = particle;
      c.phrase = build_phrase(k, phrase_from, stem, stem_end);
      if (count_chars(stem).cps == 1 && c.phrase.words < 2 && !is_title(stem) && !is_pronoun(stem)) continue;
      const Reference ref = reference_of(c.phrase);
      c.score = (is_title(stem) || ref != Reference::none) ? 3 : 1;
      if (particle == Particle::topic || particle == Particle::honorific) c.score += 1;
      if (!have || c.score > best.score || (prefer_last && c.score == best.score)) {
        best = c;
        have = true;
      }
    }
    return have;
  }

  // ○○에 따르면 / ○○에 의하면 in words [from, to).
  bool according_to(std::size_t from, std::size_t to, Phrase& out) const {
    for (std::size_t k = to; k-- > from + 1;) {
      const std::string w = plain(words_[k]);
      if (w != "따르면" && w != "의하면") continue;
      const Word& prev = words_[k - 1];
      const std::string p = plain(prev);
      if (!seg::ends_with(p, "에") || p.size() <= 3 || prev.punct_after != 0) continue;
      const std::string head = p.substr(0, p.size() - 3);
      if (is_non_speaker(head)) continue;
      out = build_phrase(k - 1, from, head, prev.end - 3);
      return true;
    }
    return false;
  }

  // ○○의 설명이다 in words [from, to).
  bool genitive(std::size_t from, std::size_t to, Phrase& out, std::size_t& verb_word) const {
    for (std::size_t k = from + 1; k < to && k < from + o_.max_window_words; ++k) {
      if (!is_speech_noun_predicate(plain(words_[k]))) continue;
      const std::string p = plain(words_[k - 1]);
      if (!seg::ends_with(p, "의") || p.size() <= 3) continue;
      out = build_phrase(k - 1, from, p.substr(0, p.size() - 3), words_[k - 1].end - 3);
      verb_word = k;
      return true;
    }
    return false;
  }

  VerbHit find_verb(std::size_t from, std::size_t to) const {
    VerbHit hit;
    const std::size_t stop = std::min(to, from + o_.max_window_words);
    for (std::size_t k = from; k < stop; ++k) {
      const std::string w = plain(words_[k]);
      if (k < from + 2 && is_naming_verb(w)) {
        hit.naming = true;
        return hit;
      }
      bool verb = is_reporting_verb(w);
      if (!verb && k < from + 4 && is_ha_form(w)) {
        // A bare 했다 reports only right after the connector or a subject.
        verb = true;
        for (std::size_t m = from; m < k; ++m) {
          Particle particle;
          std::string stem;
          std::size_t stem_end;
          const std::string pm = plain(words_[m]);
          if (!parse_subject(words_[m], particle, stem, stem_end) && !is_bare_noun(pm) && !is_phrase_stop(pm)) verb = false;
        }
      }
      if (!verb && k + 1 < stop && is_speech_idiom(w, plain(words_[k + 1]))) {
        hit.found = true;
        hit.first = k;
        hit.last = k + 1;
        return hit;
      }
      if (!verb) continue;
      hit.found = true;
      hit.first = hit.last = k;
      // 말하기도 했다, 밝히기도 했다.
      if ((seg::ends_with(w, "기도") || seg::ends_with(w, "기는") || seg::ends_with(w, "기까지")) && k + 1 < to &&
          is_ha_form(plain(words_[k + 1])))
        hit.last = k + 1;
      return hit;
    }
    return hit;
  }

  std::string verb_text(const VerbHit& v) const {
    std::string s;
    for (std::size_t k = v.first; k <= v.last; ++k) {
      if (k > v.first) s += ' ';
      s += plain(words_[k]);
    }
    return s;
  }

  void remember(const Span& span, const std::string& speaker) {
    if (speaker.empty()) return;
    if (names_a_person(speaker)) last_person_ = Speaker{span, speaker};
    for (std::size_t i = 0; i < recent_.size(); ++i)
      if (recent_[i].text == speaker) {
        recent_.erase(recent_.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    if (o_.max_remembered_speakers == 0) return;
    if (recent_.size() >= o_.max_remembered_speakers) recent_.erase(recent_.begin());
    recent_.push_back(Speaker{span, speaker});
  }

  // Resolution of a phrase found in the text (its own span in local offsets).
  struct Resolution {
    bool found = false;
    Span speaker;  // output offsets
    std::string text;
    Span mention;
    QuoteAttribution how = QuoteAttribution::none;
    const char* unresolved = nullptr;
  };

  // Titles that name a kind of person rather than one (한 관계자 is anyone).
  static bool is_generic_title(std::string_view head) noexcept {
    static constexpr std::string_view words[] = {"관계자", "담당자", "주민", "시민", "어민", "농민", "상인",
                                                 "학생", "학부모", "어르신", "소비자", "환자", "보호자",
                                                 "참가자", "관람객", "방문객", "전문가"};
    for (std::string_view w : words)
      if (seg::ends_with(head, w)) return true;
    return false;
  }

  // An earlier, fuller mention of the same person: 김 대표 → 김민수 딥셀 대표,
  // 브레너 감독 → 마티아스 브레너 감독, 윤씨 → 윤채아씨, 하늘양 → 박하늘양.
  const Speaker* fuller(const Phrase& ph) const {
    if (ph.words == 1 && !is_title(ph.head) && name_suffix_length(ph.head) == 0) {
      // 브로크만 → 그레그 브로크만, a name introduced earlier.
      for (std::size_t i = names_.size(); i-- > 0;)
        if (names_[i].text != ph.head && names_[i].text.size() > ph.head.size() &&
            seg::ends_with(names_[i].text, " " + ph.head))
          return &names_[i];
      return nullptr;
    }
    std::string name, title = ph.head;
    if (ph.words >= 2 && is_title(ph.head)) {
      const std::size_t sp = ph.text.find(' ');
      name = ph.text.substr(0, sp);
    } else if (const std::size_t sfx = name_suffix_length(ph.head)) {
      name = ph.head.substr(0, ph.head.size() - sfx);
      title = ph.head.substr(ph.head.size() - sfx);
    } else {
      return nullptr;
    }
    const Counts nc = count_chars(name);
    if (nc.syllables == 0 && nc.latin == 0) return nullptr;
    const bool one_syllable = nc.cps == 1 && nc.syllables == 1;
    const bool determiner = name == "이" || name == "그" || name == "저" || name == "해당";
    // 업계 관계자 names a group, not a person; 한 관계자 is anyone; 이 관계자 is the last one.
    if (is_generic_title(title) && !determiner) return nullptr;
    auto strip = [](std::string_view tok) {
      const std::size_t sfx = name_suffix_length(tok);
      return tok.substr(0, tok.size() - sfx);
    };
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t i = mentions_.size(); i-- > 0;) {
        const Speaker& m = mentions_[i];
        if (m.text == ph.text || m.text.size() <= ph.text.size()) continue;
        const std::string_view mt = m.text;
        if (one_syllable) {
          if (mt.find(title) == std::string_view::npos) continue;
          // Any word but the title may carry the full name: 김민주 인공지능반도체과장.
          bool surname = false;
          for (std::size_t b = 0; b < mt.size() && !surname;) {
            std::size_t e = mt.find(' ', b);
            if (e == std::string_view::npos) e = mt.size();
            const std::string_view raw = mt.substr(b, e - b);
            const std::string_view tok = strip(raw);
            const std::size_t syl = count_chars(tok).syllables;
            const bool not_title = tok.size() < raw.size() || e < mt.size();
            surname = not_title && ((syl >= 2 && syl <= 4 && count_chars(tok).cps == syl && seg::starts_with(tok, name)) ||
                                    (b > 0 && tok == name));  // 피터 리 … 부사장 ← 리 부사장
            b = e + 1;
          }
          if (pass == 0 ? surname : determiner) return &m;
          continue;
        }
        if (pass == 1) continue;
        for (std::size_t b = 0; b < mt.size();) {
          std::size_t e = mt.find(' ', b);
          if (e == std::string_view::npos) e = mt.size();
          const std::string_view tok = strip(mt.substr(b, e - b));
          if (seg::ends_with(tok, name) && (tok.size() > name.size() || mt.size() > ph.text.size())) return &m;
          b = e + 1;
        }
      }
    }
    return nullptr;
  }

  Resolution resolve_phrase(const Phrase& ph, QuoteAttribution how) const {
    Resolution r;
    const Reference ref = reference_of(ph);
    if (ref == Reference::pronoun) {
      r.mention = out_span(ph.span.begin, ph.span.end);
      const Speaker* s = !last_person_.text.empty() ? &last_person_ : recent_.empty() ? nullptr : &recent_.back();
      if (!s) {
        r.unresolved = "no_antecedent";
        return r;
      }
      r.found = true;
      r.speaker = s->span;
      r.text = s->text;
      r.how = QuoteAttribution::anaphora;
      return r;
    }
    if (const Speaker* s = fuller(ph)) {
      r.found = true;
      r.speaker = s->span;
      r.text = s->text;
      r.mention = out_span(ph.span.begin, ph.span.end);
      r.how = ref == Reference::short_form ? QuoteAttribution::anaphora : how;
      return r;
    }
    r.found = true;
    r.speaker = out_span(ph.span.begin, ph.span.end);
    r.text = ph.text;
    r.how = how;
    return r;
  }

  // A titled phrase (공동창업자 루카스 벨, 김 교수) or a name seen before
  // (그레그 브로크만); one untitled word is not enough (슈퍼컴퓨터는).
  bool is_person(const std::string& text) const {
    for (const Speaker& n : names_)
      if (n.text == text) return true;
    if (text.find(' ') == std::string::npos && !is_title(text)) return is_known_name(text) && names_a_person(text);
    return names_a_person(text);
  }

  // Was `word` part of an earlier name (그레그 브로크만 → 브로크만)?
  bool is_known_name(std::string_view word) const {
    for (const Speaker& n : names_) {
      const std::string_view t = n.text;
      for (std::size_t b = 0; b < t.size();) {
        std::size_t e = t.find(' ', b);
        if (e == std::string_view::npos) e = t.size();
        if (t.substr(b, e - b) == word) return true;
        b = e + 1;
      }
    }
    return false;
  }

  // A name introduced by a title and the copula: 공동 창업자인 그레그 브로크만도.
  void register_name_after(std::size_t k) {
    std::string text;
    std::size_t first = k + 1, m = k + 1;
    for (; m < words_.size() && m < k + 4; ++m) {
      const Word& w = words_[m];
      if (w.segment != words_[k].segment || w.punct_before != 0) break;
      const std::string p = plain(w);
      Particle particle;
      std::string head;
      std::size_t head_end;
      const bool last = parse_subject(w, particle, head, head_end);
      const std::string& part = last ? head : p;
      const Counts n = count_chars(part);
      if (n.syllables == 0 || n.cps != n.syllables || n.syllables > 5 || (!last && !extends_phrase(p, false))) break;
      if (!text.empty()) text += ' ';
      text += part;
      if (last) {
        if (!is_non_speaker(head) && !is_title(head)) {
          if (names_.size() >= 32) names_.erase(names_.begin());
          names_.push_back(Speaker{out_span(words_[first].begin, head_end), text});
        }
        return;
      }
    }
  }

  // Phrases that name a person with a title (마티아스 브레너 감독, 윤채아씨),
  // remembered for the short references that follow.
  void register_mentions() {
    for (std::size_t k = 0; k < words_.size(); ++k) {
      const std::string p = plain(words_[k]);
      if (seg::ends_with(p, "인") && p.size() > 3 && is_title(std::string_view(p).substr(0, p.size() - 3)))
        register_name_after(k);
      Particle particle;
      std::string head;
      std::size_t head_end;
      if (!parse_subject(words_[k], particle, head, head_end)) {
        SuffixKind kind;
        const std::size_t stem = stem_length(p, &kind);
        if (kind != SuffixKind::particle && kind != SuffixKind::none) continue;
        head = p.substr(0, stem);
        head_end = words_[k].end - (p.size() - stem);
      }
      const std::size_t sfx = name_suffix_length(head);
      const bool glued_name = sfx > 0 && count_chars(head.substr(0, head.size() - sfx)).syllables >= 2;
      if (!glued_name && !is_title(head)) continue;
      const std::size_t from = seg_begin_[words_[k].segment];
      const Phrase ph = build_phrase(k, from, head, head_end);
      if (ph.words < 2 && !glued_name) continue;
      if (ph.words == 2 && !ph.prefix.empty()) continue;  // 김 대표 is a reference, not a mention
      Speaker m{out_span(ph.span.begin, ph.span.end), ph.text};
      for (std::size_t i = 0; i < mentions_.size(); ++i)
        if (mentions_[i].text == m.text) {
          mentions_.erase(mentions_.begin() + static_cast<std::ptrdiff_t>(i));
          break;
        }
      if (mentions_.size() >= 64) mentions_.erase(mentions_.begin());
      mentions_.push_back(std::move(m));
    }
  }

  Resolution continuation() const {
    Resolution r;
    if (recent_.empty()) {
      r.unresolved = "no_subject";
      return r;
    }
    r.found = true;
    r.speaker = recent_.back().span;
    r.text = recent_.back().text;
    r.how = QuoteAttribution::continuation;
    return r;
  }

  void emit(const QuoteCandidate& q, const Resolution& r, const std::string& verb) {
    Quote out;
    out.span = out_span(q.pair.open, q.pair.end());
    out.content = out_span(q.content.begin, q.content.end);
    if (r.found) {
      out.speaker = r.speaker;
      out.speaker_text = r.text;
      out.mention = r.mention;
      out.attribution = r.how;
    } else {
      out.unresolved = r.unresolved ? r.unresolved : "no_subject";
      out.mention = r.mention;
    }
    out.verb = verb;
    out_.push_back(std::move(out));
  }

  // ------------------------------------------------------ special lines

  // [이름/설명 : 말] and [이름/설명]: the name before '/'.
  bool bracket_label(std::size_t b, std::size_t e, Span& name, std::size_t& colon) const {
    if (e - b < 4 || t_[b] != '[' || t_[e - 1] != ']') return false;
    colon = std::string_view::npos;
    std::size_t slash = std::string_view::npos;
    for (std::size_t i = b + 1; i + 1 < e; ++i) {
      if (t_[i] == '[' || t_[i] == ']' || t_[i] == '"') return false;
      if (t_[i] == '/' && slash == std::string_view::npos) slash = i;
      if (t_[i] == ':' && colon == std::string_view::npos) colon = i;
    }
    if (slash == std::string_view::npos || slash - b > 64) return false;
    if (colon != std::string_view::npos && colon < slash) return false;
    std::size_t nb = b + 1, ne = slash;
    while (nb < ne && t_[nb] == ' ') ++nb;
    while (ne > nb && t_[ne - 1] == ' ') --ne;
    if (ne == nb || count_chars(text(nb, ne)).syllables == 0) return false;
    name = Span{nb, ne};
    return true;
  }

  bool interview_line(std::size_t b, std::size_t e) {
    Span name;
    std::size_t colon;
    if (!bracket_label(b, e, name, colon)) return false;
    if (colon == std::string_view::npos) {
      pending_label_ = Speaker{out_span(name.begin, name.end), std::string(text(name.begin, name.end))};
      label_age_ = 0;
      return true;
    }
    std::size_t cb = colon + 1, ce = e - 1;
    while (cb < ce && t_[cb] == ' ') ++cb;
    while (ce > cb && t_[ce - 1] == ' ') --ce;
    if (count_words(text(cb, ce)) < 2) return false;
    // The colon and the closing bracket are its marks: the name stays outside.
    QuoteCandidate q;
    q.pair = Pair{colon, 1, e - 1, 1, false};
    q.content = Span{cb, ce};
    Resolution r;
    r.found = true;
    r.speaker = out_span(name.begin, name.end);
    r.text = std::string(text(name.begin, name.end));
    r.how = QuoteAttribution::label;
    emit(q, r, std::string());
    remember(r.speaker, r.text);
    return true;
  }

  // "김 대표:" / "[인터뷰] 민해솔/주민 :" before the quote (words [from, to)):
  // a short run of particle-free words that starts the sentence or follows a
  // closing bracket; the name is what comes before '/' if there is one.
  bool colon_label(std::size_t from, std::size_t to, Phrase& out) const {
    if (to <= from || words_[to - 1].punct_after != ':') return false;
    std::size_t start = to - 1;
    while (start > from && to - start < 8) {
      const char32_t p = words_[start].punct_before;
      if (p != 0 && p != '/') break;
      --start;
    }
    const char32_t opener = words_[start].punct_before;
    if (start != from && opener != ']' && opener != '>' && opener != ')') return false;
    std::size_t last = to - 1;
    for (std::size_t k = start; k < to; ++k)
      if (words_[k].punct_after == '/') {
        last = k;
        break;
      }
    if (last + 1 - start > o_.max_speaker_words) return false;
    for (std::size_t k = start; k <= last; ++k)
      if (!is_bare_noun(plain(words_[k]))) return false;
    out = Phrase{};
    out.span = Span{words_[start].begin, words_[last].end};
    for (std::size_t k = start; k <= last; ++k) {
      if (k > start) out.text += ' ';
      out.text += plain(words_[k]);
    }
    out.head = plain(words_[last]);
    out.words = last + 1 - start;
    return true;
  }

  // ------------------------------------------------------------ sentences

  void sentence(std::size_t b, std::size_t e, std::size_t pi, std::size_t pj) {
    const bool had_pending = !pending_.empty();
    const bool had_label = label_age_ == 0;
    if (had_label) label_age_ = 1;
    if (pi == pj && interview_line(b, e)) {
      pending_.clear();
      return;
    }
    quotes_.clear();
    for (std::size_t k = pi; k < pj; ++k) classify(pairs_[k], e);
    words_.clear();
    seg_begin_.assign(quotes_.size() + 2, 0);
    std::size_t from = b;
    for (std::size_t k = 0; k <= quotes_.size(); ++k) {
      seg_begin_[k] = words_.size();
      const std::size_t to = k < quotes_.size() ? quotes_[k].pair.open : e;
      collect_words(from, to, k, k > 0);
      if (k < quotes_.size()) from = quotes_[k].pair.end();
    }
    seg_begin_[quotes_.size() + 1] = words_.size();
    if (quotes_.empty()) {
      plain_sentence(had_pending);
      pending_.clear();
    } else {
      pending_.clear();
      chains(had_label);
    }
    register_mentions();
  }

  // Is a quote pair speech, and what follows it?
  void classify(const Pair& p, std::size_t sentence_end) {
    QuoteCandidate q;
    q.pair = p;
    std::size_t cb = p.open + p.open_len, ce = p.close;
    for (std::size_t len; cb < ce && seg::is_white_space(code_point_at(t_, cb, len));) cb += len;
    while (ce > cb) {
      std::size_t s;
      if (!seg::is_white_space(code_point_before(t_, cb, ce, s))) break;
      ce = s;
    }
    if (ce <= cb) return;
    q.content = Span{cb, ce};
    const std::string_view content = text(cb, ce);
    // The connector: a word glued to the closer, or an exact one after a space.
    std::size_t a = p.end();
    bool glued = true;
    while (a < sentence_end && is_inline_space(code_point_at(t_, a))) {
      std::size_t len;
      code_point_at(t_, a, len);
      a += len;
      glued = false;
    }
    const char32_t next = code_point_at(t_, a);
    std::string_view word;
    if (a < sentence_end && seg::is_hangul_syllable(next)) word = text(a, word_end(t_, a, sentence_end));
    q.connector = classify_connector(word, glued);
    q.connector_word = q.connector != Connector::none;
    const bool sentence_like = reads_like_sentence(content);
    bool speech = false;
    switch (q.connector) {
      case Connector::continuing:
      case Connector::ending:
        speech = true;
        break;
      case Connector::weak:
        speech = sentence_like && !p.single;
        break;
      case Connector::particle:
        speech = false;
        break;
      case Connector::none: {
        if (p.single) break;
        const bool word_follows = a < sentence_end && is_nominal_word_char(next);
        speech = sentence_like || (!word_follows && count_words(content) >= 2);
        break;
      }
    }
    if (speech) quotes_.push_back(q);
  }

  // A sentence without quotes: attribute a quote left alone before it
  // (이렇게 말했다), and remember the speaker of indirect speech.
  void plain_sentence(bool had_pending) {
    const std::size_t n = words_.size();
    if (n == 0) return;
    if (had_pending) {
      for (std::size_t k = 0; k + 1 < n; ++k) {
        const std::string w = plain(words_[k]);
        std::size_t after = k + 1;
        if (w == "이와" && plain(words_[k + 1]) == "같이") after = k + 2;
        else if (w != "이렇게" && w != "이같이" && w != "그렇게") continue;
        const VerbHit v = find_verb(after, n);
        if (!v.found) break;
        Resolution r;
        Candidate c;
        if (best_subject(0, k, 0, false, c)) r = resolve_phrase(c.phrase, QuoteAttribution::next_sentence);
        else r = continuation();
        if (!r.found) break;
        if (r.how == QuoteAttribution::continuation || r.how == QuoteAttribution::subject)
          r.how = QuoteAttribution::next_sentence;
        const std::string verb = verb_text(v);
        for (std::size_t idx : pending_) {
          Quote& q = out_[idx];
          q.speaker = r.speaker;
          q.speaker_text = r.text;
          q.mention = r.mention;
          q.attribution = r.how;
          q.verb = verb;
          q.unresolved = nullptr;
        }
        remember(r.speaker, r.text);
        return;
      }
    }
    Candidate c;
    if (!best_subject(0, n, 0, false, c)) return;
    const Resolution r = resolve_phrase(c.phrase, QuoteAttribution::subject);
    if (!r.found) return;
    // Indirect speech (김 대표는 …고 밝혔다.) makes a speaker; a person as the
    // topic (브로크만은 … 살고 있다.) is who 그 refers to next.
    if (is_reporting_verb(plain(words_[n - 1]))) remember(r.speaker, r.text);
    else if ((c.particle == Particle::topic || c.particle == Particle::honorific) && is_person(r.text))
      last_person_ = Speaker{r.speaker, r.text};
  }

  void chains(bool had_label) {
    const std::size_t nq = quotes_.size();
    std::size_t pre_from = 0;  // first word of the text before the next chain
    for (std::size_t i = 0; i < nq;) {
      std::size_t j = i;
      VerbHit verb;
      std::size_t gap_from = 0, gap_to = 0;
      for (;;) {
        gap_from = seg_begin_[j + 1] + (quotes_[j].connector_word ? 1 : 0);
        gap_to = seg_begin_[j + 2];
        if (quotes_[j].connector == Connector::none) break;
        verb = find_verb(gap_from, gap_to);
        if (verb.found || verb.naming || j + 1 >= nq) break;
        Candidate c;
        if (best_subject(gap_from, gap_to, gap_from, false, c)) break;
        ++j;
      }
      const std::size_t pre_to = seg_begin_[i + 1];
      process_chain(i, j, pre_from, pre_to, gap_from, gap_to, verb, had_label);
      pre_from = verb.found ? verb.last + 1 : gap_from;
      if (pre_from > seg_begin_[j + 2]) pre_from = seg_begin_[j + 2];
      i = j + 1;
    }
  }

  void process_chain(std::size_t i, std::size_t j, std::size_t pre_from, std::size_t pre_to, std::size_t gap_from,
                     std::size_t gap_to, const VerbHit& verb, bool had_label) {
    if (verb.naming) return;  // "AI 아버지"라고 불리는: a name, not speech
    Resolution r;
    std::string verb_str;
    const QuoteCandidate& last = quotes_[j];
    if (last.connector == Connector::none) {
      Phrase ph;
      const bool alone = pre_to == pre_from && gap_to == gap_from && i == j;
      if (colon_label(pre_from, pre_to, ph)) {
        r.found = true;
        r.speaker = out_span(ph.span.begin, ph.span.end);
        r.text = ph.text;
        r.how = QuoteAttribution::label;
      } else if (alone && had_label && !pending_label_.text.empty()) {
        r.found = true;
        r.speaker = pending_label_.span;
        r.text = pending_label_.text;
        r.how = QuoteAttribution::label;
      } else {
        r.unresolved = "no_verb";
      }
      for (std::size_t k = i; k <= j; ++k) {
        if (quotes_[k].pair.single) continue;
        if (!r.found && alone) pending_.push_back(out_.size());
        emit(quotes_[k], r, verb_str);
      }
      if (r.found) remember(r.speaker, r.text);
      return;
    }
    if (verb.found) verb_str = verb_text(verb);
    const std::size_t post_to = verb.found ? verb.first : gap_from;
    Candidate pre, post;
    const bool have_pre = best_subject(pre_from, pre_to, pre_from, false, pre);
    const bool have_post = verb.found && best_subject(gap_from, post_to, gap_from, true, post) &&
                           (post.particle != Particle::subject || (!have_pre && post.word + 1 == verb.first));
    Phrase ph;
    std::size_t genitive_verb = 0;
    if (have_post) {
      r = resolve_phrase(post.phrase, QuoteAttribution::subject_after);
    } else if (have_pre) {
      r = resolve_phrase(pre.phrase, QuoteAttribution::subject);
    } else if (according_to(pre_from, pre_to, ph)) {
      r = resolve_phrase(ph, QuoteAttribution::according_to);
    } else if (!verb.found && genitive(gap_from, gap_to, ph, genitive_verb)) {
      r = resolve_phrase(ph, QuoteAttribution::genitive);
      verb_str = plain(words_[genitive_verb]);
    } else if (colon_label(pre_from, pre_to, ph)) {
      r.found = true;
      r.speaker = out_span(ph.span.begin, ph.span.end);
      r.text = ph.text;
      r.how = QuoteAttribution::label;
    } else {
      r = continuation();
    }
    for (std::size_t k = i; k <= j; ++k) {
      if (quotes_[k].pair.single && !verb.found) continue;  // emphasis, not speech
      emit(quotes_[k], r, verb_str);
    }
    if (r.found) remember(r.speaker, r.text);
  }

  const QuoteOptions& o_;
  std::vector<Quote>& out_;
  std::string_view t_;
  std::size_t base_ = 0;
  std::vector<Pair> pairs_;
  std::vector<Span> sentences_;
  std::vector<QuoteCandidate> quotes_;
  std::vector<Word> words_;
  std::vector<std::size_t> seg_begin_;
  std::vector<Speaker> recent_;
  Speaker last_person_;            // the last person named as a speaker or a topic (for 그/그녀)
  std::vector<Speaker> names_;     // names introduced by a title (창업자인 그레그 브로크만)
  std::vector<Speaker> mentions_;  // titled names seen so far (for 김 대표 → 김민수 딥셀 대표)
  std::vector<std::size_t> pending_;  // output indices of quotes standing alone in the last sentence
  Speaker pending_label_;             // [이름/설명] on the line before
  int label_age_ = 2;                 // 0: the label was the last sentence
};

}  // namespace quote
}  // namespace detail

// The direct quotes of `text`, in order, with speakers and verbs; spans are in `text`.
inline std::vector<Quote> find_quotes(std::string_view text, const QuoteOptions& options = {}) {
  std::vector<Quote> out;
  detail::quote::Analyzer a(options, out);
  a.run(text, 0);
  return out;
}

// The quotes of the article text (body, heading and list-item blocks), in
// order; spans are in doc.text. Speakers carry over from block to block.
inline std::vector<Quote> find_quotes(const Document& doc, const QuoteOptions& options = {}) {
  std::vector<Quote> out;
  detail::quote::Analyzer a(options, out);
  for (const Block& b : doc.blocks)
    if (is_article_text(b.role)) a.run(doc.text_of(b), b.span.begin);
  return out;
}

// JSON: [{"text", "start", "end", "speaker", "verb", "speaker_start", "speaker_end",
// "unresolved", "attribution"}]; text is the content, start/end the span with
// its marks, null for what is unknown. Offsets as stored (in `text`).
inline void write_json(JsonWriter& w, const std::vector<Quote>& quotes, std::string_view text) {
  auto view = [&](Span s) { return text.substr(std::min(s.begin, text.size()), s.size()); };
  w.begin_array();
  for (const Quote& q : quotes) {
    w.begin_object().key("text").value(view(q.content)).key("start").value(q.span.begin).key("end").value(q.span.end);
    w.key("speaker");
    if (q.speaker_text.empty()) w.null();
    else w.value(std::string_view(q.speaker_text));
    w.key("verb");
    if (q.verb.empty()) w.null();
    else w.value(std::string_view(q.verb));
    w.key("speaker_start");
    if (q.speaker.empty()) w.null();
    else w.value(q.speaker.begin);
    w.key("speaker_end");
    if (q.speaker.empty()) w.null();
    else w.value(q.speaker.end);
    w.key("unresolved").value(q.unresolved);
    w.key("attribution").value(to_string(q.attribution));
    w.end_object();
  }
  w.end_array();
}

}  // namespace geul

#endif  // GEUL_ANALYSIS_QUOTES_HPP
