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
// Clean input (valid, no CR, NFC: most news) skips the first two stages, the
// substitution scan checking that as it goes; it also lists where the
// contextual rules must look, so they do not scan the text again, and they
// rewrite that text in place. The maps of the two rule stages are composed
// once, NFC runs again only if an edit could have un-normalized the text, and
// the change list stays compact until it is read (ChangeList).
// NFKC is never applied: it glues compatibility jamo into syllables ("가ㄳ" → "갃").
#ifndef GEUL_TEXT_CLEAN_HPP
#define GEUL_TEXT_CLEAN_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
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

namespace detail {
struct ChangeListAccess;
}

// The change list of a NormalizedNews, in source order. normalize_news fills
// it compactly (kind, span, and the before/after texts back to back in one
// string); a Change object is made when one is read. Reading a const list
// (range-for, operator[], front(), back()) makes each Change as it is
// visited, a copy; non-const access (a Change& loop, operator[], push_back …)
// first turns the list into a std::vector<Change> (vector()), once. Either
// way it holds the same changes. Its iterators over a const list are input
// iterators: a reference lasts until the iterator moves.
class ChangeList {
 public:
  using value_type = Change;
  using size_type = std::size_t;
  using iterator = std::vector<Change>::iterator;

  class const_iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = Change;
    using difference_type = std::ptrdiff_t;
    using pointer = const Change*;
    using reference = const Change&;
    const_iterator() = default;
    reference operator*() const {
      if (!list_->compact_) return list_->vector_[i_];
      current_ = list_->make(i_);
      return current_;
    }
    pointer operator->() const { return &**this; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator old = *this;
      ++i_;
      return old;
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) noexcept { return a.i_ == b.i_; }
    friend bool operator!=(const const_iterator& a, const const_iterator& b) noexcept { return a.i_ != b.i_; }

   private:
    friend class ChangeList;
    const_iterator(const ChangeList* list, std::size_t i) : list_(list), i_(i) {}
    const ChangeList* list_ = nullptr;
    std::size_t i_ = 0;
    mutable Change current_{};
  };

  ChangeList() = default;
  ChangeList(std::vector<Change> changes) : vector_(std::move(changes)) {}  // implicit: code that built a vector
  ChangeList(std::initializer_list<Change> changes) : vector_(changes) {}

  size_type size() const noexcept { return compact_ ? items_.size() : vector_.size(); }
  bool empty() const noexcept { return size() == 0; }

  const_iterator begin() const noexcept { return {this, 0}; }
  const_iterator end() const noexcept { return {this, size()}; }
  const_iterator cbegin() const noexcept { return begin(); }
  const_iterator cend() const noexcept { return end(); }
  Change operator[](size_type i) const { return compact_ ? make(i) : vector_[i]; }
  Change front() const { return (*this)[0]; }
  Change back() const { return (*this)[size() - 1]; }

  iterator begin() { return vector().begin(); }
  iterator end() { return vector().end(); }
  Change& operator[](size_type i) { return vector()[i]; }
  Change& front() { return vector().front(); }
  Change& back() { return vector().back(); }
  void push_back(const Change& c) { vector().push_back(c); }
  void push_back(Change&& c) { vector().push_back(std::move(c)); }
  template <class... Args>
  Change& emplace_back(Args&&... args) {
    return vector().emplace_back(std::forward<Args>(args)...);
  }
  void reserve(size_type n) { vector().reserve(n); }
  void clear() noexcept {
    vector_.clear();
    items_.clear();
    texts_.clear();
    compact_ = false;
  }

  // The changes as a vector of Change objects (made once, then kept).
  std::vector<Change>& vector() {
    if (compact_) {
      std::vector<Change> v;
      v.reserve(items_.size());
      for (std::size_t i = 0; i < items_.size(); ++i) {
        v.emplace_back();
        fill(v.back(), i);
      }
      vector_ = std::move(v);
      std::vector<Item>().swap(items_);
      std::string().swap(texts_);
      compact_ = false;
    }
    return vector_;
  }
  operator std::vector<Change>() const { return std::vector<Change>(begin(), end()); }  // a copy

 private:
  friend struct detail::ChangeListAccess;
  struct Item {
    Span source;
    std::size_t text_begin;  // in texts_: `before` (source.size() bytes), then `after`
    ChangeKind kind;
  };
  // The after text of item i ends where item i + 1's texts begin.
  void fill(Change& c, std::size_t i) const {
    const Item& item = items_[i];
    std::size_t end = i + 1 < items_.size() ? items_[i + 1].text_begin : texts_.size();
    std::size_t after = item.text_begin + item.source.size();
    c.kind = item.kind;
    c.source = item.source;
    c.before = std::string(texts_.data() + item.text_begin, item.source.size());  // cheaper than assign()
    c.after = std::string(texts_.data() + after, end - after);
  }
  Change make(std::size_t i) const {
    Change c{};
    fill(c, i);
    return c;
  }

  std::vector<Change> vector_;
  std::vector<Item> items_;
  std::string texts_;
  bool compact_ = false;
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
  ChangeList changes;           // in source order (a std::vector<Change> on demand)
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
  if (c < 0x3200 || c > 0x327E) return false;
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

// How normalize_news fills a ChangeList in its compact form.
struct ChangeListAccess {
  static void start(ChangeList& list, std::size_t items, std::size_t text_bytes) {
    list.clear();
    list.compact_ = true;
    list.items_.reserve(items);
    list.texts_.reserve(text_bytes);
  }
  static void add(ChangeList& list, ChangeKind kind, Span source, std::string_view before, std::string_view after) {
    list.items_.push_back(ChangeList::Item{source, list.texts_.size(), kind});
    list.texts_.append(before.data(), before.size());
    list.texts_.append(after.data(), after.size());
  }
  // Reserves grow(current size) for the items and for their texts.
  template <class Grow>
  static void reserve_more(ChangeList& list, Grow&& grow) {
    list.items_.reserve(grow(list.items_.size()));
    list.texts_.reserve(grow(list.texts_.size()));
  }
  // Adds the changes of a piece of the input that starts at `offset`.
  static void append(ChangeList& list, const ChangeList& piece, std::size_t offset) {
    auto shifted = [offset](Span s) { return Span{s.begin + offset, s.end + offset}; };
    if (!piece.compact_) {
      for (const Change& c : piece.vector_) add(list, c.kind, shifted(c.source), c.before, c.after);
      return;
    }
    const std::size_t text_offset = list.texts_.size();
    for (const ChangeList::Item& item : piece.items_)
      list.items_.push_back(ChangeList::Item{shifted(item.source), item.text_begin + text_offset, item.kind});
    list.texts_ += piece.texts_;
  }
};

