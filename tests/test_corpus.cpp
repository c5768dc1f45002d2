#include <doctest/doctest.h>

#include <geul/analysis/corpus.hpp>
#include <geul/analysis/corpus_json.hpp>
#include <geul/geul.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "test_support.hpp"

using geul::Span;
namespace json = geul::detail::json;

namespace {

struct Set {
  std::vector<std::string> names;  // file names, sorted
  std::vector<std::string> bytes;
  std::vector<geul::Document> docs;
  json::Value expected;
};

Set load_set(const std::string& dir) {
  Set s;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path().filename().string());
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    s.names.push_back(f);
    s.bytes.push_back(test_support::read_file(dir + "/" + f));
    s.docs.push_back(geul::parse_article(s.bytes.back()));
  }
  std::string error;
  REQUIRE(json::parse(test_support::read_file(dir + "/expected.json"), s.expected, error));
  return s;
}

std::string set_dir(const char* name) { return std::string(GEUL_TEST_DATA_DIR) + "/stories/" + name; }

std::size_t index_of(const Set& s, const std::string& name) {
  auto it = std::find(s.names.begin(), s.names.end(), name);
  REQUIRE(it != s.names.end());
  return static_cast<std::size_t>(it - s.names.begin());
}

std::set<std::set<std::string>> stories_by_name(const Set& s, const std::vector<std::vector<std::size_t>>& stories) {
  std::set<std::set<std::string>> out;
  for (const auto& st : stories) {
    std::set<std::string> names;
    for (std::size_t d : st) names.insert(s.names[d]);
    out.insert(names);
  }
  return out;
}

std::set<std::set<std::string>> expected_stories(const Set& s) {
  std::set<std::set<std::string>> out;
  for (const json::Value& st : s.expected.get("stories")->items) {
    std::set<std::string> names;
    for (const json::Value& n : st.items) names.insert(n.text);
    out.insert(names);
  }
  return out;
}

// The group holding a spelling, or -1.
int group_with(const std::vector<geul::VariantGroup>& groups, const std::string& form) {
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (const geul::VariantMention& m : groups[g].mentions)
      if (m.text == form) return static_cast<int>(g);
  return -1;
}

void check_people(const Set& s, const std::vector<geul::VariantGroup>& groups) {
  std::set<int> seen;
  for (const json::Value& p : s.expected.get("people")->items) {
    const std::string canonical = p.get("canonical")->text;
    CAPTURE(canonical);
    std::set<std::string> forms;
    for (const json::Value& f : p.get("forms")->items) forms.insert(f.text);
    const int g = group_with(groups, *forms.begin());
    REQUIRE(g >= 0);
    seen.insert(g);
    CHECK(groups[g].canonical == canonical);
    std::set<std::string> got;
    for (const geul::VariantMention& m : groups[g].mentions) got.insert(m.text);
    CHECK(got == forms);  // every spelling, and no other name merged in
  }
  CHECK(seen.size() == groups.size());  // no person the fixtures do not name
  for (const json::Value& pair : s.expected.get("distinct")->items) {
    const int a = group_with(groups, pair.items[0].text);
    const int b = group_with(groups, pair.items[1].text);
    CAPTURE(pair.items[0].text);
    CHECK(a >= 0);
    CHECK(b >= 0);
    CHECK(a != b);
  }
}

// Every span of the results is the text it claims, in the input bytes.
void check_spans(const Set& s, const geul::Corpus& c) {
  auto at = [&](std::size_t d, Span sp) { return s.bytes[d].substr(sp.begin, sp.size()); };
  for (const geul::VariantGroup& g : c.variants)
    for (const geul::VariantMention& m : g.mentions) CHECK(at(m.document, m.source) == m.text);
  for (const geul::Story& st : c.stories) {
    for (const geul::SummaryItem& x : st.summary) CHECK(at(x.document, x.source) == x.text);
    for (const geul::SpeakerQuotes& q : st.quotes)
      for (const geul::QuoteRef& r : q.quotes) CHECK(at(r.document, r.source) == r.text);
    for (const geul::TimelineEntry& t : st.timeline) CHECK(at(t.document, t.source) == t.text);
  }
}

std::vector<std::vector<std::size_t>> story_members(const geul::Corpus& c) {
  std::vector<std::vector<std::size_t>> out;
  for (const geul::Story& s : c.stories) out.push_back(s.documents);
  return out;
}

