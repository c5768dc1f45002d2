// geul — the news normalization profile: what generic Unicode normalization
// gets wrong for Korean news text, fixed with an offset map back to the source.
//
// Pipeline (each stage keeps an OffsetMap; they are composed at the end):
//   raw bytes ─decode_utf8─▶ valid UTF-8 ─NFC─▶ composed Hangul
//     ─substitute─▶ one code point at a time, no context (spaces, invisibles,
//                   fullwidth, halfwidth, enclosed, quotes, dots, dashes …)
//     ─contextual─▶ rules that look at neighbours (space runs, ellipsis runs,
//                   ㆍ between words, repeated ㅋㅋㅋ/!!!, Hanja abbreviations)
//     ─NFC again─▶  only if a removal left decomposed jamo side by side
// NFKC is never applied: it glues compatibility jamo into syllables ("가ㄳ" → "갃").
#ifndef GEUL_TEXT_CLEAN_HPP
#define GEUL_TEXT_CLEAN_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../diagnostics.hpp"
#include "../hangul.hpp"
#include "../unicode/normalize.hpp"
#include "../unicode/utf8.hpp"
#include "offsets.hpp"

namespace geul {

enum class ChangeKind {
  repair,             // invalid UTF-8, BOM, CR/CRLF (from decode_utf8)
  composition,        // NFC: decomposed or jamo-separated Hangul composed, canonical reordering
  cjk_compatibility,  // NFC folded a CJK compatibility ideograph (F900–FAFF …): original kept here
  space,              // NBSP, ideographic and other Unicode spaces → U+0020
  collapse_space,     // a run of spaces inside a line → one; spaces at line ends removed
  invisible,          // zero-width characters, soft hyphen, bidi marks, stray controls removed
  line_break,         // U+2028, U+2029, NEL, VT, FF → LF
  fullwidth,          // fullwidth ASCII → ASCII
  halfwidth,          // halfwidth Hangul → compatibility jamo, halfwidth CJK punctuation
  enclosed,           // ㈜ → (주), ㉠ → ㄱ, ㈱ → (株), ㉮ → 가
  quote,              // curly, low-9 and CJK corner quotes → " and '
  middle_dot,         // ・ ･ ‧ ∙ ⋅ (and ㆍ between words) → ·
  ellipsis,           // … ··· ‥ ⋯ ... (and runs of them) → one form
  tilde,              // 〜 ∼ (wave dashes) → ~
  dash,               // hyphen and dash variants → - or —
  repeat,             // ㅋㅋㅋㅋㅋ / !!!!! capped
  hanja_abbreviation, // 美 → 미국, 美中 → 미중 (standing alone only)
};

inline const char* to_string(ChangeKind k) noexcept {
  switch (k) {
    case ChangeKind::repair: return "repair";
    case ChangeKind::composition: return "composition";
    case ChangeKind::cjk_compatibility: return "cjk_compatibility";
    case ChangeKind::space: return "space";
    case ChangeKind::collapse_space: return "collapse_space";
    case ChangeKind::invisible: return "invisible";
    case ChangeKind::line_break: return "line_break";
    case ChangeKind::fullwidth: return "fullwidth";
    case ChangeKind::halfwidth: return "halfwidth";
    case ChangeKind::enclosed: return "enclosed";
    case ChangeKind::quote: return "quote";
    case ChangeKind::middle_dot: return "middle_dot";
    case ChangeKind::ellipsis: return "ellipsis";
    case ChangeKind::tilde: return "tilde";
    case ChangeKind::dash: return "dash";
    case ChangeKind::repeat: return "repeat";
    case ChangeKind::hanja_abbreviation: return "hanja_abbreviation";
  }
  return "other";
}

// One rule application. `source` is a byte span of the input as given;
// `before` is that input text (bytes as given, possibly invalid UTF-8 for a
// repair), `after` what the rule wrote in its place.
struct Change {
  ChangeKind kind;
  Span source;
  std::string before;
  std::string after;
};

enum class QuoteStyle { keep, ascii };           // ascii: “”„‟「」『』 → "…" and ‘’‚‛ → '
enum class EllipsisStyle { keep, unicode, ascii };  // unicode: …   ascii: ...

struct NewsNormalizeOptions {
  DecodeOptions decode;               // UTF-8 repair, BOM, CR/CRLF (always runs)
  bool compose = true;                // NFC (composes NFD / conjoining-jamo Hangul)
  bool spaces = true;                 // Unicode spaces → U+0020
  bool invisible = true;              // remove zero-width, soft hyphen, bidi, stray controls
  bool line_breaks = true;            // U+2028/2029/NEL/VT/FF → LF
  bool collapse_spaces = true;        // space runs → one; trim line ends
  bool fullwidth = true;              // fullwidth ASCII → ASCII
  bool halfwidth = true;              // halfwidth Hangul → compatibility jamo
  bool enclosed = true;               // ㈜ → (주) …
  QuoteStyle quotes = QuoteStyle::ascii;
  bool middle_dots = true;
  EllipsisStyle ellipsis = EllipsisStyle::unicode;
  bool tildes = true;
  bool dashes = true;
  std::size_t max_repeat = 3;         // ㅋㅋㅋㅋㅋ → ㅋㅋㅋ; 0 keeps every repeat
  bool hanja_abbreviations = true;    // 美 → 미국 where it stands alone
  bool record_changes = true;
  std::size_t max_changes = 1u << 20; // beyond this, changes are counted in a diagnostic