// One rule application while the stages run: its source span (in the stage's
// input coordinates until mapped back) and where its `after` text starts in a
// shared arena (it ends where the next record's starts: records and their
// texts are kept in the same order). The public Change, with its two
// strings, is built once at the end, in source order.
struct ChangeRecord {
  Span source;
  std::size_t after_begin;
  ChangeKind kind;
};

struct ChangeRecords {
  std::vector<ChangeRecord> items;
  std::string after;  // the `after` texts, back to back
  void push(ChangeKind k, Span source, std::string_view text) {
    items.push_back(ChangeRecord{source, after.size(), k});
    append_after(text);
  }
  // `after` texts are a few bytes: push_back is inlined, append() is a call.
  void append_after(std::string_view text) {
    if (text.size() > 8) after.append(text);
    else
      for (char ch : text) after.push_back(ch);
  }
  std::string_view after_text(std::size_t i) const noexcept {
    std::size_t end = i + 1 < items.size() ? items[i + 1].after_begin : after.size();
    return std::string_view(after).substr(items[i].after_begin, end - items[i].after_begin);
  }
};

// Records changes of one stage in that stage's input coordinates, merging a
// change into the previous one when they touch and share a kind.
class ChangeLog {
 public:
  ChangeLog(bool enabled, std::size_t cap, ChangeRecords& into)
      : enabled_(enabled), cap_(cap), into_(into), first_(into.items.size()) {}
  void add(ChangeKind k, std::size_t begin, std::size_t end, std::string_view after) {
    if (!enabled_) return;
    std::vector<ChangeRecord>& items = into_.items;
    if (items.size() > first_ && items.back().kind == k && items.back().source.end == begin) {
      // Its `after` text is the last one in the arena: extend both.
      items.back().source.end = end;
      into_.append_after(after);
      return;
    }
    if (items.size() - first_ >= cap_) {
      ++dropped;
      return;
    }
    into_.push(k, {begin, end}, after);
  }
  std::size_t first() const noexcept { return first_; }  // this stage's first record
  std::size_t dropped = 0;

 private:
  bool enabled_;
  std::size_t cap_;
  ChangeRecords& into_;
  std::size_t first_;
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

// NFC leaves a character alone and never reaches back over it: a starter with
// quick check yes and a boundary before it (ASCII, syllables, most symbols).
inline bool nfc_boundary_starter(char32_t c) noexcept {
  using T = FormTraits<NormalForm::nfc>;
  return c < 0x80 || is_precomposed_hangul(c) || (norm_header(norm_offset(c)) & T::fast_mask) == T::fast_value;
}

// After a rule stage over NFC text, is its output still NFC? Yes when every
// character a rule wrote, and the character after each edit, is an NFC
// boundary starter: the output is then NFC pieces cut at boundaries. The
// writers below check that as they go (for the character after an edit they
// check the input's, which is at least as strict); otherwise normalize_news
// runs NFC again.
inline bool nfc_safe_at(const unsigned char* p, const unsigned char* end) noexcept {
  if (p == end || *p < 0x80) return true;
  char32_t c;
  if (end - p >= 3 && hangul_syllable_at(p, c)) return true;
  decode_one(p, end, c);
  return nfc_boundary_starter(c);
}
inline bool nfc_safe(std::string_view text) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  for (; p < end; ++p)
    if (*p >= 0xC0 && !nfc_safe_at(p, end)) return false;  // lead bytes only; ASCII is safe
  return true;
}

// Walks the input copying unchanged runs; rules call replace(). Nothing is
// copied (and finish() reports no edit) when no rule applied.
class Rewriter {
 public:
  Rewriter(std::string_view in, ChangeLog& log) : in_(in), log_(log) {}
  // Where input byte i (at or after the last replaced range) lands in the output.
  std::size_t out_pos(std::size_t i) const noexcept { return out.size() + (i - pos_); }
  void copy_to(std::size_t i) {
    if (i > pos_) {
      out.append(in_.data() + pos_, i - pos_);
      map.copy(i - pos_);
      pos_ = i;
    }
  }
  void replace(std::size_t begin, std::size_t end, std::string_view with, ChangeKind k) {
    if (!replaced_) {
      out.reserve(in_.size() + 64);
      map.reserve(in_.size() / 64 + 16);
    }
    const auto* in = reinterpret_cast<const unsigned char*>(in_.data());
    if (keeps_nfc) keeps_nfc = nfc_safe(with) && nfc_safe_at(in + end, in + in_.size());
    replaced_ = true;
    copy_to(begin);
    if (with.size() > 8) out.append(with);
    else
      for (char ch : with) out.push_back(ch);
    map.replace(end - begin, with.size());
    log_.add(k, begin, end, with);
    pos_ = end;
  }
  // Completes `out` and returns the stage's map (without edits when nothing changed).
  OffsetMapBuilder finish() {
    if (replaced_) copy_to(in_.size());
    else map.copy(in_.size());
    return std::move(map);
  }
  std::string out;
  OffsetMapBuilder map;
  bool keeps_nfc = true;  // see nfc_safe

 private:
  std::string_view in_;
  ChangeLog& log_;
  std::size_t pos_ = 0;
  bool replaced_ = false;
};

