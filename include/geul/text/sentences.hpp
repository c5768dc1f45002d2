// geul — sentence splitting for Korean (news) text.
//
// split_sentences(text) returns byte spans [begin,end) into `text`: no copies,
// no changed characters. Whitespace between sentences lies outside the spans,
// every non-space character lies in exactly one span, spans are in order, so
// the spans plus the whitespace between them are the text.
//
// Rules (one left-to-right pass, linear time, no allocation in the callback
// form; the tests pin each one with the team's own sentences):
//  * Terminal punctuation ends a sentence: . ! ? and their full-width forms,
//    with closing quotes/brackets, citation marks ("다.[2]") and emoticons
//    after them. A period does not end one after numbers in dates
//    (2023.06.09. / 2023. 6. 9.), decimals and versions (3.14, v1.2.3: no
//    space follows), a list number or ganada bullet at a sentence start (1.
//    가.), an initial (J. K.), a known abbreviation (Dr. U.S. No. etc. Mr.),
//    or before a lower-case word. URLs, e-mail addresses and domains never
//    contain a break because their dots are not followed by a space.
//  * No space needed: "했다.다음" breaks when the word before the period ends
//    in a sentence-final ending; "반.전.매.력" does not.
//  * Ellipses (... … ‥ ···) and tildes only end a sentence after a
//    sentence-final ending ("먹었어요... 다음에"), or before a quote or a
//    word that opens sentences, not after a word that goes on ("그런데...
//    양이", "좋긴 하지만… 우리는").
//  * Korean sentence-final endings without punctuation followed by a space
//    end a sentence: -다 after a tense, a stem or 이/하/되 (not 보다, 마다,
//    바다, 최다, names like 캐나다, the connectives 가져다/하려다), -요 (not
//    필요/중요/주요 …), -죠, -ㅂ니까/-ㄹ까, -ㄹ게 (not 길게), -냐, -구나,
//    -았지, nominal -음/-함/-됨/-임 after verb stems (not 포함/책임/게임 …).
//    Weaker endings (-어/-아/-야/-지/-네/-라, -다 after an open syllable,
//    other -ㅁ words) end a sentence only before a word that opens one
//    (그래서, 하지만, 저는 …) and when the sentence has two words or more.
//    The next word can veto a break: a quotative continuation (하고, 하며,
//    라고, 라는, 고, 며 …), an auxiliary (보니, 싶어, 않을까, 알게 되다),
//    a coordinator (또는, 및, 등), a title after a name that looks like an
//    ending (기시다 총리), a noun after a nominal form (어색함 없이).
//  * Quotes and brackets: text inside a matched pair never breaks, so a quote
//    that continues the sentence ("…다"고 말했다, “…”며, '…' 하고) stays one
//    sentence. The matching closer must come within `max_bracket_bytes` and
//    on the same line (paragraph in soft mode), so an unmatched quote or
//    bracket cannot swallow the rest of the document; a straight quote opens
//    after a space and closes after a letter, so one stray quote does not
//    turn later pairs inside out. A quote or bracket that stands alone as a
//    sentence ("“…했다.”", "(그건 아닙니다.)") ends at its closer; a short
//    note after a sentence ("(2021년 3월)", "[3]") belongs to that sentence.
//  * Emoticons (ㅋㅋ, ㅎㅎ, ㅠㅠ, ^^, emoji) end a sentence in informal text and
//    belong to the sentence they follow ("맛있어요 ㅎㅎ" is one sentence).
//  * Line breaks: with LineBreaks::hard (default) every line break ends a
//    sentence (news paragraphs, headlines, lists); with LineBreaks::soft only
//    a blank line does and a single line break is a space.
//  * Safety valve: a sentence longer than max_sentence_bytes is cut at its
//    last space before the limit (or at a code point boundary).
//
// Works on any bytes: ill-formed UTF-8 is read as U+FFFD and never crashes or
// loops; the caller is expected to have repaired the text (decode_utf8).
#ifndef GEUL_TEXT_SENTENCES_HPP
#define GEUL_TEXT_SENTENCES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "../config.hpp"
#include "../unicode/utf8.hpp"
#include "offsets.hpp"

