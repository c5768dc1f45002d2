// Baseline extractive summarizers for bench/bench_summ.cpp, on pre-split
// sentences (one string per sentence; results are 0-based indices in original
// order).
//
// Lead-k: the first min(k, n) sentences.
//
// Plain TextRank: the algorithm of textrankr (PageRank over a sentence graph),
// written from its description:
//   * Tokenizer (textrankr takes one from the user): eojeol tokens with
//     punctuation and symbols removed — exactly summ_score.hpp's eojeol_tokens
//     (Hangul, Latin letters, digits, Hanja kept; ASCII lower-cased).
//   * Candidates: as in textrankr, a sentence with fewer than 2 tokens is not a
//     node, and a sentence whose text (trimmed of spaces and periods) repeats an
//     earlier candidate's is not a node either. Non-nodes are never chosen.
//   * Edges: between every pair of nodes, weight = multiset Jaccard similarity
//     of their token multisets, sum(min counts) / sum(max counts); an edge is
//     kept only when its weight exceeds 0.05 (textrankr's default tolerance).
//   * Scores: weighted PageRank on the undirected graph as networkx computes
//     it: damping 0.85, start and teleport vectors uniform, each node's rank
//     spread over its edges in proportion to weight, a node without edges
//     spreads its rank uniformly over all nodes; iterate until the L1 change is
//     below n·1e-6, at most 100 iterations (networkx's defaults; if it has not
//     converged by then the last iterate is used — `converged` tells).
//   * Choice: the k highest scores, ties to the smaller index (the order a
//     stable sort by score gives in textrankr), returned in original order.
#ifndef GEUL_BENCH_SUMM_BASELINES_HPP
#define GEUL_BENCH_SUMM_BASELINES_HPP

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "summ_score.hpp"

namespace bench::summ {

inline Indices lead_k(std::size_t sentence_count, std::size_t k) {
  Indices out;
  for (std::size_t i = 0; i < std::min(k, sentence_count); ++i) out.push_back(i);
  return out;
}

using Multiset = std::map<std::string, std::size_t>;

inline Multiset to_multiset(const Tokens& tokens) {
  Multiset m;
  for (const std::string& t : tokens) ++m[t];
  return m;
}

// sum(min counts) / sum(max counts); 0 when both are empty.
inline double multiset_jaccard(const Multiset& a, const Multiset& b) {
  std::size_t intersection = 0, union_size = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() || j != b.end()) {
    if (j == b.end() || (i != a.end() && i->first < j->first)) {
      union_size += i->second;
      ++i;
    } else if (i == a.end() || j->first < i->first) {
      union_size += j->second;
      ++j;
    } else {
      intersection += std::min(i->second, j->second);
      union_size += std::max(i->second, j->second);
      ++i;
      ++j;
    }
  }
  return union_size ? static_cast<double>(intersection) / static_cast<double>(union_size) : 0.0;
}

struct TextRankOptions {
  double damping = 0.85;
  double edge_threshold = 0.05;  // edges with weight <= this are dropped
  double tolerance = 1e-6;       // per node: stop when the L1 change < n * tolerance
  int max_iterations = 100;
  std::size_t min_tokens = 2;    // fewer tokens: not a node
};

struct TextRankResult {
  Indices chosen;              // in original order
  std::vector<double> scores;  // per input sentence; -1 for sentences that are not nodes
  int iterations = 0;
  bool converged = true;
};

// Weighted PageRank on a symmetric weight matrix (row-major, n × n, zero
// diagonal).
inline std::vector<double> pagerank(const std::vector<double>& weights, std::size_t n, const TextRankOptions& o,
                                    int& iterations, bool& converged) {
  std::vector<double> x(n, n ? 1.0 / static_cast<double>(n) : 0.0), next(n), out_weight(n, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) out_weight[i] += weights[i * n + j];
  iterations = 0;
  converged = n == 0;
  const double uniform = n ? 1.0 / static_cast<double>(n) : 0.0;
  while (!converged && iterations < o.max_iterations) {
    ++iterations;
    double dangling = 0;
    for (std::size_t i = 0; i < n; ++i)
      if (out_weight[i] == 0) dangling += x[i];
    std::fill(next.begin(), next.end(), (o.damping * dangling + (1 - o.damping)) * uniform);
    for (std::size_t i = 0; i < n; ++i) {
      if (out_weight[i] == 0) continue;
      const double share = o.damping * x[i] / out_weight[i];
      for (std::size_t j = 0; j < n; ++j) next[j] += share * weights[i * n + j];
    }
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) change += std::fabs(next[i] - x[i]);
    x.swap(next);
    converged = change < static_cast<double>(n) * o.tolerance;
  }
  return x;
}

// Sentences whose text, trimmed of spaces and periods, repeats an earlier one's.
inline std::string_view trim_spaces_and_periods(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '.')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.remove_suffix(1);
  return s;
}

inline TextRankResult textrank(const std::vector<std::string>& sentences, std::size_t k,
                               const TextRankOptions& o = {}) {
  TextRankResult r;
  r.scores.assign(sentences.size(), -1.0);
  std::vector<std::size_t> node_sentence;
  std::vector<Multiset> bags;
  std::vector<std::string_view> seen;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    std::string_view text = trim_spaces_and_periods(sentences[i]);
    if (std::find(seen.begin(), seen.end(), text) != seen.end()) continue;
    Tokens tokens = eojeol_tokens(text);
    if (tokens.size() < o.min_tokens) continue;
    seen.push_back(text);
    node_sentence.push_back(i);
    bags.push_back(to_multiset(tokens));
  }
  const std::size_t n = node_sentence.size();
  std::vector<double> weights(n * n, 0.0);
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = a + 1; b < n; ++b) {
      double w = multiset_jaccard(bags[a], bags[b]);
      if (w > o.edge_threshold) weights[a * n + b] = weights[b * n + a] = w;
    }
  std::vector<double> rank = pagerank(weights, n, o, r.iterations, r.converged);
  std::vector<std::size_t> order(n);
  for (std::size_t a = 0; a < n; ++a) order[a] = a, r.scores[node_sentence[a]] = rank[a];
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rank[a] > rank[b]; });
  for (std::size_t a = 0; a < std::min(k, n); ++a) r.chosen.push_back(node_sentence[order[a]]);
  std::sort(r.chosen.begin(), r.chosen.end());
  return r;
}

}  // namespace bench::summ

#endif  // GEUL_BENCH_SUMM_BASELINES_HPP
