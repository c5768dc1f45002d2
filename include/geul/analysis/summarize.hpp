// geul — extractive summaries of news articles.
//
//   Summary s = geul::summarize(geul::parse_article(bytes), {3});
//   for (const SummarySentence& x : s.sentences) doc.text.substr(x.span.begin, x.span.size());
//
// Only body sentences are candidates: captions, bylines, subtitles, headings
// and boilerplate never reach a summary, which is most of the gain over
// summarizers that see a page as flat text.
//
// Scoring (every factor is returned in SentenceFeatures, so a caller can
// explain a choice):
//  1. Terms. Each sentence becomes a sparse vector of its content stems
//     (text/tokens.hpp; function words and one-syllable Hangul stems dropped)
//     plus the character bigrams of those stems at a lower weight (compounds
//     and transliteration variants still meet: 지카바이러스 / 지카), weighted
//     tf·isf (isf = log(1 + N/df), the sentence-level IDF).
//  2. Centrality: LexRank — PageRank (damping 0.85) over the cosine-similarity
//     graph (edges below 0.05 dropped). Up to `dense_graph_limit` sentences
//     the graph is complete; past it each sentence is linked only to the
//     `graph_window` sentences on either side, so time stays linear.
//  3. News priors: position (the lead carries the story: 1/(1+i/3) by
//     sentence index), cosine similarity to the title and subtitles, length
//     (fragments and run-ons are weak).
//  4. Penalties: a quote fragment with no speaker or verb around it, a
//     question to the reader, a dangling connective at the start (이어, 이에
//     따라, 한편 … refer to a sentence that may not be chosen), no predicate
//     at the end (a caption or list fragment that slipped into the body).
//  5. Selection: maximal marginal relevance — repeatedly the best score minus
//     `redundancy` × its highest similarity to a sentence already chosen;
//     near-duplicates (similarity ≥ 0.7) are never chosen twice. Output in
//     original order.
// Budgets: `sentences` (k) and/or `max_chars` (code points of the chosen
// sentences); a sentence that would break the character budget is skipped.
// Deterministic: ties go to the earlier sentence.
#ifndef GEUL_ANALYSIS_SUMMARIZE_HPP
#define GEUL_ANALYSIS_SUMMARIZE_HPP

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../news/document.hpp"
#include "../news/rules.hpp"
#include "../text/offsets.hpp"
#include "../text/sentences.hpp"
#include "../text/tokens.hpp"

