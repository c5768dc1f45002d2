#include <doctest/doctest.h>

#include <geul/analysis/entities.hpp>
#include <geul/news/parse.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Every sentence below was written by the team for these tests; the
// organizations and people are invented or generic.

namespace {

struct AliasCase {
  const char* text;
  const char* long_text;   // nullptr: no alias expected
  const char* short_text;
  geul::AliasKind kind;
};

std::string_view view(std::string_view text, geul::Span s) { return text.substr(s.begin, s.size()); }

void check_spans(std::string_view text, const std::vector<geul::Alias>& aliases) {
  for (const geul::Alias& a : aliases) {
    REQUIRE(a.long_form.end <= text.size());
    REQUIRE(a.short_form.end <= text.size());
    CHECK(a.long_form.begin < a.long_form.end);
    CHECK(a.short_form.begin < a.short_form.end);
    CHECK(view(text, a.long_form) == a.long_text);
    CHECK(view(text, a.short_form) == a.short_text);
    // The two names never overlap.
    CHECK((a.long_form.end <= a.short_form.begin || a.short_form.end <= a.long_form.begin));
  }
}

}  // namespace

TEST_CASE("aliases: accepted pairs, their extent and direction") {
  using K = geul::AliasKind;
  static const AliasCase cases[] = {
      // Korean short forms: syllables in order from the first (abbreviation).
      {"중소벤처기업부(중기부)가 지원 사업을 발표했다.", "중소벤처기업부", "중기부", K::abbreviation},
      {"과학기술정보통신부(과기정통부)는 예산을 늘렸다.", "과학기술정보통신부", "과기정통부", K::abbreviation},
      {"질병관리청(질병청)에 따르면 환자가 늘었다.", "질병관리청", "질병청", K::abbreviation},
      {"제주특별자치도(제주도)는 관광객 목표를 높였다.", "제주특별자치도", "제주도", K::abbreviation},
      {"서울특별시교육청(서울시교육청)이 방학 일정을 바꿨다.", "서울특별시교육청", "서울시교육청", K::abbreviation},
      {"영화계는 한빛 국제영화제(한빛영화제)를 기다린다.", "한빛 국제영화제", "한빛영화제", K::abbreviation},
      {"중소벤처기업부(이하 중기부)는 올해 처음으로 공모를 연다.", "중소벤처기업부", "중기부", K::abbreviation},
      {"국토교통부(이하 '국토부')가 계획을 내놨다.", "국토교통부", "국토부", K::abbreviation},
      // Korean short forms that end the long form: the whole noun phrase.
      {"운행은 자율주행 통합관제센터(관제센터)가 맡는다.", "자율주행 통합관제센터", "관제센터", K::abbreviation},
      {"군은 한국수자원공사(수자원공사)와 협의했다.", "한국수자원공사", "수자원공사", K::abbreviation},
      {"외래 환자 가운데 인플루엔자 의사환자(의사환자)가 늘었다.", "인플루엔자 의사환자", "의사환자", K::abbreviation},
      // Latin acronyms after Korean.
      {"인공지능(AI) 반도체 수요가 늘었다.", "인공지능", "AI", K::abbreviation},
      {"국제우주정거장(ISS)에 실험 장비가 도착했다.", "국제우주정거장", "ISS", K::abbreviation},
      {"노바AI 최고경영자(CEO)가 방한했다.", "최고경영자", "CEO", K::abbreviation},
      {"한국토지주택공사(LH)가 주택을 사들인다.", "한국토지주택공사", "LH", K::abbreviation},
      {"민간 서비스형 소프트웨어(SaaS) 기업이 늘었다.", "서비스형 소프트웨어", "SaaS", K::abbreviation},
      {"공공기관은 클라우드 보안인증(CSAP)을 요구한다.", "클라우드 보안인증", "CSAP", K::abbreviation},
      {"통신사들이 5세대 이동통신(5G) 요금제를 내놨다.", "5세대 이동통신", "5G", K::abbreviation},
      {"국내 사물인터넷(IoT) 시장이 커졌다.", "사물인터넷", "IoT", K::abbreviation},
      {"판교 연구개발(R&D) 센터를 세운다.", "연구개발", "R&D", K::abbreviation},
      {"회사는 고대역폭메모리(HBM) 생산을 늘린다.", "고대역폭메모리", "HBM", K::abbreviation},
      {"Large Language Model(LLM) 경쟁이 치열하다.", "Large Language Model", "LLM", K::abbreviation},
      // Expansions: the short form first.
      {"AI(인공지능) 기술을 도입했다.", "인공지능", "AI", K::expansion},
      {"발전소는 1.5GW(기가와트) 규모다.", "기가와트", "GW", K::expansion},
      {"중기부(중소벤처기업부)가 공모를 시작했다.", "중소벤처기업부", "중기부", K::expansion},
      // Originals: Hangul names and their original spelling.
      {"샘 하퍼(Sam Harper) 대표가 방한했다.", "샘 하퍼", "Sam Harper", K::original},
      {"구단은 마티아스 베르크(Matthias Berg·43) 감독을 선임했다.", "마티아스 베르크", "Matthias Berg", K::original},
      {"선장 올렉산드르 코발(Oleksandr Koval, 52)씨를 조사했다.", "올렉산드르 코발", "Oleksandr Koval", K::original},
      {"노바AI(NovaAI)가 한국 지사를 세운다.", "노바AI", "NovaAI", K::original},
      {"엔비디아(NVIDIA)의 주가가 올랐다.", "엔비디아", "NVIDIA", K::original},
      {"리디아 모렐리(Lydia Morelli) 박사가 발표했다.", "리디아 모렐리", "Lydia Morelli", K::original},
      {"시진핑(習近平) 주석이 연설했다.", "시진핑", "習近平", K::original},
  };
  for (const AliasCase& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const std::vector<geul::Alias> got = geul::find_aliases(text);
    check_spans(text, got);
    REQUIRE(got.size() == 1);
    CHECK(got[0].long_text == c.long_text);
    CHECK(got[0].short_text == c.short_text);
    CHECK(got[0].kind == c.kind);
  }
}