namespace geul {

enum class LineBreaks : unsigned char {
  hard,  // every line break ends a sentence (line-structured text)
  soft,  // a single line break is a space; a blank line ends a sentence
};

// Why a sentence ended (for debugging, highlighting and tests).
enum class SentenceEnd : unsigned char {
  punctuation,   // . ! ? … (and a period glued to the next word)
  ending,        // a Korean sentence-final ending followed by a space
  emoticon,      // ㅋㅋ, ^^, emoji after the sentence
  bracket,       // a quote or bracket that stood alone as a sentence
  line_break,    // a hard line break or a blank line
  length_limit,  // the max_sentence_bytes safety valve
  end_of_text,
};

inline const char* to_string(SentenceEnd e) noexcept {
  switch (e) {
    case SentenceEnd::punctuation: return "punctuation";
    case SentenceEnd::ending: return "ending";
    case SentenceEnd::emoticon: return "emoticon";
    case SentenceEnd::bracket: return "bracket";
    case SentenceEnd::line_break: return "line_break";
    case SentenceEnd::length_limit: return "length_limit";
    case SentenceEnd::end_of_text: return "end_of_text";
  }
  return "end_of_text";
}

struct SentenceOptions {
  LineBreaks line_breaks = LineBreaks::hard;
  // Korean sentence-final endings followed by a space end a sentence.
  bool split_on_endings = true;
  // Emoticons (ㅋㅋ, ^^, emoji) after a sentence end it.
  bool split_on_emoticons = true;
  // Safety valve: no sentence is longer than this (bytes; 0 = no limit).
  std::size_t max_sentence_bytes = 3072;
  // A quote or bracket only protects its content when its closer comes within
  // this many bytes of the opener (bounds the lookahead).
  std::size_t max_bracket_bytes = 1024;
};

struct Sentence {
  Span span;
  SentenceEnd end = SentenceEnd::end_of_text;
};

namespace detail {
// Internals of sentence splitting and tokenization (own namespace: generic
// helper names here must not collide with other headers' detail helpers).
namespace seg {

// ---------------------------------------------------------------- characters

// Unicode White_Space.
inline bool is_white_space(char32_t c) noexcept {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

inline bool is_hangul_syllable(char32_t c) noexcept { return c >= 0xAC00 && c <= 0xD7A3; }

// Final consonant (jongseong) index of a syllable: 0 none, 1 ㄱ … 27 ㅎ.
inline unsigned jongseong_index(char32_t c) noexcept {
  return is_hangul_syllable(c) ? static_cast<unsigned>((c - 0xAC00) % 28) : 0u;
}

namespace jong {
enum : unsigned {
  none = 0, g = 1, gg = 2, gs = 3, n = 4, nj = 5, nh = 6, d = 7, l = 8, lg = 9, lm = 10,
  lb = 11, ls = 12, lt = 13, lp = 14, lh = 15, m = 16, b = 17, bs = 18, s = 19, ss = 20,
  ng = 21, j = 22, c = 23, k = 24, t = 25, p = 26, h = 27
};
}

// Medial vowel (jungseong) index: 0 ㅏ, 4 ㅓ, 6 ㅕ, 8 ㅗ, 9 ㅘ, 13 ㅜ, 14 ㅝ, 18 ㅡ, 20 ㅣ …
inline unsigned jungseong_index(char32_t c) noexcept {
  return is_hangul_syllable(c) ? static_cast<unsigned>((c - 0xAC00) / 28 % 21) : 0u;
}

inline bool is_ascii_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(char32_t c) noexcept { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char32_t c) noexcept { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_alpha(char32_t c) noexcept { return is_ascii_upper(c) || is_ascii_lower(c); }
inline bool is_ascii_alnum(char32_t c) noexcept { return is_ascii_alpha(c) || is_ascii_digit(c); }

// . ! ? and the like (not the ellipsis family).
inline bool is_full_stop(char32_t c) noexcept { return c == '.' || c == 0x3002 || c == 0xFF0E; }
inline bool is_bang_or_question(char32_t c) noexcept {
  return c == '!' || c == '?' || c == 0xFF01 || c == 0xFF1F || c == 0x203C || c == 0x2047 ||
         c == 0x2048 || c == 0x2049;
}
inline bool is_ellipsis_char(char32_t c) noexcept { return c == 0x2026 || c == 0x2025; }
inline bool is_middle_dot(char32_t c) noexcept { return c == 0x00B7 || c == 0x30FB || c == 0xFF65; }
inline bool is_tilde(char32_t c) noexcept {
  return c == '~' || c == 0x223C || c == 0xFF5E || c == 0x301C;
}

// Compatibility jamo used as laughter / crying / agreement marks (ㅋㅋ ㅎㅎ ㅠㅠ ㄷㄷ ㅇㅇ).
inline bool is_emoticon_jamo(char32_t c) noexcept {
  switch (c) {
    case 0x314B: case 0x314E: case 0x3160: case 0x315C: case 0x3161: case 0x3137:
    case 0x3147: case 0x3149: case 0x314A: case 0x3132: case 0x314D: case 0x3157:
      return true;
    default:
      return false;
  }
}
// ㅋ ㅎ ㅠ ㅜ: an emoticon even when single.
inline bool is_single_emoticon_jamo(char32_t c) noexcept {
  return c == 0x314B || c == 0x314E || c == 0x3160 || c == 0x315C;
}

// Emoji and pictographs (with their modifiers and joiners), hearts and stars.
inline bool is_emoji_like(char32_t c) noexcept {
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
         (c >= 0x2B00 && c <= 0x2BFF) || c == 0xFE0F || c == 0x200D || c == 0x20E3 ||
         (c >= 0xE0020 && c <= 0xE007F);
}

// Characters that may trail a sentence: punctuation, tildes, emoticons.
inline bool is_trailing_mark(char32_t c) noexcept {
  return is_full_stop(c) || is_bang_or_question(c) || is_ellipsis_char(c) || is_middle_dot(c) ||
         is_tilde(c) || is_emoticon_jamo(c) || is_emoji_like(c) || c == '^' || c == ';' ||
         c == '_';
}

// Decodes the code point that ends at `pos` (> lo); returns its start. Bytes
// that do not form a well-formed sequence ending at `pos` count one by one.
inline std::size_t previous_code_point(const unsigned char* s, std::size_t lo, std::size_t pos,
                                       char32_t& cp) noexcept {
  std::size_t start = pos - 1;
  for (int k = 0; k < 3 && start > lo && (s[start] & 0xC0) == 0x80; ++k) --start;
  std::size_t len = decode_one(s + start, s + pos, cp);
  if (start + len != pos) {
    cp = replacement_character;
    return pos - 1;
  }
  return start;
}

inline bool starts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}
inline bool ends_with(std::string_view s, std::string_view suffix) noexcept {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
template <std::size_t N>
bool is_one_of(std::string_view s, const std::string_view (&list)[N]) noexcept {
  for (std::string_view w : list)
    if (s == w) return true;
  return false;
}
template <std::size_t N>
bool starts_with_one_of(std::string_view s, const std::string_view (&list)[N]) noexcept {
  for (std::string_view w : list)
    if (starts_with(s, w)) return true;
  return false;
}

// ------------------------------------------------------------------ brackets

enum class BracketKind : std::uint8_t {
  none, straight_double, straight_single, curly_double, curly_single, paren, square, brace,
  angle, corner, white_corner, double_angle, lenticular, tortoise, guillemet
};
enum class BracketRole : std::uint8_t { none, open, close, either };

struct BracketClass {
  BracketKind kind = BracketKind::none;
  BracketRole role = BracketRole::none;
};

inline BracketClass classify_bracket(char32_t c) noexcept {
  using K = BracketKind;
  using R = BracketRole;
  switch (c) {
    case '"': case 0xFF02: return {K::straight_double, R::either};
    case '\'': return {K::straight_single, R::either};
    case 0x201C: case 0x201E: return {K::curly_double, R::open};
    case 0x201D: return {K::curly_double, R::either};  // also used as an opener
    case 0x2018: case 0x201A: return {K::curly_single, R::open};
    case 0x2019: return {K::curly_single, R::either};
    case '(': case 0xFF08: return {K::paren, R::open};
    case ')': case 0xFF09: return {K::paren, R::close};
    case '[': case 0xFF3B: return {K::square, R::open};
    case ']': case 0xFF3D: return {K::square, R::close};
    case '{': return {K::brace, R::open};
    case '}': return {K::brace, R::close};
    case '<': case 0xFF1C: case 0x3008: return {K::angle, R::open};
    case '>': case 0xFF1E: case 0x3009: return {K::angle, R::close};
    case 0x300C: return {K::corner, R::open};
    case 0x300D: return {K::corner, R::close};
    case 0x300E: return {K::white_corner, R::open};
    case 0x300F: return {K::white_corner, R::close};
    case 0x300A: return {K::double_angle, R::open};
    case 0x300B: return {K::double_angle, R::close};
    case 0x3010: return {K::lenticular, R::open};
    case 0x3011: return {K::lenticular, R::close};
    case 0x3014: return {K::tortoise, R::open};
    case 0x3015: return {K::tortoise, R::close};
    case 0x00AB: return {K::guillemet, R::open};
    case 0x00BB: return {K::guillemet, R::close};
    default: return {};
  }
}

// Quote-like pairs carry speech or a title whose content decides the ending;
// the others (parentheses, square brackets …) are annotations.
inline bool is_quote_like(BracketKind k) noexcept {
  return k != BracketKind::paren && k != BracketKind::square && k != BracketKind::brace &&
         k != BracketKind::lenticular && k != BracketKind::tortoise;
}

struct BracketPair {
  std::size_t open = 0;       // byte offset of the opener
  std::size_t open_len = 0;
  std::size_t close = 0;      // byte offset of the closer
  std::size_t close_len = 0;
  BracketKind kind = BracketKind::none;
  std::size_t end() const noexcept { return close + close_len; }
};

// Finds matching bracket pairs ahead of the splitter in a bounded window, with
// fixed memory: an opener whose closer does not come within `limit` bytes (or
// before a hard line break) stays unmatched. Pairs nest properly: a closer
// that matches a deeper opener drops the unmatched openers above it.
class BracketPairer {
 public:
  static constexpr int max_open = 32;
  static constexpr int max_pairs = 128;

  BracketPairer(std::string_view text, std::size_t limit, bool hard_lines) noexcept
      : s_(reinterpret_cast<const unsigned char*>(text.data())), n_(text.size()),
        limit_(limit), hard_lines_(hard_lines) {}

  // Scans until every opener before `pos` is decided.
  void advance_for(std::size_t pos) noexcept {
    std::size_t target = pos + limit_ + 1;
    if (target > n_ || target < pos) target = n_;
    while (scan_ < target) step();
  }

  // The pair whose opener is at `open`, if any. Queries come in increasing
  // order of `open`: pairs opening before it are dropped.
  bool find(std::size_t open, BracketPair& out) noexcept {
    while (head_ < tail_ && pairs_[head_].open < open) ++head_;
    if (head_ < tail_ && pairs_[head_].open == open) {
      out = pairs_[head_];  // kept: the splitter may look ahead at the same opener
      return true;
    }
    return false;
  }

 private:
  struct Open {
    std::size_t pos, len;
    BracketKind kind;
  };

  char32_t code_point_at(std::size_t pos) const noexcept {
    if (pos >= n_) return 0;
    char32_t c;
    decode_one(s_ + pos, s_ + n_, c);
    return c;
  }

  void step() noexcept {
    char32_t c;
    std::size_t len = decode_one(s_ + scan_, s_ + n_, c);
    std::size_t at = scan_;
    scan_ += len;
    if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85) {
      // \r\n is one line break.
      bool crlf_tail = c == '\n' && prev_ == '\r';
      if (!crlf_tail) {
        if (hard_lines_ || newline_since_text_ || c == 0x2029) n_open_ = 0;
        newline_since_text_ = true;
      }
      prev_ = c;
      return;
    }
    char32_t before = prev_;
    prev_ = c;
    if (is_white_space(c)) return;
    newline_since_text_ = false;
    // Openers that waited too long stay unmatched.
    while (n_open_ > 0 && at - open_[0].pos > limit_) {
      for (int i = 1; i < n_open_; ++i) open_[i - 1] = open_[i];
      --n_open_;
    }
    BracketClass bc = classify_bracket(c);
    if (bc.role == BracketRole::none) return;
    // Apostrophes inside Latin words (don't, Ghosts'n'Goblins) are no quotes.
    if ((c == '\'' || c == 0x2019) && is_ascii_alnum(before) && is_ascii_alpha(code_point_at(scan_)))
      return;
    if (bc.role == BracketRole::either) bc.role = quote_role(before);
    if (bc.role == BracketRole::close || bc.role == BracketRole::either) {
      for (int i = n_open_ - 1; i >= 0; --i) {
        if (open_[i].kind != bc.kind) continue;
        record({open_[i].pos, open_[i].len, at, len, bc.kind});
        n_open_ = i;
        return;
      }
      if (bc.role == BracketRole::close) return;
    }
    if (n_open_ < max_open) open_[n_open_++] = Open{at, len, bc.kind};
  }

  // Keeps pairs sorted by opener (an outer pair closes after its inner ones).
  // A straight (or reused curly) quote opens after a space or an opening
  // bracket and closes after a letter or a closing bracket ("다이트'의" closes),
  // so one stray quote cannot turn every later pair inside out.
  static BracketRole quote_role(char32_t before) noexcept {
    if (before == 0 || is_white_space(before)) return BracketRole::open;
    const BracketRole r = classify_bracket(before).role;
    if (r == BracketRole::open) return BracketRole::open;
    if (r == BracketRole::close || is_hangul_syllable(before) || is_ascii_alnum(before) ||
        (before >= 0x3131 && before <= 0x318E) || (before >= 0xC0 && before < 0x2000))
      return BracketRole::close;
    return BracketRole::either;
  }

  void record(const BracketPair& p) noexcept {
    if (tail_ == max_pairs && head_ > 0) {
      for (int i = head_; i < tail_; ++i) pairs_[i - head_] = pairs_[i];
      tail_ -= head_;
      head_ = 0;
    }
    if (tail_ == max_pairs) return;  // degrade: the opener counts as unmatched
    int i = tail_++;
    for (; i > head_ && pairs_[i - 1].open > p.open; --i) pairs_[i] = pairs_[i - 1];
    pairs_[i] = p;
  }

  const unsigned char* s_;
  std::size_t n_;
  std::size_t limit_;
  bool hard_lines_;
  std::size_t scan_ = 0;
  char32_t prev_ = 0;
  bool newline_since_text_ = false;
  Open open_[max_open] = {};
  int n_open_ = 0;
  BracketPair pairs_[max_pairs] = {};
  int head_ = 0, tail_ = 0;  // live pairs: [head_, tail_)
};

// ------------------------------------------------------------------- endings

enum class Finality : std::uint8_t { none, weak, strong };

// The last Hangul syllables of a word (up to 4), read backwards from `end`.
struct HangulTail {
  char32_t syl[4] = {0, 0, 0, 0};  // syl[n-1] is the last syllable
  int n = 0;
  bool more = false;          // more Hangul syllables before these
  bool glued_prefix = false;  // a non-space, non-Hangul character right before (오픈AI였다)
  std::string_view text;      // the bytes of the syllables read (all of them when !more)

  char32_t last(int k = 0) const noexcept { return k < n ? syl[n - 1 - k] : 0; }
  bool exactly(std::string_view w) const noexcept { return !more && !glued_prefix && text == w; }
};

inline HangulTail read_hangul_tail(std::string_view text, std::size_t lo, std::size_t end) noexcept {
  HangulTail t;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t p = end;
  char32_t buf[4];
  int n = 0;
  while (p > lo) {
    char32_t c;
    std::size_t q = previous_code_point(s, lo, p, c);
    if (!is_hangul_syllable(c)) {
      if (!is_white_space(c)) t.glued_prefix = true;
      break;
    }
    if (n == 4) {
      t.more = true;
      break;
    }
    buf[n++] = c;
    p = q;
  }
  t.n = n;
  for (int i = 0; i < n; ++i) t.syl[i] = buf[n - 1 - i];
  t.text = text.substr(p, end - p);
  return t;
}

// Sino-Korean and loan nouns that look like endings (필요 is no 요-ending).
inline bool is_noun_ending_in_yo(const HangulTail& t) noexcept {
  static constexpr std::string_view words[] = {
      "필요", "중요", "주요", "수요", "강요", "소요", "개요", "동요", "민요", "풍요",
      "긴요", "불요", "요요", "월요", "화요", "목요", "금요", "토요", "일요", "불필요"};
  return !t.more && is_one_of(t.text, words);
}
inline bool is_noun_ending_in_da(const HangulTail& t) noexcept {
  static constexpr std::string_view words[] = {
      "바다", "캐나다", "혼다", "판다", "아젠다", "어젠다", "네바다", "플로리다", "우간다",
      "르완다", "미란다", "프로파간다", "야마다", "기시다", "오카다", "요시다", "시마다",
      "마쓰다", "구로다", "하마다", "우치다", "와다", "다다", "그레나다", "그라나다", "아이다",
      "최다", "과다"};
  return !t.more && is_one_of(t.text, words);
}
inline bool is_noun_ending_in_im(const HangulTail& t) noexcept {
  // Matched as word endings: 무책임, 원스어폰어타임, 모바일게임.
  static constexpr std::string_view words[] = {
      "책임", "모임", "신임", "담임", "주임", "부임", "취임", "사임", "해임", "후임", "전임",
      "선임", "연임", "재임", "위임", "일임", "방임", "소임", "피임", "게임", "타임", "프레임",
      "네임", "라임", "크라임", "무임", "중임", "직임", "스킴", "체임"};
  for (std::string_view w : words)
    if (ends_with(t.text, w) && (t.text.size() == w.size() || t.n >= 3 || t.more)) return true;
  return false;
}

// Connective verb forms used like postpositions (이를 위해, 이에 따라, 이어).
inline bool is_postpositional_verb(const HangulTail& t) noexcept {
  static constexpr std::string_view words[] = {
      "위해", "통해", "대해", "의해", "인해", "비해", "관해", "향해", "더해", "반해", "위하여",
      "통하여", "대하여", "의하여", "인하여", "따라", "이어", "더불어", "아울러", "거쳐",
      "걸쳐", "넘어", "맞춰", "덧붙여", "앞서", "아니라", "비롯해", "포함해", "제외해", "위한"};
  return !t.more && is_one_of(t.text, words);
}
// Common nouns and adverbs with a final ㅁ (지금, 사람): not nominal endings.
inline bool is_plain_m_word(const HangulTail& t) noexcept {
  static constexpr std::string_view words[] = {
      "지금", "다음", "처음", "요즘", "마음", "사람", "조금", "가끔", "마침", "아침", "점심",
      "느낌", "바람", "그림", "이름", "다름", "모름", "마름", "여름", "게임", "시험", "경험",
      "고객님", "선생님", "사장님", "회장님", "싸움", "도움",
      "움", "김", "힘", "밤", "봄", "몸", "꿈", "삶", "남", "맘", "잠", "참", "좀", "점", "춤",
      "짐", "땀", "솜", "틈", "금", "님", "섬", "곰", "뺨", "셈", "염", "감", "검", "음",
      "포함", "미포함", "고함", "함", "책임", "모임", "시스템", "프로그램", "팀", "크림", "드림",
      "하품", "작품", "제품", "상품", "용품", "물품", "부품", "식품", "기념품", "선물함",
      "보험", "모험", "위험", "실험", "체험", "점검", "검", "엄마", "아빠"};
  if (ends_with(t.text, "님")) return true;  // honorific nouns: 어머님, 고객님
  return !t.more && is_one_of(t.text, words);
}

// Can a word ending in this syllable end a sentence at all? (a fast filter
// for classify_ending: particles like 은 는 을 를 에 의 로 도 never do)
inline bool may_end_sentence(char32_t s1) noexcept {
  switch (s1) {
    case U'다': case U'요': case U'죠': case U'쥬': case U'까': case U'게': case U'께':
    case U'냐': case U'나': case U'먼': case U'만': case U'네': case U'음': case U'함':
    case U'됨': case U'임': case U'지': case U'니': case U'유': case U'용': case U'랑':
    case U'데': case U'고': case U'구': case U'재': case U'제': case U'야': case U'어':
    case U'아': case U'여': case U'해': case U'워': case U'와': case U'봐': case U'줘':
    case U'져': case U'돼': case U'래': case U'대': case U'라': case U'걸': case U'겨':
    case U'혀': case U'마': case U'당':
      return true;
    default:
      return jongseong_index(s1) == jong::m;
  }
}

// How strongly the word ending at the tail closes a sentence.
inline Finality classify_ending(const HangulTail& t) noexcept {
  if (t.n == 0) return Finality::none;
  const char32_t s1 = t.last(0), s2 = t.last(1), s3 = t.last(2);
  const bool multi = t.n >= 2 || t.more || t.glued_prefix;
  // Weak endings need a real word: 와 after a quote or "AI와" is a particle.
  const bool word = t.n >= 2 || t.more;
  const unsigned j2 = jongseong_index(s2);
  const unsigned j3 = jongseong_index(s3);
  auto ends = [&](std::string_view suffix) { return ends_with(t.text, suffix); };
  switch (s1) {
    case U'다':
      if (!multi || ends("보다") || ends("마다") || is_noun_ending_in_da(t)) return Finality::none;
      if (ends("갖다")) return Finality::weak;  // 갖다 주다, 갖다 놓다
      if (j2 == jong::none) {
        // -어다/-려다 are connectives (가져다 주다, 하려다 말다).
        const unsigned v = jungseong_index(s2);
        if (v == 6 || v == 9 || v == 14) return Finality::none;
        // Open syllables before a final -다: 이다, 하다, 니다, 되다, 거다, 크다/아프다 (ㅡ).
        // Others are mostly names or the -다(가) connective (내려가다 반대로, 이시다 스이).
        if (s2 == U'이' || s2 == U'하' || s2 == U'니' || s2 == U'되' || s2 == U'거' ||
            (v == 18 && s2 != U'츠'))  // 크다, 아프다, 다르다; 츠 only spells names (마츠다)
          return Finality::strong;
        return Finality::weak;
      }
      if (j2 == jong::s) return Finality::weak;  // 웃다 … rare as a final form; 젯다 is a name
      return Finality::strong;
    case U'당':
      return s2 == U'니' ? Finality::strong : Finality::none;         // -니당 (playful -니다)
    case U'요':
      if (!multi || is_noun_ending_in_yo(t)) return Finality::none;
      return Finality::strong;
    case U'죠': case U'쥬':
      return multi ? Finality::strong : Finality::none;
    case U'까':
      if (j2 == jong::l) return Finality::strong;                   // -ㄹ까
      if (s2 == U'니' && j3 == jong::b) return Finality::strong;    // -ㅂ니까
      return Finality::none;                                         // -니까 goes on
    case U'게': case U'께':
      // -ㄹ게 (할게, 먹을게); not adverbs of ㄹ-adjectives (길게, 멀게, 힘들게).
      if (j2 != jong::l || ends("길게") || ends("멀게") || ends("달게") || ends("힘들게") ||
          ends("둥글게") || ends("가늘게") || ends("거칠게"))
        return Finality::none;
      return Finality::strong;
    case U'냐':
      return multi && !t.exactly("케냐") ? Finality::strong : Finality::none;
    case U'나':
      if (s2 == U'구') return Finality::strong;                      // -구나
      if (j2 == jong::ss || s2 == U'긋') return Finality::strong;    // 있나, 했나
      return Finality::none;                                         // -나 goes on; 나 = I
    case U'먼':
      return s2 == U'구' ? Finality::strong : Finality::none;        // -구먼 (not 연구만)
    case U'네':
      return word && !t.exactly("그네") ? Finality::weak : Finality::none;
    case U'음':
      switch (j2) {
        case jong::ss: case jong::bs: case jong::h: case jong::nh: case jong::lh:
        case jong::t: case jong::p: case jong::j: case jong::c:
          return Finality::strong;  // 있음 했음 없음 좋음 않음 같음 싶음 맞음
        default:
          return word && !is_plain_m_word(t) ? Finality::weak : Finality::none;
      }
    case U'함':
      return multi && !is_plain_m_word(t) ? Finality::strong : Finality::none;
    case U'됨':
      return multi && !t.exactly("됨됨") ? Finality::strong : Finality::none;
    case U'임':
      return multi && !is_noun_ending_in_im(t) ? Finality::strong : Finality::none;
    case U'지':
      if (j2 == jong::ss) return Finality::strong;                  // 했지, 있지
      return word ? Finality::weak : Finality::none;                 // 해야지 can go on
    case U'니':
      return j2 == jong::ss ? Finality::strong : Finality::none;     // 했니 (not 하니)
    case U'유':
      switch (s2) {
        case U'아': case U'어': case U'해': case U'워': case U'와': case U'봐': case U'줘':
        case U'져': case U'돼': case U'여':
          return Finality::strong;  // 않아유 (dialect -요)
        default:
          return Finality::none;
      }
    case U'용':
      // 있어용, 좋아용 but not 제어용 (a noun + -용 "for").
      if ((s2 == U'어' || s2 == U'아') && jongseong_index(s3) == jong::none) return Finality::none;
      switch (s2) {
        case U'네': case U'해': case U'돼': case U'되': case U'어': case U'아': case U'워':
        case U'와': case U'봐': case U'줘': case U'져': case U'세': case U'데': case U'래':
        case U'구': case U'까': case U'죠': case U'에': case U'예': case U'걸': case U'게':
          return Finality::strong;  // 됐네용, 되용 (playful -요)
        default:
          return Finality::none;  // 사용, 내용, 비용
      }
    case U'랑':
      return s2 == U'걸' ? Finality::strong : Finality::none;        // -걸랑
    case U'데':
      if (j2 == jong::n || s2 == U'는' || s2 == U'던') return Finality::none;  // -는데 goes on
      return word ? Finality::weak : Finality::none;
    case U'고': case U'구':
      return (s2 == U'라' && (s3 == U'더' || s3 == U'드')) ? Finality::weak : Finality::none;
    case U'재': case U'제':
      return (j2 == jong::ss || j2 == jong::bs) ? Finality::weak : Finality::none;
    case U'야':
      if (s2 == U'거') return Finality::strong;                      // 할 거야, 1층인거야
      [[fallthrough]];
    case U'어': case U'아': case U'여': case U'해': case U'워': case U'와': case U'봐':
    case U'줘': case U'져': case U'돼': case U'래': case U'대': case U'라':
    case U'걸': case U'겨': case U'혀': case U'마':
      return word && !is_postpositional_verb(t) ? Finality::weak : Finality::none;
    default:
      break;
  }
  // Other words ending in ㅁ: nominal endings (웃김, 해냄) or plain nouns.
  if (jongseong_index(s1) == jong::m && word && !is_plain_m_word(t)) return Finality::weak;
  return Finality::none;
}

// ------------------------------------------------------------- next word

// Words that continue the sentence after a quote or an ending: 하고, 라며 …
inline bool is_quotative_continuation(std::string_view w) noexcept {
  static constexpr std::string_view exact[] = {"고", "며", "는", "은", "란", "하고", "하며",
                                               "라고", "라며", "라는", "하는", "하던", "하면",
                                               "하자", "하니", "하여", "이라고", "이라며", "이라는",
                                               "이란", "해서", "해도", "라면서", "하면서", "하곤"};
  static constexpr std::string_view prefix[] = {
      "하며", "하면서", "하더니", "하더라", "하드라", "하길래", "한다", "했다", "했고",
      "했는데", "했더니", "하더라도", "하겠", "라고", "라며", "라면서", "라는", "라던", "이라고",
      "이라며", "이라는"};
  return is_one_of(w, exact) || starts_with_one_of(w, prefix);
}

// Auxiliaries after an ending keep the sentence going: 살다 보니, 되겠다 싶어,
// 아니었나 싶다, 있지 않을까, 넘치다 못해.
inline bool is_auxiliary_after_ending(std::string_view w, char32_t last_syllable) noexcept {
  static constexpr std::string_view any[] = {"보니", "보면", "봐도", "보다가", "싶", "않"};
  static constexpr std::string_view after_da[] = {"못해", "못하", "하더라도", "해도", "치",
                                                  "쳐", "생각"};
  static constexpr std::string_view after_ji[] = {"못", "말", "마"};
  // -게 되다 / -게 하다 (알게 되었고), -ㄹ까 봐 / 두려워 / 걱정.
  static constexpr std::string_view after_ge[] = {"되", "된", "됐", "될", "돼", "됩", "하",
                                                  "한", "했", "해", "할", "합", "만들"};
  static constexpr std::string_view after_kka[] = {"봐", "두려", "걱정", "하", "했", "해", "한"};
  if (starts_with_one_of(w, any)) return true;
  switch (last_syllable) {
    case U'다': return starts_with_one_of(w, after_da);
    case U'지': return starts_with_one_of(w, after_ji);
    case U'게': case U'께': return starts_with_one_of(w, after_ge);
    case U'까': return starts_with_one_of(w, after_kka);
    default: return false;
  }
}

// After a nominal ending (-음/-함/-ㅁ) these show it was a noun: 어색함 없이, 성실함 속에.
inline bool continues_a_noun(std::string_view w) noexcept {
  static constexpr std::string_view prefix[] = {"없이", "없는", "없고", "없어", "속", "때문",
                                                "덕분", "가득", "뿐", "같은", "처럼", "정도", "외",
                                                "증상", "현상", "효과"};
  return starts_with_one_of(w, prefix);
}

// Coordinators never open a sentence after an ending: '…하다' 또는 '…하다'.
inline bool is_coordinator(std::string_view w) noexcept {
  static constexpr std::string_view words[] = {"또는", "혹은", "및", "내지", "등", "등의", "등을",
                                               "등이", "등은", "등에"};
  return is_one_of(w, words);
}

// Titles after a name that looks like an ending (기시다 총리, 야마다 씨).
inline bool is_title(std::string_view w) noexcept {
  static constexpr std::string_view prefix[] = {
      "총리", "대통령", "장관", "회장", "대표", "의원", "감독", "선수", "교수", "기자", "사장",
      "위원장", "부장", "팀장", "박사", "변호사", "작가", "군수", "시장", "지사", "여사"};
  static constexpr std::string_view exact[] = {"씨", "씨는", "씨가", "씨의", "씨를", "씨와",
                                               "씨에게", "씨도", "님", "측", "측은", "측이"};
  return is_one_of(w, exact) || starts_with_one_of(w, prefix);
}

// Words that typically open a sentence: needed after weak endings.
inline bool is_sentence_starter(std::string_view w) noexcept {
  static constexpr std::string_view exact[] = {
      "그런데", "근데", "그래서", "그러나", "하지만", "그러니까", "그러니", "그럼", "그러더니",
      "그러자", "그랬더니", "그러다",
      "그러면", "그래도", "그러므로", "따라서", "또", "또한", "게다가", "더구나", "아무튼",
      "암튼", "어쨌든", "결국", "물론", "사실", "솔직히", "이제", "이제는", "오늘", "오늘은",
      "어제", "어제는", "내일", "요즘", "가끔", "진짜", "정말", "너무", "완전", "특히", "다만",
      "한편", "반면", "즉", "이후", "이때", "이번", "이번엔", "이번에는", "먼저", "우선", "일단",
      "참고로", "혹시", "역시", "왜", "왜냐면", "왜냐하면", "아", "아니", "네", "응", "헐",
      "와", "우와", "그게", "그건", "그거", "이건", "이거", "이게", "저건", "제가", "저는",
      "저도", "저희", "저희는", "나는", "나도", "내가", "난", "넌", "너는", "너도", "네가",
      "니가", "우리", "우리는", "우리가", "그는", "그녀는", "그들은", "여기", "여기는", "거기",
      "저기", "다들", "모두", "그때", "그날", "언제나", "얘들아", "여러분", "그래", "자",
      "안녕하세요", "감사합니다"};
  return is_one_of(w, exact);
}

// Leading syllables of a word glued to a closing quote that continue the
// sentence: particles and quotative endings (”고, ”며, ”라는, ”이다, ”를 …).
inline bool starts_like_particle(char32_t c) noexcept {
  switch (c) {
    case U'고': case U'며': case U'라': case U'란': case U'는': case U'은': case U'이':
    case U'인': case U'가': case U'을': case U'를': case U'의': case U'에': case U'와':
    case U'과': case U'도': case U'만': case U'로': case U'으': case U'처': case U'하':
    case U'한': case U'해': case U'했': case U'면': case U'까': case U'부': case U'께':
    case U'보': case U'뿐': case U'등': case U'식': case U'냐': case U'던': case U'다':
    case U'엔': case U'야': case U'요': case U'랑': case U'및': case U'조': case U'대':
      return true;
    default:
      return false;
  }
}

// Korean list bullets "가." "나." … (not 아 and 네, which are words).
inline bool is_ganada_bullet(char32_t c) noexcept {
  switch (c) {
    case U'가': case U'나': case U'다': case U'라': case U'마': case U'바': case U'사':
    case U'자': case U'차': case U'카': case U'타': case U'파': case U'하':
      return true;
    default:
      return false;
  }
}

// Abbreviations whose period does not end a sentence.
inline bool is_abbreviation(std::string_view w) noexcept {
  static constexpr std::string_view words[] = {
      "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen", "Col", "Lt", "Sgt",
      "Rev", "Hon", "Gov", "Sen", "Rep", "Pres", "No", "Nos", "no", "Vol", "vol", "Fig", "fig",
      "Eq", "eq", "Ch", "ch", "Sec", "Art", "pp", "p", "vs", "cf", "approx", "ca", "est",
      "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ", "Jan", "Feb", "Mar", "Apr", "Jun",
      "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "etc", "al", "Ph.D", "U.S", "U.K",
      "U.N", "e.g", "i.e", "a.m", "p.m", "A.M", "P.M", "Mon", "Tue", "Wed", "Thu", "Fri",
      "Sat", "Sun", "Op", "op", "ed", "Ed", "Nr", "Tel", "tel", "Ave", "Blvd", "Rd"};
  return is_one_of(w, words);
}

// ------------------------------------------------------------------ splitter

template <class Emit>
class SentenceSplitter {
 public:
  SentenceSplitter(std::string_view text, const SentenceOptions& opt, Emit& emit) noexcept
      : text_(text), s_(reinterpret_cast<const unsigned char*>(text.data())), n_(text.size()),
        opt_(opt), emit_(emit),
        pairer_(text, opt.max_bracket_bytes, opt.line_breaks == LineBreaks::hard) {}

  void run() {
    std::size_t i = 0;
    bool prev_may_end = false;  // the previous character was a mark or a bracket
    while (i < n_) {
      char32_t c;
      std::size_t len;
      const unsigned char b0 = s_[i];
      if (b0 < 0x80) {
        c = b0;
        len = 1;
      } else if (b0 >= 0xEA && b0 <= 0xEC && i + 2 < n_ && (s_[i + 1] & 0xC0) == 0x80 &&
                 (s_[i + 2] & 0xC0) == 0x80) {
        // Three-byte sequences led by EA..EC (Hangul syllables and nearby): no range traps.
        c = static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((s_[i + 1] & 0x3Fu) << 6) | (s_[i + 2] & 0x3Fu));
        len = 3;
      } else {
        len = decode_one(s_ + i, s_ + n_, c);
      }
      if (is_white_space(c)) {
        i = whitespace_run(i);
        prev_may_end = false;
        continue;
      }
      if (sent_begin_ == npos) {
        sent_begin_ = i;
        word_begin_ = i;
      } else if (word_begin_ == npos) {
        word_begin_ = i;
      } else if (prev_may_end && depth_ == 0) {
        SentenceEnd why;
        if (cut_inside_word(i, c, why)) {
          emit(sent_begin_, i, why);
          sent_begin_ = i;
          word_begin_ = i;
        }
      }
      if (is_hangul_syllable(c)) {
        prev_may_end = false;
      } else {
        const bool bracket = classify_bracket(c).role != BracketRole::none;
        if (bracket) track_brackets(i, c);
        prev_may_end = bracket || is_trailing_mark(c);
      }
      i += len;
      last_end_ = i;
    }
    if (sent_begin_ != npos) emit(sent_begin_, last_end_, SentenceEnd::end_of_text);
  }

 private:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  static constexpr int max_depth = BracketPairer::max_open;
  static constexpr int recent_size = 8;

  char32_t at(std::size_t pos) const noexcept {
    if (pos >= n_) return 0;
    char32_t c;
    decode_one(s_ + pos, s_ + n_, c);
    return c;
  }
  char32_t before(std::size_t pos, std::size_t lo = 0) const noexcept {
    if (pos <= lo) return 0;
    char32_t c;
    previous_code_point(s_, lo, pos, c);
    return c;
  }

  // --- brackets

  void track_brackets(std::size_t i, char32_t) {
    if (depth_ > 0 && active_[depth_ - 1].close == i) {
      recent_[recent_next_ % recent_size] = active_[--depth_];
      ++recent_next_;
      return;
    }
    pairer_.advance_for(i);
    BracketPair p;
    if (pairer_.find(i, p) && depth_ < max_depth) active_[depth_++] = p;
  }

  // A bracket pair that closed exactly at `end`, if any.
  const BracketPair* closed_at(std::size_t end) const noexcept {
    for (int k = 0; k < recent_size && k < recent_next_; ++k) {
      const BracketPair& p = recent_[(recent_next_ - 1 - k) % recent_size];
      if (p.end() == end) return &p;
    }
    return nullptr;
  }

  // --- whitespace and gaps

  std::size_t whitespace_run(std::size_t i) {
    const std::size_t ws_begin = i;
    int breaks = 0;
    bool paragraph = false;
    char32_t prev = 0;
    while (i < n_) {
      char32_t c;
      std::size_t len = decode_one(s_ + i, s_ + n_, c);
      if (!is_white_space(c)) break;
      if (c == 0x2029) paragraph = true;
      if ((c == '\n' && prev != '\r') || c == '\r' || c == 0x2028 || c == 0x85) ++breaks;
      prev = c;
      i += len;
    }
    if (breaks >= 2) paragraph = true;
    if (sent_begin_ != npos) {
      bool hard = paragraph || (breaks > 0 && opt_.line_breaks == LineBreaks::hard);
      SentenceEnd why = SentenceEnd::line_break;
      if (hard || (depth_ == 0 && cut_at_gap(ws_begin, i, why))) {
        emit(sent_begin_, ws_begin, why);
        sent_begin_ = npos;
        if (hard) depth_ = 0;  // pairs never cross hard breaks
      }
    }
    word_begin_ = npos;
    return i;
  }

  // The word (up to 64 bytes) starting at `pos`.
  std::string_view word_at(std::size_t pos) const noexcept {
    std::size_t e = pos;
    while (e < n_ && e - pos < 64) {
      char32_t c;
      std::size_t len = decode_one(s_ + e, s_ + n_, c);
      if (is_white_space(c)) break;
      e += len;
    }
    return text_.substr(pos, e - pos);
  }

  // Does the word at `pos` start with an emoticon (ㅎㅎ, ^^, emoji) or consist of
  // trailing marks only ("!!", "..")? Then it belongs to the sentence before.
  bool starts_with_emoticon(std::size_t pos) const noexcept {
    std::size_t e = pos;
    bool marks_only = true;
    int jamo = 0, carets = 0;
    bool emoji = false;
    for (int k = 0; e < n_ && k < 64; ++k) {
      char32_t c;
      std::size_t len = decode_one(s_ + e, s_ + n_, c);
      if (is_white_space(c)) break;
      if (is_emoticon_jamo(c)) ++jamo;
      else if (is_emoji_like(c)) emoji = true;
      else if (c == '^') ++carets;
      else if (!is_trailing_mark(c)) {
        marks_only = false;
        break;
      }
      e += len;
    }
    if (e == pos) return false;
    return marks_only || emoji || jamo >= 2 || carets >= 2;
  }

  // Should the sentence end at the whitespace [gap, next)?
  bool cut_at_gap(std::size_t gap, std::size_t next, SentenceEnd& why) {
    if (next >= n_) return false;  // the text ends: nothing to decide
    // Most words end in a particle or a connective: rule them out cheaply.
    const char32_t last = before(gap, sent_begin_);
    if (is_hangul_syllable(last) && !may_end_sentence(last)) return false;
    Evidence ev;
    bool decided = false, from_quote = false;
    std::size_t core = gap;
    // Walk back over closed quote/bracket groups at the end of the word.
    for (int k = 0; k < recent_size; ++k) {
      const BracketPair* p = closed_at(core);
      if (!p) break;
      const bool standalone = p->open <= sent_begin_;
      if (!standalone && !is_quote_like(p->kind)) {  // a note: "다.[2]", "했다(3번 우승)"
        core = p->open;
        while (core > sent_begin_ && is_white_space(before(core))) core = step_back(core);
        continue;
      }
      // A quote, or a group that is the whole sentence so far ("(그건 아닙니다.)"):
      // its content decides ("…했다." 그는 / '…다' 하고 / 원빈:"...").
      ev = end_evidence(p->close, p->open + p->open_len);
      from_quote = !standalone;
      if (is_quote_like(p->kind) && ev.finality == Finality::none &&
          (ev.marks_only || ev.bare_ellipsis))
        ev.finality = Finality::strong;
      if (standalone) ev.why = SentenceEnd::bracket;
      decided = true;
      break;
    }
    if (!decided) {
      // Stray closers whose opener is gone ("좋았다) 다음") do not hide the ending.
      for (int k = 0; k < 4 && core > sent_begin_; ++k) {
        const BracketRole r = classify_bracket(before(core, sent_begin_)).role;
        if (r != BracketRole::close && r != BracketRole::either) break;
        core = step_back(core);
      }
      ev = end_evidence(core, sent_begin_);
    }
    why = ev.why;

    std::string_view w = word_at(next);
    BracketClass nb = classify_bracket(at(next));
    if (ev.finality == Finality::none) {
      // "…둘러보고... "아저씨, …"": after an ellipsis a quote opens a new sentence.
      // "…했던… 저희는": or a word that opens sentences, unless the word before
      // the ellipsis is a connective that asks for more ("친해지지만… 그녀는").
      if (ev.bare_ellipsis &&
          ((nb.role != BracketRole::close && nb.role != BracketRole::none &&
            is_quote_like(nb.kind) && has_pair_at(next)) ||
           (is_sentence_starter(w) && !ends_with_connective(gap)))) {
        why = SentenceEnd::punctuation;
        return true;
      }
      return false;
    }
    if (starts_with_emoticon(next)) return false;  // "맛있어요 ㅎㅎ": the marks come along
    if (nb.role == BracketRole::close) return false;
    if (nb.kind == BracketKind::paren && nb.role == BracketRole::open && is_annotation(next))
      return false;  // "…했다. (6회 우승)": the note belongs to the sentence before
    if (is_quotative_continuation(w)) return false;
    if (starts_with(w, "싶")) return false;  // "이게 뭐지? 싶었다"
    if ((ev.from_ending || from_quote) && is_coordinator(w)) return false;
    if (ev.from_ending) {
      HangulTail t = read_hangul_tail(text_, sent_begin_, core);
      if (is_auxiliary_after_ending(w, t.last())) return false;
      if (jongseong_index(t.last()) == jong::m && continues_a_noun(w)) return false;
      if (is_title(w)) return false;
      // Weak endings need a word that opens a sentence, and a sentence of two
      // words or more ("그래 왜 여기는" is one sentence).
      if (ev.finality == Finality::weak) {
        if (!is_sentence_starter(w)) return false;
        std::size_t word_start = core - t.text.size();
        if (word_start <= sent_begin_) return false;
      }
    } else if (ev.finality == Finality::weak) {
      return false;
    }
    return true;
  }

  // Does the word before the marks at `end` end with the contrastive
  // connective -지만 ("but …"), which asks for the rest of the sentence?
  bool ends_with_connective(std::size_t end) const noexcept {
    std::size_t core = end;
    while (core > sent_begin_ && is_trailing_mark(before(core, sent_begin_))) core = step_back(core);
    HangulTail t = read_hangul_tail(text_, sent_begin_, core);
    return t.n >= 2 && t.last() == U'만' && t.last(1) == U'지';
  }

  bool has_pair_at(std::size_t pos) {
    pairer_.advance_for(pos);
    BracketPair p;
    return pairer_.find(pos, p);
  }

  // Is the parenthesis opening at `pos` a short note ("(2021년 3월)", "(6회 우승)")
  // rather than an aside of its own ("(그건 아닙니다.)", "( 눈을 감았다가, )")?
  bool is_annotation(std::size_t pos) {
    pairer_.advance_for(pos);
    BracketPair p;
    if (!pairer_.find(pos, p)) return false;
    if (p.end() < n_ && !is_white_space(at(p.end()))) return false;
    const std::size_t lo = p.open + p.open_len;
    if (count_code_points(text_.substr(lo, p.close - lo)) > 12) return false;
    char32_t last = last_non_space_before(p.close, lo);
    if (last == ',' || last == 0) return false;
    return end_evidence(p.close, lo).finality == Finality::none;
  }

  std::size_t step_back(std::size_t pos) const noexcept {
    char32_t c;
    return previous_code_point(s_, 0, pos, c);
  }

  char32_t last_non_space_before(std::size_t pos, std::size_t lo) const noexcept {
    while (pos > lo) {
      char32_t c;
      std::size_t q = previous_code_point(s_, lo, pos, c);
      if (!is_white_space(c)) return c;
      pos = q;
    }
    return 0;
  }

  // What the text before a possible break says about it.
  struct Evidence {
    Finality finality = Finality::none;
    SentenceEnd why = SentenceEnd::ending;
    bool from_ending = false;     // a Korean ending, no punctuation
    bool bare_ellipsis = false;   // an ellipsis or tilde after a word that goes on
    bool marks_only = false;      // nothing but punctuation / emoticons
  };

  // Evidence that a sentence ends at `end` (text starts at `lo`): trailing
  // punctuation and emoticons, then the ending of the last word.
  Evidence end_evidence(std::size_t end, std::size_t lo) const {
    Evidence ev;
    int dots = 0, middots = 0, jamo = 0, carets = 0, semis = 0;
    bool bang = false, ellipsis = false, tilde = false, emoji = false, single_jamo = false;
    std::size_t p = end;
    std::size_t first_dot = npos;  // position of the last '.' in the trailing marks
    while (p > lo) {
      char32_t c;
      std::size_t q = previous_code_point(s_, lo, p, c);
      if (is_full_stop(c)) ++dots, first_dot = q;
      else if (is_bang_or_question(c)) bang = true;
      else if (is_ellipsis_char(c)) ellipsis = true;
      else if (is_middle_dot(c)) ++middots;
      else if (is_tilde(c)) tilde = true;
      else if (is_emoticon_jamo(c)) ++jamo, single_jamo = single_jamo || is_single_emoticon_jamo(c);
      else if (is_emoji_like(c)) emoji = true;
      else if (c == '^') ++carets;
      else if (c == ';') ++semis;
      else if (c != '_') break;
      p = q;
    }
    const std::size_t core = p;
    if (core == end) {
      if (!opt_.split_on_endings) return ev;
      ev.from_ending = true;
      ev.why = SentenceEnd::ending;
      HangulTail t = read_hangul_tail(text_, lo, core);
      ev.finality = classify_ending(t);
      // "하지 마" (don't): 마 alone after a -지 word.
      if (t.n == 1 && !t.more && !t.glued_prefix && t.last() == U'마' &&
          previous_word_ends_with(core - t.text.size(), lo, U'지'))
        ev.finality = Finality::strong;
      return ev;
    }
    if (core == lo) {  // nothing but marks
      ev.marks_only = true;
      return ev;
    }
    const bool emoticon =
        (jamo >= 2 || (jamo == 1 && single_jamo)) || emoji || carets >= 2 || semis >= 2;
    ev.why = SentenceEnd::punctuation;
    if (bang) {
      ev.finality = Finality::strong;
    } else if (dots == 1 && !ellipsis && middots < 2) {
      ev.finality = period_ends_sentence(first_dot, lo) ? Finality::strong : Finality::none;
    } else if (emoticon) {
      ev.why = SentenceEnd::emoticon;
      ev.finality = opt_.split_on_emoticons ? Finality::strong : Finality::none;
    } else if (dots >= 2 || ellipsis || middots >= 2 || tilde) {
      // An ellipsis or tilde only ends a sentence after a final ending.
      Finality f = classify_ending(read_hangul_tail(text_, lo, core));
      ev.finality = f == Finality::none ? Finality::none : Finality::strong;
      ev.bare_ellipsis = f == Finality::none;
    }
    return ev;
  }

  // Does the word before `pos` (skipping spaces, not before `lo`) end with `syllable`?
  bool previous_word_ends_with(std::size_t pos, std::size_t lo, char32_t syllable) const noexcept {
    std::size_t p = pos;
    int spaces = 0;
    while (p > lo && spaces < 4 && is_white_space(before(p, lo))) p = step_back(p), ++spaces;
    return spaces > 0 && p > lo && before(p, lo) == syllable;
  }

  // Does the period at `dot` end a sentence? Looks at the token before it.
  bool period_ends_sentence(std::size_t dot, std::size_t lo) const {
    // Token: back to whitespace, without leading quotes or brackets.
    std::size_t b = dot;
    while (b > lo) {
      char32_t c;
      std::size_t q = previous_code_point(s_, lo, b, c);
      if (is_white_space(c) || classify_bracket(c).role == BracketRole::open) break;
      if (dot - q > 48) return true;  // a long token is no abbreviation or number
      b = q;
    }
    std::string_view tok = text_.substr(b, dot - b);
    if (tok.empty()) return true;
    std::size_t after = dot + 1;
    while (after < n_ && is_white_space(at(after))) {
      char32_t c;
      after += decode_one(s_ + after, s_ + n_, c);
    }
    const char32_t next = at(after);
    const bool at_start = b == sent_begin_;
    // Numbers: list numbers at a sentence start, dates.
    bool digits = true, digits_and_dots = true;
    int inner_dots = 0;
    for (char ch : tok) {
      if (ch < '0' || ch > '9') digits = false;
      if (ch == '.') ++inner_dots;
      else if (ch < '0' || ch > '9') digits_and_dots = false;
    }
    if (digits) {
      if (at_start) return false;                    // "1. 서론"
      if (is_ascii_digit(next)) return false;        // "2023. 6. 9."
      if (previous_word_is_number_dot(b)) return false;  // the 9. of "2023. 6. 9."
      return true;
    }
    if (digits_and_dots && inner_dots >= 2) return false;  // 2023.06.09.
    // One Hangul syllable bullet or a Latin initial.
    char32_t first;
    std::size_t first_len = decode_one(s_ + b, s_ + dot, first);
    if (first_len == tok.size()) {
      if (at_start && is_ganada_bullet(first)) return false;  // "가. 목적"
      // Emphasis spelled out syllable by syllable: "전. 부. 다."
      if (is_hangul_syllable(first) &&
          (is_single_syllable_with_period(after) || previous_word_is_syllable_dot(b)))
        return false;
      if (is_ascii_upper(first)) return false;                // "J. K. 롤링", "A. 개요"
    }
    if (at_start) {
      static constexpr std::string_view roman[] = {"I", "II", "III", "IV", "V", "VI", "VII",
                                                   "VIII", "IX", "X", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ"};
      if (is_one_of(tok, roman)) return false;
    }
    if (is_abbreviation(tok)) return false;
    // Dotted initials: U.S, e.g, a.m (letters separated by dots).
    if (tok.size() >= 3 && is_ascii_alpha(static_cast<unsigned char>(tok[0]))) {
      bool dotted = true;
      for (std::size_t k = 0; k < tok.size(); ++k) {
        char ch = tok[k];
        bool want_letter = k % 2 == 0;
        if (want_letter ? !is_ascii_alpha(static_cast<unsigned char>(ch)) : ch != '.') dotted = false;
      }
      if (dotted) return false;
    }
    // English goes on after an unknown abbreviation ("approx. three").
    if (is_ascii_lower(next) && static_cast<unsigned char>(tok.back()) < 0x80) return false;
    return true;
  }

  // Is the word at `pos` one Hangul syllable and a period ("부.")?
  bool is_single_syllable_with_period(std::size_t pos) const noexcept {
    char32_t c;
    if (pos >= n_) return false;
    std::size_t len = decode_one(s_ + pos, s_ + n_, c);
    return is_hangul_syllable(c) && at(pos + len) == '.';
  }

  // Is the word before `b` one Hangul syllable and a period ("전. 부.")?
  bool previous_word_is_syllable_dot(std::size_t b) const noexcept {
    std::size_t p = b;
    if (p <= sent_begin_ || !is_white_space(before(p, sent_begin_))) return false;
    while (p > sent_begin_ && is_white_space(before(p, sent_begin_))) p = step_back(p);
    if (p <= sent_begin_ || before(p, sent_begin_) != '.') return false;
    p = step_back(p);
    if (p <= sent_begin_ || !is_hangul_syllable(before(p, sent_begin_))) return false;
    p = step_back(p);
    return p == sent_begin_ || is_white_space(before(p, sent_begin_));
  }

  // Is the word before `b` (skipping spaces) a number followed by a period?
  bool previous_word_is_number_dot(std::size_t b) const noexcept {
    std::size_t p = b;
    int spaces = 0;
    while (p > sent_begin_ && spaces < 4 && is_white_space(before(p, sent_begin_))) {
      p = step_back(p);
      ++spaces;
    }
    if (spaces == 0 || p <= sent_begin_ || before(p, sent_begin_) != '.') return false;
    p = step_back(p);
    int digits = 0;
    while (p > sent_begin_ && is_ascii_digit(before(p, sent_begin_)) && digits < 5) {
      p = step_back(p);
      ++digits;
    }
    return digits > 0;
  }

  // A break between two non-space characters: "했다.다음", "^^다음", "…”그는".
  bool cut_inside_word(std::size_t i, char32_t c, SentenceEnd& why) const {
    const bool hangul_next = is_hangul_syllable(c);
    // Citation marks between the end and the next word: "골이다.[8]발렌시아전".
    std::size_t end = i;
    for (int k = 0; k < recent_size; ++k) {
      const BracketPair* p = closed_at(end);
      if (!p || is_quote_like(p->kind) || p->open <= sent_begin_) break;
      end = p->open;
    }
    const char32_t prev = before(end, sent_begin_);
    if (is_trailing_mark(prev)) {
      if (is_trailing_mark(c)) return false;
      if (end != i && !hangul_next) return false;
      // Before an opening quote ("했다.“그는"), not before a citation mark ("다.[2]").
      const BracketClass ob = classify_bracket(c);
      const bool opener_next = ob.role != BracketRole::none && ob.role != BracketRole::close &&
                               is_quote_like(ob.kind);
      if (!hangul_next && !opener_next && !is_ascii_upper(c) && !is_ascii_digit(c)) return false;
      Evidence ev = end_evidence(end, sent_begin_);
      why = ev.why;
      if (ev.finality != Finality::strong || ev.from_ending) return false;
      if (why == SentenceEnd::punctuation) {
        // A period glued to the next word needs a sentence-final word before it.
        std::size_t core = end;
        while (core > sent_begin_ && is_trailing_mark(before(core, sent_begin_))) core = step_back(core);
        Finality e = classify_ending(read_hangul_tail(text_, sent_begin_, core));
        bool period_only = true;
        for (std::size_t k = core; k < end; ++k)
          if (s_[k] == '!' || s_[k] == '?') period_only = false;
        if (period_only && e == Finality::none) return false;
        if (!period_only && !is_hangul_syllable(before(core, sent_begin_))) return false;
      }
      if (hangul_next && is_quotative_continuation(word_at(i))) return false;
      return true;
    }
    if (end != i) return false;
    // A closing quote glued to the next word.
    if (hangul_next && classify_bracket(prev).role != BracketRole::none) {
      const BracketPair* p = closed_at(i);
      if (!p || !is_quote_like(p->kind)) return false;
      char32_t last = last_non_space_before(p->close, p->open + p->open_len);
      if (!is_full_stop(last) && !is_bang_or_question(last)) return false;
      if (starts_like_particle(c)) return false;
      why = SentenceEnd::punctuation;
      return true;
    }
    return false;
  }

  // --- output

  void emit(std::size_t b, std::size_t e, SentenceEnd why) {
    if (e <= b) return;
    const std::size_t limit = opt_.max_sentence_bytes;
    while (limit > 0 && e - b > limit) {
      // Cut at the last space in the second half of the window, else at a code point.
      std::size_t cut = b + limit;
      while (cut > b && (s_[cut] & 0xC0) == 0x80) --cut;
      if (cut == b) {  // a limit smaller than one code point: take the code point
        char32_t c;
        cut = b + decode_one(s_ + b, s_ + n_, c);
      }
      std::size_t space_cut = is_white_space(at(cut)) ? cut : npos;
      for (std::size_t p = cut; space_cut == npos && p > b + limit / 2;) {
        char32_t c;
        std::size_t q = previous_code_point(s_, b, p, c);
        if (is_white_space(c)) {
          space_cut = q;
          break;
        }
        p = q;
      }
      std::size_t piece_end = space_cut != npos ? space_cut : cut;
      std::size_t next = piece_end;
      while (piece_end > b && is_white_space(before(piece_end, b))) piece_end = step_back(piece_end);
      while (next < e) {
        char32_t c;
        std::size_t len = decode_one(s_ + next, s_ + n_, c);
        if (!is_white_space(c)) break;
        next += len;
      }
      if (piece_end <= b || next <= b) piece_end = next = cut;  // never loop
      emit_(Sentence{Span{b, piece_end}, SentenceEnd::length_limit});
      b = next;
    }
    if (e > b) emit_(Sentence{Span{b, e}, why});
  }

  std::string_view text_;
  const unsigned char* s_;
  std::size_t n_;
  const SentenceOptions& opt_;
  Emit& emit_;
  BracketPairer pairer_;
  std::size_t sent_begin_ = npos;
  std::size_t word_begin_ = npos;
  std::size_t last_end_ = 0;
  BracketPair active_[max_depth] = {};
  int depth_ = 0;
  BracketPair recent_[recent_size] = {};
  int recent_next_ = 0;
};

}  // namespace seg
}  // namespace detail

// Calls f(const Sentence&) for each sentence, in order. Allocates nothing.
template <class F>
void for_each_sentence(std::string_view text, const SentenceOptions& options, F&& f) {
  auto emit = [&](const Sentence& s) { f(s); };
  detail::seg::SentenceSplitter<decltype(emit)> splitter(text, options, emit);
  splitter.run();
}

template <class F>
void for_each_sentence(std::string_view text, F&& f) {
  for_each_sentence(text, SentenceOptions{}, static_cast<F&&>(f));
}

// Writes each Sentence to an output iterator; returns the advanced iterator.
template <class OutputIt>
OutputIt split_sentences_to(std::string_view text, OutputIt out,
                            const SentenceOptions& options = {}) {
  for_each_sentence(text, options, [&](const Sentence& s) { *out++ = s; });
  return out;
}

inline std::vector<Sentence> split_sentences(std::string_view text,
                                             const SentenceOptions& options = {}) {
  std::vector<Sentence> out;
  for_each_sentence(text, options, [&](const Sentence& s) { out.push_back(s); });
  return out;
}

// The text of a sentence (a view into `text`).
inline std::string_view sentence_text(std::string_view text, const Sentence& s) noexcept {
  return text.substr(s.span.begin, s.span.end - s.span.begin);
}

}  // namespace geul

#endif  // GEUL_TEXT_SENTENCES_HPP