// Rewriter for the contextual rules, working in the buffer it reads (one text
// buffer less for the kernel to hand out). The output never overtakes the
// input: if an expansion would, the rest goes to a new string instead. The
// last output bytes wait in `held_` until the walk is four bytes past them, so
// a rule looking back one character (at most four bytes) still reads input.
class InPlaceRewriter {
 public:
  // `edits_at_most`: a bound on the replace() calls to come, to size the map.
  InPlaceRewriter(std::string& buffer, ChangeLog& log, std::size_t edits_at_most) : buf_(buffer), log_(log) {
    map.reserve(edits_at_most);
  }
  void replace(std::size_t begin, std::size_t end, std::string_view with, ChangeKind k) {
    replaced_ = true;
    map.copy(begin - pos_);
    map.replace(end - begin, with.size());
    log_.add(k, begin, end, with);
    char* const b = &buf_[0];
    // The input from `end` on is still intact here.
    const auto* in = reinterpret_cast<const unsigned char*>(b);
    if (keeps_nfc) keeps_nfc = nfc_safe(with) && nfc_safe_at(in + end, in + buf_.size());
    if (spilled_) {
      out.append(b + pos_, begin - pos_);
      out.append(with);
      pos_ = end;
      return;
    }
    const std::size_t length = written_ + held_size_ + (begin - pos_) + with.size();
    if (length > end) {  // would overwrite input not read yet
      out.reserve(buf_.size() + buf_.size() / 16 + 64);
      out.assign(b, written_);
      out.append(held_, held_size_);
      out.append(b + pos_, begin - pos_);
      out.append(with);
      spilled_ = true;
      pos_ = end;
      return;
    }
    const std::size_t limit = end >= 4 ? end - 4 : 0;  // bytes from here on may still be read
    if (held_size_ == 0 && length <= limit) {  // the usual case: all of it goes into the buffer
      std::memmove(b + written_, b + pos_, begin - pos_);
      written_ += begin - pos_;
      if (!with.empty()) std::memcpy(b + written_, with.data(), with.size());
      written_ += with.size();
      pos_ = end;
      return;
    }
    char held[sizeof held_];
    std::size_t held_size = held_size_;
    std::memcpy(held, held_, held_size);
    held_size_ = 0;
    put(held, held_size, limit);
    put(b + pos_, begin - pos_, limit);
    put(with.data(), with.size(), limit);
    pos_ = end;
  }
  // Completes `out` and returns the stage's map (without edits when nothing changed).
  OffsetMapBuilder finish() {
    const std::size_t n = buf_.size();
    map.copy(n - pos_);
    if (spilled_) {
      out.append(buf_.data() + pos_, n - pos_);
    } else if (replaced_) {
      char* const b = &buf_[0];
      std::memmove(b + written_, held_, held_size_);  // held_ is outside the buffer
      written_ += held_size_;
      std::memmove(b + written_, b + pos_, n - pos_);
      buf_.resize(written_ + (n - pos_));
      out = std::move(buf_);
    }
    return std::move(map);
  }
  std::string out;
  OffsetMapBuilder map;
  bool keeps_nfc = true;  // see nfc_safe

 private:
  // Appends output bytes: into the buffer below `limit`, the rest held back.
  void put(const char* p, std::size_t size, std::size_t limit) {
    if (held_size_ == 0 && written_ < limit) {
      std::size_t k = std::min(size, limit - written_);
      std::memmove(&buf_[0] + written_, p, k);
      written_ += k;
      p += k;
      size -= k;
    }
    GEUL_ASSERT(held_size_ + size <= sizeof held_);
    if (size) std::memcpy(held_ + held_size_, p, size);
    held_size_ += size;
  }

  std::string& buf_;
  ChangeLog& log_;
  std::size_t pos_ = 0;      // input consumed
  std::size_t written_ = 0;  // output bytes in the buffer
  char held_[8];
  std::size_t held_size_ = 0;
  bool replaced_ = false, spilled_ = false;
};

#if GEUL_SSE2
// The sixteen bytes at p (a character start; p + 17 readable): bit i is set
// when byte i needs a look. Plain bytes belong to well-formed Hangul
// syllables (but ED 9E xx, the last 36) and to ASCII no rule starts at;
// ASCII controls (TAB and LF too), DEL, a dot before a possible dot, ! ? ~ ^
// before the same character and a space before a space need a look, and so
// does everything else. (A space before a TAB or LF, or after an LF, is found
// from the TAB or LF: see substitute_pass.) A syllable may run past the
// sixteenth byte: its tail is checked here too, and `advance` receives 16 plus
// those tail bytes: where the next window starts when nothing needs a look.
// Always inlined: it is the scan's inner loop (GEUL_SSE2 implies a
// GCC-compatible compiler).
__attribute__((always_inline)) inline unsigned rule_stops(const unsigned char* p, std::size_t& advance) noexcept {
  auto load = [](const unsigned char* q) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(q)); };
  auto splat = [](int b) { return _mm_set1_epi8(static_cast<char>(b)); };
  auto eq = [&](__m128i v, int b) { return _mm_cmpeq_epi8(v, splat(b)); };
  auto either = [](__m128i a, __m128i b) { return _mm_or_si128(a, b); };
  const __m128i v0 = load(p), v1 = load(p + 1), v2 = load(p + 2);
  // Signed byte compares: 0x80..0xBF are -128..-65, 0xEA..0xED are -22..-19.
  const __m128i ascii = _mm_cmpgt_epi8(v0, splat(-1));
  const __m128i lead = _mm_and_si128(_mm_cmpgt_epi8(v0, splat(0xE9)), _mm_cmplt_epi8(v0, splat(0xEE)));
  const __m128i tails = _mm_and_si128(_mm_cmplt_epi8(v1, splat(0xC0)), _mm_cmplt_epi8(v2, splat(0xC0)));
  // U+AC00..U+D77F: EA B0 .. ED 9D (ED 9E is left to the character-wise path).
  const __m128i out_of_range = either(_mm_and_si128(eq(v0, 0xEA), _mm_cmplt_epi8(v1, splat(0xB0))),
                                      _mm_and_si128(eq(v0, 0xED), _mm_cmpgt_epi8(v1, splat(0x9D))));
  const __m128i syllable = _mm_andnot_si128(out_of_range, _mm_and_si128(lead, tails));
  // A byte of a syllable that starts one or two bytes before it (p is a
  // character start: no syllable before p reaches into the window).
  const __m128i plain =
      either(either(ascii, syllable), either(_mm_slli_si128(syllable, 1), _mm_slli_si128(syllable, 2)));
  // ASCII a rule starts at.
  const __m128i control = _mm_and_si128(ascii, _mm_cmplt_epi8(v0, splat(0x20)));
  const __m128i space_run = _mm_and_si128(eq(v0, ' '), eq(v1, ' '));
  // A dot only before what may be another dot (., · C2 B7, … E2 80 A6); ! ? ^ ~
  // only before themselves: alone they start a run of one that stays.
  const __m128i dot = _mm_and_si128(eq(v0, '.'), either(either(eq(v1, '.'), eq(v1, 0xC2)), eq(v1, 0xE2)));
  const __m128i repeated = _mm_and_si128(either(either(eq(v0, '!'), eq(v0, '?')), either(eq(v0, '^'), eq(v0, '~'))),
                                         _mm_cmpeq_epi8(v0, v1));
  const __m128i punct = either(either(dot, repeated), eq(v0, 0x7F));
  const __m128i look = either(either(control, space_run), either(punct, _mm_andnot_si128(plain, splat(0xFF))));
  advance = 16 + ((static_cast<unsigned>(_mm_movemask_epi8(syllable)) >> 14) & 3);  // bit 14: +1, bit 15: +2
  return static_cast<unsigned>(_mm_movemask_epi8(look));
}
#endif