std::vector<std::vector<std::size_t>> stream_stories(const std::vector<geul::ArticleFeatures>& fs, std::size_t window) {
  geul::CorpusOptions o;
  o.window = window;
  geul::CorpusStream stream(o);
  std::vector<std::vector<std::size_t>> out;
  auto on = [&](geul::StreamStory&& s) { out.push_back(s.story.documents); };
  for (const geul::ArticleFeatures& f : fs) stream.add(f, on);
  stream.finish(on);
  std::sort(out.begin(), out.end());
  return out;
}

geul::Document doc_of(const std::string& body, const std::string& title = "제목") {
  return geul::parse_article(title + "\n\n" + body);
}

const geul::NameEntity* person(const std::vector<geul::NameEntity>& v, const std::string& surname) {
  for (const geul::NameEntity& e : v)
    if (e.surname == surname) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("transliteration distance: spellings of one name are close, different names are not") {
  // The team's invented names: variants within 0.13 …
  CHECK(geul::transliteration_distance("페르하겐", "베르하겐") < 0.13);  // p/b
  CHECK(geul::transliteration_distance("페르하겐", "페어하겐") < 0.13);  // r dropped, vowel
  CHECK(geul::transliteration_distance("코발치크", "코왈칙") < 0.13);    // v/w, final k, epenthetic ㅡ
  CHECK(geul::transliteration_distance("모레티", "모렛티") == 0.0);      // a doubled consonant is one sound
  CHECK(geul::transliteration_distance("모레티", "모레띠") < 0.13);      // aspirated/tense
  CHECK(geul::transliteration_distance("휘트컴", "위트컴") < 0.13);      // h dropped
  CHECK(geul::transliteration_distance("휘트컴", "휘트콤") < 0.13);      // ㅓ/ㅗ
  CHECK(geul::transliteration_distance("마렉", "마레크") < 0.13);        // final k / 크
  // … different people above it.
  CHECK(geul::transliteration_distance("모레티", "모렐리") > 0.13);
  CHECK(geul::transliteration_distance("코발치크", "코발스키") > 0.13);
  CHECK(geul::transliteration_distance("페르하겐", "브레너") > 0.3);
  CHECK(geul::transliteration_distance("abc", "페르하겐") == 1.0);  // no Hangul
  // Symmetric.
  CHECK(geul::transliteration_distance("코왈칙", "코발치크") == geul::transliteration_distance("코발치크", "코왈칙"));
}

TEST_CASE("find_names: the evidence an article gives") {
  SUBCASE("role after the name, a Latin original, later mentions with particles") {
    const auto d = doc_of(
        "요스트 페르하겐(Joost Verhagen) 큐비트랩스 최고경영자(CEO)는 11일 협약을 맺었다. 페르하겐 CEO는 \"대전을 거점으로 삼겠다\"고 "
        "말했다. 페르하겐은 다음 달 다시 온다.");
    const auto ps = geul::find_names(d);
    const geul::NameEntity* e = person(ps, "페르하겐");
    REQUIRE(e != nullptr);
    CHECK(e->kind == geul::NameKind::foreign);
    CHECK(e->given == "요스트");
    CHECK(e->name == "요스트 페르하겐");
    CHECK(e->original == "Joost Verhagen");
    CHECK(e->mentions.size() == 4);  // full name, original, 페르하겐 CEO, 페르하겐은
    CHECK(person(ps, "큐비트랩스") == nullptr);  // an organization, not a person
  }
  SUBCASE("Korean names: with an organization between, a role before, an age, glued 씨") {
    const auto d = doc_of(
        "한지원 한빛과학기술원 원장은 \"좋다\"고 말했다. 배우 오세준이 상을 받았다. 근로자 최민혁(34)씨가 다쳤다. "
        "애월읍의 양순자씨는 귤을 땄다.");
    const auto ps = geul::find_names(d);
    for (const char* n : {"한지원", "오세준", "최민혁", "양순자"}) {
      CAPTURE(n);
      const geul::NameEntity* e = person(ps, n);
      REQUIRE(e != nullptr);
      CHECK(e->kind == geul::NameKind::korean);
      CHECK(e->name == n);
    }
  }
  SUBCASE("an interview label of a broadcast script") {
    const auto d = doc_of("고래가 떠 있었습니다.\n[마레크 코발치크/블루타이드 현장팀장 : 천천히 잘라야 합니다.]\n[박은수/신고 어선 선장 : 처음엔 몰랐어요.]");
    const auto ps = geul::find_names(d);
    REQUIRE(person(ps, "코발치크") != nullptr);
    CHECK(person(ps, "코발치크")->given == "마레크");
    REQUIRE(person(ps, "박은수") != nullptr);
    CHECK(person(ps, "박은수")->kind == geul::NameKind::korean);
  }
  SUBCASE("one article spelling a name two ways: the unanchored spelling is a variant mention") {
    const auto d = doc_of("리스 휘트컴 서던크로스론치 대표는 \"기쁘다\"고 말했다. 중계에는 휘트콤이 나와 인사했다.");
    CHECK(person(geul::find_names(d), "서던크로스론치") == nullptr);
    const auto ps = geul::find_names(d);
    const geul::NameEntity* e = person(ps, "휘트컴");
    REQUIRE(e != nullptr);
    REQUIRE(e->mentions.size() == 2);
    CHECK(e->mentions[1].text == "휘트콤");
    CHECK(e->mentions[1].variant);
  }
  SUBCASE("words that stand where names stand are not names") {
    const auto d = doc_of(
        "어선 선장 박은수(57)씨가 신고했다. 검사 공정 자동화는 더디다. 주민 모두가 배우로 나왔다. 행사장은 북새통을 이루며 "
        "한지원 원장을 기다렸다.");
    const auto ps = geul::find_names(d);
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].name == "박은수");
    CHECK(ps[1].name == "한지원");  // not 이루며 (a verb form before the name)
  }
}