namespace geul {

struct SummaryOptions {
  std::size_t sentences = 3;  // k: at most this many sentences; 0 = no count limit
  std::size_t max_chars = 0;  // at most this many code points in all; 0 = no limit
  // Weights of the score (see the header comment).
  double centrality_weight = 0.40;
  double position_weight = 0.35;
  double title_weight = 0.25;
  double redundancy = 0.5;  // MMR trade-off
  std::size_t dense_graph_limit = 300;  // past this many sentences the graph is windowed
  std::size_t graph_window = 40;        // neighbours on each side in a windowed graph
};

struct SentenceFeatures {
  double centrality = 0;  // LexRank score divided by the highest one: (0, 1]
  double position = 0;    // 1/(1 + index/3)
  double title = 0;       // cosine similarity to title + subtitles, [0, 1]
  double length = 0;      // length factor, [0, 1]
  double penalty = 0;     // sum of the penalties below
  double redundancy = 0;  // highest similarity to a sentence chosen before it (chosen sentences)
  bool quote_fragment = false;
  bool question = false;
  bool dangling_connective = false;
  bool no_predicate = false;
};

struct SummarySentence {
  std::size_t index = 0;  // among the candidate sentences (document order); the line index in summarize_lines
  Span span;              // in the analysed text: Document::text, or the line in summarize_lines
  double score = 0;       // before redundancy: weights · features × length − penalty
  SentenceFeatures features;
};

struct Summary {
  std::vector<SummarySentence> sentences;   // chosen, in original order
  std::vector<SummarySentence> candidates;  // every sentence considered, in order (index = position here)
};

namespace detail {
namespace summ {

struct Term {
  std::uint64_t hash;
  double weight;
};
using Vec = std::vector<Term>;  // sorted by hash, unique

constexpr std::uint64_t bigram_salt = 0x9E3779B97F4A7C15ull;
constexpr double bigram_weight = 0.3;

// Content terms of a piece of text, with raw counts (bigrams at bigram_weight).
inline void collect_terms(std::string_view text, std::vector<Term>& out) {
  std::string lower;
  for_each_token(text, [&](const Token& t) {
    if (t.kind == TokenKind::number) return;
    std::string_view st = stem_text(text, t);
    if (st.empty() || detail::seg::is_function_word(st) || detail::seg::is_function_word(token_text(text, t)))
      return;
    std::size_t cps = detail::news::count_cps(st);
    if (cps < 2) return;
    lower.assign(st);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.push_back({fnv1a64(lower), 1.0});
    if (cps >= 3)
      for_each_char_ngram(lower, 2, [&](std::string_view g) { out.push_back({fnv1a64(g) ^ bigram_salt, bigram_weight}); });
  });
}

// Sorts and merges equal hashes (summing weights).
inline Vec merge_terms(std::vector<Term>& raw) {
  std::sort(raw.begin(), raw.end(), [](const Term& a, const Term& b) { return a.hash < b.hash; });
  Vec v;
  for (const Term& t : raw) {
    if (!v.empty() && v.back().hash == t.hash) v.back().weight += t.weight;
    else v.push_back(t);
  }
  return v;
}

inline double dot(const Vec& a, const Vec& b) noexcept {
  double s = 0;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].hash == b[j].hash) s += a[i++].weight * b[j++].weight;
    else if (a[i].hash < b[j].hash) ++i;
    else ++j;
  }
  return s;
}

// Cosine similarities of the sentences within `window` of each other (all
// pairs when window >= n - 1), from tf·isf vectors (isf = log(1 + N/df)).
// Built from the postings of each term rather than by comparing every pair:
// a term shared by few sentences costs little.
class Similarity {
 public:
  Similarity(const std::vector<Vec>& raw, const std::vector<bool>& eligible, std::size_t window)
      : n_(raw.size()), w_(std::min(window, n_ ? n_ - 1 : 0)), band_(n_ * (w_ + 1), 0.0) {
    struct Posting {
      std::uint64_t hash;
      std::uint32_t sentence;
      double weight;
    };
    std::vector<Posting> postings;
    for (std::size_t i = 0; i < n_; ++i)
      for (const Term& t : raw[i]) postings.push_back({t.hash, static_cast<std::uint32_t>(i), t.weight});
    std::sort(postings.begin(), postings.end(), [](const Posting& a, const Posting& b) {
      return a.hash != b.hash ? a.hash < b.hash : a.sentence < b.sentence;
    });
    std::vector<double> norm2(n_, 0.0);
    const double nd = static_cast<double>(n_);
    for (std::size_t g = 0; g < postings.size();) {
      std::size_t e = g;
      while (e < postings.size() && postings[e].hash == postings[g].hash) ++e;
      const double isf = std::log(1.0 + nd / static_cast<double>(e - g));
      isf_.push_back({postings[g].hash, isf});
      for (std::size_t k = g; k < e; ++k) {
        Posting& p = postings[k];
        p.weight = tf(p.weight) * isf;
        norm2[p.sentence] += p.weight * p.weight;
      }
      g = e;
    }
    for (Posting& p : postings) p.weight /= std::sqrt(norm2[p.sentence]);
    vecs_.assign(n_, Vec());
    for (const Posting& p : postings) vecs_[p.sentence].push_back({p.hash, p.weight});  // stays sorted by hash
    for (std::size_t g = 0; g < postings.size();) {
      std::size_t e = g;
      while (e < postings.size() && postings[e].hash == postings[g].hash) ++e;
      for (std::size_t x = g; x < e; ++x) {
        const Posting& a = postings[x];
        if (!eligible[a.sentence]) continue;
        for (std::size_t y = x + 1; y < e && postings[y].sentence - a.sentence <= w_; ++y)
          if (eligible[postings[y].sentence])
            band_[a.sentence * (w_ + 1) + (postings[y].sentence - a.sentence)] += a.weight * postings[y].weight;
      }
      g = e;
    }
  }