inline bool is_hspace(unsigned char b) noexcept { return b == ' ' || b == '\t'; }

// Repeatable characters capped by max_repeat: compatibility jamo (ㅋ ㅎ ㅠ …),
// ! ? ~ ^ and hearts/stars.
inline bool is_repeat_capped(char32_t c) noexcept {
  return (c >= 0x3131 && c <= 0x318E && c != 0x318D) || c == '!' || c == '?' || c == '~' || c == '^' ||
         c == 0x2661 || c == 0x2665 || c == 0x2605 || c == 0x2606;
}

// The characters contextual_step acts on, as the options enable them. (With
// collapse_spaces off a run of spaces is passed over unchanged.)
struct ContextTriggers {
  bool spaces, dots, lone_ellipsis, middle_dot, repeat, hanja;
  explicit ContextTriggers(const NewsNormalizeOptions& o) noexcept
      : spaces(o.collapse_spaces), dots(o.ellipsis != EllipsisStyle::keep),
        lone_ellipsis(o.ellipsis == EllipsisStyle::ascii), middle_dot(o.middle_dots), repeat(o.max_repeat > 0),
        hanja(o.hanja_abbreviations) {}
  static bool is_dot(char32_t c) noexcept { return c == '.' || c == 0xB7 || c == 0x2026; }
  bool operator()(char32_t c) const noexcept {
    if (c < 0x80) {
      if (c == ' ' || c == '\t') return spaces;
      if (c == '.') return dots;
      return repeat && (c == '!' || c == '?' || c == '~' || c == '^');
    }
    if (c == 0xB7 || c == 0x2026) return dots;
    if (c == 0x318D) return middle_dot;
    if (is_repeat_capped(c)) return repeat;
    return hanja && c >= 0x4E00 && c <= 0x9FFF && find_hanja_abbreviation(c) != nullptr;
  }
  // Whether the rule for c (a character listed above), starting a run here,
  // may change anything when `next` follows. A lone dot or repeatable
  // character is a run of one that stays as it is (only a lone … becomes ...
  // in the ASCII style); a space or tab followed by one, or by a line break,
  // makes a run or a line end.
  bool may_act(char32_t c, char32_t next) const noexcept {
    if (c == ' ' || c == '\t') return c == '\t' || next == ' ' || next == '\t' || next == '\n';
    if (is_dot(c)) return is_dot(next) || (c == 0x2026 && lone_ellipsis);
    if (is_repeat_capped(c)) return next == c;
    return true;
  }
  // may_act for the character c whose `len` bytes are at s[i], followed by
  // s[i + len] (text well-formed there): compares bytes instead of decoding.
  bool may_act_at(char32_t c, std::string_view s, std::size_t i, std::size_t len) const noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
    const std::size_t left = s.size() - i - len;  // bytes after the character
    const unsigned char* q = p + len;
    if (c == ' ' || c == '\t') return c == '\t' || (left > 0 && (q[0] == ' ' || q[0] == '\t' || q[0] == '\n'));
    if (is_dot(c)) {
      bool dot_next = left > 0 && (q[0] == '.' || (left > 1 && q[0] == 0xC2 && q[1] == 0xB7) ||
                                   (left > 2 && q[0] == 0xE2 && q[1] == 0x80 && q[2] == 0xA6));
      return dot_next || (c == 0x2026 && lone_ellipsis);
    }
    if (is_repeat_capped(c)) {
      if (left < len) return false;
      for (std::size_t k = 0; k < len; ++k)
        if (q[k] != p[k]) return false;
      return true;
    }
    return true;
  }
};

// A space that starts no run and touches no line edge, judged by the bytes
// around it: the space rule leaves it alone. (Where a substitution changed a
// neighbour, substitute_pass lists the space itself.)
inline bool is_lone_space(const unsigned char* b, std::size_t i, std::size_t n) noexcept {
  return b[i] == ' ' && i > 0 && b[i - 1] != '\n' && i + 1 < n && !is_hspace(b[i + 1]) && b[i + 1] != '\n';
}

// Positions in the substituted text, ascending, where a contextual rule may
// apply: every character contextual_step acts on except those that start a
// run of one it leaves alone (see ContextTriggers::may_act, is_lone_space).
class ContextPositions {
 public:
  void add(std::size_t t) {
    if (v_.empty() || v_.back() <= t) {
      v_.push_back(t);
      return;
    }
    v_.insert(std::upper_bound(v_.begin(), v_.end(), t), t);  // a character just before a substitution
  }
  const std::vector<std::size_t>& positions() const noexcept { return v_; }
  void clear() noexcept { v_.clear(); }
  void reserve(std::size_t n) { v_.reserve(n); }
  void release() noexcept { std::vector<std::size_t>().swap(v_); }

 private:
  std::vector<std::size_t> v_;
};

// What the substitution pass works out about one character, kept by its
// bytes: news text repeats a few dozen characters (quotes, dots, dashes), so
// each is decoded, checked and substituted once per call.
struct CharFacts {
  std::uint32_t key = 0;       // its bytes, first in the low bits (0: an empty slot)
  std::size_t len = 0;         // its length in bytes (1 for an ill-formed byte)
  char32_t c = 0;
  bool refused = false;        // decode_utf8 or NFC would change it (Verify)
  bool trigger = false;        // a contextual rule acts on it
  Substitution sub;            // what replaces it (sub.changed false: nothing)
  std::uint32_t sub_triggers = 0;  // bit j: a contextual rule acts on the output character at byte j
};