  // Only lossless-in-meaning fixes: repair, NFC, spaces, invisibles, line breaks.
  static NewsNormalizeOptions strict() {
    NewsNormalizeOptions o;
    o.collapse_spaces = false;
    o.fullwidth = o.halfwidth = o.enclosed = false;
    o.quotes = QuoteStyle::keep;
    o.middle_dots = o.tildes = o.dashes = false;
    o.ellipsis = EllipsisStyle::keep;
    o.max_repeat = 0;
    o.hanja_abbreviations = false;
    return o;
  }
};

struct NormalizedNews {
  std::string text;          // normalized UTF-8
  OffsetMap map;             // text → input bytes as given
  std::vector<Change> changes;  // in source order
  Diagnostics diagnostics;
};

// A single-Hanja headline abbreviation. `expansion` replaces a character that
// stands alone (美 → 미국); `reading` is used inside a run of abbreviations
// (美中 → 미중, 韓美日 → 한미일), following common Korean usage (露 → 러: 한러).
struct HanjaAbbreviation {
  char32_t hanja;
  const char* expansion;
  const char* reading;
};

// The documented dictionary (docs/normalization.md): country, party,
// institution, title and surname abbreviations common in Korean headlines.
// Sorted by code point.
inline constexpr HanjaAbbreviation hanja_abbreviation_table[] = {
    {U'中', "중국", "중"},      // U+4E2D China
    {U'亞', "아시아", "아"},    // U+4E9E Asia
    {U'伊', "이탈리아", "이"},  // U+4F0A Italy
    {U'佛', "프랑스", "불"},    // U+4F5B France
    {U'前', "전", "전"},        // U+524D former (前 장관)
    {U'加', "캐나다", "가"},    // U+52A0 Canada
    {U'北', "북한", "북"},      // U+5317 North Korea
    {U'南', "남한", "남"},      // U+5357 South Korea (南北 → 남북)
    {U'印', "인도", "인"},      // U+5370 India
    {U'台', "대만", "대"},      // U+53F0 Taiwan
    {U'尹', "윤", "윤"},        // U+5C39 surname Yoon (the person changes; only the surname)
    {U'政', "정부", "정"},      // U+653F government
    {U'故', "고", "고"},        // U+6545 the late (故 홍길동)
    {U'文', "문", "문"},        // U+6587 surname Moon
    {U'日', "일본", "일"},      // U+65E5 Japan (not after a digit: 9日 is a date)
    {U'朴', "박", "박"},        // U+6734 surname Park
    {U'李', "이", "이"},        // U+674E surname Lee
    {U'檢', "검찰", "검"},      // U+6AA2 prosecution
    {U'歐', "유럽", "구"},      // U+6B50 Europe
    {U'泰', "태국", "태"},      // U+6CF0 Thailand
    {U'濠', "호주", "호"},      // U+6FE0 Australia
    {U'獨', "독일", "독"},      // U+7368 Germany
    {U'現', "현", "현"},        // U+73FE current (現 정부)
    {U'美', "미국", "미"},      // U+7F8E United States
    {U'臺', "대만", "대"},      // U+81FA Taiwan
    {U'與', "여당", "여"},      // U+8207 ruling party
    {U'英', "영국", "영"},      // U+82F1 United Kingdom
    {U'警', "경찰", "경"},      // U+8B66 police
    {U'豪', "호주", "호"},      // U+8C6A Australia
    {U'越', "베트남", "월"},    // U+8D8A Vietnam
    {U'軍', "군", "군"},        // U+8ECD military
    {U'野', "야당", "야"},      // U+91CE opposition party
    {U'露', "러시아", "러"},    // U+9732 Russia (한러, 미러)
    {U'靑', "청와대", "청"},    // U+9751 Blue House
    {U'青', "청와대", "청"},    // U+9752 Blue House (simplified form)
    {U'韓', "한국", "한"},      // U+97D3 Korea
};

inline const HanjaAbbreviation* find_hanja_abbreviation(char32_t cp) noexcept {
  const HanjaAbbreviation* b = std::begin(hanja_abbreviation_table);
  const HanjaAbbreviation* e = std::end(hanja_abbreviation_table);
  const HanjaAbbreviation* it =
      std::lower_bound(b, e, cp, [](const HanjaAbbreviation& h, char32_t c) { return h.hanja < c; });
  return it != e && it->hanja == cp ? it : nullptr;
}

namespace detail {

// What one context-free substitution produced.
struct Substitution {
  bool changed = false;
  ChangeKind kind = ChangeKind::space;
  char buf[32];
  std::size_t len = 0;
  void set(ChangeKind k, std::string_view s) {
    changed = true;
    kind = k;
    len = std::min(s.size(), sizeof buf);
    for (std::size_t i = 0; i < len; ++i) buf[i] = s[i];
  }
  void set(ChangeKind k, char32_t cp) {
    changed = true;
    kind = k;
    len = encode_one(cp, buf);
  }
  std::string_view text() const { return {buf, len}; }
};

inline bool is_pictographic(char32_t c) noexcept {
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F;
}

// Letters, digits, Hangul and Hanja: the characters a word is made of.
// (Not ㆍ U+318D, which news text uses as a middle dot.)
inline bool is_word_char(char32_t c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) ||
         (c >= 0x3131 && c <= 0x318E && c != 0x318D) ||  // ㆍ is typed as a middle dot
        
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

// Compatibility jamo of the 14 basic consonants, in the order the enclosed
// Hangul blocks use (ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅅ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ), and their choseong index.
inline constexpr char32_t enclosed_consonant_jamo[14] = {0x3131, 0x3134, 0x3137, 0x3139, 0x3141, 0x3142, 0x3145,
                                                          0x3147, 0x3148, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E};
inline constexpr int enclosed_consonant_choseong[14] = {0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 15, 16, 17, 18};

// ㈀-㈞ and ㉠-㉾: parenthesized / circled Hangul, spelled with compatibility
// jamo and precomposed syllables (NFKC would leave lone conjoining jamo).
inline bool enclosed_hangul(char32_t c, Substitution& s) {
  std::string r;
  auto syllable_a = [](int choseong) { return static_cast<char32_t>(0xAC00 + (choseong * 21) * 28); };
  if (c >= 0x3200 && c <= 0x321E) {
    r = "(";
    if (c <= 0x320D) append_utf8(r, enclosed_consonant_jamo[c - 0x3200]);
    else if (c <= 0x321B) append_utf8(r, syllable_a(enclosed_consonant_choseong[c - 0x320E]));
    else r += c == 0x321C ? "주" : c == 0x321D ? "오전" : "오후";
    r += ")";
  } else if (c >= 0x3260 && c <= 0x327E) {
    if (c <= 0x326D) append_utf8(r, enclosed_consonant_jamo[c - 0x3260]);
    else if (c <= 0x327B) append_utf8(r, syllable_a(enclosed_consonant_choseong[c - 0x326E]));
    else r = c == 0x327C ? "참고" : c == 0x327D ? "주의" : "우";
  } else {
    return false;
  }
  s.set(ChangeKind::enclosed, r);
  return true;
}

// The context-free rule for one code point (`prev`/`next` only decide
// whether a ZWJ glues an emoji sequence). Unchanged when s.changed is false.
inline void substitute_one(char32_t c, char32_t prev, char32_t next, const NewsNormalizeOptions& o,
                           Substitution& s) {
  if (c < 0x80) {
    if (o.invisible && (c < 0x20 || c == 0x7F) && c != '\n' && c != '\t' && c != 0x0B && c != 0x0C)
      s.set(ChangeKind::invisible, std::string_view());
    else if (o.line_breaks && (c == 0x0B || c == 0x0C))
      s.set(ChangeKind::line_break, U'\n');
    return;
  }
  if (c < 0xA0) {  // C1 controls
    if (c == 0x85 && o.line_breaks) s.set(ChangeKind::line_break, U'\n');
    else if (o.invisible && c != 0x85) s.set(ChangeKind::invisible, std::string_view());
    return;
  }
  if (o.spaces && (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
                   c == 0x3000 || c == 0x3164)) {
    s.set(ChangeKind::space, U' ');
    return;
  }
  if (o.invisible && (c == 0xAD || c == 0x34F || c == 0x61C || c == 0x17B4 || c == 0x17B5 || c == 0x200B ||
                      c == 0x200C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
                      (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206F) || c == 0xFEFF ||
                      (c >= 0xFFF9 && c <= 0xFFFB) ||
                      (c == 0x200D && !(is_pictographic(prev) && is_pictographic(next))))) {
    s.set(ChangeKind::invisible, std::string_view());
    return;
  }
  if (o.line_breaks && (c == 0x2028 || c == 0x2029)) {
    s.set(ChangeKind::line_break, U'\n');
    return;
  }
  if (o.fullwidth && c >= 0xFF01 && c <= 0xFF5E) {
    s.set(ChangeKind::fullwidth, c - 0xFEE0);  // ＂ → ", ～ → ~: already canonical
    return;
  }
  if (o.fullwidth && c >= 0xFFE0 && c <= 0xFFE6) {
    static constexpr char32_t signs[] = {0xA2, 0xA3, 0xAC, 0xAF, 0xA6, 0xA5, 0x20A9};
    s.set(ChangeKind::fullwidth, signs[c - 0xFFE0]);
    return;
  }
  if (o.halfwidth && c >= 0xFFA0 && c <= 0xFFDC) {
    char32_t j = 0;
    if (c == 0xFFA0) j = 0x3164;
    else if (c <= 0xFFBE) j = 0x3131 + (c - 0xFFA1);
    else if (c >= 0xFFC2 && c <= 0xFFC7) j = 0x314F + (c - 0xFFC2);
    else if (c >= 0xFFCA && c <= 0xFFCF) j = 0x3155 + (c - 0xFFCA);
    else if (c >= 0xFFD2 && c <= 0xFFD7) j = 0x315B + (c - 0xFFD2);
    else if (c >= 0xFFDA && c <= 0xFFDC) j = 0x3161 + (c - 0xFFDA);
    if (j) {
      if (j == 0x3164 && o.spaces) s.set(ChangeKind::space, U' ');  // the Hangul filler renders blank
      else s.set(ChangeKind::halfwidth, j);
    }
    return;
  }
  if (o.halfwidth && c >= 0xFF61 && c <= 0xFF64) {
    // ｡ ｢ ｣ ､ → 。 「 」 、 (and the corner brackets on to quotes below)
    static constexpr char32_t full[] = {0x3002, 0x300C, 0x300D, 0x3001};
    char32_t f = full[c - 0xFF61];
    if (o.quotes == QuoteStyle::ascii && (f == 0x300C || f == 0x300D)) s.set(ChangeKind::halfwidth, U'\'');
    else s.set(ChangeKind::halfwidth, f);
    return;
  }
  if (o.enclosed) {
    if (enclosed_hangul(c, s)) return;
    // Parenthesized and circled ideographs: ㈱ → (株), ㊙ → 秘.
    if ((c >= 0x3220 && c <= 0x3247) || (c >= 0x3280 && c <= 0x32B0) || (c >= 0x32C0 && c <= 0x32CB)) {
      std::string one;
      append_utf8(one, c);
      s.set(ChangeKind::enclosed, normalize(one, NormalForm::nfkc));
      return;
    }
  }
  if (o.quotes == QuoteStyle::ascii) {
    if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x301D || c == 0x301E ||
        c == 0x301F || c == 0x300E || c == 0x300F) {
      s.set(ChangeKind::quote, U'"');  // 『』 stand for double quotes (Korean punctuation rules)
      return;
    }
    if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x300C || c == 0x300D) {
      s.set(ChangeKind::quote, U'\'');  // 「」 stand for single quotes
      return;
    }
  }
  if (o.middle_dots && (c == 0x30FB || c == 0xFF65 || c == 0x2027 || c == 0x2219 || c == 0x22C5 || c == 0x2E31)) {
    s.set(ChangeKind::middle_dot, U'\u00B7');
    return;
  }
  if (o.ellipsis != EllipsisStyle::keep && (c == 0x2025 || c == 0x22EF || c == 0xFE19)) {
    s.set(ChangeKind::ellipsis, U'\u2026');  // runs and the final form are the contextual pass's job
    return;
  }
  if (o.tildes && (c == 0x301C || c == 0x223C || c == 0x2053)) {
    s.set(ChangeKind::tilde, U'~');
    return;
  }
  if (o.dashes) {
    if ((c >= 0x2010 && c <= 0x2013) || c == 0x2212 || c == 0xFE63 || c == 0x2043) {
      s.set(ChangeKind::dash, U'-');
      return;
    }
    if (c == 0x2015 || c == 0x2E3A || c == 0x2E3B) {
      s.set(ChangeKind::dash, U'\u2014');
      return;
    }
  }
}