TEST_CASE("aliases: parentheses that are no aliases") {
  static const char* const texts[] = {
      "회담은 8일(현지시간) 열렸다.",                              // a time note
      "운전자 김모(45)씨가 다쳤다.",                              // an age
      "이준호 대표(사진)는 이렇게 말했다.",                        // a photo note
      "반도체 수출 급증(종합)",                                   // a wire-service tag
      "한빛전자(005930) 주가가 올랐다.",                          // a stock code
      "한빛(주)와 (주)노바가 계약했다.",                          // a company-form note
      "연체율(1개월 이상 연체 기준)은 1.9%였다.",                 // a gloss that is a clause
      "'챗(Chat)GPT'가 인기를 끌었다.",                           // a spelling inside a word
      "창업기획자는 액셀러레이터(창업기획자)로 불린다.",          // a translation, not a short form
      "정부가(AI) 이상한 괄호를 썼다.",                           // a particle before the parenthesis
      "중소벤처기업부 (중기부)는 띄어 쓴 괄호다.",                // not glued: not read as an alias
      "건물 높이는 10m(미터)다.",                                 // a unit
      "행사는 이번 주(토요일) 열린다.",                           // a day note
      "기부금(약 3억 원)을 냈다.",                                // an amount
      "()와 (   )는 비어 있다.",                                  // empty
      "그는 웃었다(아무도 몰랐다).",                              // an aside
  };
  for (const char* t : texts) {
    const std::string text = t;
    CAPTURE(text);
    const std::vector<geul::Alias> got = geul::find_aliases(text);
    check_spans(text, got);
    CHECK(got.empty());
  }
}