// The context-free substitutions, in one scan that also lists where the
// contextual rules must look (`at`, in output positions). A character of the
// output is listed when a contextual rule acts on it, unless it is a lone
// one judged by its input neighbours; where a substitution changed the
// neighbours, the characters around it are listed too. With `Verify` the
// input is raw: the scan gives up (returns false) as soon as decode_utf8 or
// NFC would change something (ill-formed bytes, CR, a leading BOM, a character
// NFC may rewrite), so that clean input skips both of those stages.
template <bool Verify>
inline bool substitute_pass(std::string_view s, const NewsNormalizeOptions& o, Rewriter& w, ContextPositions& at) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  const ContextTriggers triggers(o);
  // Writes a substitution of [i, i + len) and lists what the contextual rules must see.
  auto apply = [&](std::size_t i, std::size_t len, const Substitution& sub, std::uint32_t sub_triggers) {
    w.replace(i, i + len, sub.text(), sub.kind);
    const std::string_view out = w.out;
    const std::size_t k = out.size() - sub.len;
    // The character before has a new neighbour: list it if a rule may now act
    // on it (after a removal the new neighbour is not known yet: list it then).
    if (k > 0) {
      std::size_t before = k - 1, l;
      char32_t p = static_cast<unsigned char>(out[before]);
      if (p >= 0x80) {
        p = decode_before(out, k);
        while (before > 0 && (static_cast<unsigned char>(out[before]) & 0xC0) == 0x80) --before;
      }
      if (triggers(p) && (sub.len == 0 || triggers.may_act(p, decode_at(out, k, l)))) at.add(before);
    }
    // What the substitution wrote.
    for (std::size_t j = 0; sub_triggers >> j; ++j)
      if (sub_triggers >> j & 1) at.add(k + j);
    // A space after it (its line edge may have moved).
    if (i + len < n && is_hspace(bytes[i + len]) && triggers.spaces) at.add(out.size());
  };
  auto output_triggers = [&](const Substitution& sub) {
    std::uint32_t mask = 0;
    for (std::size_t j = 0, l; j < sub.len; j += l)
      if (triggers(decode_at(sub.text(), j, l))) mask |= 1u << j;
    return mask;
  };
  auto substitute = [&](std::size_t i, std::size_t len, char32_t c) {
    char32_t prev = 0, next = 0;
    if (c == 0x200D) {  // only a ZWJ looks at its neighbours
      std::size_t next_len;
      prev = decode_before(s, i);
      next = decode_at(s, i + len, next_len);
    }
    Substitution sub;
    substitute_one(c, prev, next, o, sub);
    if (sub.changed) apply(i, len, sub, output_triggers(sub));
  };
  CharFacts seen[64];
  // The facts about the character at i (n - i >= 4), worked out on first sight.
  auto facts = [&](std::size_t i) -> const CharFacts& {
    static constexpr unsigned char lengths[16] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
    const unsigned char b = bytes[i];
    const auto key = static_cast<std::uint32_t>(
        (static_cast<std::uint64_t>(b) | static_cast<std::uint64_t>(bytes[i + 1]) << 8 |
         static_cast<std::uint64_t>(bytes[i + 2]) << 16 | static_cast<std::uint64_t>(bytes[i + 3]) << 24) &
        ((std::uint64_t{1} << (8 * lengths[b >> 4])) - 1));
    CharFacts& f = seen[(key * 2654435761u) >> 26];
    if (f.key == key) return f;
    f = CharFacts();
    f.key = key;
    f.c = decode_at(s, i, f.len);
    f.refused = (f.c == replacement_character && !(f.len == 3 && b == 0xEF)) ||
                (o.compose && !nfc_boundary_starter(f.c));
    f.trigger = triggers(f.c);
    if (!substitute_skip.len[b] && f.c != 0x200D) {
      substitute_one(f.c, 0, 0, o, f.sub);
      if (f.sub.changed) f.sub_triggers = output_triggers(f.sub);
    }
    return f;
  };
  // The character at i, where a rule may start (or that must be checked);
  // moves i past it. False: give up (Verify).
  auto step = [&](std::size_t& i) -> bool {
    const unsigned char b = bytes[i];
    if (b < 0x80) {
      if (b >= 0x20 && b < 0x7F) {
        if (b == ' ') {
          if (triggers.spaces && !is_lone_space(bytes, i, n)) at.add(w.out_pos(i));
        } else if (triggers(b) && triggers.may_act_at(b, s, i, 1)) {
          at.add(w.out_pos(i));
        }
      } else if (b == '\t' || b == '\n') {
        // The blanks before a TAB or LF make a run (or end a line); so does
        // a space after an LF (it starts a line). Spaces and TABs are never
        // substituted, so the output positions follow from the input's.
        if (triggers.spaces) {
          std::size_t r = i;
          while (r > 0 && is_hspace(bytes[r - 1])) --r;
          if (r < i) at.add(w.out_pos(r));
          if (b == '\t') at.add(w.out_pos(i));
          else if (i + 1 < n && bytes[i + 1] == ' ') at.add(w.out_pos(i + 1));
        }
      } else {
        if (Verify && b == '\r' && o.decode.normalize_newlines) return false;
        substitute(i, 1, b);
      }
      ++i;
      return true;
    }
    if (!Verify && substitute_skip.len[b] && contextual_skip.len[b]) {
      i += substitute_skip.len[b];
      return true;
    }
    char32_t c;
    if (n - i >= 3 && hangul_syllable_at(bytes + i, c)) {
      i += 3;
      return true;
    }
    std::size_t len;
    if (n - i >= 4) {
      const CharFacts& f = facts(i);
      if (Verify && (f.refused || (f.c == 0xFEFF && i == 0 && o.decode.strip_bom))) return false;
      if (f.trigger && triggers.may_act_at(f.c, s, i, f.len)) at.add(w.out_pos(i));
      if (f.sub.changed) apply(i, f.len, f.sub, f.sub_triggers);
      else if (f.c == 0x200D) substitute(i, f.len, f.c);
      i += f.len;
      return true;
    }
    c = decode_at(s, i, len);
    if (Verify) {
      if (c == replacement_character && !(len == 3 && b == 0xEF)) return false;  // ill-formed
      if (c == 0xFEFF && i == 0 && o.decode.strip_bom) return false;
      if (o.compose && !nfc_boundary_starter(c)) return false;
    }
    if (triggers(c) && triggers.may_act_at(c, s, i, len)) at.add(w.out_pos(i));
    if (!substitute_skip.len[b]) substitute(i, len, c);
    i += len;
    return true;
  };
  if (triggers.spaces) at.add(0);  // a space that starts the text starts a line
  std::size_t i = 0;
  while (i < n) {
#if GEUL_SSE2
    if (n - i >= 18) {
      // Sixteen bytes at a time; only the characters rule_stops flags are
      // looked at, one by one, without computing the window again.
      const std::size_t window = i;
      std::size_t advance;
      unsigned stops = rule_stops(bytes + window, advance);
      while (stops) {
        i = window + lowest_bit(stops);
        if (!step(i)) return false;
        if (i >= window + 16) break;
        stops &= ~0u << (i - window);
      }
      if (i < window + 16) i = window + advance;  // the rest is plain
      continue;
    }
#endif
    if (!step(i)) return false;
  }
  return true;
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