TEST_CASE("find_names: two people of one surname, particles before a name, two-word organizations") {
  // The team's invented story: two brothers run a Finnish ship-autonomy firm.
  const std::string both =
      "알렉시 라이티넨(Aleksi Laitinen) 노르딕 모빌리티 최고경영자(CEO)는 3일 부산 영도구에서 연구소 문을 열었다. "
      "라이티넨 CEO는 \"영도의 수리조선소와 함께 무인 예인선을 만들겠다\"고 말했다. 사물리 라이티넨(Samuli Laitinen) "
      "최고기술책임자(CTO)도 \"첫 시험 운항은 내년 가을\"이라고 밝혔다. 라이티넨 CTO는 형과 함께 회사를 세웠다. "
      "행사에는 대개 라이티넨 CEO가 혼자 나온다.";
  const std::string aleksi_only =
      "알렉시 라이티넨(Aleksi Laitinen) 노르딕 모빌리티 최고경영자(CEO)가 3일 부산 영도구에 연구소를 열었다. 라이티넨 "
      "CEO는 \"영도의 수리조선소와 함께 무인 예인선을 만들겠다\"고 말했다.";
  const std::string company =
      "노르딕 모빌리티의 라이띠넨 대표가 방한했다. 노르딕 모빌리티(Nordic Mobility)는 3일 부산 영도구에 연구소를 "
      "열었다. 라이띠넨 대표는 \"영도는 배를 고치는 사람들이 모인 곳\"이라고 말했다. 하베스트 바이오(Harvest Bio) "
      "관계자도 자리를 함께했다.";
  const std::string samuli_only =
      "사물리 라이티넨(Samuli Laitinen) 노르딕 모빌리티 최고기술책임자(CTO)가 3일 부산 영도구 연구소에서 기자들과 "
      "만났다. 라이티넨 CTO는 \"첫 시험 운항은 내년 가을\"이라고 밝혔다.";
  auto by_name = [](const std::vector<geul::NameEntity>& v, const std::string& name) -> const geul::NameEntity* {
    for (const geul::NameEntity& e : v)
      if (e.name == name) return &e;
    return nullptr;
  };
  auto texts = [](const geul::NameEntity& e) {
    std::vector<std::string> out;
    for (const geul::NameMention& m : e.mentions) out.push_back(m.text);
    return out;
  };

  SUBCASE("two people, each with a full name and an original; a surname alone goes to the full name before it") {
    const std::string body = both;
    const auto d = doc_of(body, "라이티넨 형제, 영도에 연구소");
    const auto ps = geul::find_names(d);
    const geul::NameEntity* a = by_name(ps, "알렉시 라이티넨");
    const geul::NameEntity* s = by_name(ps, "사물리 라이티넨");
    REQUIRE(a != nullptr);
    REQUIRE(s != nullptr);
    CHECK(a->original == "Aleksi Laitinen");
    CHECK(s->original == "Samuli Laitinen");
    CHECK(a->given == "알렉시");  // ends like a city (광주시): the original vouches for it
    CHECK(s->given == "사물리");  // looks like a Korean name: the original vouches for it
    // The title's surname comes before any full name: the person written in
    // full first. 라이티넨 CEO follows Aleksi's full name, 라이티넨 CTO Samuli's.
    CHECK(texts(*a) == std::vector<std::string>{"라이티넨", "알렉시 라이티넨", "Aleksi Laitinen", "라이티넨"});
    CHECK(texts(*s) == std::vector<std::string>{"사물리 라이티넨", "Samuli Laitinen", "라이티넨"});
    const std::size_t cto = d.text.find("라이티넨 CTO");
    REQUIRE(cto != std::string::npos);
    CHECK(s->mentions.back().span.begin == cto);
    // 대개 (a word written once before the surname) is no third person.
    std::size_t laitinens = 0;
    for (const geul::NameEntity& e : ps) laitinens += e.surname == "라이티넨";
    CHECK(laitinens == 2);
    CHECK(by_name(ps, "대개 라이티넨") == nullptr);
    CHECK(person(ps, "모빌리티") == nullptr);
  }
  SUBCASE("either brother alone in an article is found") {
    for (const std::string* body : {&aleksi_only, &samuli_only}) {
      const auto ps = geul::find_names(doc_of(*body));
      REQUIRE(ps.size() == 1);
      CHECK(ps[0].surname == "라이티넨");
      CHECK(!ps[0].original.empty());
      CHECK(ps[0].mentions.size() == 3);  // full name, original, 라이티넨 CEO/CTO
    }
  }
  SUBCASE("two spellings of one given name stay one person") {
    const auto ps = geul::find_names(doc_of(
        "요한네스 베르크비스트(Johannes Bergqvist) 감독은 4일 입국했다. 요하네스 베르크비스트 감독은 \"훈련장이 마음에 "
        "든다\"고 말했다. 베르크비스트는 다음 주 첫 훈련을 지휘한다."));
    REQUIRE(ps.size() == 1);
    CHECK(texts(ps[0]) ==
          std::vector<std::string>{"요한네스 베르크비스트", "Johannes Bergqvist", "요하네스 베르크비스트", "베르크비스트"});
  }
  SUBCASE("a word with a particle is no given name; a brand and its head word are an organization") {
    const auto ps = geul::find_names(doc_of(company));
    REQUIRE(ps.size() == 1);
    CHECK(ps[0].name == "라이띠넨");
    CHECK(ps[0].given.empty());
    CHECK(texts(ps[0]) == std::vector<std::string>{"라이띠넨", "라이띠넨"});
    CHECK(ps[0].roles == std::vector<std::string>{"대표"});
    // No person named by the organization's words, with or without the original.
    const auto with_role = geul::find_names(doc_of("노르딕 모빌리티 최고경영자가 방한했다. 하베스트 바이오 대표도 왔다."));
    CHECK(with_role.empty());
  }
  SUBCASE("across articles the brothers never share a group, whatever the order") {
    const std::vector<std::vector<const std::string*>> orders = {{&aleksi_only, &company, &samuli_only},
                                                                 {&company, &aleksi_only, &samuli_only},
                                                                 {&samuli_only, &company, &aleksi_only},
                                                                 {&both, &company, &samuli_only, &aleksi_only}};
    for (const auto& order : orders) {
      std::vector<geul::Document> docs;
      for (const std::string* b : order) docs.push_back(doc_of(*b));
      const geul::Corpus c = geul::analyze_corpus(docs);
      const int ga = group_with(c.variants, "알렉시 라이티넨"), gs = group_with(c.variants, "사물리 라이티넨");
      REQUIRE(ga >= 0);
      REQUIRE(gs >= 0);
      CHECK(ga != gs);
      CHECK(c.variants[ga].canonical == "Aleksi Laitinen");
      CHECK(c.variants[gs].canonical == "Samuli Laitinen");
      CHECK(group_with(c.variants, "라이띠넨") >= 0);  // the article that names a surname only joins one of them
      // Quotes go to the brother who said them.
      for (const geul::Story& st : c.stories)
        for (const geul::SpeakerQuotes& q : st.quotes)
          for (const geul::QuoteRef& r : q.quotes) {
            CAPTURE(r.text);
            if (r.text.find("예인선") != std::string::npos) CHECK(q.speaker == "Aleksi Laitinen");
            if (r.text.find("시험 운항") != std::string::npos) CHECK(q.speaker == "Samuli Laitinen");
          }
    }
  }
}