TEST_CASE("aliases: deduplicated by (long, short), first mention kept, in order") {
  const std::string text =
      "인공지능(AI) 반도체가 팔린다. 중소벤처기업부(중기부)가 인공지능(AI) 기업을 돕는다. 중소벤처기업부(중기부)는 "
      "AI(인공지능) 인재도 기른다.";
  const std::vector<geul::Alias> got = geul::find_aliases(text);
  check_spans(text, got);
  // AI(인공지능) names the same pair the other way round: a duplicate too.
  REQUIRE(got.size() == 2);
  CHECK(got[0].long_text == "인공지능");
  CHECK(got[0].short_text == "AI");
  CHECK(got[0].kind == geul::AliasKind::abbreviation);
  CHECK(got[0].long_form.begin == 0);  // the first mention
  CHECK(got[1].short_text == "중기부");
}

TEST_CASE("find_aliases(Document): body only, spans in doc.text") {
  const std::string article =
      "노바일보\n"
      "인공지능(AI) 반도체 투자 확대\n"
      "입력 2024.05.02 10:00\n"
      "\n"
      "중소벤처기업부(중기부)가 인공지능(AI) 반도체 기업 30곳을 뽑는다.\n"
      "\n"
      "노바일보 박도윤 기자\n";
  const geul::Document doc = geul::parse_article(article);
  const std::vector<geul::Alias> got = geul::find_aliases(doc);
  check_spans(doc.text, got);
  REQUIRE(got.size() == 2);
  CHECK(got[0].short_text == "중기부");
  CHECK(got[1].short_text == "AI");
  // The headline's 인공지능(AI) is not article text: the body's mention is reported.
  CHECK(got[1].long_form.begin > got[0].long_form.begin);
}

TEST_CASE("aliases: JSON and kind names") {
  CHECK(std::string(geul::to_string(geul::AliasKind::abbreviation)) == "abbreviation");
  CHECK(std::string(geul::to_string(geul::AliasKind::expansion)) == "expansion");
  CHECK(std::string(geul::to_string(geul::AliasKind::original)) == "original");
  std::string json;
  geul::JsonWriter w(json);
  geul::write_json(w, geul::find_aliases("인공지능(AI)"));
  CHECK(json ==
        "[{\"long\":\"인공지능\",\"short\":\"AI\",\"kind\":\"abbreviation\",\"long_start\":0,\"long_end\":12,"
        "\"short_start\":13,\"short_end\":15}]");
}

TEST_CASE("aliases: robustness") {
  CHECK(geul::find_aliases("").empty());
  CHECK(geul::find_aliases("(").empty());
  CHECK(geul::find_aliases(")").empty());
  CHECK(geul::find_aliases("인공지능(").empty());
  CHECK(geul::find_aliases("인공지능(AI").empty());
  {
    std::string t(100000, '(');
    CHECK(geul::find_aliases(t).empty());
    std::string u;
    for (int i = 0; i < 20000; ++i) u += "가(나)";
    check_spans(u, geul::find_aliases(u));
  }
  {
    // A line of 1 MB: one long word glued to a parenthesis, then many pairs.
    std::string t(1u << 20, 'a');
    t += "(AI)";
    while (t.size() < (2u << 20)) t += " 인공지능(AI) 반도체";
    const std::vector<geul::Alias> got = geul::find_aliases(t);
    check_spans(t, got);
    CHECK(got.size() == 1);  // deduplicated
  }
  {
    std::uint32_t x = 777;
    std::string t;
    const char* pieces[] = {"(", ")", "（", "）", "AI", "인공지능", " ", "\xFF", "\xEA\xB0", "이하 ", "·43"};
    for (int i = 0; i < 200000; ++i) {
      x = x * 1664525u + 1013904223u;
      if ((x >> 28) < 6) t += pieces[(x >> 8) % (sizeof pieces / sizeof *pieces)];
      else t += static_cast<char>(x >> 16);
    }
    check_spans(t, geul::find_aliases(t));
  }
}