// The contextual rules at character start i of s (the substituted text), as a
// left-to-right walk reaching i would apply them. Returns where the walk goes on.
template <class Writer>
inline std::size_t contextual_step(std::string_view s, std::size_t i, const NewsNormalizeOptions& o, Writer& w) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  unsigned char b = bytes[i];
  unsigned char skip = contextual_skip.len[b];
  if (skip) return i + skip;
  if (is_hspace(b)) {
    std::size_t j = i;
    while (j < n && is_hspace(bytes[j])) ++j;
    if (o.collapse_spaces) {
      bool line_edge = i == 0 || bytes[i - 1] == '\n' || j == n || bytes[j] == '\n';
      if (line_edge) w.replace(i, j, "", ChangeKind::collapse_space);
      else if (j - i > 1 || b != ' ') w.replace(i, j, " ", ChangeKind::collapse_space);
    }
    return j;
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
    return j;
  }
  if (c == 0x318D && o.middle_dots) {  // ㆍ typed as a middle dot between words (정치ㆍ경제)
    auto is_compat_jamo = [](char32_t x) { return x >= 0x3131 && x <= 0x318E; };
    std::size_t nl;
    char32_t before = decode_before(s, i), after = decode_at(s, i + len, nl);
    if (is_word_char(before) && !is_compat_jamo(before) && is_word_char(after) && !is_compat_jamo(after))
      w.replace(i, i + len, "\u00B7", ChangeKind::middle_dot);
    return i + len;
  }
  if (o.max_repeat > 0 && is_repeat_capped(c)) {
    std::size_t j = i + len, count = 1, l;
    while (j < n && decode_at(s, j, l) == c) j += l, ++count;
    if (count > o.max_repeat) w.replace(i + o.max_repeat * len, j, "", ChangeKind::repeat);
    return j;
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
    if (!alone) return j;
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
    return end;
  }
  return i + len;
}

// The contextual rules over the substituted text, visiting only the positions
// substitute_pass listed. A walk over every character would act exactly there:
// everything in between is a character no rule acts on or a lone space, and a
// rule that consumes a run consumes the listed positions inside it too.
template <class Writer>
inline void contextual_pass(std::string_view s, const ContextPositions& at, const NewsNormalizeOptions& o,
                            Writer& w) {
  std::size_t i = 0;
  for (std::size_t t : at.positions()) {
    if (t < i) continue;
    if (t >= s.size()) break;
    i = contextual_step(s, t, o, w);
  }
}

// OffsetMap::map_tight over a map's edits, for ascending spans: the edits
// are walked once instead of searched per span (a span that goes back is
// searched for).
class TightMapper {
 public:
  explicit TightMapper(const std::vector<Edit>& edits) noexcept : e_(edits) {}
  Span map(Span out) noexcept {
    const bool ascending = out.begin >= last_.begin && out.end >= last_.end;
    if (ascending) {
      last_ = out;
      while (at_ < e_.size() && e_[at_].out_begin <= out.begin) ++at_;
      while (before_ < e_.size() && e_[before_].out_begin < out.end) ++before_;
    }
    const std::size_t at_count = ascending ? at_ : count_starting(out.begin, true);
    const std::size_t before_count = ascending ? before_ : count_starting(out.end, false);
    std::size_t b, e;
    const Edit* at = at_count ? &e_[at_count - 1] : nullptr;  // last edit starting at or before out.begin
    if (!at) b = out.begin;
    else if (at->out_begin == out.begin && at->out_end == out.begin) b = at->in_end;  // skip a deletion
    else if (out.begin < at->out_end) b = at->in_begin;
    else b = out.begin - at->out_end + at->in_end;
    const Edit* before = before_count ? &e_[before_count - 1] : nullptr;  // last edit starting before out.end
    if (!before) e = out.end;
    else if (out.end <= before->out_end) e = before->in_end;
    else e = out.end - before->out_end + before->in_end;
    if (out.begin == out.end) e = b;
    return {b, std::max(b, e)};
  }

 private:
  // Edits starting at or before o (or only before o).
  std::size_t count_starting(std::size_t o, bool or_at) const noexcept {
    auto it = or_at ? std::upper_bound(e_.begin(), e_.end(), o, [](std::size_t v, const Edit& x) { return v < x.out_begin; })
                    : std::lower_bound(e_.begin(), e_.end(), o, [](const Edit& x, std::size_t v) { return x.out_begin < v; });
    return static_cast<std::size_t>(it - e_.begin());
  }
  const std::vector<Edit>& e_;
  std::size_t at_ = 0, before_ = 0;
  Span last_{};
};

// compose(first, second) for a first map given by its edits and sizes and a
// second still being built (text/offsets.hpp compose_edits does the work).
inline OffsetMap compose_edits(const std::vector<Edit>& fe, std::size_t first_in_size, std::size_t first_out_size,
                               const OffsetMapBuilder& second) {
  GEUL_ASSERT(first_out_size == second.source_pos());
  (void)first_out_size;
  return geul::compose_edits(fe, first_in_size, second.edits(), second.output_pos());
}

// Calls f(j) for each record index j in the order std::stable_sort by source
// begin would give. Each stage lists its records in source order (`starts`:
// where each stage's begin; `sorted`: whether each stage's are), so merging
// the stages is enough.
template <class F>
inline void for_each_in_source_order(const std::vector<ChangeRecord>& v, std::vector<std::size_t> starts, bool sorted,
                                     F&& f) {
  auto by_begin = [&v](std::size_t a, std::size_t b) { return v[a].source.begin < v[b].source.begin; };
  if (!sorted) {
    std::vector<std::size_t> order(v.size());
    for (std::size_t j = 0; j < order.size(); ++j) order[j] = j;
    std::stable_sort(order.begin(), order.end(), by_begin);
    for (std::size_t j : order) f(j);
    return;
  }
  if (starts.empty() || starts[0] != 0) starts.insert(starts.begin(), 0);
  starts.push_back(v.size());  // starts[g + 1]: where stage g ends
  const std::size_t stages = starts.size() - 1;
  std::vector<std::size_t> next(starts.begin(), starts.end() - 1);
  for (;;) {
    std::size_t best = stages;  // ties go to the earlier stage, as in a stable sort
    for (std::size_t g = 0; g < stages; ++g)
      if (next[g] < starts[g + 1] && (best == stages || by_begin(next[g], next[best]))) best = g;
    if (best == stages) return;
    f(next[best]++);
  }
}

// What normalize_news counts for its summary diagnostics, over all pieces.
struct NewsCounts {
  DecodeCounts decode;
  std::size_t dropped = 0;  // changes beyond o.max_changes, counted only
};