TEST_CASE("MinHash: Jaccard, containment, and merging shards") {
  const std::string a = "광주 도시철도 기본요금이 1일부터 1250원에서 1400원으로 오른다. 요금이 오르는 것은 9년 만이다.";
  const std::string b = a + " 시내버스 요금은 올해 안에 따로 조정 여부를 결정한다. 무임승차는 그대로 유지된다.";
  const std::string c = "광주에 올해 첫 폭염경보가 내려졌다. 낮 최고기온은 36도까지 올랐다.";
  const geul::MinHash ma = geul::minhash_of(a), mb = geul::minhash_of(b), mc = geul::minhash_of(c);
  CHECK(geul::estimate_jaccard(ma, ma) == 1.0);
  CHECK(geul::estimate_jaccard(ma, mc) < 0.1);
  CHECK(geul::estimate_jaccard(ma, mb) > 0.3);
  CHECK(geul::estimate_jaccard(ma, mb) < 0.8);
  CHECK(geul::estimate_containment(ma, mb) > 0.8);  // a is inside b
  CHECK(geul::estimate_containment(mb, ma) < 0.8);
  // The union's sketch is the element-wise minimum: shards merge exactly.
  geul::MinHash x(64), y(64), all(64);
  for (std::uint64_t i = 0; i < 300; ++i) {
    (i % 3 ? x : y).add(i * 0x9E3779B97F4A7C15ull);
    all.add(i * 0x9E3779B97F4A7C15ull);
  }
  geul::MinHash merged = x;
  merged.merge(y);
  CHECK(merged.values == all.values);
  CHECK(geul::estimate_jaccard(geul::MinHash(), ma) == 0.0);  // empty sketch
}

