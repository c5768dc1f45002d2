// Parse throughput on news-like pages, with normalize_news alone (the parser's
// first stage) measured on the same pages in the same run as the reference.
//
// The pages are synthetic: assembled with a fixed-seed generator
// (bench::pages::Generator in news_text.hpp; the sentences are invented)
// plus the page noise the parser has to handle — navigation and widget lines,
// date lines, captions, byline prefixes, closing bylines, copyright and
// related-news lists — in three layouts: line-per-paragraph pages, glued crawler bodies (one
// line) and broadcast transcripts. Then the two bad-input sizes the issue
// names: a 50 MB single line and 1,000,000 short lines.
//
// Usage: bench_parse [CORPUS]   (CORPUS is not needed; when CORPUS/seeds exists
// its pages are timed too). Prints key=value lines.
#include <geul/geul.hpp>

#include "news_text.hpp"

#include <chrono>
#include <cstdio>
#include <dirent.h>
#include <string>
#include <vector>

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

bool partitions(const geul::Document& d, std::size_t n) {
  std::size_t pos = 0;
  for (const geul::Block& b : d.blocks) {
    if (b.source.begin != pos) return false;
    pos = b.source.end;
  }
  return pos == n;
}

}  // namespace

int main(int argc, char** argv) {
  bench::pages::Generator gen;
  std::vector<std::string> pages;
  std::size_t bytes = 0;
  while (bytes < (24u << 20)) {
    pages.push_back(gen.page());
    bytes += pages.back().size();
  }
  const double mb = static_cast<double>(bytes) / 1e6;

  // Reference: the parser's first stage alone (the same options parse_article uses).
  geul::ParseOptions options;
  std::size_t sink = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (const std::string& p : pages) sink += geul::normalize_news(p, options.normalize).text.size();
  double normalize_s = seconds_since(t0);

  t0 = std::chrono::steady_clock::now();
  std::size_t blocks = 0, body_pages = 0;
  bool ok = true;
  for (const std::string& p : pages) {
    geul::Document d = geul::parse_article(p, options);
    blocks += d.blocks.size();
    body_pages += !d.metadata.title.empty() && !d.metadata.reporters.empty();
    ok = ok && partitions(d, p.size());
  }
  double parse_s = seconds_since(t0);

  std::printf("parse.pages=%zu\n", pages.size());
  std::printf("parse.bytes=%zu\n", bytes);
  std::printf("parse.mbps=%.1f\n", mb / parse_s);
  std::printf("normalize.mbps=%.1f\n", mb / normalize_s);
  std::printf("parse.ratio_to_normalize=%.3f\n", normalize_s / parse_s);
  std::printf("parse.pages_with_title_and_reporter=%.3f\n", static_cast<double>(body_pages) / pages.size());
  std::printf("parse.partition_ok=%d\n", ok ? 1 : 0);

  // Bad input 1: a 50 MB single line (glued body text with markers every few sentences).
  std::string line;
  while (line.size() < (50u << 20)) {
    for (int i = 0; i < 8; ++i) (line += gen.pick(bench::pages::sentences)) += ' ';
    line += "2024.05.21. photo@newsis.com *재판매 및 DB 금지 ";
  }
  t0 = std::chrono::steady_clock::now();
  geul::Document big = geul::parse_article(line, options);
  double big_s = seconds_since(t0);
  std::printf("parse.single_line_50mb.seconds=%.3f\n", big_s);
  std::printf("parse.single_line_50mb.mbps=%.1f\n", static_cast<double>(line.size()) / 1e6 / big_s);
  std::printf("parse.single_line_50mb.partition_ok=%d\n", partitions(big, line.size()) ? 1 : 0);
  line.clear();
  line.shrink_to_fit();
  big = geul::Document();

  // Bad input 2: 1,000,000 short lines.
  std::string lines;
  for (int i = 0; i < 1000000; ++i) {
    lines += i % 3 == 0 ? "공유" : i % 3 == 1 ? "짧은 줄 하나" : "12";
    lines += '\n';
  }
  t0 = std::chrono::steady_clock::now();
  geul::Document many = geul::parse_article(lines, options);
  double many_s = seconds_since(t0);
  std::printf("parse.lines_1m.seconds=%.3f\n", many_s);
  std::printf("parse.lines_1m.blocks=%zu\n", many.blocks.size());
  std::printf("parse.lines_1m.partition_ok=%d\n", partitions(many, lines.size()) ? 1 : 0);

  // The real seed pages, when the corpus is there (read and timed only).
  std::string seeds = std::string(argc > 1 ? argv[1] : "../shared/corpus") + "/seeds";
  std::vector<std::string> seed_pages;
  if (DIR* d = opendir(seeds.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() < 5 || n.compare(n.size() - 4, 4, ".txt") != 0) continue;
      std::FILE* f = std::fopen((seeds + "/" + n).c_str(), "rb");
      if (!f) continue;
      std::string s;
      char buf[1 << 15];
      std::size_t k;
      while ((k = std::fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, k);
      std::fclose(f);
      seed_pages.push_back(std::move(s));
    }
    closedir(d);
  }
  if (seed_pages.empty()) {
    std::printf("parse.seeds=skipped (no %s)\n", seeds.c_str());
  } else {
    std::size_t seed_bytes = 0;
    t0 = std::chrono::steady_clock::now();
    for (int r = 0; r < 400; ++r)
      for (const std::string& s : seed_pages) sink += geul::parse_article(s, options).blocks.size(), seed_bytes += s.size();
    std::printf("parse.seeds.mbps=%.1f\n", static_cast<double>(seed_bytes) / 1e6 / seconds_since(t0));
  }
  return sink == 0 || blocks == 0;
}