// normalize_news on one piece, without the summary diagnostics (the caller
// writes them from `counts`).
//
// Clean input (valid UTF-8 without CR or a leading BOM, already NFC: nearly all
// news text) takes one scan: the substitution pass checks that on the way and
// the repair and NFC stages are skipped (they would change nothing); the
// contextual rules then visit only the positions that scan listed, and NFC
// runs again only if an edit could have un-normalized the text.
inline NormalizedNews normalize_news_piece(std::string_view input, const NewsNormalizeOptions& o, NewsCounts& counts) {
  NormalizedNews r;
  detail::ChangeRecords changes;
  std::vector<std::size_t> stage_starts;  // where each stage's records begin
  bool records_sorted = true;             // each stage's records in source order (they are)
  std::size_t dropped = 0;                // changes beyond o.max_changes, counted only
  auto add_edits = [&](const OffsetMap& stage, const OffsetMap& to_source, ChangeKind kind,
                       std::string_view stage_out, std::string_view stage_in) {
    if (!o.record_changes) return;
    stage_starts.push_back(changes.items.size());
    for (const Edit& e : stage.edits()) {
      Span src = to_source.map_tight({e.in_begin, e.in_end});
      if (changes.items.size() > stage_starts.back() && src.begin < changes.items.back().source.begin)
        records_sorted = false;
      ChangeKind k = kind;
      if (kind == ChangeKind::composition) {
        // NFC folds CJK compatibility ideographs; say so, the original stays here.
        for_each_code_point(stage_in.substr(e.in_begin, e.in_end - e.in_begin), [&](char32_t c, std::size_t, std::size_t) {
          if ((c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F)) k = ChangeKind::cjk_compatibility;
        });
      }
      if (changes.items.size() >= o.max_changes) {
        ++dropped;
        continue;
      }
      changes.push(k, src, stage_out.substr(e.out_begin, e.out_end - e.out_begin));
    }
  };

  std::string text;                  // the current text, once a stage has rewritten the input
  std::string_view current = input;  // the current text
  // The map from the current text to the input: `to_source`, composed with
  // `pending` when a rule stage's map waits for the next one (to_source is
  // the identity then), so that two rule stages compose only once.
  OffsetMap to_source(input.size());
  OffsetMapBuilder pending;
  bool has_pending = false;
  auto settle = [&] {
    if (!has_pending) return;
    to_source = detail::compose_edits(to_source.edits(), to_source.source_size(), to_source.output_size(), pending);
    pending = OffsetMapBuilder();
    has_pending = false;
  };
  bool rewritten = false, still_nfc = true;
  detail::ContextPositions context_at;

  auto compose_stage = [&](bool enabled) {
    if (!enabled) return;
    settle();
    // The normalizer's own fast path (SIMD where available) is quicker than a
    // separate quick check; an identity map means nothing changed.
    NormalizedText nfc = normalize_with_map(current, NormalForm::nfc);
    if (nfc.map.edits().empty()) return;
    add_edits(nfc.map, to_source, ChangeKind::composition, nfc.text, current);
    to_source = compose(to_source, nfc.map);
    text = std::move(nfc.text);
    current = text;
  };
  // Ends a rule stage: maps its changes to the source, keeps its text and map.
  auto end_rule_stage = [&](auto& w, const detail::ChangeLog& log) {
    OffsetMapBuilder stage = w.finish();
    if (stage.edits().empty()) return;
    rewritten = true;
    const std::vector<Edit>& to_input = has_pending ? pending.edits() : to_source.edits();
    if (!to_input.empty()) {
      detail::TightMapper mapper(to_input);
      for (std::size_t k = log.first(); k < changes.items.size(); ++k) {
        changes.items[k].source = mapper.map(changes.items[k].source);
        if (k > log.first() && changes.items[k].source.begin < changes.items[k - 1].source.begin)
          records_sorted = false;
      }
    }
    if (log.first() < changes.items.size()) stage_starts.push_back(log.first());
    dropped += log.dropped;
    still_nfc = still_nfc && w.keeps_nfc;
    if (has_pending) {  // compose(compose(identity, pending), stage) is compose(pending, stage)
      to_source = detail::compose_edits(pending.edits(), pending.source_pos(), pending.output_pos(), stage);
      pending = OffsetMapBuilder();
      has_pending = false;
    } else if (to_source.edits().empty()) {
      pending = std::move(stage);
      has_pending = true;
    } else {
      to_source = detail::compose_edits(to_source.edits(), to_source.source_size(), to_source.output_size(), stage);
    }
    text = std::move(w.out);
    current = text;
  };
  auto cap_left = [&] { return o.max_changes - std::min(o.max_changes, changes.items.size()); };

  // Room for a change every 64 bytes and a contextual look every 32 (only
  // what is used is touched), so that the lists rarely grow by copying.
  if (o.record_changes) {
    changes.items.reserve(std::min<std::size_t>(input.size() / 64 + 16, o.max_changes));
    changes.after.reserve(input.size() / 32 + 16);
  }
  context_at.reserve(input.size() / 32 + 16);
  bool substituted = false;
  {
    // Clean input: the substitutions run on it directly.
    detail::ChangeLog log(o.record_changes, cap_left(), changes);
    detail::Rewriter w(input, log);
    if (detail::substitute_pass<true>(input, o, w, context_at)) {
      end_rule_stage(w, log);
      substituted = true;
    } else {
      changes.items.clear();
      changes.after.clear();
      context_at.clear();
    }
  }
  if (!substituted) {
    DecodedText decoded = decode_utf8_counted(input, o.decode, counts.decode);
    r.diagnostics = std::move(decoded.diagnostics);
    to_source = std::move(decoded.map);
    text = std::move(decoded.text);
    current = text;
    add_edits(to_source, OffsetMap(input.size()), ChangeKind::repair, text, input);
    // Repaired text (CRLF, say) that is NFC skips the NFC stage the same way.
    const std::size_t kept_items = changes.items.size(), kept_after = changes.after.size();
    {
      detail::ChangeLog log(o.record_changes, cap_left(), changes);
      detail::Rewriter w(current, log);
      if (detail::substitute_pass<true>(current, o, w, context_at)) {
        end_rule_stage(w, log);
        substituted = true;
      } else {
        changes.items.resize(kept_items);
        changes.after.resize(kept_after);
        context_at.clear();
      }
    }
    if (!substituted) {
      compose_stage(o.compose);
      detail::ChangeLog log(o.record_changes, cap_left(), changes);
      detail::Rewriter w(current, log);
      detail::substitute_pass<false>(current, o, w, context_at);
      end_rule_stage(w, log);
    }
  }
  if (!context_at.positions().empty()) {
    detail::ChangeLog log(o.record_changes, cap_left(), changes);
    if (current.data() == text.data()) {  // our own text: rewrite it in place
      detail::InPlaceRewriter w(text, log, context_at.positions().size());
      detail::contextual_pass(current, context_at, o, w);
      context_at.release();  // before the maps are composed: memory to reuse
      end_rule_stage(w, log);
    } else {
      detail::Rewriter w(current, log);
      detail::contextual_pass(current, context_at, o, w);
      context_at.release();
      end_rule_stage(w, log);
    }
  }
  // A removed invisible character may have left conjoining jamo side by side.
  compose_stage(o.compose && rewritten && !still_nfc);

  counts.dropped += dropped;
  if (o.record_changes) {
    std::size_t text_bytes = changes.after.size();
    for (const detail::ChangeRecord& c : changes.items) text_bytes += c.source.size();
    detail::ChangeListAccess::start(r.changes, changes.items.size(), text_bytes);
    detail::for_each_in_source_order(changes.items, std::move(stage_starts), records_sorted, [&](std::size_t j) {
      const detail::ChangeRecord& c = changes.items[j];
      detail::ChangeListAccess::add(r.changes, c.kind, c.source, input.substr(c.source.begin, c.source.size()),
                                    changes.after_text(j));
    });
  }
  settle();
  r.text = text.data() == current.data() ? std::move(text) : std::string(input);
  r.map = std::move(to_source);
  return r;
}