TEST_CASE("FrequencySketch: never under the true count, and shards add up") {
  geul::FrequencySketch a(1024), b(1024);
  for (std::uint64_t k = 0; k < 500; ++k) a.add(k * 7919);
  for (int i = 0; i < 5; ++i) a.add(42);
  b.add(42, 3);
  CHECK(a.estimate(42) >= 5);
  a.merge(b);
  CHECK(a.estimate(42) >= 8);
  std::size_t over = 0;
  for (std::uint64_t k = 1; k < 500; ++k) over += a.estimate(k * 7919) > 1;
  CHECK(over < 100);  // width 1024, 500 keys: few collide in both rows
}

TEST_CASE("event dates: resolution and comparison") {
  using namespace geul::detail::corpus;
  geul::DateTime pub;
  pub.year = 2025, pub.month = 3, pub.day = 11;
  geul::DateTime day;
  day.day = 9;
  CHECK(resolve(day, pub).iso() == "2025-03-09");
  day.day = 28;  // later than the published day: the previous month
  CHECK(resolve(day, pub).iso() == "2025-02-28");
  geul::DateTime md;
  md.month = 6, md.day = 9;  // months before a late post: no year guessed
  geul::DateTime late;
  late.year = 2024, late.month = 12, late.day = 22;
  CHECK(resolve(md, late).iso() == "--06-09");
  // Announced ahead: a month-day up to a quarter after the published date, across a year end too.
  geul::DateTime sept;
  sept.year = 2025, sept.month = 9, sept.day = 16;
  geul::DateTime oct6;
  oct6.month = 10, oct6.day = 6;
  CHECK(resolve(oct6, sept).iso() == "2025-10-06");
  geul::DateTime jan5;
  jan5.month = 1, jan5.day = 5;
  CHECK(resolve(jan5, late).iso() == "2025-01-05");
  geul::DateTime dec28;
  dec28.month = 12, dec28.day = 28;
  geul::DateTime new_year;
  new_year.year = 2026, new_year.month = 1, new_year.day = 5;
  CHECK(resolve(dec28, new_year).iso() == "2025-12-28");
  // A day alone with the words before it (다음 달 6일, 지난달 30일, 오는 2일, 지난 20일).
  geul::DateTime d6;
  d6.day = 6;
  CHECK(resolve(d6, sept, DayHint::next_month).iso() == "2025-10-06");
  CHECK(resolve(d6, new_year, DayHint::previous_month).iso() == "2025-12-06");
  CHECK(resolve(d6, new_year, DayHint::this_month).iso() == "2026-01-06");
  geul::DateTime d2, d20;
  d2.day = 2, d20.day = 20;
  CHECK(resolve(d2, sept, DayHint::upcoming).iso() == "2025-10-02");
  CHECK(resolve(d20, sept, DayHint::upcoming).iso() == "2025-09-20");
  CHECK(resolve(d20, sept, DayHint::past).iso() == "2025-08-20");
  CHECK(resolve(d2, sept, DayHint::past).iso() == "2025-09-02");
  // A story's timeline orders partial dates next to its most named full date.
  geul::ArticleFeatures fa, fb;
  fa.event_dates = {sept, sept, new_year};
  fb.event_dates = {d6};
  CHECK(story_reference_date({&fa, &fb}).iso() == "2025-09-16");
  CHECK(placed_near(d20, sept).iso() == "2025-09-20");
  CHECK(placed_near(d2, sept).iso() == "2025-09-02");  // 14 days before, not 16 after
  CHECK(placed_near(d2, dec28).iso() == d2.iso());  // a month-day reference is no full date
  geul::DateTime sept29;
  sept29.year = 2025, sept29.month = 9, sept29.day = 29;
  CHECK(placed_near(d2, sept29).iso() == "2025-10-02");
  geul::DateTime d31;
  d31.day = 31;
  CHECK(placed_near(d31, sept).iso() == "2025-08-31");  // September has no 31st
  CHECK(placed_near(oct6, sept).iso() == "2025-10-06");
  CHECK(placed_near(d6, geul::DateTime{}).iso() == d6.iso());  // no reference: as stated
  std::vector<std::pair<int, DayHint>> seen;
  for_each_date("행사는 다음 달 6일 열리고, 지난달 30일과 오는 2일, 지난 4일, 9일에도 있었다.",
                [&](const geul::DateTime& d, std::size_t, DayHint h) { seen.push_back({d.day, h}); });
  CHECK(seen == std::vector<std::pair<int, DayHint>>{{6, DayHint::next_month},
                                                      {30, DayHint::previous_month},
                                                      {2, DayHint::upcoming},
                                                      {4, DayHint::past},
                                                      {9, DayHint::none}});
  geul::DateTime x, y;
  x.year = 2025, x.month = 3, x.day = 11;
  y.year = 2025, y.month = 11, y.day = 18;
  CHECK(compare_dates(x, x) == 2);
  CHECK(compare_dates(x, y) == -2);
  geul::DateTime d4, d9;
  d4.day = 4, d9.day = 9;
  CHECK(compare_dates(d4, d9) == -1);  // days of month only: a weak conflict
  // The most precise pairs decide: a full-date match outweighs day mismatches.
  CHECK(compare_date_sets({x, d4}, {x}) == 2);
  CHECK(compare_date_sets({y}, {x, d9}) == -2);
}

