// geul — keywords and keyphrases of one article.
//
//   std::vector<Keyword> k = geul::extract_keywords(doc);   // best first
//
// Candidates are whole stems (text/tokens.hpp), never substrings: a keyword is
// always a word of the text minus its particle or ending (지카바이러스가 →
// 지카바이러스), so nothing is cut mid-word the way substring-graph methods
// (KR-WordRank) cut short inputs (떡볶). A candidate stem is a likely noun, a
// Latin word or a mixed word (오픈AI, 5G), of two code points or more, and
// not on the stop list below. Keyphrases are two adjacent candidate stems in
// one sentence, the first without a particle (인공지능 반도체, 중소벤처기업부
// 장관), seen at least twice.
//
// Score of a candidate: its frequency in the body, plus 2 when the title or
// a subtitle contains it, plus 0.5 when it occurs in the first body sentence;
// times a specificity factor that favours longer words (1 + 0.1 per code
// point beyond two, at most 1.5). A phrase that occurs as often as its head
// word replaces the head word. Aliases (analysis/entities.hpp:
// 중소벤처기업부(중기부), 인공지능(AI)) merge: the short form's count goes to
// the long form. Scores are divided by the best one (top keyword = 1).
// Ties go to the earlier first mention. Deterministic.
//
// Amounts and dates (5일, 12조원, 3분기) are not keywords; 5G and 3D are.
// Stop list (besides text/tokens.hpp's function words): generic news nouns
// that say nothing about a story — 기자, 뉴스, 기사, 사진, 오전, 오후, 이날,
// 지난해, 올해, 내년, 오늘, 내일, 어제, 최근, 관계자, 이번, 가운데, 경우,
// 정도, 부분, 때문, 이상, 이하, 대한, 위한, 통한, 관련, 대해, 의원 is kept.
#ifndef GEUL_ANALYSIS_KEYWORDS_HPP
#define GEUL_ANALYSIS_KEYWORDS_HPP

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "../news/document.hpp"
#include "../news/scan.hpp"
#include "../text/sentences.hpp"
#include "../text/tokens.hpp"
#include "entities.hpp"