// Records changes of one stage in that stage's input coordinates, merging a
// change into the previous one when they touch and share a kind.
class ChangeLog {
 public:
  ChangeLog(bool enabled, std::size_t cap) : enabled_(enabled), cap_(cap) {}
  void add(ChangeKind k, std::size_t begin, std::size_t end, std::string_view after) {
    if (!enabled_) return;
    if (!items.empty() && items.back().kind == k && items.back().source.end == begin) {
      items.back().source.end = end;
      items.back().after.append(after);
      return;
    }
    if (items.size() >= cap_) {
      ++dropped;
      return;
    }
    items.push_back(Change{k, {begin, end}, std::string(), std::string(after)});
  }
  std::vector<Change> items;
  std::size_t dropped = 0;

 private:
  bool enabled_;
  std::size_t cap_;
};

// Bytes that can never start a context-free substitution: printable ASCII,
// TAB, LF, Latin/Greek/Cyrillic…, Hangul syllables, CJK ideographs, astral.
// Value: the UTF-8 length to skip, or 0 when the code point must be looked at.
struct SkipTable {
  unsigned char len[256];
  constexpr SkipTable(bool contextual) : len() {
    for (int b = 0; b < 256; ++b) {
      unsigned char v = 0;
      if (!contextual) {
        if ((b >= 0x20 && b < 0x7F) || b == '\n' || b == '\t') v = 1;
        else if ((b >= 0xC3 && b <= 0xCC) || (b >= 0xCE && b <= 0xD7) || (b >= 0xD9 && b <= 0xDF)) v = 2;
        else if (b >= 0xE4 && b <= 0xED) v = 3;
        else if (b >= 0xF0 && b <= 0xF4) v = 4;
      } else {
        // ' ' '\t' '.' '!' '?' '~' '^' need a look; so do E2 (… ♥), E3 (jamo, ㆍ), E4–E9 (Hanja).
        if (b >= 0x20 && b < 0x80 && b != ' ' && b != '.' && b != '!' && b != '?' && b != '~' && b != '^') v = 1;
        else if (b == '\n') v = 1;
        else if (b >= 0xC3 && b <= 0xDF) v = 2;  // C2 holds · (U+00B7)
        else if (b == 0xE0 || b == 0xE1 || (b >= 0xEA && b <= 0xEF)) v = 3;
        else if (b >= 0xF0 && b <= 0xF4) v = 4;
      }
      len[b] = v;
    }
  }
};
inline constexpr SkipTable substitute_skip{false};
inline constexpr SkipTable contextual_skip{true};

