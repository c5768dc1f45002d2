// Extractive-summary scoring for bench/bench_summ.cpp (and its unit tests).
//
// Index scores. A system returns sentence indices; the gold is a set of
// indices. Both are taken as sets (duplicates ignored). Per article:
//   P = |system ∩ gold| / |system|,  R = |system ∩ gold| / |gold|,
//   F1 = 2PR / (P + R)  (0 when P + R = 0).
// A ratio with a zero denominator is 1 when system and gold are both empty
// (nothing to find, nothing claimed) and 0 otherwise. The reported figures are
// macro averages: the mean over articles of each article's P, R and F1 (so the
// mean F1 is not the F1 of the mean P and R). `IndexTotals` also pools the
// counts over all articles (micro P/R), the convention of the corpus README.
//
// ROUGE. The system summary is its sentences joined in original order; the
// reference is the gold sentences joined in original order. Both are turned
// into token sequences by one of two tokenizations:
//   (a) eojeol: code points that are not kept (below) are deleted, then the
//       text is split at whitespace. "3.5%를" -> "35를", "미·중" -> "미중".
//   (b) character: every kept code point is one token; whitespace and
//       everything not kept are dropped.
// Kept code points: Hangul (syllables, conjoining and compatibility jamo),
// ASCII letters and digits (fullwidth forms folded to ASCII, ASCII letters
// lower-cased), Latin-1 and Latin Extended-A/B letters, and Hanja (CJK unified
// and compatibility ideographs: 美 or 中 in a headline is a word). Everything
// else — punctuation, symbols, other scripts — is removed. Whitespace is the
// Unicode White_Space set.
// ROUGE-N (N = 1, 2): overlap = sum over distinct n-grams of
// min(count in system, count in reference); P = overlap / system n-grams,
// R = overlap / reference n-grams, F1 as above with the same zero rule.
// ROUGE-L: L = length of the longest common subsequence of the two whole token
// sequences (no per-sentence union-LCS); P = L / |system|, R = L / |reference|.
// Reported: the mean over articles of each article's F1 (macro average).
// No stemming, no stop words.
#ifndef GEUL_BENCH_SUMM_SCORE_HPP
#define GEUL_BENCH_SUMM_SCORE_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <geul/json.hpp>
#include <geul/unicode/utf8.hpp>

namespace bench::summ {

using Tokens = std::vector<std::string>;
using Indices = std::vector<std::size_t>;

enum class Tokenization { eojeol, character };

inline const char* to_string(Tokenization t) noexcept { return t == Tokenization::eojeol ? "eojeol" : "char"; }

// Unicode White_Space.
inline bool is_white_space(char32_t c) noexcept {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// The kept code point after folding, or 0 when `c` is removed.
inline char32_t fold_kept(char32_t c) noexcept {
  if (c >= 0xFF10 && c <= 0xFF19) c = c - 0xFF10 + U'0';  // fullwidth digits
  if (c >= 0xFF21 && c <= 0xFF3A) c = c - 0xFF21 + U'A';  // fullwidth letters
  if (c >= 0xFF41 && c <= 0xFF5A) c = c - 0xFF41 + U'a';
  if (c >= U'A' && c <= U'Z') return c + 0x20;
  if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) return c;
  if (c >= 0xAC00 && c <= 0xD7A3) return c;                                  // syllables
  if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3131 && c <= 0x318E) ||        // jamo, compatibility jamo
      (c >= 0xA960 && c <= 0xA97C) || (c >= 0xD7B0 && c <= 0xD7FB))
    return c;
  if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) return c;          // Latin-1, Extended-A/B letters
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF))
    return c;                                                                // Hanja
  return 0;
}

