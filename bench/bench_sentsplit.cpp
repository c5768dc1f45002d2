// Sentence splitting: quality on the kiwipiepy sentence-split benchmark
// (../shared/corpus/sentsplit/testset, scored as in sentsplit_score.hpp) for
// geul and the published regex baseline, and throughput on generated
// news-like text (written here, no corpus text).
//
//   bench_sentsplit [CORPUS_DIR] [--errors]
//
// --errors prints, for every document geul does not split exactly, the gold
// and the predicted sentences (for development; never commit that output).
#include <geul/text/sentences.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "news_text.hpp"
#include "sentsplit_score.hpp"

namespace {

const char* const kFiles[] = {"blogs", "blogs_ko", "etn",    "nested",
                              "sample", "tweets",  "v_ending", "wikipedia"};

// Published figures of the regex baseline on these 8 files (kiwipiepy README).
constexpr double kPublishedBaselineEm = 0.527, kPublishedBaselineF1 = 0.654,
                 kPublishedBaselineNf1 = 0.622;

bool read_file(const std::string& path, std::string& out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return true;
}

std::vector<std::string_view> geul_split(std::string_view text) {
  std::vector<std::string_view> out;
  geul::for_each_sentence(text, [&](const geul::Sentence& s) { out.push_back(geul::sentence_text(text, s)); });
  return out;
}

void print_row(const char* name, const sentsplit::Totals& t) {
  std::printf("  %-10s gold %4zu  system %4zu  EM %.3f  F1 %.3f  NF1 %.3f\n", name, t.gold, t.predicted,
              t.mean_em(), t.mean_f1(), t.mean_nf1());
}

void print_keys(const char* who, const char* file, const sentsplit::Totals& t) {
  std::printf("sentsplit.%s.%s.em=%.3f\n", who, file, t.mean_em());
  std::printf("sentsplit.%s.%s.f1=%.3f\n", who, file, t.mean_f1());
  std::printf("sentsplit.%s.%s.nf1=%.3f\n", who, file, t.mean_nf1());
}

// ------------------------------------------------- news sentence lists (secondary)

// Reads the JSON string starting at s[i] == '"' (escapes decoded); i ends after it.
bool read_json_string(std::string_view s, std::size_t& i, std::string& out) {
  if (i >= s.size() || s[i] != '"') return false;
  ++i;
  while (i < s.size() && s[i] != '"') {
    char c = s[i++];
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    if (i >= s.size()) return false;
    char e = s[i++];
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'u': {
        auto hex4 = [&](std::size_t at, unsigned& v) {
          if (at + 4 > s.size()) return false;
          v = 0;
          for (std::size_t k = at; k < at + 4; ++k) {
            char h = s[k];
            v <<= 4;
            if (h >= '0' && h <= '9') v |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f') v |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') v |= static_cast<unsigned>(h - 'A' + 10);
            else return false;
          }
          return true;
        };
        unsigned v;
        if (!hex4(i, v)) return false;
        i += 4;
        if (v >= 0xD800 && v <= 0xDBFF && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
          unsigned lo;
          if (hex4(i + 2, lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
            v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
            i += 6;
          }
        }
        geul::append_utf8(out, static_cast<char32_t>(v));
        break;
      }
      default: out.push_back(e); break;
    }
  }
  if (i >= s.size()) return false;
  ++i;
  return true;
}

// The "sentences" arrays of a JSON Lines file, one document per line.
std::vector<sentsplit::Document> load_sentence_lists(const std::string& jsonl) {
  std::vector<sentsplit::Document> docs;
  std::size_t pos = 0;
  while (pos < jsonl.size()) {
    std::size_t nl = jsonl.find('\n', pos);
    if (nl == std::string::npos) nl = jsonl.size();
    std::string_view line(jsonl.data() + pos, nl - pos);
    pos = nl + 1;
    std::size_t k = line.find("\"sentences\"");
    if (k == std::string_view::npos) continue;
    k = line.find('[', k);
    if (k == std::string_view::npos) continue;
    sentsplit::Document doc;
    ++k;
    while (k < line.size()) {
      while (k < line.size() && (line[k] == ' ' || line[k] == ',')) ++k;
      if (k >= line.size() || line[k] != '"') break;
      std::string sentence;
      if (!read_json_string(line, k, sentence)) break;
      // Join with one space, as in running text.
      while (!sentence.empty() && sentence.back() == ' ') sentence.pop_back();
      sentence.push_back(' ');
      doc.text += sentence;
      doc.gold.push_back(std::move(sentence));
    }
    if (!doc.gold.empty()) docs.push_back(std::move(doc));
  }
  return docs;
}