inline char32_t decode_at(std::string_view s, std::size_t i, std::size_t& n) noexcept {
  if (i >= s.size()) {
    n = 0;
    return 0;
  }
  auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  char32_t cp;
  n = decode_one(p, reinterpret_cast<const unsigned char*>(s.data()) + s.size(), cp);
  return cp;
}

// The code point ending at byte i (exclusive), or 0 at the start.
inline char32_t decode_before(std::string_view s, std::size_t i) noexcept {
  if (i == 0) return 0;
  std::size_t b = i - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80 && i - b < 4) --b;
  std::size_t n;
  return decode_at(s, b, n);
}

// Walks the input copying unchanged runs; rules call replace().
class Rewriter {
 public:
  Rewriter(std::string_view in, ChangeLog& log) : in_(in), log_(log) { out.reserve(in.size()); }
  void copy_to(std::size_t i) {
    if (i > pos_) {
      out.append(in_.data() + pos_, i - pos_);
      map.copy(i - pos_);
      pos_ = i;
    }
  }
  void replace(std::size_t begin, std::size_t end, std::string_view with, ChangeKind k) {
    copy_to(begin);
    out.append(with);
    map.replace(end - begin, with.size());
    log_.add(k, begin, end, with);
    pos_ = end;
  }
  std::string out;
  OffsetMapBuilder map;