TEST_CASE("fixture set a: stories, people and decoys") {
  const Set s = load_set(set_dir("a"));
  const geul::Corpus c = geul::analyze_corpus(s.docs);
  CHECK(stories_by_name(s, story_members(c)) == expected_stories(s));
  check_people(s, c.variants);
  check_spans(s, c);
  CHECK(c.duplicates.empty());
  // The follow-up shares people and words with the agreement story but not its dates.
  const std::size_t q1 = index_of(s, "q1-yonhap.txt"), q5 = index_of(s, "q5-followup-ddaily.txt");
  for (const geul::Story& st : c.stories) {
    const bool has1 = std::count(st.documents.begin(), st.documents.end(), q1) > 0;
    const bool has5 = std::count(st.documents.begin(), st.documents.end(), q5) > 0;
    CHECK(!(has1 && has5));
  }
  // Quotes are grouped under the unified name, across spellings and outlets.
  for (const geul::Story& st : c.stories) {
    if (std::find(st.documents.begin(), st.documents.end(), q1) == st.documents.end()) continue;
    bool verhagen = false;
    for (const geul::SpeakerQuotes& q : st.quotes) {
      if (q.speaker != "Joost Verhagen") continue;
      verhagen = true;
      std::set<std::size_t> docs;
      for (const geul::QuoteRef& r : q.quotes) docs.insert(r.document);
      CHECK(docs.size() >= 2);
    }
    CHECK(verhagen);
  }
}

TEST_CASE("fixture set b: copies, a contained reprint, and a same-day story") {
  const Set s = load_set(set_dir("b"));
  const geul::Corpus c = geul::analyze_corpus(s.docs);
  CHECK(stories_by_name(s, story_members(c)) == expected_stories(s));
  check_people(s, c.variants);
  check_spans(s, c);
  std::set<std::pair<std::string, std::string>> want, got;
  for (const json::Value& p : s.expected.get("duplicates")->items) want.insert({p.items[0].text, p.items[1].text});
  for (const geul::Duplicate& d : c.duplicates) {
    got.insert({s.names[d.a], s.names[d.b]});
    CHECK(d.a < d.b);
  }
  CHECK(got == want);
  // The reprint: near-identical; the shortened copy: contained.
  for (const geul::Duplicate& d : c.duplicates) {
    if (s.names[d.b] == "d2-portal-reprint.txt") CHECK(d.similarity > 0.9);
    if (s.names[d.b] == "d3-local-short.txt") CHECK(d.containment > 0.8);
  }
  // The merged summary credits the wire copy and lists the outlets that repeat it.
  const geul::Story& story = c.stories[0];
  REQUIRE(!story.summary.empty());
  CHECK(s.names[story.summary[0].document] == "d1-newsis.txt");
  CHECK(story.summary[0].also.size() == 2);
}