// (a) Eojeol tokens: removed code points deleted, then split at whitespace.
inline Tokens eojeol_tokens(std::string_view text) {
  Tokens out;
  std::string cur;
  geul::for_each_code_point(text, [&](char32_t c, std::size_t, std::size_t) {
    if (is_white_space(c)) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else if (char32_t k = fold_kept(c)) {
      geul::append_utf8(cur, k);
    }
  });
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// (b) Character tokens: one per kept code point.
inline Tokens char_tokens(std::string_view text) {
  Tokens out;
  geul::for_each_code_point(text, [&](char32_t c, std::size_t, std::size_t) {
    if (char32_t k = fold_kept(c)) {
      std::string t;
      geul::append_utf8(t, k);
      out.push_back(std::move(t));
    }
  });
  return out;
}

inline Tokens tokenize(std::string_view text, Tokenization t) {
  return t == Tokenization::eojeol ? eojeol_tokens(text) : char_tokens(text);
}

struct PRF {
  double precision = 0, recall = 0, f1 = 0;
};

// P, R and F1 from an overlap and the two sizes, with the zero rule above.
inline PRF prf(std::size_t overlap, std::size_t system_size, std::size_t reference_size) noexcept {
  const bool both_empty = system_size == 0 && reference_size == 0;
  PRF r;
  r.precision = system_size ? static_cast<double>(overlap) / static_cast<double>(system_size) : both_empty ? 1 : 0;
  r.recall = reference_size ? static_cast<double>(overlap) / static_cast<double>(reference_size) : both_empty ? 1 : 0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
  return r;
}

inline Indices unique_sorted(Indices v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

struct IndexCounts {
  std::size_t overlap = 0, system = 0, gold = 0;
};

inline IndexCounts index_counts(const Indices& system, const Indices& gold) {
  Indices s = unique_sorted(system), g = unique_sorted(gold);
  Indices common;
  std::set_intersection(s.begin(), s.end(), g.begin(), g.end(), std::back_inserter(common));
  return {common.size(), s.size(), g.size()};
}

inline PRF index_prf(const Indices& system, const Indices& gold) {
  IndexCounts c = index_counts(system, gold);
  return prf(c.overlap, c.system, c.gold);
}

// Distinct n-grams with their counts; the key joins the tokens with U+0001,
// which no token contains.
inline std::map<std::string, std::size_t> ngram_counts(const Tokens& t, std::size_t n) {
  std::map<std::string, std::size_t> counts;
  if (n == 0 || t.size() < n) return counts;
  for (std::size_t i = 0; i + n <= t.size(); ++i) {
    std::string key = t[i];
    for (std::size_t j = 1; j < n; ++j) (key += '\x01') += t[i + j];
    ++counts[key];
  }
  return counts;
}

inline PRF rouge_n(const Tokens& system, const Tokens& reference, std::size_t n) {
  auto s = ngram_counts(system, n), r = ngram_counts(reference, n);
  std::size_t overlap = 0, ns = 0, nr = 0;
  for (const auto& [gram, count] : s) {
    ns += count;
    auto it = r.find(gram);
    if (it != r.end()) overlap += std::min(count, it->second);
  }
  for (const auto& kv : r) nr += kv.second;
  return prf(overlap, ns, nr);
}

// Length of the longest common subsequence; O(|a|·|b|) time, O(min) memory.
inline std::size_t lcs_length(const Tokens& a, const Tokens& b) {
  const Tokens& longer = a.size() >= b.size() ? a : b;
  const Tokens& shorter = a.size() >= b.size() ? b : a;
  std::vector<std::size_t> row(shorter.size() + 1, 0);
  for (const std::string& x : longer) {
    std::size_t diagonal = 0;  // row[j-1] of the previous line
    for (std::size_t j = 1; j <= shorter.size(); ++j) {
      std::size_t above = row[j];
      row[j] = x == shorter[j - 1] ? diagonal + 1 : std::max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[shorter.size()];
}

inline PRF rouge_l(const Tokens& system, const Tokens& reference) {
  return prf(lcs_length(system, reference), system.size(), reference.size());
}

// The chosen sentences joined with a space, in original order (indices sorted,
// duplicates and out-of-range indices dropped).
inline std::string join_sentences(const std::vector<std::string>& sentences, const Indices& chosen) {
  std::string out;
  for (std::size_t i : unique_sorted(chosen)) {
    if (i >= sentences.size()) continue;
    if (!out.empty()) out += ' ';
    out += sentences[i];
  }
  return out;
}

// Every score of one system summary of one article.
struct ArticleScore {
  PRF index;
  IndexCounts counts;
  PRF rouge1[2], rouge2[2], rougeL[2];  // [0] eojeol, [1] character tokens
};

inline ArticleScore score_article(const std::vector<std::string>& sentences, const Indices& chosen,
                                  const Indices& gold) {
  ArticleScore s;
  s.index = index_prf(chosen, gold);
  s.counts = index_counts(chosen, gold);
  const std::string system_text = join_sentences(sentences, chosen);
  const std::string reference_text = join_sentences(sentences, gold);
  for (int t = 0; t < 2; ++t) {
    Tokenization kind = t == 0 ? Tokenization::eojeol : Tokenization::character;
    Tokens sys = tokenize(system_text, kind), ref = tokenize(reference_text, kind);
    s.rouge1[t] = rouge_n(sys, ref, 1);
    s.rouge2[t] = rouge_n(sys, ref, 2);
    s.rougeL[t] = rouge_l(sys, ref);
  }
  return s;
}

// Macro averages over articles, plus pooled index counts.
struct ScoreTotals {
  std::size_t articles = 0;
  PRF index;          // sums until mean() is called
  IndexCounts pooled;
  double rouge1[2] = {0, 0}, rouge2[2] = {0, 0}, rougeL[2] = {0, 0};  // F1 sums

  void add(const ArticleScore& s) {
    ++articles;
    index.precision += s.index.precision;
    index.recall += s.index.recall;
    index.f1 += s.index.f1;
    pooled.overlap += s.counts.overlap;
    pooled.system += s.counts.system;
    pooled.gold += s.counts.gold;
    for (int t = 0; t < 2; ++t) {
      rouge1[t] += s.rouge1[t].f1;
      rouge2[t] += s.rouge2[t].f1;
      rougeL[t] += s.rougeL[t].f1;
    }
  }
  double mean(double sum) const { return articles ? sum / static_cast<double>(articles) : 0; }
  PRF index_macro() const { return {mean(index.precision), mean(index.recall), mean(index.f1)}; }
  PRF index_micro() const { return prf(pooled.overlap, pooled.system, pooled.gold); }
};

// ── The dataset: JSON Lines with "title", "sentences" and "extractive" ──────
// Read with the library's JSON reader (geul/json.hpp); other members are
// ignored whatever their type, and a malformed line is reported, not guessed.

struct Article {
  std::string id;
  std::string title;
  std::vector<std::string> sentences;
  Indices extractive;  // gold sentence indices, 0-based
};

// One JSON object per line; false on malformed input or a missing field.
inline bool parse_article_line(std::string_view line, Article& a) {
  namespace json = geul::detail::json;
  a = Article{};
  json::Value v;
  std::string error;
  if (!json::parse(line, v, error) || v.type != json::Type::object) return false;
  const json::Value* sentences = v.get("sentences");
  const json::Value* extractive = v.get("extractive");
  if (!sentences || sentences->type != json::Type::array || !extractive || extractive->type != json::Type::array)
    return false;
  for (const char* key : {"id", "title"}) {
    const json::Value* f = v.get(key);
    if (!f) continue;
    if (f->type != json::Type::string) return false;
    (key[0] == 'i' ? a.id : a.title) = f->text;
  }
  for (const json::Value& x : sentences->items) {
    if (x.type != json::Type::string) return false;
    a.sentences.push_back(x.text);
  }
  for (const json::Value& x : extractive->items) {
    // Indices are non-negative integers as written (at most 9 digits).
    if (x.type != json::Type::number || x.text.empty() || x.text.size() > 9 ||
        x.text.find_first_not_of("0123456789") != std::string::npos)
      return false;
    std::size_t index = 0;
    for (char c : x.text) index = index * 10 + static_cast<std::size_t>(c - '0');
    a.extractive.push_back(index);
  }
  return true;
}

// Every non-blank line of a JSON Lines file; `bad_lines` counts lines that do
// not parse (they are skipped).
inline std::vector<Article> load_articles(std::string_view file, std::size_t& bad_lines) {
  std::vector<Article> out;
  bad_lines = 0;
  std::size_t pos = 0;
  while (pos < file.size()) {
    std::size_t nl = file.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? file.size() : nl;
    std::string_view line = file.substr(pos, end - pos);
    pos = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    Article a;
    if (parse_article_line(line, a)) out.push_back(std::move(a));
    else ++bad_lines;
  }
  return out;
}

}  // namespace bench::summ

#endif  // GEUL_BENCH_SUMM_SCORE_HPP