  std::size_t window() const noexcept { return w_; }
  double operator()(std::size_t i, std::size_t j) const noexcept {
    if (i > j) std::swap(i, j);
    if (i == j) return 1.0;
    return j - i <= w_ ? band_[i * (w_ + 1) + (j - i)] : 0.0;
  }
  // A text's tf·isf unit vector over these sentences' terms (for the title).
  Vec weigh(Vec v) const {
    double norm2 = 0;
    for (Term& t : v) {
      auto it = std::lower_bound(isf_.begin(), isf_.end(), t.hash,
                                 [](const std::pair<std::uint64_t, double>& p, std::uint64_t h) { return p.first < h; });
      const double isf = (it != isf_.end() && it->first == t.hash) ? it->second : std::log(1.0 + 2.0 * static_cast<double>(n_));
      t.weight = tf(t.weight) * isf;
      norm2 += t.weight * t.weight;
    }
    if (norm2 > 0)
      for (Term& t : v) t.weight /= std::sqrt(norm2);
    return v;
  }
  const Vec& vector(std::size_t i) const noexcept { return vecs_[i]; }

 private:
  static double tf(double raw) noexcept { return raw >= 1 ? 1.0 + std::log(raw) : raw; }  // sublinear; bigrams stay light
  std::size_t n_, w_;
  std::vector<double> band_;                           // band_[i*(w+1) + d] = sim(i, i+d)
  std::vector<std::pair<std::uint64_t, double>> isf_;  // sorted by hash
  std::vector<Vec> vecs_;                              // unit tf·isf vectors
};

inline bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> words) noexcept {
  for (std::string_view w : words)
    if (s.size() > w.size() && s.compare(0, w.size(), w) == 0) {
      unsigned char next = static_cast<unsigned char>(s[w.size()]);
      if (next == ' ' || next == ',') return true;
    }
  return false;
}

// Penalty flags of one sentence.
inline void read_flags(std::string_view s, SentenceFeatures& f) {
  s = detail::news::trim(s);
  if (s.empty()) return;
  // A question to the reader: ends in '?' outside any quote.
  std::size_t e = s.size();
  while (e > 0 && (s[e - 1] == ' ')) --e;
  f.question = e > 0 && s[e - 1] == '?';
  // A quote fragment: opens with a quotation mark and nothing after its close
  // names a speaker or a verb (…"고 말했다 is a full sentence, "…" alone is not).
  const char32_t first = detail::news::cp_at(s, 0);
  if (first == '"' || first == U'“' || first == U'\'' || first == U'‘' || first == U'「' || first == U'『') {
    std::size_t close = std::string_view::npos;
    for (std::string_view q : {std::string_view("\""), std::string_view("”"), std::string_view("’"),
                               std::string_view("'"), std::string_view("」"), std::string_view("』")}) {
      std::size_t k = s.rfind(q);
      if (k != std::string_view::npos && k > 0 && (close == std::string_view::npos || k > close)) close = k;
    }
    std::size_t tail_cps = 0;
    if (close != std::string_view::npos) {
      std::string_view tail = s.substr(close);
      tail_cps = detail::news::count_cps(tail);
    }
    f.quote_fragment = close == std::string_view::npos || tail_cps <= 3;
  }
  f.dangling_connective = starts_with_any(s, {"이어", "이에", "이에 따라", "한편", "그러면서", "이와 함께", "반면",
                                              "하지만", "그러나", "또", "또한", "아울러", "이 밖에", "이밖에",
                                              "그는", "그녀는", "이는", "이같은", "이 같은", "그래서", "따라서"});
  const detail::news::Ending end = detail::news::read_ending(s);
  f.no_predicate = !end.sentence && !end.bare_final && !f.question;
}

inline double length_factor(std::size_t cps) noexcept {
  if (cps < 12) return 0.3;
  if (cps < 25) return 0.75;
  if (cps > 250) return 0.8;
  return 1.0;
}