TEST_CASE("the 54 article fixtures: the five stories of their gold, every other article alone") {
  const std::string dir = std::string(GEUL_TEST_DATA_DIR) + "/articles";
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path().stem().string());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() == 54);
  std::vector<geul::Document> docs;
  std::vector<json::Value> gold(files.size());
  std::string error;
  for (std::size_t i = 0; i < files.size(); ++i) {
    docs.push_back(geul::parse_article(test_support::read_file(dir + "/" + files[i] + ".txt")));
    REQUIRE(json::parse(test_support::read_file(dir + "/" + files[i] + ".gold.json"), gold[i], error));
  }
  const geul::Corpus c = geul::analyze_corpus(docs);
  std::set<std::set<std::string>> want, got;
  std::map<std::string, std::set<std::string>> by_story;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const json::Value* st = gold[i].get("story");
    if (st->type == json::Type::string) by_story[st->text].insert(files[i]);
    else want.insert({files[i]});
  }
  for (const auto& s : by_story) want.insert(s.second);
  for (const geul::Story& st : c.stories) {
    std::set<std::string> names;
    for (std::size_t d : st.documents) names.insert(files[d]);
    got.insert(names);
  }
  CHECK(got == want);
  // Every foreign person of a story: all the spellings of the gold in one
  // group (the gold's canonical is the Latin original), and no two gold
  // people in one group.
  std::map<std::string, std::set<std::string>> foreign;
  for (std::size_t i = 0; i < files.size(); ++i)
    for (const json::Value& n : gold[i].get("names")->items) {
      const std::string canonical = n.get("canonical")->text;
      if (canonical.empty() || !(canonical[0] >= 'A' && canonical[0] <= 'Z')) continue;
      for (const json::Value& v : n.get("variants")->items) foreign[canonical].insert(v.text);
    }
  CHECK(foreign.size() == 5);
  for (const auto& p : foreign) {
    CAPTURE(p.first);
    const int g = group_with(c.variants, *p.second.begin());
    REQUIRE(g >= 0);
    CHECK(c.variants[g].canonical == p.first);
    std::set<std::string> forms;
    for (const geul::VariantMention& m : c.variants[g].mentions) forms.insert(m.text);
    for (const std::string& v : p.second) {
      CAPTURE(v);
      CHECK(forms.count(v) == 1);
    }
  }
}

TEST_CASE("merged summary: no two sentences say the same thing") {
  using namespace geul::detail::corpus;
  for (const char* name : {"a", "b"}) {
    const Set s = load_set(set_dir(name));
    const geul::Corpus c = geul::analyze_corpus(s.docs);
    for (const geul::Story& st : c.stories) {
      CHECK(st.summary.size() <= 5);
      for (std::size_t i = 0; i < st.summary.size(); ++i)
        for (std::size_t j = i + 1; j < st.summary.size(); ++j) {
          CAPTURE(st.summary[i].text);
          CAPTURE(st.summary[j].text);
          const auto gi = trigrams(st.summary[i].text), gj = trigrams(st.summary[j].text);
          CHECK(trigram_containment(gi, gj) < 0.6);
        }
    }
  }
}

TEST_CASE("the stream gives the batch's stories; feature records round-trip") {
  for (const char* name : {"a", "b"}) {
    CAPTURE(name);
    const Set s = load_set(set_dir(name));
    std::vector<geul::ArticleFeatures> fs;
    for (const geul::Document& d : s.docs) fs.push_back(geul::extract_features(d));
    const geul::Corpus c = geul::analyze_features(fs);
    CHECK(stream_stories(fs, 1000) == story_members(c));
    // Arrival order does not matter here (the follow-up before the original,
    // the copies before the wire article).
    std::vector<geul::ArticleFeatures> reversed(fs.rbegin(), fs.rend());
    std::vector<std::vector<std::size_t>> back_stories;
    for (auto st : stream_stories(reversed, 1000)) {
      for (std::size_t& d : st) d = fs.size() - 1 - d;
      std::sort(st.begin(), st.end());
      back_stories.push_back(st);
    }
    std::sort(back_stories.begin(), back_stories.end());
    CHECK(back_stories == story_members(c));
    // Through JSON and back: the same record, byte for byte.
    std::vector<geul::ArticleFeatures> back;
    for (const geul::ArticleFeatures& f : fs) {
      const std::string j = geul::features_to_json(f);
      geul::ArticleFeatures g;
      std::string error;
      REQUIRE(geul::read_features(j, g, &error));
      CHECK(geul::features_to_json(g) == j);
      back.push_back(std::move(g));
    }
    std::string a, b;
    geul::JsonWriter wa(a), wb(b);
    geul::write_json(wa, c, s.names, fs);
    geul::write_json(wb, geul::analyze_features(back), s.names, back);
    CHECK(a == b);
  }
}

