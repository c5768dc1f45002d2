// geul — eojeol tokens, a light stemmer and character n-grams for Korean text.
//
// tokenize(text) returns the words of `text` as byte spans: a token is a run
// of letters and digits (Hangul, Latin, Hanja, other scripts) with the
// connectors that belong inside words (3.14, 1,000, U.S, GX-100, S&P,
// don't), so "“오픈AI와" gives the token 오픈AI와 without the quote.
// Each token carries a stem: a prefix of the token with the particles (josa)
// and common endings removed (올트먼은 → 올트먼, 중기부에서는 → 중기부,
// 오픈AI와 → 오픈AI, 강조했다 → 강조). Mixed Hangul/Latin/digit stems stay
// whole (오픈AI, 3분기, G7). The stemmer is rule based and light: it strips
// one particle or one ending (plus a plural 들), never guesses a dictionary
// form, and leaves a word alone when a strip would be doubtful.
//
// Suffix list (longest match wins; "V" = only after a vowel-final syllable,
// "C" = only after a consonant-final one; ambiguous one-syllable particles
// need a stem of two syllables or more, so 국가, 결과, 정도, 회의 stay whole;
// 이 stays after the verb roots of nominalized nouns: 떡볶이, 놀이, 먹이, 높이):
//  particles  은(C) 는(V) 이(C) 가(V) 을(C) 를(V) 의 에 에서 에게 에게서 께 께서
//             한테 와(V) 과(C) 도 만 로(V/ㄹ) 으로(C) 처럼 보다 부터 까지 마다 마저
//             조차 밖에 이나(C) 나(V) 랑(V) 이랑(C) 에서는 에게는 에는 에도 에서도
//             으로는 로는 와는 과는 와의 과의 에서의 에의 으로의 로의 부터는
//             까지는 이라는 라는 이라고 라고 이란 란 으로서 로서 으로써 로써 등 들
//  copula     이다 이었다 였다 였고 입니다 이며 이고 이라며 이지만 이었던 였던
//             이었고 이에요 예요 이야 이죠 인데 이라서
//  하다/되다  하다 했다 했습니다 합니다 한다 하는 하고 하며 하면 하면서 하여 해서
//             해야 하기 하기로 하기도 하도록 하던 하자 하겠다 하지 하게 했고 했으며
//             했는데 했지만 했던 했을 한다고 한다며 한다는 했다고 했다며 했다는
//             한 할 함 해 되다 됐다 되었다 된다 되는 되고 되며 되면서 되어 돼 된 될
//             됨 됐고 됩니다 시켰다 시킨 시키는 받았다 당했다 하시면 하시는 하신
//             하셨다 하셨습니다 하세요 하시고 하십시오
//  verbs      었다 았다 겠다 었고 았고 었으며 았으며 었는데 았는데 었던 았던
//             습니다 었습니다 았습니다 는다 지만 면서 으며
// Likely nouns: stems left by a particle, a copula or a 하다/되다 ending, and
// words with no ending at all (except function words such as 그리고, 매우,
// 것); not verb stems (먹었다 → 먹, not a noun) and not numbers.
//
// Character n-grams (for_each_char_ngram, ngram_dice) compare words and
// names robustly: 올트먼 and 올트만 share the bigram 올트.
#ifndef GEUL_TEXT_TOKENS_HPP
#define GEUL_TEXT_TOKENS_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "../config.hpp"
#include "../unicode/utf8.hpp"
#include "offsets.hpp"
#include "sentences.hpp"

