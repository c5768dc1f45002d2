#include <doctest/doctest.h>

#include <geul/analysis/summarize.hpp>
#include <geul/news/parse.hpp>

#include <string>
#include <vector>

#include "test_support.hpp"

namespace {

std::string text_of(const std::string& text, const geul::SummarySentence& s) {
  return text.substr(s.span.begin, s.span.size());
}

std::vector<std::string> chosen(const geul::Document& doc, const geul::Summary& s) {
  std::vector<std::string> out;
  for (const auto& x : s.sentences) out.push_back(text_of(doc.text, x));
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& needle) {
  for (const std::string& s : v)
    if (s.find(needle) != std::string::npos) return true;
  return false;
}

// A team-written wire story: the caption and the byline repeat the story's
// key terms (so a flat-text summarizer picks them), but they are not body.
const char* wire_story =
    "수소버스 100대, 내년부터 부산 시내 달린다\n"
    "부산시·현대차 협약…충전소 5곳 추가 설치\n"
    "(부산=연합뉴스) 김하늘 기자 = 부산시는 내년부터 수소버스 100대를 시내버스 노선에 투입한다고 12일 밝혔다.\n"
    "부산시 수소버스 충전소 현장. 부산시 수소버스 수소버스 충전소 [부산시 제공]\n"
    "부산시는 이날 현대자동차와 수소버스 보급 협약을 맺고 충전소 5곳을 2025년까지 추가로 짓기로 했다.\n"
    "시는 수소버스 한 대가 연간 경유버스 대비 온실가스 약 60t을 줄일 것으로 내다봤다.\n"
    "이어 노선별 배차 간격은 그대로 유지된다고 덧붙였다.\n"
    "운수업계는 충전 대기 시간이 길어질 수 있다며 충전소 확충 속도를 높여달라고 요구했다.\n"
    "시민들은 어떻게 생각할까?\n"
    "sky@yna.co.kr\n"
    "ⓒ 연합뉴스, 무단 전재-재배포 금지\n";

}  // namespace

TEST_CASE("summaries come from body sentences only") {
  geul::Document doc = geul::parse_article(wire_story);
  geul::Summary s = geul::summarize(doc, {});
  REQUIRE(s.sentences.size() == 3);
  std::vector<std::string> got = chosen(doc, s);
  CHECK_FALSE(contains(got, "[부산시 제공]"));
  CHECK_FALSE(contains(got, "sky@yna.co.kr"));
  CHECK_FALSE(contains(got, "협약…충전소"));  // the subtitle
  // The lead sentence states the story.
  CHECK(contains(got, "수소버스 100대를 시내버스 노선에 투입"));
  // A question to the reader and a dangling 이어 are never preferred over facts.
  CHECK_FALSE(contains(got, "어떻게 생각할까"));
  CHECK_FALSE(contains(got, "이어 노선별"));
  // Original order, increasing indices.
  for (std::size_t i = 1; i < s.sentences.size(); ++i) CHECK(s.sentences[i - 1].index < s.sentences[i].index);
  // Every chosen sentence lies inside a body block.
  for (const auto& x : s.sentences) {
    bool inside = false;
    for (const geul::Block& b : doc.blocks)
      inside = inside || (b.role == geul::BlockRole::body && b.span.begin <= x.span.begin && x.span.end <= b.span.end);
    CHECK(inside);
  }
}

TEST_CASE("features explain the choice") {
  geul::Document doc = geul::parse_article(wire_story);
  geul::Summary s = geul::summarize(doc, {});
  REQUIRE(!s.candidates.empty());
  const geul::SentenceFeatures& lead = s.candidates[0].features;
  CHECK(lead.position == doctest::Approx(1.0));
  CHECK(lead.title > 0.1);  // shares 수소버스, 부산
  bool saw_question = false, saw_dangling = false;
  for (const auto& c : s.candidates) {
    std::string t = text_of(doc.text, c);
    if (t.find("어떻게 생각할까") != std::string::npos) saw_question = c.features.question && c.features.penalty > 0;
    if (t.rfind("이어 ", 0) == 0) saw_dangling = c.features.dangling_connective;
    CHECK(c.features.centrality >= 0);
    CHECK(c.features.centrality <= 1.0);
  }
  CHECK(saw_question);
  CHECK(saw_dangling);
}

TEST_CASE("budgets: k sentences or characters") {
  geul::Document doc = geul::parse_article(wire_story);
  geul::SummaryOptions one;
  one.sentences = 1;
  CHECK(geul::summarize(doc, one).sentences.size() == 1);
  geul::SummaryOptions chars;
  chars.sentences = 0;
  chars.max_chars = 60;
  geul::Summary s = geul::summarize(doc, chars);
  REQUIRE(!s.sentences.empty());
  std::size_t total = 0;
  for (const auto& x : s.sentences) total += geul::detail::news::count_cps(text_of(doc.text, x));
  CHECK(total <= 60);
  geul::SummaryOptions many;
  many.sentences = 50;
  geul::Summary all = geul::summarize(doc, many);
  CHECK(all.sentences.size() <= all.candidates.size());
  CHECK(all.sentences.size() >= 5);
}