// Past this many bytes, normalize_news works in pieces that start at a line
// break: no rule looks across one, so the result is the same, and each
// piece's working lists (edits, change records, positions) stay small and
// in cache instead of growing with the input (a 20 MB call otherwise spends
// a fifth of its time having fresh pages mapped for them).
constexpr std::size_t news_piece_bytes = 64 * 1024;

// normalize_news over pieces of about `piece_bytes` (a line longer than that
// is one piece), joined; the summary diagnostics are the caller's.
inline NormalizedNews normalize_news_pieces(std::string_view input, const NewsNormalizeOptions& o,
                                            std::size_t piece_bytes, NewsCounts& counts) {
  if (input.size() <= piece_bytes) return normalize_news_piece(input, o, counts);
  NormalizedNews r;
  r.text.reserve(input.size() + input.size() / 32);
  OffsetMapBuilder map;
  if (o.record_changes) ChangeListAccess::start(r.changes, 0, 0);
  for (std::size_t begin = 0; begin < input.size();) {
    // The piece ends before a line break, so the next starts with it: a line
    // break is where NFC's segments and every rule's runs end. Before an LF
    // that no CR precedes (no rule changes it), or before a CRLF whose CR
    // (changed with the LF) follows what no rule changes: a letter, digit or
    // Hangul syllable, or one period after one (다.). Then nothing changed on
    // one side touches a change on the other, so no two changes are listed
    // apart that one call would merge.
    const auto* bytes = reinterpret_cast<const unsigned char*>(input.data());
    auto unchanged_before = [&](std::size_t cr) {
      if (bytes[cr - 1] == '.' && cr - 1 > begin) --cr;
      const unsigned char b = bytes[cr - 1];
      char32_t c;
      const bool alnum = (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
      return alnum || (cr - begin >= 3 && hangul_syllable_at(bytes + cr - 3, c));
    };
    std::size_t end = input.size();
    for (std::size_t lf = begin + piece_bytes; input.size() - begin > piece_bytes; ++lf) {
      lf = input.find('\n', lf);
      if (lf == std::string_view::npos) break;
      if (bytes[lf - 1] != '\r') {
        end = lf;
        break;
      }
      if (lf - 1 > begin && unchanged_before(lf - 1)) {
        end = lf - 1;
        break;
      }
    }
    if (begin == 0 && end == input.size()) return normalize_news_piece(input, o, counts);  // one line
    // The piece as the whole input's walk sees it: a BOM only at the start,
    // what is left of the listing and change caps.
    NewsNormalizeOptions po = o;
    po.decode.strip_bom = o.decode.strip_bom && begin == 0;
    po.decode.max_diagnostics = o.decode.max_diagnostics - std::min(o.decode.max_diagnostics, counts.decode.invalid);
    po.max_changes = o.max_changes - std::min(o.max_changes, r.changes.size());
    NewsCounts piece_counts;
    NormalizedNews piece = normalize_news_piece(input.substr(begin, end - begin), po, piece_counts);
    counts.decode.add(piece_counts.decode, begin);
    counts.dropped += piece_counts.dropped;
    for (Diagnostic& d : piece.diagnostics) {
      d.offset += begin;
      r.diagnostics.push_back(std::move(d));
    }
    std::size_t at = 0;  // in the piece's text
    for (const Edit& e : piece.map.edits()) {
      map.copy(e.out_begin - at);
      map.replace(e.in_end - e.in_begin, e.out_end - e.out_begin);
      at = e.out_end;
    }
    map.copy(piece.text.size() - at);
    r.text += piece.text;
    if (o.record_changes) ChangeListAccess::append(r.changes, piece.changes, begin);
    if (begin == 0 && end < input.size()) {
      // Room for the whole input at the first piece's rate (and a quarter
      // more): the lists grow without being copied, and what is not used is
      // never touched.
      const double scale = 1.25 * static_cast<double>(input.size()) / static_cast<double>(end);
      auto whole = [scale](std::size_t n) { return static_cast<std::size_t>(static_cast<double>(n) * scale) + 64; };
      map.reserve(whole(map.edits().size()));
      if (o.record_changes) ChangeListAccess::reserve_more(r.changes, whole);
    }
    begin = end;
  }
  r.map = map.finish();
  return r;
}

// normalize_news with pieces of `piece_bytes` (tests compare sizes).
inline NormalizedNews normalize_news_in_pieces(std::string_view input, const NewsNormalizeOptions& o,
                                               std::size_t piece_bytes) {
  NewsCounts counts;
  NormalizedNews r = normalize_news_pieces(input, o, piece_bytes, counts);
  add_decode_summaries(counts.decode, input.size(), o.decode, r.diagnostics);
  if (counts.dropped) {
    r.diagnostics.push_back({DiagnosticKind::limit_reached, 0, 0,
                             std::to_string(counts.dropped) + " further changes were made but not listed (max_changes)"});
  }
  return r;
}

}  // namespace detail

// Normalizes raw scraped bytes with the news profile. Never fails: invalid
// UTF-8 is repaired (and reported), every input byte is accounted for in `map`.
inline NormalizedNews normalize_news(std::string_view input, const NewsNormalizeOptions& o = {}) {
  return detail::normalize_news_in_pieces(input, o, detail::news_piece_bytes);
}

}  // namespace geul

#endif  // GEUL_TEXT_CLEAN_HPP