 private:
  std::string_view in_;
  ChangeLog& log_;
  std::size_t pos_ = 0;
};

#if GEUL_SSE2
// Skips whole 16-byte windows of ASCII and Hangul syllables in which
// `ascii_hits(p)` flags no byte (a rule could start there). Returns the next
// position to examine: a character start at or after i.
template <class Hits>
inline std::size_t skip_clean_windows(const unsigned char* b, std::size_t i, std::size_t n, Hits ascii_hits) {
  while (i > 0 && n - i >= 18) {
    unsigned ok, starts;
    fast_composed_window(b + i, ok, starts);
    unsigned stop = (~ok & 0xFFFFu) | ascii_hits(b + i);
    if (stop) return i + lowest_bit(stop);
    unsigned last = highest_bit(starts);
    i += last + (b[i + last] < 0x80 ? 1 : 3);
  }
  return i;
}

inline __m128i eq16(const unsigned char* p, char c) {
  return _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), _mm_set1_epi8(c));
}
inline unsigned mask16(__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); }

// ASCII controls other than TAB and LF, and DEL.
inline unsigned substitute_hits(const unsigned char* p) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i ascii = _mm_cmpgt_epi8(v, _mm_set1_epi8(-1));
  __m128i control = _mm_and_si128(ascii, _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
  control = _mm_andnot_si128(_mm_or_si128(eq16(p, '\t'), eq16(p, '\n')), control);
  return mask16(_mm_or_si128(control, eq16(p, 0x7F)));
}

