// Summarization throughput: parse_article + summarize on ~5 KB news pages, one
// core, best of bench::runs, with parse_article alone timed on the same pages
// in the same run as the reference (and summarize alone on the parsed
// documents, and the full analysis when analysis/report.hpp is there).
//
// The pages come from bench::pages::Generator (news_text.hpp): the team's
// headlines, sentences and page furniture (navigation, captions, bylines,
// copyright, related news) in three layouts, bodies grown to about 5 KB with
// half of their sentences generated from the team's vocabulary. No corpus
// text. Then one very long article (~1 MB body) to check that the time stays
// linear past the dense-graph limit.
//
// Usage: bench_summarize [CORPUS]   (the corpus is not used). Prints key=value lines.
#include <geul/geul.hpp>

#include "news_text.hpp"

#if __has_include(<geul/analysis/summarize.hpp>)
#include <geul/analysis/summarize.hpp>
#define GEUL_BENCH_HAS_SUMMARIZER 1
#else
#define GEUL_BENCH_HAS_SUMMARIZER 0
#endif
#if GEUL_BENCH_HAS_SUMMARIZER && __has_include(<geul/analysis/report.hpp>) && \
    __has_include(<geul/analysis/quotes.hpp>) && __has_include(<geul/analysis/entities.hpp>)
#include <geul/analysis/report.hpp>
#define GEUL_BENCH_HAS_ANALYZE 1
#else
#define GEUL_BENCH_HAS_ANALYZE 0
#endif

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

int main() {
#if !GEUL_BENCH_HAS_SUMMARIZER
  std::printf("summarize=skipped (include/geul/analysis/summarize.hpp not there yet)\n");
  return 0;
#else
  constexpr std::size_t article_count = 1000;
  constexpr std::size_t article_bytes = 5000;
  constexpr double goal_articles_per_s = 2000;

  bench::pages::Generator gen;
  std::vector<std::string> pages;
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < article_count; ++i) {
    pages.push_back(gen.article(article_bytes));
    bytes += pages.back().size();
  }
  const double n = static_cast<double>(pages.size());
  const double mb = static_cast<double>(bytes) / 1e6;
  const geul::ParseOptions parse_options;
  const geul::SummaryOptions summary_options;  // k = 3

  std::size_t sink = 0;
  const double parse_s = bench::best_seconds([&] {
    for (const std::string& p : pages) sink += geul::parse_article(p, parse_options).blocks.size();
  });
  const double parse_summarize_s = bench::best_seconds([&] {
    for (const std::string& p : pages) {
      geul::Document d = geul::parse_article(p, parse_options);
      sink += geul::summarize(d, summary_options).sentences.size();
    }
  });

  std::vector<geul::Document> docs;
  docs.reserve(pages.size());
  for (const std::string& p : pages) docs.push_back(geul::parse_article(p, parse_options));
  std::size_t candidates = 0, chosen = 0, short_summaries = 0;
  for (const geul::Document& d : docs) {
    geul::Summary s = geul::summarize(d, summary_options);
    candidates += s.candidates.size();
    chosen += s.sentences.size();
    short_summaries += s.sentences.size() < summary_options.sentences;
  }
  const double summarize_s = bench::best_seconds([&] {
    for (const geul::Document& d : docs) sink += geul::summarize(d, summary_options).sentences.size();
  });

  std::printf("summarize.articles=%zu\n", pages.size());
  std::printf("summarize.bytes=%zu\n", bytes);
  std::printf("summarize.mean_article_bytes=%.0f\n", static_cast<double>(bytes) / n);
  std::printf("summarize.mean_candidate_sentences=%.1f\n", static_cast<double>(candidates) / n);
  std::printf("summarize.mean_chosen_sentences=%.2f\n", static_cast<double>(chosen) / n);
  std::printf("summarize.articles_with_fewer_than_k=%zu\n", short_summaries);
  std::printf("parse.articles_per_s=%.0f\n", n / parse_s);
  std::printf("parse.mbps=%.1f\n", mb / parse_s);
  std::printf("parse_summarize.articles_per_s=%.0f\n", n / parse_summarize_s);
  std::printf("parse_summarize.mbps=%.1f\n", mb / parse_summarize_s);
  std::printf("summarize_only.articles_per_s=%.0f\n", n / summarize_s);
  std::printf("summarize_only.us_per_article=%.1f\n", summarize_s / n * 1e6);
  // Same convention as bench_parse's ratio_to_normalize: reference time / time.
  std::printf("parse_summarize.ratio_to_parse=%.3f\n", parse_s / parse_summarize_s);
  std::printf("parse_summarize.goal_articles_per_s=%.0f\n", goal_articles_per_s);
  std::printf("parse_summarize.goal_met=%d\n", n / parse_summarize_s >= goal_articles_per_s ? 1 : 0);

#if GEUL_BENCH_HAS_ANALYZE
  const double analyze_s = bench::best_seconds([&] {
    for (const std::string& p : pages) {
      geul::Document d = geul::parse_article(p, parse_options);
      sink += geul::analyze(d).summary.sentences.size();
    }
  });
  std::printf("parse_analyze.articles_per_s=%.0f\n", n / analyze_s);
  std::printf("parse_analyze.ratio_to_parse=%.3f\n", parse_s / analyze_s);
#else
  std::printf("parse_analyze=skipped (analysis/report.hpp, quotes.hpp or entities.hpp not there yet)\n");
#endif

  // One very long article: past SummaryOptions::dense_graph_limit the graph is
  // windowed, so this should cost about (its size / 5 KB) articles, not more.
  bench::pages::Generator big_gen;
  const std::string huge = big_gen.article(1u << 20);
  const geul::Document huge_doc = geul::parse_article(huge, parse_options);
  auto t0 = std::chrono::steady_clock::now();
  geul::Summary huge_summary = geul::summarize(huge_doc, summary_options);
  const double huge_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  sink += huge_summary.sentences.size();
  std::printf("summarize.huge_article.bytes=%zu\n", huge.size());
  std::printf("summarize.huge_article.candidate_sentences=%zu\n", huge_summary.candidates.size());
  std::printf("summarize.huge_article.seconds=%.4f\n", huge_s);
  std::printf("summarize.huge_article.ratio_to_5kb_articles=%.2f\n",
              huge_s / (summarize_s / n) / (static_cast<double>(huge.size()) / (static_cast<double>(bytes) / n)));
  return sink == 0;
#endif
}