// ---------------------------------------------------------------- throughput

// News-like sentences written for this benchmark, with slots for numbers.
const char* const kTemplates[] = {
    "정부는 {N}일 서울 종로구 정부청사에서 경제관계장관회의를 열고 하반기 경제정책 방향을 발표했다. ",
    "기획재정부 관계자는 \"올해 성장률은 {D}% 수준으로 예상된다\"며 \"수출 회복세가 이어지고 있다\"고 말했다. ",
    "한국은행에 따르면 지난달 소비자물가는 전년 같은 달보다 {D}% 올랐다. ",
    "이번 조사는 {Y}.{M}.{N}. 전국 성인 {K}명을 대상으로 진행됐으며 표본오차는 95% 신뢰수준에 ±{D}%포인트다. ",
    "회사 측은 신제품(모델명 GX-{K})을 다음 달부터 국내외 시장에 순차적으로 출시할 계획이라고 밝혔다. ",
    "업계에서는 이번 협약이 중소기업의 해외 진출에 도움이 될 것으로 보고 있다. ",
    "김 장관은 “현장의 목소리를 듣고 제도를 개선하겠다”며 “필요하면 추가 대책도 내놓겠다”고 강조했다. ",
    "자세한 내용은 누리집(www.example.go.kr)이나 전화(02-{K}-{K})로 문의하면 된다. ",
    "시민단체는 성명을 내고 '졸속 추진'이라며 재검토를 요구했다. ",
    "행사에는 주민 {K}여 명이 참석해 자리를 빛냈다.다음 달에는 2차 행사가 열린다. ",
    "전문가들은 금리 인하 시점이 늦춰질 수 있다고 전망한다. 다만 변수는 여전히 많다. ",
    "▲1차 접수 {M}월 {N}일 ▲2차 접수 {M}월 {N}일 ▲최종 발표 {M}월 {N}일로 예정돼 있다. ",
    "이 같은 내용은 {Y}년 발표된 보고서(제{N}호)에 처음 실렸다. ",
    "그는 왜 그런 결정을 내렸을까? 답은 간단하다. ",
    "공단 관계자는 \"접수 마감이 얼마 남지 않았다. 서둘러 달라\"고 당부했다. ",
    "한편 이날 코스피는 전 거래일보다 {D}포인트 오른 {K}.{N}으로 장을 마쳤다. ",
};