// . ! ? ~ ^ TAB, and a space next to another space, a tab or a line break.
inline unsigned contextual_hits(const unsigned char* p) {
  __m128i space = eq16(p, ' ');
  __m128i next_blank = _mm_or_si128(_mm_or_si128(eq16(p + 1, ' '), eq16(p + 1, '\t')), eq16(p + 1, '\n'));
  __m128i bad_space = _mm_and_si128(space, _mm_or_si128(next_blank, eq16(p - 1, '\n')));
  __m128i punct = _mm_or_si128(_mm_or_si128(eq16(p, '.'), eq16(p, '!')), _mm_or_si128(eq16(p, '?'), eq16(p, '~')));
  punct = _mm_or_si128(punct, _mm_or_si128(eq16(p, '^'), eq16(p, '\t')));
  return mask16(_mm_or_si128(bad_space, punct));
}
#endif

inline void substitute_pass(std::string_view s, const NewsNormalizeOptions& o, Rewriter& w) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0, n = s.size();
  char32_t prev = 0;
  while (i < n) {
#if GEUL_SSE2
    i = skip_clean_windows(bytes, i, n, substitute_hits);
    if (i >= n) break;
#endif
    unsigned char skip = substitute_skip.len[bytes[i]];
    if (skip) {
      i += skip;
      continue;
    }
    std::size_t len, next_len;
    char32_t c = decode_at(s, i, len);
    if (i > 0) prev = decode_before(s, i);
    char32_t next = decode_at(s, i + len, next_len);
    Substitution sub;
    substitute_one(c, prev, next, o, sub);
    if (sub.changed) w.replace(i, i + len, sub.text(), sub.kind);
    i += len;
  }
  w.copy_to(n);
}

inline bool is_hspace(unsigned char b) noexcept { return b == ' ' || b == '\t'; }

// Repeatable characters capped by max_repeat: compatibility jamo (ㅋ ㅎ ㅠ …),
// ! ? ~ ^ and hearts/stars.
inline bool is_repeat_capped(char32_t c) noexcept {
  return (c >= 0x3131 && c <= 0x318E && c != 0x318D) || c == '!' || c == '?' || c == '~' || c == '^' ||
         c == 0x2661 || c == 0x2665 || c == 0x2605 || c == 0x2606;
}

// Particles and bound nouns that may follow a headline abbreviation (美는,
// 中에서, 北측, 美산). Matched greedily; the whole Hangul run must consist of them.
inline constexpr std::string_view abbreviation_suffixes[] = {
    "에서", "에게", "으로", "까지", "부터", "보다", "처럼", "이나", "에선", "에는", "에도", "은", "는", "이",
    "가", "을", "를", "의", "에", "와", "과", "도", "만", "로", "엔", "나", "측", "발", "산", "간", "내", "외"};

// Josa whose form depends on the final sound of the word before; re-picked
// after an expansion (美는 → 미국은) by hangul.hpp's pick_josa.
inline constexpr std::string_view josa_pairs[] = {"은/는", "이/가", "을/를", "과/와", "으로/로", "이나/나"};