namespace geul {

struct KeywordOptions {
  std::size_t max_keywords = 10;
  bool phrases = true;  // two-word keyphrases
};

struct Keyword {
  std::string text;
  double score = 0;        // relative to the best keyword (1)
  std::size_t count = 0;   // occurrences in the body (aliases included)
  Span first;              // first mention in the analysed text
};

namespace detail {
namespace kw {

inline bool is_stop_noun(std::string_view w) noexcept {
  static constexpr std::string_view words[] = {
      "기자", "뉴스", "기사", "사진", "오전", "오후", "이날", "지난해", "올해", "내년", "오늘", "내일",
      "어제", "최근", "관계자", "이번", "가운데", "경우", "정도", "부분", "때문", "이상", "이하", "대한",
      "위한", "통한", "관련", "대해", "가능", "예정", "계획", "상황", "사실", "결과", "문제", "이유",
      "생각", "내용", "말씀", "그동안", "앞서", "이어", "지난달", "이달", "다음달", "당시", "현지시간"};
  for (std::string_view x : words)
    if (x == w) return true;
  return false;
}

struct Candidate {
  std::string text;
  double score = 0;
  std::size_t count = 0;
  Span first;
  bool in_title = false;
  bool in_lead = false;
  bool phrase = false;
  bool dropped = false;
};

inline bool is_candidate(std::string_view text, const Token& t) {
  if (t.kind == TokenKind::number || t.kind == TokenKind::other) return false;
  std::string_view st = stem_text(text, t);
  // Amounts and dates (5일, 12조원, 3분기) say when and how much, not what;
  // a digit-led word with Latin letters (5G, 3D) is a name.
  if (t.kind == TokenKind::mixed && st[0] >= '0' && st[0] <= '9') {
    bool latin = false;
    for (char c : st) latin = latin || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (!latin) return false;
  }
  if (news::count_cps(st) < 2) return false;
  if (t.kind == TokenKind::hangul && !t.likely_noun) return false;
  if (seg::is_function_word(st) || seg::is_function_word(token_text(text, t)) || is_stop_noun(st)) return false;
  return true;
}

inline bool contains_word(std::string_view hay, std::string_view word) {
  return !word.empty() && hay.find(word) != std::string_view::npos;
}

}  // namespace kw
}  // namespace detail

// Keywords of `text` (the article body, any line structure). `title` may be
// empty. Spans are in `text`. Aliases found in `text` are merged.
inline std::vector<Keyword> extract_keywords(std::string_view text, std::string_view title,
                                             const KeywordOptions& options = {}) {
  using detail::kw::Candidate;
  std::vector<Candidate> cands;
  // An index from stem to candidate keeps this linear in practice.
  std::vector<std::pair<std::uint64_t, std::size_t>> index;
  auto lookup = [&](std::string_view w) -> Candidate* {
    const std::uint64_t h = fnv1a64(w);
    auto it = std::lower_bound(index.begin(), index.end(), std::make_pair(h, std::size_t{0}));
    for (; it != index.end() && it->first == h; ++it)
      if (cands[it->second].text == w) return &cands[it->second];
    return nullptr;
  };
  auto add = [&](std::string_view w, Span at, bool phrase) -> Candidate& {
    if (Candidate* c = lookup(w)) {
      ++c->count;
      return *c;
    }
    Candidate c;
    c.text.assign(w);
    c.count = 1;
    c.first = at;
    c.phrase = phrase;
    cands.push_back(std::move(c));
    const std::uint64_t h = fnv1a64(w);
    index.insert(std::upper_bound(index.begin(), index.end(), std::make_pair(h, cands.size() - 1)),
                 {h, cands.size() - 1});
    return cands.back();
  };

  bool first_sentence = true;
  std::string phrase;
  for_each_sentence(text, [&](const Sentence& s) {
    const std::string_view st = sentence_text(text, s);
    Token prev;
    bool have_prev = false;
    for_each_token(st, [&](const Token& t) {
      const bool ok = detail::kw::is_candidate(st, t);
      if (!ok) {
        have_prev = false;
        return;
      }
      const Span at{s.span.begin + t.stem.begin, s.span.begin + t.stem.end};
      Candidate& c = add(stem_text(st, t), at, false);
      if (first_sentence) c.in_lead = true;
      // Adjacent: only a space between the two words, the first bare.
      if (options.phrases && have_prev && prev.suffix == SuffixKind::none && prev.span.end + 1 == t.span.begin &&
          st[prev.span.end] == ' ') {
        phrase.assign(token_text(st, prev));
        phrase += ' ';
        phrase.append(stem_text(st, t));
        add(phrase, Span{s.span.begin + prev.span.begin, at.end}, true);
      }
      prev = t;
      have_prev = true;
    });
    first_sentence = false;
  });

  // Aliases: the short form's mentions count for the long form.
  for (const Alias& a : find_aliases(text)) {
    Candidate* l = lookup(a.long_text);
    Candidate* s = lookup(a.short_text);
    if (l && s && l != s && !s->dropped) {
      l->count += s->count;
      if (s->in_lead) l->in_lead = true;
      s->dropped = true;
    }
  }

  for (Candidate& c : cands) {
    if (c.phrase && c.count < 2) c.dropped = true;
    c.in_title = detail::kw::contains_word(title, c.text);
  }
  // A phrase as frequent as its head word replaces it.
  for (Candidate& c : cands) {
    if (!c.phrase || c.dropped) continue;
    const std::size_t sp = c.text.find(' ');
    for (std::string_view part : {std::string_view(c.text).substr(0, sp), std::string_view(c.text).substr(sp + 1)})
      if (Candidate* w = lookup(part); w && !w->dropped && w->count <= c.count) w->dropped = true;
  }
  double best = 0;
  for (Candidate& c : cands) {
    if (c.dropped) continue;
    const std::size_t cps = detail::news::count_cps(c.text);
    const double specificity = std::min(1.5, 1.0 + 0.1 * static_cast<double>(cps > 2 ? cps - 2 : 0));
    c.score = (static_cast<double>(c.count) + (c.in_title ? 2.0 : 0.0) + (c.in_lead ? 0.5 : 0.0)) * specificity;
    best = std::max(best, c.score);
  }
  std::vector<const Candidate*> order;
  for (const Candidate& c : cands)
    if (!c.dropped) order.push_back(&c);
  std::stable_sort(order.begin(), order.end(),
                   [](const Candidate* a, const Candidate* b) { return a->score > b->score; });
  std::vector<Keyword> out;
  for (const Candidate* c : order) {
    if (out.size() >= options.max_keywords) break;
    out.push_back({c->text, best > 0 ? c->score / best : 0, c->count, c->first});
  }
  return out;
}

// Keywords of a parsed article: its body blocks, with the title and subtitles.
// Spans are in doc.text.
inline std::vector<Keyword> extract_keywords(const Document& doc, const KeywordOptions& options = {}) {
  std::string title = doc.metadata.title;
  for (const std::string& s : doc.metadata.subtitles) title += '\n' + s;
  // Body blocks are analysed in place, so spans are doc.text offsets: run the
  // extractor over the whole text range of the body, masking what is not body.
  std::string masked(doc.text.size(), ' ');
  for (const Block& b : doc.blocks) {
    if (b.role != BlockRole::body) continue;
    std::copy(doc.text.begin() + static_cast<std::ptrdiff_t>(b.span.begin),
              doc.text.begin() + static_cast<std::ptrdiff_t>(b.span.end),
              masked.begin() + static_cast<std::ptrdiff_t>(b.span.begin));
    if (b.span.end < masked.size()) masked[b.span.end] = '\n';
  }
  return extract_keywords(masked, title, options);
}

}  // namespace geul

#endif  // GEUL_ANALYSIS_KEYWORDS_HPP