TEST_CASE("near-duplicate sentences are not chosen twice") {
  const std::string para =
      "정부는 내년 반도체 연구개발 예산을 3조원으로 늘린다고 밝혔다. "
      "정부는 내년 반도체 연구개발 예산을 3조원으로 늘린다고 밝혔다고 전했다. "
      "업계는 인력 양성 예산이 함께 늘어나야 한다고 지적했다. "
      "반도체 설계 인력은 5년째 부족한 상태다.";
  geul::SummaryOptions o;
  o.sentences = 2;
  std::string doc = "반도체 예산 3조원\n" + para;
  geul::Document d = geul::parse_article(doc);
  geul::Summary s = geul::summarize(d, o);
  REQUIRE(s.sentences.size() == 2);
  std::vector<std::string> got = chosen(d, s);
  int copies = 0;
  for (const std::string& t : got) copies += t.find("연구개발 예산을 3조원으로") != std::string::npos;
  CHECK(copies == 1);
}

TEST_CASE("pre-split lines: bylines, e-mails and captions are never chosen") {
  std::vector<std::string_view> lines = {
      "[세종=뉴스핌] 박소연 기자 = 기획재정부는 올해 세수가 예상보다 12조원 덜 걷힐 것이라고 5일 밝혔다",
      "박소연 기자",
      "법인세 수입이 반도체 업황 부진으로 크게 줄어든 것이 가장 큰 원인이다",
      "soyeon@newspim.com",
      "기재부는 세수 부족분을 기금 여유 재원으로 메우겠다고 설명했다",
      "5일 정부세종청사에서 브리핑하는 기재부 차관. (사진=기재부 제공)",
      "전문가들은 세수 추계 오차가 3년 연속 10조원을 넘었다며 추계 방식을 바꿔야 한다고 지적했다",
  };
  geul::SummaryOptions o;
  o.sentences = 4;
  geul::Summary s = geul::summarize_lines(lines, "세수 12조원 부족", o);
  REQUIRE(s.sentences.size() == 4);
  for (const auto& x : s.sentences) {
    CHECK(x.index != 1);
    CHECK(x.index != 3);
    CHECK(x.index != 5);
    CHECK(x.index < lines.size());
  }
  CHECK(s.sentences[0].index == 0);
}

TEST_CASE("deterministic and safe on degenerate input") {
  geul::Document empty = geul::parse_article("");
  CHECK(geul::summarize(empty).sentences.empty());
  geul::Document boiler = geul::parse_article("ⓒ 연합뉴스, 무단 전재-재배포 금지\n댓글\n");
  CHECK(geul::summarize(boiler).sentences.empty());
  CHECK(geul::summarize_lines({}, "").sentences.empty());
  geul::Document doc = geul::parse_article(wire_story);
  geul::Summary a = geul::summarize(doc), b = geul::summarize(doc);
  REQUIRE(a.sentences.size() == b.sentences.size());
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    CHECK(a.sentences[i].index == b.sentences[i].index);
    CHECK(a.sentences[i].score == b.sentences[i].score);
  }
}

TEST_CASE("a long article uses the windowed graph and still picks k sentences") {
  std::string body;
  const char* topics[] = {"전기차 배터리", "해상 풍력", "반도체 장비", "원전 수출", "수소 연료전지"};
  for (int i = 0; i < 2000; ++i) {
    body += topics[i % 5];
    body += " 관련 ";
    body += std::to_string(i);
    body += "번째 사업은 올해 예산이 늘어 지역 일자리를 만들 것으로 기대된다고 정부가 밝혔다. ";
    if (i % 10 == 9) body += "\n";
  }
  geul::Document doc = geul::parse_article("에너지 사업 예산\n" + body);
  geul::SummaryOptions o;
  o.sentences = 5;
  geul::Summary s = geul::summarize(doc, o);
  CHECK(s.candidates.size() > o.dense_graph_limit);
  CHECK(s.sentences.size() == 5);
}

TEST_CASE("every team fixture: summary inside the body, in order, within k") {
  const std::vector<std::string> names = test_support::fixture_names();
  for (const std::string& name : names) {
    geul::Document doc = geul::parse_article(test_support::read_file(test_support::fixture_path(name)));
    geul::Summary s = geul::summarize(doc);
    CAPTURE(name);
    bool has_body = false;
    for (const geul::Block& b : doc.blocks) has_body = has_body || b.role == geul::BlockRole::body;
    if (has_body) CHECK(!s.sentences.empty());
    CHECK(s.sentences.size() <= 3);
    for (std::size_t i = 0; i < s.sentences.size(); ++i) {
      const auto& x = s.sentences[i];
      if (i) CHECK(s.sentences[i - 1].index < x.index);
      bool inside = false;
      for (const geul::Block& b : doc.blocks)
        inside = inside || (b.role == geul::BlockRole::body && b.span.begin <= x.span.begin && x.span.end <= b.span.end);
      CHECK(inside);
    }
  }
  CHECK(names.size() >= 40);
}