// LexRank: PageRank over the similarity graph. `neighbours(i, f)` calls
// f(j, sim) for every edge of i.
inline std::vector<double> lexrank(const std::vector<std::vector<std::pair<std::uint32_t, double>>>& edges) {
  const std::size_t n = edges.size();
  std::vector<double> r(n, n ? 1.0 / static_cast<double>(n) : 0.0), next(n);
  std::vector<double> out_sum(n, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (const auto& e : edges[i]) out_sum[i] += e.second;
  const double d = 0.85;
  const int max_iterations = n > 2000 ? 30 : 100;
  for (int it = 0; it < max_iterations; ++it) {
    double dangling = 0;
    for (std::size_t i = 0; i < n; ++i)
      if (out_sum[i] <= 0) dangling += r[i];
    const double base = ((1.0 - d) + d * dangling) / static_cast<double>(n);
    std::fill(next.begin(), next.end(), base);
    for (std::size_t i = 0; i < n; ++i) {
      if (out_sum[i] <= 0) continue;
      const double share = d * r[i] / out_sum[i];
      for (const auto& e : edges[i]) next[e.first] += share * e.second;
    }
    double diff = 0;
    for (std::size_t i = 0; i < n; ++i) diff += std::fabs(next[i] - r[i]);
    r.swap(next);
    if (diff < 1e-7) break;
  }
  return r;
}

// The core: candidates (text of each, eligible or not) → Summary.
inline Summary rank(std::string_view text, const std::vector<Span>& spans, const std::vector<bool>& eligible,
                    std::string_view title, const SummaryOptions& o) {
  Summary out;
  const std::size_t n = spans.size();
  if (n == 0) return out;
  std::vector<Vec> raw_vecs(n);
  std::vector<Term> raw;
  for (std::size_t i = 0; i < n; ++i) {
    raw.clear();
    collect_terms(text.substr(spans[i].begin, spans[i].size()), raw);
    raw_vecs[i] = merge_terms(raw);
  }
  raw.clear();
  collect_terms(title, raw);

  // The similarity graph, complete or windowed.
  const bool dense = n <= o.dense_graph_limit;
  const Similarity sim(raw_vecs, eligible, dense ? n : std::max<std::size_t>(1, o.graph_window));
  const Vec title_vec = sim.weigh(merge_terms(raw));
  const std::size_t window = sim.window();
  std::vector<std::vector<std::pair<std::uint32_t, double>>> edges(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (!eligible[i]) continue;
    const std::size_t hi = std::min(n, i + window + 1);
    for (std::size_t j = i + 1; j < hi; ++j) {
      const double s = sim(i, j);
      if (s < 0.05) continue;
      edges[i].push_back({static_cast<std::uint32_t>(j), s});
      edges[j].push_back({static_cast<std::uint32_t>(i), s});
    }
  }
  std::vector<double> lr = lexrank(edges);
  double best_lr = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (eligible[i]) best_lr = std::max(best_lr, lr[i]);

  out.candidates.resize(n);
  std::vector<std::size_t> cps(n);  // code points of each sentence, for the length factor and the budget
  std::size_t rank_pos = 0;  // position among eligible sentences
  for (std::size_t i = 0; i < n; ++i) {
    SummarySentence& c = out.candidates[i];
    c.index = i;
    c.span = spans[i];
    SentenceFeatures& f = c.features;
    std::string_view s = text.substr(spans[i].begin, spans[i].size());
    read_flags(s, f);
    f.centrality = best_lr > 0 ? lr[i] / best_lr : 0;
    f.position = 1.0 / (1.0 + static_cast<double>(rank_pos) / 3.0);
    f.title = title_vec.empty() ? 0 : dot(sim.vector(i), title_vec);
    cps[i] = detail::news::count_cps(s);
    f.length = length_factor(cps[i]);
    f.penalty = (f.quote_fragment ? 0.25 : 0) + (f.question ? 0.2 : 0) + (f.dangling_connective ? 0.08 : 0) +
                (f.no_predicate ? 0.25 : 0);
    if (eligible[i]) ++rank_pos;
    c.score = (o.centrality_weight * f.centrality + o.position_weight * f.position + o.title_weight * f.title) *
                  f.length - f.penalty;
  }

  // Maximal marginal relevance under the budgets.
  std::vector<std::size_t> chosen;
  std::vector<double> max_sim(n, 0.0);
  std::vector<bool> used(n, false);
  std::size_t chars = 0;
  while (o.sentences == 0 || chosen.size() < o.sentences) {
    std::size_t best = n;
    double best_value = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (used[i] || !eligible[i] || max_sim[i] >= 0.7) continue;
      if (o.max_chars && chars + cps[i] > o.max_chars) continue;
      double v = out.candidates[i].score - o.redundancy * max_sim[i];
      if (best == n || v > best_value) best = i, best_value = v;
    }
    if (best == n) break;
    used[best] = true;
    out.candidates[best].features.redundancy = max_sim[best];
    chosen.push_back(best);
    chars += cps[best];
    for (std::size_t i = 0; i < n; ++i)
      if (!used[i] && eligible[i]) max_sim[i] = std::max(max_sim[i], sim(i, best));
    if (o.sentences == 0 && o.max_chars == 0) break;  // no budget: one sentence
  }
  std::sort(chosen.begin(), chosen.end());
  for (std::size_t i : chosen) out.sentences.push_back(out.candidates[i]);
  return out;
}

