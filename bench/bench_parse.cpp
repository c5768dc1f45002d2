// Parse throughput on news-like pages, with normalize_news alone (the parser's
// first stage) measured on the same pages in the same run as the reference.
//
// The pages are synthetic: assembled with a fixed-seed generator from the
// team's own vocabulary (the sentences below are invented) plus the page noise
// the parser has to handle — navigation and widget lines, date lines,
// captions, byline prefixes, closing bylines, copyright and related-news lists
// — in three layouts: line-per-paragraph pages, glued crawler bodies (one
// line) and broadcast transcripts. Then the two bad-input sizes the issue
// names: a 50 MB single line and 1,000,000 short lines.
//
// Usage: bench_parse [CORPUS]   (CORPUS is not needed; when CORPUS/seeds exists
// its pages are timed too). Prints key=value lines.
#include <geul/geul.hpp>

#include <chrono>
#include <cstdio>
#include <dirent.h>
#include <random>
#include <string>
#include <vector>

namespace {

const char* navigation[] = {"본문 바로가기", "전체메뉴", "검색", "로그인", "한빛일보 최신기사", "경제", "사회 > 교육",
                            "서울맑음 / 3.2 °", "11.28 (목)", "컨텐츠 바로가기"};
const char* widgets[] = {"공유", "댓글 0", "글자크기 조절", "인쇄", "좋아요", "기사 스크랩", "URL복사", "공감 12"};
const char* titles[] = {
    "시내버스 새벽 노선 5개 늘린다…출근길 혼잡 줄인다",
    "\"전기요금 고지서 보고 놀랐다\"…소상공인 냉방비 부담 커져",
    "중소 제조업체 10곳 중 4곳 \"내년 채용 줄일 것\"",
    "지역 도서관 야간 개방 확대…수험생 발길 이어져",
    "해상풍력 단지 인허가 기간 절반으로 줄인다",
    "[이슈 분석] 반도체 장비 수출 석 달째 증가",
    "농산물 산지 가격 급락…배추 한 포기 1천원대",
    "청년 임대주택 경쟁률 82대 1…관리비가 변수",
};
const char* sentences[] = {
    "시는 다음 달부터 새벽 시간대 버스 노선을 다섯 개 더 늘린다고 밝혔다.",
    "새 노선은 주요 산업단지와 지하철역을 잇는 구간에 우선 배치된다.",
    "교통카드 이용 기록을 분석한 결과 새벽 4시 전후 승차 인원이 하루 평균 500명을 넘었다.",
    "운수업계는 기사 구하기가 갈수록 어려워지고 있다며 인건비 지원을 요구하고 있다.",
    "한 버스회사 대표는 \"야간 근무를 맡을 기사가 부족해 배차 간격을 지키기 어렵다\"고 말했다.",
    "전문가들은 수요가 많은 구간부터 단계적으로 늘려야 한다고 입을 모은다.",
    "정부는 올해 안에 관련 지침을 고쳐 지자체의 재정 부담을 덜어 주기로 했다.",
    "업계에 따르면 지난달 전력 사용량은 1년 전보다 8% 늘었다.",
    "소상공인연합회 관계자는 \"냉방비가 임대료만큼 나온다는 하소연이 많다\"고 전했다.",
    "조사 대상 기업의 41%가 내년 채용 규모를 올해보다 줄이겠다고 답했다.",
    "특히 종업원 50인 미만 기업에서 채용을 줄이겠다는 응답이 많았다.",
    "도서관은 평일 운영 시간을 밤 11시까지 한 시간 늘린다.",
    "늦은 시간 귀가하는 이용객을 위해 주변 골목 조명도 밝게 바꾼다.",
    "인허가 절차가 길어지면서 사업비가 처음 계획보다 30% 가까이 늘었다.",
    "업계는 특별법이 통과돼야 착공 시점을 앞당길 수 있다고 본다.",
    "산지 가격은 떨어졌지만 소비자 가격은 여전히 높은 수준에 머물러 있다.",
    "유통 단계를 줄이는 직거래 장터를 늘려야 한다는 목소리가 나온다.",
    "관리비를 더하면 주변 원룸 월세와 큰 차이가 없다는 지적도 있다.",
    "연구팀은 올해 안에 시험 설비를 짓고 내년부터 실증에 들어갈 계획이다.",
    "협회는 다음 주 회원사를 대상으로 설명회를 열 예정이다.",
};
const char* captions[] = {
    "21일 오전 시내 한 정류장에서 시민들이 버스를 기다리고 있다. 2024.05.21. photo@newsis.com",
    "도서관 열람실에서 학생들이 공부하고 있다. [한빛시 제공. 재판매 및 DB 금지]",
    "산업단지 전경. /사진=뉴스1",
    "해상풍력 단지 조감도 (사진=한빛에너지 제공)",
};
const char* reporters[] = {"윤하람", "정다온", "서하준", "민예솔", "한다해", "배소윤"};
const char* outlets[][2] = {{"뉴시스", "newsis.com"}, {"연합뉴스", "yna.co.kr"}, {"한빛일보", "hanbit.example"},
                            {"뉴스1", "news1.kr"}};

struct Generator {
  std::mt19937 rng{20240521};
  template <std::size_t N>
  const char* pick(const char* const (&a)[N]) {
    return a[rng() % N];
  }
  int range(int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1)); }

  std::string page() {
    std::string p;
    const char* reporter = pick(reporters);
    const auto& outlet = outlets[rng() % 4];
    const char* name = outlet[0];
    std::string date = "2024/0" + std::to_string(range(1, 9)) + "/1" + std::to_string(range(0, 9)) + " 1" +
                       std::to_string(range(0, 9)) + ":" + std::to_string(range(10, 59));
    int layout = range(0, 9);
    if (layout == 0) {  // glued crawler body: one line
      p += pick(titles);
      p += " 기사등록 " + date + " ";
      p += pick(captions);
      p += " *재판매 및 DB 금지 [서울=";
      p += name;
      p += "]";
      p += reporter;
      p += " 기자 = ";
      for (int i = range(6, 14); i > 0; --i) (p += pick(sentences)) += ' ';
      p += "◎공감언론 ";
      p += name;
      p += " mail@";
      p += outlet[1];
      p += "\n";
      return p;
    }
    for (int i = range(2, 6); i > 0; --i) (p += pick(navigation)) += '\n';
    p += pick(titles);
    p += "\n입력 " + date + "\n";
    for (int i = range(1, 4); i > 0; --i) (p += pick(widgets)) += '\n';
    p += '\n';
    if (layout == 1) {  // transcript
      p += "[앵커]\n";
      for (int i = range(2, 3); i > 0; --i) (p += pick(sentences)) += '\n';
      p += "\n[리포트]\n";
      for (int i = range(6, 12); i > 0; --i) (p += pick(sentences)) += '\n';
      p += "KBS 뉴스 ";
      p += reporter;
      p += "입니다.\n\n촬영기자:정우솔/영상편집:서다해\n";
    } else {
      (p += pick(captions)) += "\n\n";
      p += "(서울=";
      p += name;
      p += ") ";
      p += reporter;
      p += " 기자 = ";
      for (int para = range(5, 11); para > 0; --para) {
        for (int i = range(1, 3); i > 0; --i) (p += pick(sentences)) += ' ';
        p.back() = '\n';
        p += '\n';
        if (range(0, 7) == 0) p += "◆ 남은 과제는\n";
      }
      p += reporter;
      p += " 기자 mail@";
      p += outlet[1];
      p += "\n\n";
    }
    p += "<저작권자(c) ";
    p += name;
    p += ", 무단 전재-재배포, AI 학습 및 활용 금지>\n\n관련 뉴스\n";
    for (int i = range(2, 4); i > 0; --i) {
      p += pick(titles);
      p += " 2024-0" + std::to_string(range(1, 9)) + "-1" + std::to_string(range(0, 9)) + " 09:41\n";
    }
    return p;
  }
};

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
  Generator gen;
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
    for (int i = 0; i < 8; ++i) (line += gen.pick(sentences)) += ' ';
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
