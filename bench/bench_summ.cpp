// Extractive summarization quality on sci-news-sum-kr-50 (50 Naver IT/science
// articles, one sentence per line, human-chosen summary sentence indices).
//
// Systems: geul::summarize_lines (with the title), Lead-k and plain TextRank
// (bench/summ_baselines.hpp), each at k = 3 and at k = the article's gold count.
// Scores (bench/summ_score.hpp): index P/R/F1 against the gold indices, and
// ROUGE-1/2/L F1 under eojeol and character tokens, all macro-averaged over
// articles. The reference for ROUGE is the gold extractive sentences joined in
// order: this dev set has no human abstractive summaries, so these ROUGE
// figures measure overlap with the chosen sentences, not with a written
// summary.
//
// Usage: bench_summ [CORPUS]   (default ../shared/corpus; skips cleanly when the
// file is absent). Prints key=value lines and a Markdown table.
// GEUL_SUMM_DUMP=1 (or --dump) also prints, per article, the indices each
// system chose at both k; GEUL_SUMM_DUMP=2 adds the text of every sentence
// with its marks (G gold, g geul, L lead, T textrank at k = gold count), for
// error analysis in a terminal only — never paste corpus text into the repo.
#include "summ_baselines.hpp"
#include "summ_score.hpp"

#if __has_include(<geul/analysis/summarize.hpp>)
#include <geul/analysis/summarize.hpp>
#define GEUL_BENCH_HAS_SUMMARIZER 1
#else
#define GEUL_BENCH_HAS_SUMMARIZER 0
#endif

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace bench::summ;