std::string generate_news(std::size_t target_bytes) {
  std::string out;
  out.reserve(target_bytes + 512);
  std::uint32_t state = 12345u;
  auto next = [&state]() {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  const std::size_t n_templates = sizeof kTemplates / sizeof kTemplates[0];
  std::size_t in_paragraph = 0;
  char num[32];
  while (out.size() < target_bytes) {
    const char* t = kTemplates[next() % n_templates];
    for (const char* p = t; *p; ++p) {
      if (*p == '{' && p[1] && p[2] == '}') {
        switch (p[1]) {
          case 'N': std::snprintf(num, sizeof num, "%u", 1 + next() % 28); break;
          case 'M': std::snprintf(num, sizeof num, "%u", 1 + next() % 12); break;
          case 'Y': std::snprintf(num, sizeof num, "%u", 2015 + next() % 10); break;
          case 'K': std::snprintf(num, sizeof num, "%u", 100 + next() % 9000); break;
          default: std::snprintf(num, sizeof num, "%u.%u", next() % 10, next() % 10); break;
        }
        out += num;
        p += 2;
      } else {
        out.push_back(*p);
      }
    }
    if (++in_paragraph == 4) {
      out.back() = '\n';
      in_paragraph = 0;
    }
  }
  return out;
}

void throughput() {
  const std::string text = generate_news(16u << 20);
  const double mb = static_cast<double>(text.size()) / 1e6;
  std::size_t sink = 0;
  double t_geul = bench::best_seconds([&] {
    std::size_t n = 0;
    geul::for_each_sentence(text, [&](const geul::Sentence& s) { n += s.span.end; });
    sink += n;
  });
  double t_base = bench::best_seconds([&] { sink += sentsplit::baseline_split(text).size(); });
  double t_scan = bench::best_seconds([&] {
    std::size_t n = 0;
    for (char c : text) n += (c == '.' || c == '!' || c == '?');
    sink += n;
  });
  std::size_t sentences = 0;
  geul::for_each_sentence(text, [&](const geul::Sentence&) { ++sentences; });
  std::printf("# throughput on %.1f MB of generated news-like text (%zu sentences), best of 5\n", mb, sentences);
  std::printf("sentsplit.geul_mbps=%.1f\n", mb / t_geul);
  std::printf("sentsplit.baseline_mbps=%.1f\n", mb / t_base);
  std::printf("sentsplit.byte_scan_mbps=%.1f\n", mb / t_scan);
  std::printf("sentsplit.ratio_vs_baseline=%.2f\n", t_base / t_geul);
  std::printf("sentsplit.ratio_vs_byte_scan=%.3f\n", t_scan / t_geul);
  std::printf("# (sink %zu)\n", sink % 10);
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = argc > 1 && argv[1][0] != '-' ? argv[1] : "../shared/corpus";
  bool errors = false;
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], "--errors") == 0) errors = true;

  const std::string dir = corpus + "/sentsplit/testset/";
  std::string probe;
  if (!read_file(dir + "blogs.txt", probe)) {
    std::printf("# bench_sentsplit: no corpus at %s, skipping the evaluation\n", dir.c_str());
    throughput();
    return 0;
  }

  sentsplit::Totals all_geul, all_base;
  std::printf("# sentence splitting on %s (kiwipiepy scoring: EM / F1 / NF1 over gold sentences)\n",
              dir.c_str());
  std::vector<std::pair<std::string, sentsplit::Totals>> geul_rows, base_rows;
  for (const char* name : kFiles) {
    std::string data;
    if (!read_file(dir + name + ".txt", data)) {
      std::printf("# missing %s.txt\n", name);
      return 1;
    }
    sentsplit::Totals tg, tb;
    for (const auto& doc : sentsplit::load_dataset(data)) {
      auto pred = geul_split(doc.text);
      auto sg = sentsplit::score_document(doc.gold, pred);
      tg.add(sg);
      tb.add(sentsplit::score_document(doc.gold, sentsplit::baseline_split(doc.text)));
      if (errors) {
        bool perfect = pred.size() == doc.gold.size();
        for (int e : sg.exact) perfect = perfect && e;
        if (!perfect) {
          std::printf("=== %s\n", name);
          for (const auto& g : doc.gold) std::printf("  G| %s\n", g.c_str());
          for (auto p : pred) std::printf("  P| %.*s\n", static_cast<int>(p.size()), p.data());
        }
      }
    }
    geul_rows.push_back({name, tg});
    base_rows.push_back({name, tb});
    all_geul.add(tg);
    all_base.add(tb);
  }
  std::printf("# geul\n");
  for (auto& r : geul_rows) print_row(r.first.c_str(), r.second);
  print_row("overall", all_geul);
  std::printf("# regex baseline (?<=[.!?])\\s\n");
  for (auto& r : base_rows) print_row(r.first.c_str(), r.second);
  print_row("overall", all_base);

  for (auto& r : geul_rows) print_keys("geul", r.first.c_str(), r.second);
  print_keys("geul", "overall", all_geul);
  for (auto& r : base_rows) print_keys("baseline", r.first.c_str(), r.second);
  print_keys("baseline", "overall", all_base);

  auto near = [](double a, double b) { return a > b - 0.0005 && a < b + 0.0005; };
  bool reproduces = near(all_base.mean_em(), kPublishedBaselineEm) &&
                    near(all_base.mean_f1(), kPublishedBaselineF1) &&
                    near(all_base.mean_nf1(), kPublishedBaselineNf1);
  std::printf("sentsplit.baseline_reproduces_published=%d\n", reproduces ? 1 : 0);
  int below = 0;
  for (std::size_t i = 0; i < geul_rows.size(); ++i)
    below += geul_rows[i].second.mean_nf1() < base_rows[i].second.mean_nf1();
  std::printf("sentsplit.files_below_baseline=%d\n", below);

  // Secondary check on news, not a tuning target: the sentence lists of the
  // summarization corpus (final periods removed by that dataset, splits inside
  // quotes: a different convention), joined with spaces.
  std::string summ;
  if (read_file(corpus + "/summ/sci-news-sum-kr-50/sci_news_sum_kr_50.jsonl", summ)) {
    sentsplit::Totals tg, tb;
    for (const auto& doc : load_sentence_lists(summ)) {
      tg.add(sentsplit::score_document(doc.gold, geul_split(doc.text)));
      tb.add(sentsplit::score_document(doc.gold, sentsplit::baseline_split(doc.text)));
    }
    std::printf("# news sentence lists (summ/sci-news-sum-kr-50, secondary check)\n");
    print_row("geul", tg);
    print_row("baseline", tb);
    print_keys("geul", "summ_news", tg);
    print_keys("baseline", "summ_news", tb);
  }

  throughput();
  return reproduces ? 0 : 1;
}