namespace geul {

enum class TokenKind : unsigned char {
  hangul,  // Hangul syllables (and jamo) only
  latin,   // Latin letters (with inner connectors)
  number,  // digits, with . , % inside or after
  mixed,   // Hangul with Latin letters or digits: 오픈AI와, 3분기, G7
  other,   // other scripts (Hanja, Kana …)
};

inline const char* to_string(TokenKind k) noexcept {
  switch (k) {
    case TokenKind::hangul: return "hangul";
    case TokenKind::latin: return "latin";
    case TokenKind::number: return "number";
    case TokenKind::mixed: return "mixed";
    case TokenKind::other: return "other";
  }
  return "other";
}

// What the stemmer removed.
enum class SuffixKind : unsigned char {
  none,      // nothing
  particle,  // josa: 은 는 에서 …
  copula,    // 이다 입니다 …
  ha_verb,   // 하다/되다 endings after a verbal noun: 강조했다
  ending,    // other verb endings: 먹었다
};

struct Token {
  Span span;                  // the word, without surrounding punctuation
  Span stem;                  // content stem: a prefix of span
  TokenKind kind = TokenKind::hangul;
  SuffixKind suffix = SuffixKind::none;
  bool likely_noun = false;
};

struct TokenOptions {
  bool stem = true;  // false: stem == span, suffix == none
};

namespace detail {
// Internals of sentence splitting and tokenization (own namespace: generic
// helper names here must not collide with other headers' detail helpers).
namespace seg {

inline bool is_hangul_letter(char32_t c) noexcept {
  return is_hangul_syllable(c) || (c >= 0x3131 && c <= 0x318E) || (c >= 0x1100 && c <= 0x11FF);
}

// Letters of scripts other than Hangul and Latin that make up words (Hanja,
// Kana, Cyrillic, Greek, accented Latin …): every code point from U+00C0 that
// is not punctuation, a symbol, a space or an emoji.
inline bool is_other_letter(char32_t c) noexcept {
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;   // punctuation, symbols, arrows, boxes
  if (c >= 0x3000 && c <= 0x303F) return false;   // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;   // CJK compatibility forms
  if (c >= 0xFF00 && c <= 0xFF0F) return false;   // full-width punctuation
  if (c >= 0xFF1A && c <= 0xFF20) return false;
  if (c >= 0xFF3B && c <= 0xFF40) return false;
  if (c >= 0xFF5B && c <= 0xFF65) return false;
  if (c == 0xFEFF || c == 0xFFFD || (c >= 0xFFF0 && c <= 0xFFFF)) return false;
  if (c >= 0x1F000 && c <= 0x1FAFF) return false;  // emoji
  if (c >= 0xFE00 && c <= 0xFE0F) return false;    // variation selectors
  if (is_white_space(c) || c == 0x200B || c == 0x200C || c == 0x200D) return false;
  return true;
}

enum class CharClass : unsigned char { separator, hangul, latin, digit, other, connector };

inline CharClass classify_token_char(char32_t c) noexcept {
  if (is_ascii_digit(c) || (c >= 0xFF10 && c <= 0xFF19)) return CharClass::digit;
  if (is_ascii_alpha(c) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
    return CharClass::latin;
  if (is_hangul_letter(c)) return CharClass::hangul;
  switch (c) {
    case '.': case ',': case '-': case '_': case '\'': case 0x2019: case '&': case '%':
    case '+': case '@': case '/': case ':': case 0x2010: case 0x2011:
      return CharClass::connector;
    default:
      break;
  }
  return is_other_letter(c) ? CharClass::other : CharClass::separator;
}

// May connector `c` join the characters around it into one token?
inline bool joins(char32_t c, CharClass before, CharClass after) noexcept {
  const bool alnum_before = before != CharClass::separator && before != CharClass::connector;
  const bool alnum_after = after != CharClass::separator && after != CharClass::connector;
  switch (c) {
    case '.':  // 3.14, U.S, www.example.com, v1.2.3
      return (before == CharClass::digit && after == CharClass::digit) ||
             ((before == CharClass::latin || before == CharClass::digit) && after == CharClass::latin);
    case ',':  // 1,000
      return before == CharClass::digit && after == CharClass::digit;
    case '-': case 0x2010: case 0x2011: case '_': case '+':  // GX-100, 율리우스-클라우디우스, C++
      return alnum_before && alnum_after;
    case '\'': case 0x2019: case '&':  // don't, S&P
      return before == CharClass::latin && after == CharClass::latin;
    case '@':  // e-mail addresses
      return alnum_before && alnum_after && before != CharClass::hangul;
    case '/': case ':':  // 24/7, 10:30 (digits only; URLs stay in pieces)
      return before == CharClass::digit && after == CharClass::digit;
    case '%':  // 1.5%
      return before == CharClass::digit;
    default:
      return false;
  }
}

// A compile-time index of a word list: an open-addressing hash table of
// FNV-1a hashes (at most half full), so a lookup is one hash and usually one
// probe, and a word not in the list is mostly refused by an empty slot
// without comparing text (the tokenizer asks for every word).
constexpr std::uint64_t hash_word(std::string_view s) noexcept {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

template <std::size_t N>
struct WordIndex {
  static constexpr std::size_t slots = [] {
    std::size_t s = 16;
    while (s < 2 * N) s *= 2;
    return s;
  }();
  static constexpr std::size_t slot_of(std::uint64_t h) noexcept { return static_cast<std::size_t>(h >> 40) & (slots - 1); }
  std::uint64_t hash[slots] = {};
  std::uint16_t entry[slots] = {};  // 1 + the word's position in the list; 0: empty

  // Calls match(position) for each listed word whose hash equals hash_word(w),
  // until it returns true; returns whether one did.
  template <class Match>
  constexpr bool find(std::string_view w, Match&& match) const noexcept {
    const std::uint64_t h = hash_word(w);
    for (std::size_t i = slot_of(h); entry[i] != 0; i = (i + 1) & (slots - 1))
      if (hash[i] == h && match(static_cast<std::size_t>(entry[i] - 1))) return true;
    return false;
  }
};

template <std::size_t N, class Text>
constexpr WordIndex<N> make_word_index(Text text) noexcept {
  WordIndex<N> x;
  for (std::size_t k = 0; k < N; ++k) {
    const std::uint64_t h = hash_word(text(k));
    std::size_t i = WordIndex<N>::slot_of(h);
    while (x.entry[i] != 0) i = (i + 1) & (WordIndex<N>::slots - 1);
    x.hash[i] = h;
    x.entry[i] = static_cast<std::uint16_t>(k + 1);
  }
  return x;
}

struct SuffixRule {
  std::string_view text;
  SuffixKind kind;
  char after;            // 'V' vowel-final, 'C' consonant-final, 'L' vowel or ㄹ, 'A' any
  unsigned char min_stem;  // minimum stem length in syllables when the stem is all Hangul
};

// The suffix list documented at the top of this header.
using K = SuffixKind;
inline constexpr SuffixRule suffix_table[] = {
      // particles: safe ones
      {"은", K::particle, 'C', 1}, {"는", K::particle, 'V', 1}, {"을", K::particle, 'C', 1},
      {"를", K::particle, 'V', 1}, {"에", K::particle, 'A', 1}, {"에서", K::particle, 'A', 1},
      {"에게", K::particle, 'A', 1}, {"께서", K::particle, 'A', 1}, {"한테", K::particle, 'A', 1},
      {"으로", K::particle, 'C', 1}, {"처럼", K::particle, 'A', 1}, {"보다", K::particle, 'A', 1},
      {"부터", K::particle, 'A', 1}, {"까지", K::particle, 'A', 1}, {"마다", K::particle, 'A', 1},
      {"조차", K::particle, 'A', 1}, {"밖에", K::particle, 'A', 1}, {"이랑", K::particle, 'C', 1},
      {"에서는", K::particle, 'A', 1}, {"에게는", K::particle, 'A', 1}, {"에는", K::particle, 'A', 1},
      {"에도", K::particle, 'A', 1}, {"에서도", K::particle, 'A', 1}, {"으로는", K::particle, 'C', 1},
      {"로는", K::particle, 'L', 2}, {"와는", K::particle, 'V', 1}, {"과는", K::particle, 'C', 1},
      {"와의", K::particle, 'V', 1}, {"과의", K::particle, 'C', 1}, {"에서의", K::particle, 'A', 1},
      {"에의", K::particle, 'A', 1}, {"으로의", K::particle, 'C', 1}, {"로의", K::particle, 'L', 1},
      {"부터는", K::particle, 'A', 1}, {"까지는", K::particle, 'A', 1}, {"마저", K::particle, 'A', 1},
      {"이라는", K::particle, 'C', 1}, {"라는", K::particle, 'V', 1}, {"이라고", K::particle, 'C', 1},
      {"라고", K::particle, 'V', 2}, {"이란", K::particle, 'C', 1}, {"에게서", K::particle, 'A', 1},
      {"으로서", K::particle, 'C', 1}, {"로서", K::particle, 'L', 2}, {"으로써", K::particle, 'C', 1},
      {"로써", K::particle, 'L', 2}, {"께", K::particle, 'A', 2},
      // particles that also end many nouns (국가, 결과, 정도, 회의, 도로): stem of 2+
      {"이", K::particle, 'C', 2}, {"가", K::particle, 'V', 2}, {"의", K::particle, 'A', 2},
      {"와", K::particle, 'V', 2}, {"과", K::particle, 'C', 2}, {"도", K::particle, 'A', 2},
      {"만", K::particle, 'A', 2}, {"로", K::particle, 'L', 2}, {"나", K::particle, 'V', 2},
      {"이나", K::particle, 'C', 2}, {"랑", K::particle, 'V', 2}, {"란", K::particle, 'V', 2},
      {"등", K::particle, 'A', 2}, {"들", K::particle, 'A', 2},
      // copula (이- may stay after a vowel too: 대표이며)
      {"이다", K::copula, 'A', 1}, {"이었다", K::copula, 'A', 1}, {"였다", K::copula, 'V', 2},
      {"입니다", K::copula, 'A', 1}, {"이며", K::copula, 'A', 1}, {"이고", K::copula, 'A', 2},
      {"이라며", K::copula, 'C', 1}, {"이지만", K::copula, 'A', 1}, {"이었던", K::copula, 'A', 1},
      {"였던", K::copula, 'V', 2}, {"이에요", K::copula, 'C', 1}, {"예요", K::copula, 'V', 2},
      {"이야", K::copula, 'C', 2}, {"이죠", K::copula, 'A', 1}, {"인데", K::copula, 'C', 1},
      {"이었고", K::copula, 'A', 1}, {"이라서", K::copula, 'C', 1}, {"였고", K::copula, 'V', 2},
      // 하다 / 되다 after a verbal noun
      {"하다", K::ha_verb, 'A', 1}, {"했다", K::ha_verb, 'A', 1}, {"했습니다", K::ha_verb, 'A', 1},
      {"합니다", K::ha_verb, 'A', 1}, {"한다", K::ha_verb, 'A', 1}, {"하는", K::ha_verb, 'A', 1},
      {"하고", K::ha_verb, 'A', 2}, {"하며", K::ha_verb, 'A', 1}, {"하면", K::ha_verb, 'A', 1},
      {"하여", K::ha_verb, 'A', 1}, {"해서", K::ha_verb, 'A', 1}, {"해야", K::ha_verb, 'A', 1},
      {"하기", K::ha_verb, 'A', 2}, {"하던", K::ha_verb, 'A', 1}, {"하자", K::ha_verb, 'A', 2},
      {"하기로", K::ha_verb, 'A', 1}, {"하기도", K::ha_verb, 'A', 1}, {"하도록", K::ha_verb, 'A', 1},
      {"하겠다", K::ha_verb, 'A', 1}, {"했고", K::ha_verb, 'A', 1}, {"했으며", K::ha_verb, 'A', 1},
      {"했는데", K::ha_verb, 'A', 1}, {"했지만", K::ha_verb, 'A', 1}, {"했던", K::ha_verb, 'A', 1},
      {"한다고", K::ha_verb, 'A', 1}, {"한다며", K::ha_verb, 'A', 1}, {"했다고", K::ha_verb, 'A', 1},
      {"했다며", K::ha_verb, 'A', 1}, {"했다는", K::ha_verb, 'A', 1}, {"한다는", K::ha_verb, 'A', 1},
      {"하지", K::ha_verb, 'A', 2}, {"했을", K::ha_verb, 'A', 1}, {"하게", K::ha_verb, 'A', 2},
      {"한", K::ha_verb, 'A', 2}, {"할", K::ha_verb, 'A', 2}, {"함", K::ha_verb, 'A', 2},
      {"해", K::ha_verb, 'A', 2}, {"되다", K::ha_verb, 'A', 1}, {"됐다", K::ha_verb, 'A', 1},
      {"되었다", K::ha_verb, 'A', 1}, {"된다", K::ha_verb, 'A', 1}, {"되는", K::ha_verb, 'A', 1},
      {"되고", K::ha_verb, 'A', 1}, {"되며", K::ha_verb, 'A', 1}, {"되어", K::ha_verb, 'A', 1},
      {"돼", K::ha_verb, 'A', 2}, {"된", K::ha_verb, 'A', 2}, {"될", K::ha_verb, 'A', 2},
      {"됨", K::ha_verb, 'A', 2}, {"됐고", K::ha_verb, 'A', 1}, {"됩니다", K::ha_verb, 'A', 1},
      {"되면서", K::ha_verb, 'A', 1}, {"하면서", K::ha_verb, 'A', 1}, {"시켰다", K::ha_verb, 'A', 1},
      {"시킨", K::ha_verb, 'A', 1}, {"시키는", K::ha_verb, 'A', 1}, {"받았다", K::ha_verb, 'A', 1},
      {"당했다", K::ha_verb, 'A', 1}, {"하시면", K::ha_verb, 'A', 1}, {"하시는", K::ha_verb, 'A', 1},
      {"하신", K::ha_verb, 'A', 1}, {"하셨다", K::ha_verb, 'A', 1}, {"하셨습니다", K::ha_verb, 'A', 1},
      {"하세요", K::ha_verb, 'A', 1}, {"하시고", K::ha_verb, 'A', 1}, {"하십시오", K::ha_verb, 'A', 1},
      // other verb endings (the stem is a verb stem, not a noun)
      {"었다", K::ending, 'A', 1}, {"았다", K::ending, 'A', 1}, {"겠다", K::ending, 'A', 1},
      {"었고", K::ending, 'A', 1}, {"았고", K::ending, 'A', 1}, {"었으며", K::ending, 'A', 1},
      {"았으며", K::ending, 'A', 1}, {"었는데", K::ending, 'A', 1}, {"았는데", K::ending, 'A', 1},
      {"었던", K::ending, 'A', 1}, {"았던", K::ending, 'A', 1}, {"습니다", K::ending, 'A', 1},
      {"었습니다", K::ending, 'A', 1}, {"았습니다", K::ending, 'A', 1}, {"는다", K::ending, 'C', 1},
      {"지만", K::ending, 'A', 1}, {"면서", K::ending, 'A', 2}, {"으며", K::ending, 'C', 1},
};
inline constexpr std::size_t suffix_count = sizeof suffix_table / sizeof suffix_table[0];
inline constexpr WordIndex<suffix_count> suffix_index =
    make_word_index<suffix_count>([](std::size_t i) { return suffix_table[i].text; });

inline const SuffixRule* suffix_rules(std::size_t& count) noexcept {
  count = suffix_count;
  return suffix_table;
}

// The rule for exactly this suffix text, or nullptr.
inline const SuffixRule* find_suffix_rule(std::string_view suffix) noexcept {
  const SuffixRule* found = nullptr;
  suffix_index.find(suffix, [&](std::size_t k) {
    if (suffix_table[k].text != suffix) return false;
    found = &suffix_table[k];
    return true;
  });
  return found;
}

// Function words that are no content nouns even without an ending.
inline bool is_function_word(std::string_view w) noexcept {
  static constexpr std::string_view words[] = {
      "그리고", "그러나", "하지만", "그런데", "그래서", "따라서", "또한", "또", "및", "등", "매우",
      "아주", "너무", "정말", "이미", "다시", "모두", "함께", "특히", "가장", "더", "덜", "잘",
      "못", "안", "이", "그", "저", "이런", "그런", "저런", "어떤", "모든", "각", "한", "두",
      "세", "것", "수", "때", "중", "위", "후", "전", "지난", "오는", "이번", "다른", "같은",
      "통해", "위해", "대해", "따라", "관련", "당시", "현재", "최근", "이후", "이전", "한편",
      "다만", "물론", "즉", "약", "총", "또는", "혹은", "바로", "곧", "계속", "아직", "이제",
      "여기", "거기", "그는", "그녀는", "우리", "저희", "나", "너", "제", "내",
      // one-syllable particles and verb forms that stand alone after quotes or brackets
      "고", "며", "는", "은", "을", "를", "가", "의", "에", "도", "만", "로", "와", "과", "할",
      "된", "될", "낸", "난", "온", "간", "본", "둔", "준", "쓴", "단", "란", "던", "인"};
  if (w.empty() || w.size() > 9) return false;  // the longest entry has three syllables
  constexpr std::size_t n = sizeof words / sizeof words[0];
  static constexpr WordIndex<n> index = make_word_index<n>([](std::size_t i) { return words[i]; });
  return index.find(w, [&](std::size_t k) { return words[k] == w; });
}

// Byte offset in `word` where its final run of Hangul syllables starts.
inline std::size_t trailing_hangul_start(std::string_view word, int& count) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(word.data());
  std::size_t p = word.size();
  count = 0;
  while (p > 0) {
    char32_t c;
    std::size_t q = previous_code_point(s, 0, p, c);
    if (!is_hangul_syllable(c)) break;
    ++count;
    p = q;
  }
  return p;
}

// Does a bare word end like a predicate (a final ending or a connective)?
inline bool ends_like_predicate(std::string_view word) noexcept {
  HangulTail tail = read_hangul_tail(word, 0, word.size());
  if (tail.n == 0) return false;
  const Finality f = classify_ending(tail);
  if (f == Finality::strong) return true;
  // Weak spoken endings (이끌어, 많지) too, but not nominal -ㅁ forms (웃음, 느낌).
  if (f == Finality::weak && jongseong_index(tail.last()) != jong::m) return true;
  static constexpr std::string_view connectives[] = {"고", "며", "서", "면", "게", "도록", "니까",
                                                     "지만", "는데", "려고", "러", "다가", "어야",
                                                     "아야", "으면", "는", "던", "았", "었"};
  if (tail.n < 2) return false;
  if (tail.last() == U'히') return true;  // adverbs: 굉장히, 확실히
  for (std::string_view c : connectives)
    if (ends_with(word, c)) return true;
  return false;
}

}  // namespace seg
}  // namespace detail

// Length in bytes of the stem of `word` (a single token), and what was removed.
inline std::size_t stem_length(std::string_view word, SuffixKind* removed = nullptr) noexcept {
  if (removed) *removed = SuffixKind::none;
  int run = 0;
  const std::size_t run_begin = detail::seg::trailing_hangul_start(word, run);
  if (run == 0) return word.size();
  const bool prefix_non_hangul = run_begin > 0;  // 오픈AI와, 3분기에
  // Longest suffix first (at most five syllables); the first rule whose
  // conditions hold wins.
  const detail::seg::SuffixRule* best_rule = nullptr;
  for (int syllables = run < 5 ? run : 5; syllables >= 1 && !best_rule; --syllables) {
    const std::size_t stem_end = word.size() - static_cast<std::size_t>(syllables) * 3;
    const detail::seg::SuffixRule* r = detail::seg::find_suffix_rule(word.substr(stem_end));
    if (!r) continue;
    const int stem_syllables = run - syllables;
    if (stem_syllables <= 0 && !prefix_non_hangul) continue;
    if (!prefix_non_hangul && stem_syllables < r->min_stem) continue;
    // 3만, 100만: 만 after a number is a numeral, not the particle.
    if (r->text == "만" && stem_syllables == 0) continue;
    if (stem_syllables > 0 && r->after != 'A') {
      char32_t last;
      detail::seg::previous_code_point(reinterpret_cast<const unsigned char*>(word.data()), 0, stem_end, last);
      const unsigned jong = detail::seg::jongseong_index(last);
      const bool vowel = jong == 0;
      if (r->after == 'V' && !vowel) continue;
      if (r->after == 'C' && vowel) continue;
      if (r->after == 'L' && !(vowel || jong == detail::seg::jong::l)) continue;
    }
    best_rule = r;
  }
  if (!best_rule) return word.size();
  // Nouns made with the nominalizer 이 after a verb root (떡볶이, 뱃놀이, 먹이,
  // 높이, 해돋이, 손님맞이) keep it: stripping would cut the word.
  if (best_rule->text == "이" && word.size() >= 6) {
    static constexpr std::string_view roots[] = {"볶", "놀", "먹", "높", "넓", "깊", "돋", "굽", "풀", "닦", "맞"};
    const std::string_view root = word.substr(word.size() - 6, 3);
    for (std::string_view r : roots)
      if (root == r) return word.size();
  }
  std::size_t stem_end = word.size() - best_rule->text.size();
  // A plural 들 before a particle goes too (학생들에게 → 학생), keeping 2+ syllables.
  if (best_rule->kind == SuffixKind::particle && best_rule->text != "들" &&
      stem_end >= run_begin + 9 &&
      word.substr(stem_end - 3, 3) == "들")
    stem_end -= 3;
  if (removed) *removed = best_rule->kind;
  return stem_end;
}

// The stem of one word: 올트먼은 → 올트먼, 강조했다 → 강조, 오픈AI와 → 오픈AI.
inline std::string_view stem(std::string_view word) noexcept {
  return word.substr(0, stem_length(word));
}

// Calls f(const Token&) for each token of `text`, in order. Allocates nothing.
template <class F>
void for_each_token(std::string_view text, const TokenOptions& options, F&& f) {
  using detail::seg::CharClass;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    char32_t c;
    std::size_t len = detail::decode_one(s + i, s + n, c);
    CharClass cls = detail::seg::classify_token_char(c);
    if (cls == CharClass::separator || cls == CharClass::connector) {
      i += len;
      continue;
    }
    // A token: word characters and the connectors that join them.
    const std::size_t begin = i;
    bool has_hangul = false, has_latin = false, has_digit = false, has_other = false;
    std::size_t end = i;
    CharClass last = cls;
    while (i < n) {
      len = detail::decode_one(s + i, s + n, c);
      cls = detail::seg::classify_token_char(c);
      if (cls == CharClass::separator) break;
      if (cls == CharClass::connector) {
        char32_t next = 0;
        if (i + len < n) detail::decode_one(s + i + len, s + n, next);
        CharClass after = detail::seg::classify_token_char(next);
        if (c == '%' && detail::seg::joins(c, last, after)) {  // 1.5% ends the number
          i += len;
          end = i;
          last = CharClass::connector;
          continue;
        }
        if (!detail::seg::joins(c, last, after)) break;
        i += len;
        last = CharClass::connector;
        continue;
      }
      has_hangul = has_hangul || cls == CharClass::hangul;
      has_latin = has_latin || cls == CharClass::latin;
      has_digit = has_digit || cls == CharClass::digit;
      has_other = has_other || cls == CharClass::other;
      last = cls;
      i += len;
      end = i;
    }
    if (end <= begin) {  // a lone connector-led run: skip one code point
      i = begin + len;
      continue;
    }
    Token t;
    t.span = {begin, end};
    if (has_hangul && (has_latin || has_digit)) t.kind = TokenKind::mixed;
    else if (has_hangul) t.kind = TokenKind::hangul;
    else if (has_latin) t.kind = TokenKind::latin;
    else if (has_digit && !has_other) t.kind = TokenKind::number;
    else t.kind = TokenKind::other;
    const std::string_view word = text.substr(begin, end - begin);
    std::size_t stem_len = word.size();
    if (options.stem && has_hangul) stem_len = stem_length(word, &t.suffix);
    t.stem = {begin, begin + stem_len};
    const std::string_view stem_text = word.substr(0, stem_len);
    switch (t.suffix) {
      case SuffixKind::particle: case SuffixKind::copula: case SuffixKind::ha_verb:
        t.likely_noun = !detail::seg::is_function_word(stem_text);
        break;
      case SuffixKind::ending:
        t.likely_noun = false;
        break;
      case SuffixKind::none:
        if (t.kind == TokenKind::number) {
          t.likely_noun = false;
        } else if (t.kind == TokenKind::hangul) {
          // A bare Hangul word is a noun unless it ends like a predicate.
          t.likely_noun = !detail::seg::is_function_word(word) && !detail::seg::ends_like_predicate(word);
        } else {
          t.likely_noun = true;  // Latin, mixed, other scripts: names and terms
        }
        break;
    }
    f(t);
  }
}

template <class F>
void for_each_token(std::string_view text, F&& f) {
  for_each_token(text, TokenOptions{}, static_cast<F&&>(f));
}

inline std::vector<Token> tokenize(std::string_view text, const TokenOptions& options = {}) {
  std::vector<Token> out;
  for_each_token(text, options, [&](const Token& t) { out.push_back(t); });
  return out;
}

inline std::string_view token_text(std::string_view text, const Token& t) noexcept {
  return text.substr(t.span.begin, t.span.end - t.span.begin);
}
inline std::string_view stem_text(std::string_view text, const Token& t) noexcept {
  return text.substr(t.stem.begin, t.stem.end - t.stem.begin);
}

// ------------------------------------------------------------ character n-grams

// Calls f(std::string_view gram) for each run of `n` consecutive code points of
// `s`, skipping whitespace (so "오픈 AI" and "오픈AI" give the same grams). A
// string shorter than n gives one gram, itself (without whitespace); an empty
// one gives none.
template <class F>
void for_each_char_ngram(std::string_view s, std::size_t n, F&& f) {
  if (n == 0) return;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t size = s.size();
  // Ring of the start offsets of the last n non-space code points; grams that
  // span a space are reported from a small buffer.
  constexpr std::size_t max_n = 16;
  if (n > max_n) n = max_n;
  char buf[max_n * 4];
  std::size_t starts[max_n + 1];
  std::size_t lens[max_n];
  std::size_t have = 0, total = 0;
  std::size_t i = 0;
  while (i < size) {
    char32_t c;
    std::size_t len = detail::decode_one(p + i, p + size, c);
    if (!detail::seg::is_white_space(c)) {
      if (have == n) {
        for (std::size_t k = 1; k < n; ++k) starts[k - 1] = starts[k], lens[k - 1] = lens[k];
        --have;
      }
      starts[have] = i;
      lens[have] = len;
      ++have;
      ++total;
      if (have == n) {
        const std::size_t first = starts[0], last_end = starts[n - 1] + lens[n - 1];
        std::size_t bytes = 0;
        for (std::size_t k = 0; k < n; ++k) bytes += lens[k];
        if (last_end - first == bytes) {
          f(s.substr(first, bytes));  // contiguous: a view into s
        } else {
          std::size_t o = 0;
          for (std::size_t k = 0; k < n; ++k)
            for (std::size_t b = 0; b < lens[k]; ++b) buf[o++] = static_cast<char>(p[starts[k] + b]);
          f(std::string_view(buf, o));
        }
      }
    }
    i += len;
  }
  if (total > 0 && total < n) {
    std::size_t o = 0;
    for (std::size_t k = 0; k < have; ++k)
      for (std::size_t b = 0; b < lens[k]; ++b) buf[o++] = static_cast<char>(p[starts[k] + b]);
    f(std::string_view(buf, o));
  }
}

// 64-bit FNV-1a: a stable hash for n-gram sketches (same on every platform).
inline std::uint64_t fnv1a64(std::string_view s) noexcept {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Sorted hashes of the character n-grams of `s` (a multiset).
inline std::vector<std::uint64_t> char_ngram_hashes(std::string_view s, std::size_t n = 2) {
  std::vector<std::uint64_t> out;
  for_each_char_ngram(s, n, [&](std::string_view g) { out.push_back(fnv1a64(g)); });
  std::sort(out.begin(), out.end());
  return out;
}

// Dice similarity of the character n-gram multisets: 2|A∩B| / (|A|+|B|), in
// [0,1]; 1 for identical strings (ignoring whitespace), 0 when nothing is shared.
inline double ngram_dice(std::string_view a, std::string_view b, std::size_t n = 2) {
  std::vector<std::uint64_t> x = char_ngram_hashes(a, n), y = char_ngram_hashes(b, n);
  if (x.empty() && y.empty()) return 1.0;
  std::size_t i = 0, j = 0, common = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i] == y[j]) ++common, ++i, ++j;
    else if (x[i] < y[j]) ++i;
    else ++j;
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(x.size() + y.size());
}

}  // namespace geul

#endif  // GEUL_TEXT_TOKENS_HPP