TEST_CASE("the stream closes stories that fall out of its window") {
  // Unrelated synthetic articles: each is a story of its own.
  geul::CorpusOptions o;
  o.window = 50;
  geul::CorpusStream stream(o);
  std::size_t closed = 0, most_open = 0;
  for (std::uint64_t i = 0; i < 2000; ++i) {
    geul::ArticleFeatures f;
    f.sketch = geul::MinHash(o.minhash_size);
    for (std::uint64_t t = 0; t < 20; ++t) f.terms.push_back({geul::detail::mix64(i * 1000 + t), 1});
    std::sort(f.terms.begin(), f.terms.end(), [](const geul::TermCount& a, const geul::TermCount& b) { return a.hash < b.hash; });
    stream.add(std::move(f), [&](geul::StreamStory&&) { ++closed; });
    most_open = std::max(most_open, stream.open_articles());
  }
  CHECK(most_open <= o.window + 1);
  stream.finish([&](geul::StreamStory&&) { ++closed; });
  CHECK(closed == 2000);
  CHECK(stream.open_stories() == 0);
}

TEST_CASE("JSON reader") {
  json::Value v;
  std::string error;
  REQUIRE(json::parse(R"({"id": 7, "text": "\uD55C\uAE00 \"q\"\n", "x": [true, null, -1.5e2]})", v, error));
  CHECK(v.get("id")->number == 7);
  CHECK(v.get("text")->text == "한글 \"q\"\n");
  CHECK(v.get("x")->items.size() == 3);
  CHECK(v.get("x")->items[2].number == -150);
  REQUIRE(json::parse(R"("\uD83D\uDE00")", v, error));
  CHECK(v.text == "\xF0\x9F\x98\x80");
  // A lone half reads as U+FFFD; what follows a lone high half is read on its own.
  REQUIRE(json::parse(R"("\ud800\u0041B")", v, error));
  CHECK(v.text == "\xEF\xBF\xBD" "AB");
  REQUIRE(json::parse(R"("\uD800x\uDC00")", v, error));
  CHECK(v.text == "\xEF\xBF\xBD" "x" "\xEF\xBF\xBD");
  REQUIRE(json::parse(R"("\uD800\uD83D\uDE00")", v, error));
  CHECK(v.text == "\xEF\xBF\xBD" "\xF0\x9F\x98\x80");
  CHECK_FALSE(json::parse(R"("\uD800\uZZZZ")", v, error));
  CHECK(error.find("bad \\u escape") != std::string::npos);
  CHECK_FALSE(json::parse(R"({"a": 1,})", v, error));
  CHECK(error.find("byte") != std::string::npos);
  CHECK_FALSE(json::parse("[1, 2", v, error));
  CHECK_FALSE(json::parse(std::string(100, '['), v, error));  // nesting too deep
  CHECK_FALSE(json::parse("\"a\" x", v, error));
  geul::DateTime d;
  CHECK(json::read_iso("2023-06-09T14:54:17", d));
  CHECK(d.iso() == "2023-06-09T14:54:17");
  CHECK(json::read_iso("---09", d));
  CHECK(d.day == 9);
  CHECK(json::read_iso("--06-09", d));
  CHECK(d.iso() == "--06-09");
  CHECK_FALSE(json::read_iso("2023-6-9", d));
}

TEST_CASE("deterministic and empty inputs") {
  const Set s = load_set(set_dir("b"));
  std::string a, b;
  std::vector<geul::ArticleFeatures> fs;
  for (const geul::Document& d : s.docs) fs.push_back(geul::extract_features(d));
  geul::JsonWriter wa(a), wb(b);
  geul::write_json(wa, geul::analyze_features(fs), s.names, fs);
  geul::write_json(wb, geul::analyze_features(fs), s.names, fs);
  CHECK(a == b);
  CHECK(geul::analyze_corpus({}).stories.empty());
  const geul::Corpus one = geul::analyze_corpus({geul::parse_article("")});
  CHECK(one.stories.size() == 1);
  CHECK(one.stories[0].summary.empty());
}