std::string read_file(const std::string& path, bool& ok) {
  std::string out;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  ok = f != nullptr;
  if (!f) return out;
  char buf[1 << 15];
  std::size_t k;
  while ((k = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, k);
  std::fclose(f);
  return out;
}

enum System { geul_system, lead_system, textrank_system, system_count };
const char* const system_names[] = {"geul", "lead", "textrank"};
const char* const system_labels[] = {"geul `summarize_lines`", "Lead-k", "TextRank (textrankr algorithm)"};
enum Budget { k3, kgold, budget_count };
const char* const budget_names[] = {"k3", "kgold"};
const char* const budget_labels[] = {"3", "gold"};

Indices choose(System s, const Article& a, std::size_t k, int& textrank_unconverged) {
  switch (s) {
    case geul_system: {
#if GEUL_BENCH_HAS_SUMMARIZER
      std::vector<std::string_view> lines(a.sentences.begin(), a.sentences.end());
      geul::SummaryOptions o;
      o.sentences = k;
      Indices out;
      for (const geul::SummarySentence& x : geul::summarize_lines(lines, a.title, o).sentences)
        out.push_back(x.index);
      return out;
#else
      return {};
#endif
    }
    case lead_system: return lead_k(a.sentences.size(), k);
    case textrank_system: {
      TextRankResult r = textrank(a.sentences, k);
      textrank_unconverged += !r.converged;
      return r.chosen;
    }
    default: return {};
  }
}

std::string list(const Indices& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + std::to_string(v[i]);
  return s + "]";
}

bool contains(const Indices& v, std::size_t x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = "../shared/corpus";
  int dump = 0;
  if (const char* e = std::getenv("GEUL_SUMM_DUMP")) dump = std::atoi(e);
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--dump") == 0) dump = dump ? dump : 1;
    else corpus = argv[i];
  }
  const std::string path = corpus + "/summ/sci-news-sum-kr-50/sci_news_sum_kr_50.jsonl";
  bool ok = false;
  const std::string file = read_file(path, ok);
  if (!ok) {
    std::printf("summ=skipped (no %s)\n", path.c_str());
    return 0;
  }
  std::size_t bad = 0;
  const std::vector<Article> articles = load_articles(file, bad);
  std::size_t sentences = 0, gold = 0;
  for (const Article& a : articles) sentences += a.sentences.size(), gold += unique_sorted(a.extractive).size();
  std::printf("summ.articles=%zu\n", articles.size());
  std::printf("summ.bad_lines=%zu\n", bad);
  std::printf("summ.sentences=%zu\n", sentences);
  std::printf("summ.gold_sentences=%zu\n", gold);
  std::printf("summ.reference=gold extractive sentences joined in order (no human abstractive summaries in this set)\n");
  std::printf("summ.geul_available=%d\n", GEUL_BENCH_HAS_SUMMARIZER);
  if (articles.empty()) return 1;

  ScoreTotals totals[system_count][budget_count];
  int textrank_unconverged = 0;
  for (const Article& a : articles) {
    const Indices gold_set = unique_sorted(a.extractive);
    Indices chosen[system_count][budget_count];
    for (int b = 0; b < budget_count; ++b) {
      const std::size_t k = b == k3 ? 3 : gold_set.size();
      for (int s = 0; s < system_count; ++s) {
        if (s == geul_system && !GEUL_BENCH_HAS_SUMMARIZER) continue;
        chosen[s][b] = choose(static_cast<System>(s), a, k, textrank_unconverged);
        totals[s][b].add(score_article(a.sentences, chosen[s][b], gold_set));
      }
    }
    if (dump) {
      std::printf("dump id=%s n=%zu gold=%s", a.id.c_str(), a.sentences.size(), list(gold_set).c_str());
      for (int b = 0; b < budget_count; ++b)
        for (int s = 0; s < system_count; ++s)
          std::printf(" %s.%s=%s", system_names[s], budget_names[b], list(chosen[s][b]).c_str());
      std::printf("\n");
      if (dump >= 2) {
        std::printf("  title: %s\n", a.title.c_str());
        for (std::size_t i = 0; i < a.sentences.size(); ++i)
          std::printf("  %c%c%c%c %2zu %s\n", contains(gold_set, i) ? 'G' : '.',
                      contains(chosen[geul_system][kgold], i) ? 'g' : '.',
                      contains(chosen[lead_system][kgold], i) ? 'L' : '.',
                      contains(chosen[textrank_system][kgold], i) ? 'T' : '.', i, a.sentences[i].c_str());
      }
    }
  }
  std::printf("summ.textrank.unconverged=%d\n", textrank_unconverged);

  for (int s = 0; s < system_count; ++s) {
    if (s == geul_system && !GEUL_BENCH_HAS_SUMMARIZER) continue;
    for (int b = 0; b < budget_count; ++b) {
      const ScoreTotals& t = totals[s][b];
      const std::string key = std::string("summ.") + system_names[s] + "." + budget_names[b] + ".";
      const PRF macro = t.index_macro(), micro = t.index_micro();
      std::printf("%sindex_p=%.4f\n%sindex_r=%.4f\n%sindex_f1=%.4f\n", key.c_str(), macro.precision, key.c_str(),
                  macro.recall, key.c_str(), macro.f1);
      std::printf("%sindex_p_pooled=%.4f\n%sindex_r_pooled=%.4f\n", key.c_str(), micro.precision, key.c_str(),
                  micro.recall);
      for (int tk = 0; tk < 2; ++tk) {
        const char* tn = tk == 0 ? "eojeol" : "char";
        std::printf("%srouge1_%s=%.4f\n%srouge2_%s=%.4f\n%srougeL_%s=%.4f\n", key.c_str(), tn, t.mean(t.rouge1[tk]),
                    key.c_str(), tn, t.mean(t.rouge2[tk]), key.c_str(), tn, t.mean(t.rougeL[tk]));
      }
    }
  }

  std::printf("\n| system | k | index P | index R | **index F1** | R-1 eojeol | **R-2 eojeol** | R-L eojeol | "
              "R-1 char | R-2 char | R-L char |\n");
  std::printf("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (int b = 0; b < budget_count; ++b)
    for (int s = 0; s < system_count; ++s) {
      if (s == geul_system && !GEUL_BENCH_HAS_SUMMARIZER) continue;
      const ScoreTotals& t = totals[s][b];
      const PRF m = t.index_macro();
      std::printf("| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |\n", system_labels[s],
                  budget_labels[b], m.precision, m.recall, m.f1, t.mean(t.rouge1[0]), t.mean(t.rouge2[0]),
                  t.mean(t.rougeL[0]), t.mean(t.rouge1[1]), t.mean(t.rouge2[1]), t.mean(t.rougeL[1]));
    }
  return 0;
}
