// Sentence-split scoring as published with the Kiwi / KSS comparisons
// (kiwipiepy benchmark/sentence_split), re-implemented from its description:
//
//  * A dataset file holds one gold sentence per line and a blank line between
//    documents; a document's input text is its lines joined with nothing.
//  * Gold and predicted sentences are compared with all whitespace removed
//    (Python's str.isspace set), positions counted in code points.
//  * Each predicted sentence is located in the whitespace-free gold string,
//    searching from the end of the previous one.
//  * Walking the golds from the first one not yet passed: an identical span is
//    an exact match (score 1, EM); otherwise every overlapping gold gets a
//    candidate Dice score 2*overlap/(len_gold+len_pred); the walk stops at the
//    first non-overlapping gold after an overlap, and golds that end before
//    the prediction are never visited again.
//  * Greedy: each prediction gives its best candidate (highest score, ties to
//    the later gold) to that gold; a gold keeps the highest score it is given.
//  * NF1 multiplies a document's scores by min(1, n_gold / n_pred).
//  * File and overall figures are means over gold sentences.
//
// One deliberate simplification: a prediction that is not a substring of the
// remaining gold text (a splitter that changed characters) is placed at the
// search offset with its own length instead of being aligned with difflib;
// splitters that return pieces of the input, like both scored here, never
// reach that path.
#ifndef GEUL_BENCH_SENTSPLIT_SCORE_HPP
#define GEUL_BENCH_SENTSPLIT_SCORE_HPP

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <geul/unicode/utf8.hpp>

namespace sentsplit {

// Python's str.isspace() (the \s of a str regex).
inline bool is_python_space(char32_t c) noexcept {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

// Code points of `s` without whitespace.
inline std::u32string strip_space(std::string_view s) {
  std::u32string out;
  geul::for_each_code_point(s, [&](char32_t c, std::size_t, std::size_t) {
    if (!is_python_space(c)) out.push_back(c);
  });
  return out;
}

struct Document {
  std::string text;                // input: the gold lines joined with nothing
  std::vector<std::string> gold;   // one entry per gold line
};

// Parses a dataset file (lines split at '\n', a trailing '\r' dropped, an empty
// line ends a document; an empty document between two blank lines is kept, as
// the reference loader does).
inline std::vector<Document> load_dataset(std::string_view file) {
  std::vector<Document> docs;
  Document cur;
  std::size_t pos = 0;
  while (pos < file.size()) {
    std::size_t nl = file.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? file.size() : nl;
    std::string_view line = file.substr(pos, end - pos);
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
    if (line.empty()) {
      docs.push_back(std::move(cur));
      cur = Document{};
    } else {
      cur.gold.emplace_back(line);
      cur.text.append(line);
    }
    pos = nl == std::string_view::npos ? file.size() : nl + 1;
  }
  if (!cur.gold.empty()) docs.push_back(std::move(cur));
  return docs;
}

struct DocumentScore {
  std::vector<double> f1;   // per gold sentence
  std::vector<int> exact;   // per gold sentence: 1 when some prediction equals it
  std::size_t predicted = 0;
  double length_penalty = 1.0;  // min(1, gold / predicted)
};

template <class StringLike>
DocumentScore score_document(const std::vector<std::string>& gold,
                             const std::vector<StringLike>& predicted) {
  struct Range {
    std::size_t begin, end;
  };
  std::u32string full;
  std::vector<Range> gold_spans;
  for (const auto& g : gold) {
    std::u32string s = strip_space(g);
    gold_spans.push_back({full.size(), full.size() + s.size()});
    full += s;
  }
  std::vector<Range> pred_spans;
  std::size_t offset = 0;
  for (const auto& p : predicted) {
    std::u32string s = strip_space(std::string_view(p));
    std::size_t at = full.find(s, offset);
    if (at == std::u32string::npos) {
      at = std::min(offset, full.size());
      pred_spans.push_back({at, std::min(full.size(), at + s.size())});
    } else {
      pred_spans.push_back({at, at + s.size()});
    }
    offset = pred_spans.back().end;
  }

  DocumentScore r;
  r.f1.assign(gold.size(), 0.0);
  r.exact.assign(gold.size(), 0);
  r.predicted = predicted.size();
  std::size_t first = 0;  // golds before this one end before every later prediction
  for (const Range& p : pred_spans) {
    bool overlapped = false;
    bool have_best = false;
    double best = 0;
    std::size_t best_gold = 0;
    for (std::size_t i = first, n = gold_spans.size(); i < n; ++i) {
      const Range& g = gold_spans[i];
      if (p.begin == g.begin && p.end == g.end) {
        r.f1[i] = 1.0;
        r.exact[i] = 1;
        break;
      }
      std::size_t ib = std::max(p.begin, g.begin), ie = std::min(p.end, g.end);
      if (ib < ie) {
        double dice = 2.0 * static_cast<double>(ie - ib) /
                      static_cast<double>((g.end - g.begin) + (p.end - p.begin));
        // Ties go to the later gold: the reference takes the maximum of (score, gold) pairs.
        if (!have_best || dice >= best) best = dice, best_gold = i, have_best = true;
        overlapped = true;
      } else if (overlapped) {
        break;
      } else {
        ++first;
      }
    }
    if (have_best && r.f1[best_gold] < best) r.f1[best_gold] = best;
  }
  if (r.predicted > 0)
    r.length_penalty = std::min(1.0, static_cast<double>(gold.size()) / static_cast<double>(r.predicted));
  return r;
}

// Running means over gold sentences.
struct Totals {
  std::size_t gold = 0, predicted = 0;
  double em = 0, f1 = 0, nf1 = 0;

  void add(const DocumentScore& d) {
    gold += d.f1.size();
    predicted += d.predicted;
    for (std::size_t i = 0; i < d.f1.size(); ++i) {
      em += d.exact[i];
      f1 += d.f1[i];
      nf1 += d.f1[i] * d.length_penalty;
    }
  }
  void add(const Totals& t) {
    gold += t.gold, predicted += t.predicted;
    em += t.em, f1 += t.f1, nf1 += t.nf1;
  }
  double mean_em() const { return gold ? em / static_cast<double>(gold) : 0; }
  double mean_f1() const { return gold ? f1 / static_cast<double>(gold) : 0; }
  double mean_nf1() const { return gold ? nf1 / static_cast<double>(gold) : 0; }
};

// The published regex baseline, re.split(r'(?<=[.!?])\s', text): every
// whitespace code point right after '.', '!' or '?' is a cut and is dropped;
// empty pieces are kept (they count as predictions).
inline std::vector<std::string_view> baseline_split(std::string_view text) {
  std::vector<std::string_view> out;
  const auto* base = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = base + text.size();
  const auto* p = base;
  std::size_t piece = 0;
  char32_t prev = 0;
  while (p < end) {
    char32_t c;
    std::size_t n = geul::detail::decode_one(p, end, c);
    std::size_t at = static_cast<std::size_t>(p - base);
    if (is_python_space(c) && (prev == '.' || prev == '!' || prev == '?')) {
      out.push_back(text.substr(piece, at - piece));
      piece = at + n;
    }
    prev = c;
    p += n;
  }
  out.push_back(text.substr(piece));
  return out;
}

}  // namespace sentsplit

#endif  // GEUL_BENCH_SENTSPLIT_SCORE_HPP