// Length in bytes of the suffix run at s[i..] if it is made only of
// abbreviation suffixes and ends at a non-word character; 0 otherwise.
inline std::size_t match_suffixes(std::string_view s, std::size_t i, std::size_t& first_len) {
  std::size_t j = i;
  first_len = 0;
  for (int pieces = 0; pieces < 3; ++pieces) {
    std::size_t best = 0;
    for (std::string_view suf : abbreviation_suffixes)
      if (suf.size() > best && s.compare(j, suf.size(), suf) == 0) best = suf.size();
    if (!best) break;
    if (pieces == 0) first_len = best;
    j += best;
    std::size_t n;
    char32_t next = decode_at(s, j, n);
    if (!is_word_char(next)) return j - i;
  }
  return 0;
}

inline void contextual_pass(std::string_view s, const NewsNormalizeOptions& o, Rewriter& w) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0, n = s.size();
  while (i < n) {
#if GEUL_SSE2
    i = skip_clean_windows(bytes, i, n, contextual_hits);
    if (i >= n) break;
#endif
    unsigned char b = bytes[i];
    unsigned char skip = contextual_skip.len[b];
    if (skip) {
      i += skip;
      continue;
    }
    if (is_hspace(b)) {
      std::size_t j = i;
      while (j < n && is_hspace(bytes[j])) ++j;
      if (o.collapse_spaces) {
        bool line_edge = i == 0 || bytes[i - 1] == '\n' || j == n || bytes[j] == '\n';
        if (line_edge) w.replace(i, j, "", ChangeKind::collapse_space);
        else if (j - i > 1 || b != ' ') w.replace(i, j, " ", ChangeKind::collapse_space);
      }
      i = j;
      continue;
    }
    std::size_t len;
    char32_t c = decode_at(s, i, len);
    if (o.ellipsis != EllipsisStyle::keep && (c == '.' || c == 0xB7 || c == 0x2026)) {
      // Three or more dots or middle dots, or one or more …, make one ellipsis.
      // Mixed runs (했다.…) are left alone so that no period is lost.
      std::size_t j = i, dots = 0, ellipses = 0;
      while (j < n) {
        std::size_t l;
        char32_t d = decode_at(s, j, l);
        if (d == 0x2026) ++ellipses;
        else if (d == '.' || d == 0xB7) ++dots;
        else break;
        j += l;
      }
      if ((ellipses > 0 && dots == 0) || (ellipses == 0 && dots >= 3)) {
        std::string_view form = o.ellipsis == EllipsisStyle::ascii ? "..." : "\u2026";
        if (s.substr(i, j - i) != form) w.replace(i, j, form, ChangeKind::ellipsis);
      }
      i = j;
      continue;
    }
    if (c == 0x318D && o.middle_dots) {  // ㆍ typed as a middle dot between words (정치ㆍ경제)
      auto is_compat_jamo = [](char32_t x) { return x >= 0x3131 && x <= 0x318E; };
      std::size_t nl;
      char32_t before = decode_before(s, i), after = decode_at(s, i + len, nl);
      if (is_word_char(before) && !is_compat_jamo(before) && is_word_char(after) && !is_compat_jamo(after))
        w.replace(i, i + len, "\u00B7", ChangeKind::middle_dot);
      i += len;
      continue;
    }
    if (o.max_repeat > 0 && is_repeat_capped(c)) {
      std::size_t j = i + len, count = 1, l;
      while (j < n && decode_at(s, j, l) == c) j += l, ++count;
      if (count > o.max_repeat) w.replace(i + o.max_repeat * len, j, "", ChangeKind::repeat);
      i = j;
      continue;
    }
    if (o.hanja_abbreviations && find_hanja_abbreviation(c)) {
      // The run of abbreviations must stand alone: no word character before
      // it, and after it only a non-word character or particles (美는, 中에서).
      std::size_t j = i, l, count = 0;
      std::string reading;
      const HanjaAbbreviation* only = nullptr;
      for (const HanjaAbbreviation* h; (h = find_hanja_abbreviation(decode_at(s, j, l))) != nullptr; j += l) {
        reading += h->reading;
        only = h;
        ++count;
      }
      char32_t before = decode_before(s, i);
      std::size_t nl, first_suffix = 0;
      char32_t after = decode_at(s, j, nl);
      bool alone = !is_word_char(before) &&
                   (!is_word_char(after) || (after >= 0xAC00 && after <= 0xD7A3 && match_suffixes(s, j, first_suffix)));
      if (alone) {
        std::string with = count == 1 ? std::string(only->expansion) : reading;
        std::size_t end = j;
        // Re-pick a josa for the expansion: 美는 → 미국은.
        std::string_view got = s.substr(j, first_suffix);
        for (std::string_view pair : josa_pairs) {
          std::size_t slash = pair.find('/');
          if (got.empty() || (got != pair.substr(0, slash) && got != pair.substr(slash + 1))) continue;
          std::string_view right = hangul::pick_josa(with, pair);
          if (right != got) {
            with += right;
            end = j + first_suffix;
          }
          break;
        }
        w.replace(i, end, with, ChangeKind::hanja_abbreviation);
        i = end;
        continue;
      }
      i = j;
      continue;
    }
    i += len;
  }
  w.copy_to(n);
}

}  // namespace detail