// Lines (or blocks) that never belong in a summary: bylines, e-mails,
// captions, credits, copyright, dates and other boilerplate shapes.
inline bool is_non_body_line(std::string_view line) noexcept {
  using detail::news::Shape;
  const detail::news::PieceInfo info = detail::news::classify_piece(detail::news::trim(line));
  if (info.reason != BoilerplateReason::none) return true;
  switch (info.shape) {
    case Shape::byline: case Shape::email_line: case Shape::signoff: case Shape::credit_line:
    case Shape::caption: case Shape::credit_only: case Shape::date_line: case Shape::bare_timestamp:
    case Shape::promo_bullet: case Shape::speaker_turn:
      return true;
    default:
      return false;
  }
}

}  // namespace summ
}  // namespace detail

// Summarizes the body of a parsed article. Candidates are the sentences of the
// body blocks (text/sentences.hpp), in document order; spans are in doc.text.
inline Summary summarize(const Document& doc, const SummaryOptions& options = {}) {
  std::vector<Span> spans;
  std::vector<bool> eligible;
  for (const Block& b : doc.blocks) {
    if (b.role != BlockRole::body) continue;
    std::string_view t = doc.text_of(b);
    for_each_sentence(t, [&](const Sentence& s) {
      Span sp{b.span.begin + s.span.begin, b.span.begin + s.span.end};
      spans.push_back(sp);
      eligible.push_back(detail::news::count_cps(sentence_text(t, s)) >= 8);
    });
  }
  std::string title = doc.metadata.title;
  for (const std::string& s : doc.metadata.subtitles) title += '\n' + s;
  return detail::summ::rank(doc.text, spans, eligible, title, options);
}

// Pre-split mode: one sentence per element (as in summarization datasets).
// Lines that are bylines, e-mails, captions, credits or boilerplate are not
// chosen. index = the line's position; span = the whole line within a text
// made of the lines joined by '\n' (line i starts after lines 0..i-1 and
// their newlines).
inline Summary summarize_lines(const std::vector<std::string_view>& lines, std::string_view title,
                               const SummaryOptions& options = {}) {
  std::string text;
  std::vector<Span> spans;
  std::vector<bool> eligible;
  for (std::string_view line : lines) {
    if (!spans.empty()) text += '\n';
    spans.push_back({text.size(), text.size() + line.size()});
    text.append(line);
    eligible.push_back(detail::news::count_cps(line) >= 8 && !detail::summ::is_non_body_line(line));
  }
  return detail::summ::rank(text, spans, eligible, title, options);
}

}  // namespace geul

#endif  // GEUL_ANALYSIS_SUMMARIZE_HPP