// Normalizes raw scraped bytes with the news profile. Never fails: invalid
// UTF-8 is repaired (and reported), every input byte is accounted for in `map`.
inline NormalizedNews normalize_news(std::string_view input, const NewsNormalizeOptions& o = {}) {
  NormalizedNews r;
  std::vector<Change> changes;
  std::size_t dropped = 0;  // changes beyond o.max_changes, counted only
  auto add_edits = [&](const OffsetMap& stage, const OffsetMap& to_source, ChangeKind kind,
                       std::string_view stage_out, std::string_view stage_in) {
    if (!o.record_changes) return;
    for (const Edit& e : stage.edits()) {
      Span src = to_source.map_tight({e.in_begin, e.in_end});
      ChangeKind k = kind;
      if (kind == ChangeKind::composition) {
        // NFC folds CJK compatibility ideographs; say so, the original stays here.
        for_each_code_point(stage_in.substr(e.in_begin, e.in_end - e.in_begin), [&](char32_t c, std::size_t, std::size_t) {
          if ((c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F)) k = ChangeKind::cjk_compatibility;
        });
      }
      if (changes.size() >= o.max_changes) {
        ++dropped;
        continue;
      }
      changes.push_back(Change{k, src, std::string(), std::string(stage_out.substr(e.out_begin, e.out_end - e.out_begin))});
    }
  };

  DecodedText decoded = decode_utf8(input, o.decode);
  r.diagnostics = std::move(decoded.diagnostics);
  OffsetMap to_source = std::move(decoded.map);
  std::string text = std::move(decoded.text);
  add_edits(to_source, OffsetMap(input.size()), ChangeKind::repair, text, input);

  auto compose_stage = [&](bool enabled) {
    if (!enabled) return;
    // The normalizer's own fast path (SIMD where available) is quicker than a
    // separate quick check; an identity map means nothing changed.
    NormalizedText nfc = normalize_with_map(text, NormalForm::nfc);
    if (nfc.map.edits().empty()) return;
    add_edits(nfc.map, to_source, ChangeKind::composition, nfc.text, text);
    to_source = compose(to_source, nfc.map);
    text = std::move(nfc.text);
  };
  compose_stage(o.compose);

  bool rewritten = false;
  auto rule_stage = [&](void (*pass)(std::string_view, const NewsNormalizeOptions&, detail::Rewriter&)) {
    detail::ChangeLog log(o.record_changes, o.max_changes - std::min(o.max_changes, changes.size()));
    detail::Rewriter w(text, log);
    pass(text, o, w);
    OffsetMap stage = w.map.finish();
    if (stage.edits().empty()) return;
    rewritten = true;
    for (Change& c : log.items) {
      c.source = to_source.map_tight(c.source);
      changes.push_back(std::move(c));
    }
    dropped += log.dropped;
    to_source = compose(to_source, stage);
    text = std::move(w.out);
  };
  rule_stage(detail::substitute_pass);
  rule_stage(detail::contextual_pass);
  // A removed invisible character may have left conjoining jamo side by side.
  compose_stage(o.compose && rewritten);

  if (dropped) {
    r.diagnostics.push_back({DiagnosticKind::limit_reached, 0, 0,
                             std::to_string(dropped) + " further changes were made but not listed (max_changes)"});
  }
  if (o.record_changes) {
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change& a, const Change& b) { return a.source.begin < b.source.begin; });
    for (Change& c : changes) c.before.assign(input.substr(c.source.begin, c.source.size()));
  }
  r.changes = std::move(changes);
  r.text = std::move(text);
  r.map = std::move(to_source);
  return r;
}

}  // namespace geul

#endif  // GEUL_TEXT_CLEAN_HPP
