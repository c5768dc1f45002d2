// The news parser: rules (dates, bylines, captions, page furniture, glued
// lines), the Document it builds (roles, metadata, the partition of the input,
// JSON) and bad input. Every sentence here is the team's own.
#include <doctest/doctest.h>

#include <geul/geul.hpp>

#include <iterator>
#include <random>
#include <string>
#include <vector>

using geul::BlockRole;
using geul::BoilerplateReason;
using namespace geul::detail::news;

namespace {

std::string iso_of(std::string_view s, bool no_year = false) {
  geul::DateTime d;
  std::size_t n = parse_datetime(s, 0, d, no_year);
  return n == s.size() ? d.iso() : "<" + std::to_string(n) + ">" + d.iso();
}

Shape shape_of(std::string_view s) { return classify_piece(s).shape; }

// The partition invariant every Document keeps.
void check_partition(const geul::Document& doc, std::size_t input_size) {
  std::size_t pos = 0;
  for (const geul::Block& b : doc.blocks) {
    REQUIRE(b.source.begin == pos);
    REQUIRE(b.source.end >= b.source.begin);
    REQUIRE(b.span.end <= doc.text.size());
    pos = b.source.end;
  }
  REQUIRE(pos == input_size);
}

std::vector<std::string> texts_with_role(const geul::Document& doc, BlockRole role) {
  std::vector<std::string> out;
  for (const geul::Block& b : doc.blocks)
    if (b.role == role) out.emplace_back(doc.text_of(b));
  return out;
}

std::string role_of(const geul::Document& doc, std::string_view text) {
  for (const geul::Block& b : doc.blocks)
    if (doc.text_of(b) == text) {
      std::string r = geul::to_string(b.role);
      if (const char* why = geul::to_string(b.reason)) r = r + "/" + why;
      return r;
    }
  return "<absent>";
}

}  // namespace

// ---------------------------------------------------------------- dates

TEST_CASE("date-time expressions in the forms Korean pages print them") {
  CHECK(iso_of("2023/06/09 14:54:17") == "2023-06-09T14:54:17");
  CHECK(iso_of("2024-03-05 10:12") == "2024-03-05T10:12");
  CHECK(iso_of("2024.02.14. 오후 3:30") == "2024-02-14T15:30");
  CHECK(iso_of("2024.06.18 오전 6:00:00") == "2024-06-18T06:00:00");
  CHECK(iso_of("2024.06.18 오전 12:10") == "2024-06-18T00:10");
  CHECK(iso_of("2025. 1. 14. 09:31") == "2025-01-14T09:31");
  CHECK(iso_of("2024.01.22 (21:17)") == "2024-01-22T21:17");
  CHECK(iso_of("2024.3.29") == "2024-03-29");
  CHECK(iso_of("23년 10월 15일") == "2023-10-15");
  CHECK(iso_of("2024년 5월 21일 (화) 15:30") == "2024-05-21T15:30");
  CHECK(iso_of("2024년 05월 21일 15시 30분") == "2024-05-21T15:30");
  CHECK(iso_of("25.03.12 14:07") == "2025-03-12T14:07");
  CHECK(iso_of("December 22, 2024") == "2024-12-22");
  CHECK(iso_of("Mar. 4, 2025 3:30 PM") == "2025-03-04T15:30");
  CHECK(iso_of("22 December 2024") == "2024-12-22");
  CHECK(iso_of("2024-05-21T15:30:00+09:00") == "2024-05-21T15:30:00");
  CHECK(iso_of("10월 7일(월)", true) == "--10-07");
  // Not dates: a decimal, a bare two-digit-year triple, impossible days, a time alone, no year unless allowed.
  CHECK(iso_of("25.03.12") == "<0>");
  CHECK(iso_of("2024.13.01") == "<0>");
  CHECK(iso_of("2024.02.32") == "<0>");
  CHECK(iso_of("10월 7일") == "<0>");
  CHECK(iso_of("3.14") == "<0>");
  CHECK(iso_of("14:54") == "<0>");
}

TEST_CASE("DateTime::iso prints only what is known") {
  geul::DateTime d;
  CHECK(d.iso().empty());
  d.day = 9;
  CHECK(d.iso() == "---09");
  d.month = 6;
  CHECK(d.iso() == "--06-09");
  d.year = 2023;
  CHECK(d.iso() == "2023-06-09");
  d.hour = 14, d.minute = 5;
  CHECK(d.iso() == "2023-06-09T14:05");
  d.second = 7;
  CHECK(d.iso() == "2023-06-09T14:05:07");
  geul::DateTime y;
  y.year = 2024;
  CHECK(y.iso() == "2024");
}

TEST_CASE("date lines: keywords before and after, published and modified, tolerated extras") {
  DateLine d;
  REQUIRE(parse_date_line("기사등록 2024/05/21 11:03:42 최종수정 2024/05/21 13:27:09", d));
  CHECK(d.published.iso() == "2024-05-21T11:03:42");
  CHECK(d.modified.iso() == "2024-05-21T13:27:09");
  REQUIRE(parse_date_line("2024/03/05 10:12 송고", d));
  CHECK(d.published.iso() == "2024-03-05T10:12");
  CHECK(d.modified.empty());
  REQUIRE(parse_date_line("입력2024.04.03 17:21 수정2024.04.04 00:31", d));
  CHECK(d.modified.iso() == "2024-04-04T00:31");
  REQUIRE(parse_date_line("24.08.23 19:30 l 최종 업데이트 24.08.23 19:45 l 글: 윤하늘(haneul)", d));
  CHECK(d.published.iso() == "2024-08-23T19:30");
  CHECK(d.modified.iso() == "2024-08-23T19:45");
  CHECK(d.author.substr(0, 3) == "글");
  REQUIRE(parse_date_line("기사입력 :[ 2024-08-25 15:24 ]", d));
  CHECK(d.published.iso() == "2024-08-25T15:24");
  REQUIRE(parse_date_line("■ 방송일 : 10월 7일(월)", d));
  CHECK(d.published.iso() == "--10-07");
  REQUIRE(parse_date_line("기자명 주하람 기자 입력 2024.09.02 17:20 수정 2024.09.02 18:05 댓글 0", d));
  CHECK(d.published.iso() == "2024-09-02T17:20");
  CHECK(d.modified.iso() == "2024-09-02T18:05");
  REQUIRE(parse_date_line("(서울=뉴스1) 한다해 기자 | 2024-05-21 11:03 송고 | 2024-05-21 13:00 최종수정", d));
  CHECK(d.published.iso() == "2024-05-21T11:03");
  CHECK(d.modified.iso() == "2024-05-21T13:00");
  REQUIRE(parse_date_line("송고시간2024-05-21 11:03", d));
  CHECK(d.published.iso() == "2024-05-21T11:03");
  REQUIRE(parse_date_line("입력일시 : 2024-05-21 11:03 | 수정일자 : 2024-05-22", d));
  CHECK(d.modified.iso() == "2024-05-22");
  CHECK_FALSE(parse_date_line("등록된 2024-05-21 11:03", d));
  // A sentence with a date is no date line; nor is a title with a timestamp (no keyword).
  CHECK_FALSE(parse_date_line("입력 2024.05.02 기준으로 신청자가 크게 늘었다.", d));
  CHECK_FALSE(parse_date_line("전기요금 인상 검토 2024-03-04 16:20", d));
  CHECK_FALSE(parse_date_line("■ 방송 : 한빛 라디오 FM 95.1 (07:20~07:40)", d));
}

TEST_CASE("a wire-style lead dates the report; other days in the lead do not") {
  CHECK(report_day_from_lead("정부는 새 제도를 도입한다고 22일 밝혔다.") == 22);
  CHECK(report_day_from_lead("3일 업계에 따르면 조선 3사는 수주를 늘렸다.") == 3);
  CHECK(report_day_from_lead("앞선 문장이다. 14일 경찰청에 따르면 반납률이 낮았다.") == 14);
  CHECK(report_day_from_lead("위원회는 수상작을 20일(현지시간) 발표했다.") == 20);
  CHECK(report_day_from_lead("대표가 4일 방한해 협력을 강조했다.") == 0);
  CHECK(report_day_from_lead("2024년 3일간 열린 행사였다.") == 0);
}

// ---------------------------------------------------------------- bylines

TEST_CASE("reporter names stand before 기자 (or 특파원 …) and are two to four syllables") {
  NameAt n;
  auto name = [&](std::string_view s) {
    return find_reporter_name(s, 0, n) ? std::string(s.substr(n.begin, n.end - n.begin)) : std::string("-");
  };
  CHECK(name("홍길동 기자") == "홍길동");
  CHECK(name("남궁하늘 기자 sky@example.com") == "남궁하늘");
  CHECK(name("대구=배하람 기자") == "배하람");
  CHECK(name("글·사진=윤이서 기자") == "윤이서");
  CHECK(name("워싱턴=김도해 특파원") == "김도해");
  CHECK(name("CBS한빛뉴스 석하윤 선임기자") == "석하윤");
  CHECK(name("/민예솔 기자(yesol@example.com)") == "민예솔");
  CHECK(name("하늘빛 기자가 현장에 다녀왔습니다.") == "-");  // 기자가: a word, not a byline
  CHECK(name("취재기자 연결합니다") == "-");
  CHECK(name("촬영기자:정우솔") == "-");
}

TEST_CASE("dateline and byline prefixes in their many forms") {
  auto pre = [](std::string_view s, bool start = true) { return match_byline_prefix(s, 0, start); };
  Prefix p = pre("[서울=뉴시스]윤하람 기자 = 본문이 이어진다.");
  CHECK(p.place == "서울");
  CHECK(p.outlet == "뉴시스");
  CHECK(p.name == "윤하람");
  CHECK(std::string_view("[서울=뉴시스]윤하람 기자 = 본문이 이어진다.").substr(p.length) == "본문이 이어진다.");
  p = pre("(세종=연합뉴스) 정다온 기자 = 본문");
  CHECK((p.place == "세종" && p.outlet == "연합뉴스" && p.name == "정다온"));
  p = pre("(서울=한빛통신) 서하준 민예솔 기자 = 본문");
  CHECK((p.place == "서울" && p.outlet == "한빛통신" && p.name == "서하준 민예솔"));
  p = pre("[디지털데일리 여하람 기자] 본문");
  CHECK((p.outlet == "디지털데일리" && p.name == "여하람" && p.place.empty()));
  p = pre("[헤럴드경제=석다온 기자] 본문");
  CHECK((p.outlet == "헤럴드경제" && p.place.empty()));
  p = pre("[스포츠서울 | 여주=소하늘 기자] 본문");
  CHECK((p.outlet == "스포츠서울" && p.place == "여주" && p.name == "소하늘"));
  p = pre("[파이낸셜뉴스] 본문");
  CHECK(p.outlet == "파이낸셜뉴스");
  p = pre("홍길동 기자 = 본문");
  CHECK(p.name == "홍길동");
  // Series tags and bare bracket datelines mid-line are no byline prefixes.
  CHECK(pre("[오늘의 경제] 제목").length == 0);
  CHECK(pre("[AI 반도체 전쟁] 제목").length == 0);
  CHECK(pre("[태안=뉴시스] 10일 사진 설명", false).length == 0);
}

TEST_CASE("broadcast sign-offs name the reporter; anchor intros do not") {
  auto name = [](std::string_view s) {
    ByteRange r = signoff_name(s);
    return r.empty() ? std::string("-") : std::string(s.substr(r.begin, r.size()));
  };
  CHECK(name("KBS 뉴스 하다온입니다.") == "하다온");
  CHECK(name("MBC뉴스 윤해솔입니다.") == "윤해솔");
  CHECK(name("지금까지 부산항에서 YTN 조하람입니다.") == "조하람");
  CHECK(name("배윤슬 기자입니다.") == "-");
  CHECK(name("말씀 감사합니다. 지금까지 한빛대 교수였습니다.") == "-");
}

// ---------------------------------------------------------------- captions

TEST_CASE("photo captions end in a credit") {
  auto credit = [](std::string_view s) {
    std::size_t c = caption_credit_start(s);
    return c == std::string_view::npos ? std::string("-") : std::string(s.substr(c));
  };
  CHECK(credit("21일 오전 시범 운행을 하고 있다. 2024.05.21. photo@newsis.com") == "2024.05.21. photo@newsis.com");
  CHECK(credit("껍질이 갈라진 감귤이 달려 있다. 2024.11.12/뉴스1 ⓒ News1 고하늘 기자") == "2024.11.12/뉴스1 ⓒ News1 고하늘 기자");
  CHECK(credit("금형 공장 내부 [한빛시 제공. 재판매 및 DB 금지]") == "[한빛시 제공. 재판매 및 DB 금지]");
  CHECK(credit("법안 처리를 논의하고 있다. (사진=연합뉴스)") == "(사진=연합뉴스)");
  CHECK(credit("구단 머플러를 들어 보이고 있다. (한빛FC 제공)") == "(한빛FC 제공)");
  CHECK(credit("전광판에 지수가 표시돼 있다. /사진=뉴스1") == "/사진=뉴스1");
  CHECK(credit("원룸 밀집 지역 모습. 연합뉴스") == "연합뉴스");
  CHECK(credit("줄다리기를 하고 있다. 남궁하늘 기자") == "남궁하늘 기자");
  CHECK(credit("수색하고 있다. 통영해양경찰서 제공") == "통영해양경찰서 제공");
  CHECK(credit("상품을 분류하고 있다. /한빛일보 DB") == "/한빛일보 DB");
  // Body sentences are no captions, even with a parenthesis at the end.
  CHECK(credit("새 제품을 공개했다고 밝혔다.(사진)") == "-");
  CHECK(credit("정부는 지원을 늘리겠다고 말했다.") == "-");
  CHECK(shape_of("ⓒ 박하늘") == Shape::credit_only);
  CHECK(shape_of("<사진제공=한빛군>") == Shape::credit_only);
  CHECK(shape_of("ⓒ 한빛일보 무단전재 및 재배포 금지") == Shape::copyright);
}

// ---------------------------------------------------------------- page furniture

TEST_CASE("the shapes of page furniture") {
  CHECK(shape_of("본문 바로가기") == Shape::navigation);
  CHECK(shape_of("전체메뉴") == Shape::navigation);
  CHECK(shape_of("증권 > 종목분석") == Shape::navigation);
  CHECK(shape_of("이전 글: 지난해 실적 발표") == Shape::navigation);
  CHECK(shape_of("공유하기") == Shape::widget);
  CHECK(shape_of("좋아요 0") == Shape::widget);
  CHECK(shape_of("공감 24") == Shape::widget);
  CHECK(shape_of("글자 크기 변경하기") == Shape::widget);
  CHECK(shape_of("페이스북(으)로 기사보내기") == Shape::widget);
  CHECK(shape_of("서울맑음 / -3.9 °") == Shape::widget);
  CHECK(shape_of("11.28 (목)") == Shape::date_widget);
  CHECK(shape_of("지면 : 2024-05-09 1면") == Shape::print_edition);
  CHECK(shape_of("댓글 12") == Shape::comment);
  CHECK(shape_of("AD") == Shape::advertisement);
  CHECK(shape_of("[광고] 신규 분양 단지 방문 예약") == Shape::advertisement);
  CHECK(shape_of("관련 뉴스") == Shape::related_header);
  CHECK(shape_of("[한빛 베스트 기사]") == Shape::related_header);
  CHECK(shape_of("많이 본 뉴스") == Shape::ranking_header);
  CHECK(shape_of("2024-10-22 17:40:11[브리핑] 데이터센터 전력 확보 비상") == Shape::timestamped);
  CHECK(shape_of("전기요금 부담 완화책 검토 2024-03-04 16:20") == Shape::timestamped);
  CHECK(shape_of("[02/04 09:40] 코스피 약세 출발") == Shape::timestamped);
  CHECK(shape_of("*재판매 및 DB 금지") == Shape::soft_copyright);
  CHECK(shape_of("<저작권자(c) 한빛뉴스, 무단 전재-재배포 금지>") == Shape::copyright);
  CHECK(shape_of("Copyright ⓒ 한빛일보. All rights reserved.") == Shape::copyright);
  CHECK(shape_of("[앵커]") == Shape::turn_marker);
  CHECK(shape_of("◀ 리포트 ▶") == Shape::turn_marker);
  CHECK(shape_of("#전시 #주말 #부산") == Shape::hashtags);
  CHECK(shape_of("■ 진행 : 한서아 앵커") == Shape::programme_data);
  CHECK(shape_of("* 아래 텍스트는 방송 내용과 다를 수 있습니다.") == Shape::note);
  CHECK(shape_of("※ 한빛뉴스는 여러분의 제보를 기다립니다.") == Shape::note);
  CHECK(classify_piece("※ 한빛뉴스는 여러분의 제보를 기다립니다.").reason == BoilerplateReason::promo);
  CHECK(shape_of("▶ 2차전지 업종 전망은") == Shape::promo_bullet);
  CHECK(classify_piece("▶ 한빛 뉴스레터 구독하기").reason == BoilerplateReason::promo);
  CHECK(shape_of("경향신문") == Shape::outlet_line);
  CHECK(shape_of("KBS 뉴스") == Shape::outlet_line);
  CHECK(shape_of("MBC 뉴스데스크") == Shape::outlet_line);
  CHECK(shape_of("미디어 문의: 한빛바이오 홍보팀 press@example.com") == Shape::contact);
  CHECK(shape_of("◇ 한서아 앵커(이하 한서아)> 안녕하세요.") == Shape::speaker_turn);
  CHECK(shape_of("◆ 인증 받는 데만 평균 5개월") == Shape::heading_bullet);
  CHECK(shape_of("1. 유럽 \"재활용 원료 의무화\"") == Shape::heading_bullet);
  CHECK(shape_of("▲낮 12시부터 오후 5시까지 야외작업 자제") == Shape::list_bullet);
  CHECK(shape_of("- 기간: 2025년 1월 28일까지") == Shape::list_bullet);
  CHECK(shape_of("촬영기자:정우솔/영상편집:서다해") == Shape::credit_line);
  CHECK(shape_of("홍길동 기자 hong@example.com") == Shape::byline);
  CHECK(shape_of("◎공감언론 뉴시스 hong@newsis.com") == Shape::byline);
  CHECK(shape_of("hong@example.com") == Shape::email_line);
  CHECK(shape_of("KBS 뉴스 하다온입니다.") == Shape::signoff);
  // Prose stays prose, even with words that furniture uses.
  CHECK(shape_of("정부는 내년부터 지원 대상을 두 배로 늘리겠다고 밝혔다.") == Shape::none);
  CHECK(shape_of("경찰은 시민의 제보를 받아 수사에 나섰다.") == Shape::none);
  CHECK(shape_of("온라인으로 신청하기 어려운 노인은 주민센터를 찾으면 된다.") == Shape::none);
  CHECK(shape_of("자세한 문의는 시청 민원실 전화로 하면 된다.") == Shape::none);
  CHECK(shape_of("저작권자의 허락 없이 복제해 배포하는 것은 무단 전재로 금지된다.") == Shape::none);
  CHECK(shape_of("시는 올해 행사를 두 차례 열었다. 내년에는 네 차례로 늘린다. 참가 신청은 다음 달 받는다. "
                 "(사진=한빛시 제공)") == Shape::none);
}

TEST_CASE("the sentence ending a piece") {
  CHECK(read_ending("정부는 지원을 늘린다고 밝혔다.").declarative);
  CHECK(read_ending("\"월세가 너무 올랐어요.\"").sentence);
  CHECK(read_ending("정말 좋았어요 ㅎㅎ").sentence);
  CHECK(read_ending("또 가 보고 싶어요 :)").sentence);
  CHECK(read_ending("왜 한국에 왔을까?").sentence);
  CHECK_FALSE(read_ending("왜 한국에 왔을까?").declarative);
  CHECK_FALSE(read_ending("3년 만에 가장 높은 수준으로 뛰었다").sentence);  // a headline
  CHECK_FALSE(read_ending("광주 비엔날레 하루 코스 정리 (2023. 9. 24.)").sentence);
}

// ---------------------------------------------------------------- glued lines

TEST_CASE("a glued crawler line is cut at its inline markers") {
  std::string line =
      "한빛 항만 물동량 역대 최대 기사등록 2024/04/11 09:47:12 [부산=뉴시스] 10일 부산 신항에서 컨테이너를 싣고 있다. "
      "(사진=한빛항만공사 제공) 2024.04.11. photo@newsis.com *재판매 및 DB 금지 [부산=뉴시스]윤하람 기자 = "
      "부산항의 물동량이 늘었다. 환적 화물이 크게 늘어난 덕분이다. 신항 부두 모습 [한빛항만공사 제공. 재판매 및 DB 금지] "
      "항만공사는 목표를 높였다. ◎공감언론 뉴시스 haram@newsis.com";
  std::vector<Marker> markers;
  find_markers(line, markers);
  std::vector<MarkerKind> kinds;
  for (const Marker& m : markers) kinds.push_back(m.kind);
  CHECK(kinds == std::vector<MarkerKind>{MarkerKind::date, MarkerKind::credit, MarkerKind::soft_copyright,
                                         MarkerKind::byline, MarkerKind::credit, MarkerKind::byline});
  geul::Document doc = geul::parse_article(line);
  check_partition(doc, line.size());
  CHECK(doc.metadata.title == "한빛 항만 물동량 역대 최대");
  CHECK(doc.metadata.published.iso() == "2024-04-11T09:47:12");
  CHECK(doc.metadata.dateline == "부산");
  CHECK(doc.metadata.outlet == "뉴시스");
  REQUIRE(doc.metadata.reporters.size() == 1);
  CHECK(doc.metadata.reporters[0].name == "윤하람");
  CHECK(doc.metadata.reporters[0].email == "haram@newsis.com");
  CHECK(texts_with_role(doc, BlockRole::caption) ==
        std::vector<std::string>{
            "[부산=뉴시스] 10일 부산 신항에서 컨테이너를 싣고 있다. (사진=한빛항만공사 제공) 2024.04.11. photo@newsis.com",
            "신항 부두 모습 [한빛항만공사 제공. 재판매 및 DB 금지]"});
  CHECK(texts_with_role(doc, BlockRole::body) ==
        std::vector<std::string>{"부산항의 물동량이 늘었다. 환적 화물이 크게 늘어난 덕분이다.", "항만공사는 목표를 높였다."});
  CHECK(role_of(doc, "*재판매 및 DB 금지") == "boilerplate/copyright");
  CHECK(doc.metadata.photo_credits == std::vector<std::string>{"한빛항만공사"});
}

// ---------------------------------------------------------------- outlets

TEST_CASE("the outlet table: at least 60 outlets, names, aliases and domains") {
  CHECK(std::size(geul::outlet_table) >= 60);
  for (std::size_t i = 0; i < std::size(geul::outlet_table); ++i)
    for (std::size_t j = i + 1; j < std::size(geul::outlet_table); ++j)
      CHECK(geul::outlet_table[i].name != geul::outlet_table[j].name);
  REQUIRE(geul::find_outlet("한겨레신문"));
  CHECK(geul::find_outlet("한겨레신문")->name == "한겨레");
  CHECK(geul::find_outlet("CBS 노컷뉴스")->name == "노컷뉴스");
  CHECK(geul::find_outlet("newspim")->name == "뉴스핌");  // Latin compares case-insensitively
  CHECK(geul::find_outlet("한빛일보") == nullptr);
  CHECK(geul::find_outlet_by_domain("hong@yna.co.kr")->name == "연합뉴스");
  CHECK(geul::find_outlet_by_domain("https://news.kbs.co.kr/news/view")->name == "KBS");
  CHECK(geul::find_outlet_by_domain("hong@kyunghyang.com")->name == "경향신문");
  CHECK(geul::find_outlet_by_domain("hong@notkbs.co.kr") == nullptr);
  std::size_t len;
  CHECK(geul::find_outlet_prefix("CBS노컷뉴스 석하윤 기자", len)->name == "노컷뉴스");
  CHECK(len == std::string_view("CBS노컷뉴스").size());
  CHECK(geul::find_outlet_prefix("연합뉴스TV 보도", len)->name == "연합뉴스TV");
}

// ---------------------------------------------------------------- whole documents

TEST_CASE("a portal copy: title, combined date line, byline, caption, body, footer") {
  std::string page =
      "본문 바로가기\n한빛일보 언론사 이미지\n한빛일보 구독\n"
      "\"밤새 일해도 쉴 곳이 없다\"…물류센터 휴게실 절반 기준 미달\n"
      "입력2025.02.11. 오후 2:05  수정2025.02.11. 오후 4:40  기사원문\n마서윤 기자\n추천\n댓글\n본문 요약봇\n"
      "글자 크기 변경하기\n인쇄하기\n"
      "노동부, 수도권 물류센터 120곳 점검\n"
      "야간 근무자들이 상품을 분류하고 있다. /한빛일보 DB\n"
      "수도권 대형 물류센터 가운데 절반 가까이가 휴게시설 기준을 지키지 않은 것으로 나타났다.\n"
      "노동부는 물류센터 120곳을 점검한 결과 57곳에서 위반을 적발했다고 11일 밝혔다.\n"
      "한 작업자는 \"쉬는 시간에 휴게실까지 가면 5분이 걸린다\"고 말했다.\n"
      "마서윤 기자 seoyun@hanbit.example\n"
      "Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포 금지.\n"
      "기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다.\n";
  geul::Document doc = geul::parse_article(page);
  check_partition(doc, page.size());
  const geul::Metadata& m = doc.metadata;
  CHECK(m.title == "\"밤새 일해도 쉴 곳이 없다\"…물류센터 휴게실 절반 기준 미달");
  CHECK(m.subtitles == std::vector<std::string>{"노동부, 수도권 물류센터 120곳 점검"});
  CHECK(m.published.iso() == "2025-02-11T14:05");
  CHECK(m.modified.iso() == "2025-02-11T16:40");
  CHECK(m.outlet == "한빛일보");
  REQUIRE(m.reporters.size() == 1);
  CHECK(m.reporters[0].email == "seoyun@hanbit.example");
  CHECK(texts_with_role(doc, BlockRole::body).size() == 3);
  CHECK(role_of(doc, "야간 근무자들이 상품을 분류하고 있다. /한빛일보 DB") == "caption");
  CHECK(role_of(doc, "글자 크기 변경하기") == "boilerplate/widget");
  CHECK(role_of(doc, "기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다.").substr(0, 11) == "boilerplate");
  CHECK(m.language == "ko");
}

TEST_CASE("a CMS page with 기자명/입력/댓글 on one line and share buttons") {
  std::string page =
      "바로가기\n본문 글씨 키우기\n본문 글씨 줄이기\n지역\n"
      "창원 해안 산책로 개방 1년…하루 방문객 3000명 넘었다\n"
      "기자명 엄도하 기자 입력 2024.09.02 17:20 수정 2024.09.02 18:05 댓글 0\n"
      "SNS 기사보내기\n카카오톡(으)로 기사보내기\n다른 공유 찾기\n기사스크랩하기\n"
      "창원 해안 산책로가 시민에게 개방된 지 1년 만에 하루 평균 방문객이 3000명을 넘어섰다.\n"
      "시는 가을 관광철을 맞아 야간 조명을 새로 설치할 계획이다.\n"
      "저작권자 © 경남한빛신문 무단전재 및 재배포 금지\n엄도하 기자 다른기사 보기\n";
  geul::Document doc = geul::parse_article(page);
  check_partition(doc, page.size());
  CHECK(doc.metadata.title == "창원 해안 산책로 개방 1년…하루 방문객 3000명 넘었다");
  CHECK(doc.metadata.subtitles.empty());
  CHECK(doc.metadata.published.iso() == "2024-09-02T17:20");
  CHECK(doc.metadata.outlet == "경남한빛신문");  // not in the table: as the copyright line writes it
  REQUIRE(doc.metadata.reporters.size() == 1);
  CHECK(doc.metadata.reporters[0].name == "엄도하");
  CHECK(texts_with_role(doc, BlockRole::body).size() == 2);
  CHECK(role_of(doc, "다른 공유 찾기") == "boilerplate/widget");
}

TEST_CASE("joint bylines, e-mails tied to the right reporter, dateline from a closing byline") {
  std::string page =
      "부산 해수욕장 개장 앞두고 안전요원 확충\n입력 2024.06.01 09:00\n\n"
      "(부산=연합뉴스) 하도윤 민서해 기자 = 부산 해수욕장 7곳이 다음 달 문을 연다.\n\n"
      "시는 안전요원을 지난해보다 30% 늘리기로 했다고 1일 밝혔다.\n\n"
      "doyoon@yna.co.kr\n";
  geul::Document doc = geul::parse_article(page);
  REQUIRE(doc.metadata.reporters.size() == 2);
  CHECK(doc.metadata.reporters[0].name == "하도윤");
  CHECK(doc.metadata.reporters[0].email == "doyoon@yna.co.kr");
  CHECK(doc.metadata.reporters[1].name == "민서해");
  CHECK(doc.metadata.reporters[1].email.empty());
  CHECK(doc.metadata.dateline == "부산");
  CHECK(doc.metadata.outlet == "연합뉴스");

  std::string closing = "제목이 여기 있다 정말로\n\n본문 첫 문단이 충분히 길게 이어진다고 밝혔다.\n\n"
                        "광주=윤다해·최이안 기자 dahae@example.com\n";
  doc = geul::parse_article(closing);
  REQUIRE(doc.metadata.reporters.size() == 2);
  CHECK(doc.metadata.reporters[0].name == "윤다해");
  CHECK(doc.metadata.reporters[0].email == "dahae@example.com");
  CHECK(doc.metadata.reporters[1].name == "최이안");
  CHECK(doc.metadata.dateline == "광주");
}

TEST_CASE("repeated headline and repeated body are duplicates; the first copy stays") {
  std::string page =
      "도서관 6곳 밤 11시까지 연다\n입력 2024-05-02 14:20\n\n"
      "시가 이달부터 공공도서관 6곳의 운영 시간을 늘린다.\n\n열람실과 자료실만 운영한다고 2일 밝혔다.\n\n"
      "한다해 기자 dahae@example.com\n\n"
      "도서관 6곳 밤 11시까지 연다\n시가 이달부터 공공도서관 6곳의 운영 시간을 늘린다.\n열람실과 자료실만 운영한다고 2일 밝혔다.\n";
  geul::Document doc = geul::parse_article(page);
  check_partition(doc, page.size());
  CHECK(texts_with_role(doc, BlockRole::body).size() == 2);
  int duplicates = 0;
  for (const geul::Block& b : doc.blocks) duplicates += b.reason == BoilerplateReason::duplicate;
  CHECK(duplicates == 3);
  CHECK(doc.body() == "시가 이달부터 공공도서관 6곳의 운영 시간을 늘린다.\n열람실과 자료실만 운영한다고 2일 밝혔다.");
}

TEST_CASE("no title and no date line: an RSS body gets the report day from its lead") {
  std::string page =
      "[파이낸셜뉴스] 국내 조선 3사가 올해 수주 목표의 40%를 채웠다.\n"
      "3일 업계에 따르면 조선 3사는 1분기에 선박 58척을 수주했다.\n"
      "seoha@fnnews.com 문서하 기자\n원문보기\n";
  geul::Document doc = geul::parse_article(page);
  CHECK(doc.metadata.title.empty());
  CHECK(doc.metadata.published.iso() == "---03");
  CHECK(doc.metadata.outlet == "파이낸셜뉴스");
  REQUIRE(doc.metadata.reporters.size() == 1);
  CHECK(doc.metadata.reporters[0].email == "seoha@fnnews.com");
  CHECK(texts_with_role(doc, BlockRole::body).front() == "국내 조선 3사가 올해 수주 목표의 40%를 채웠다.");
  std::string json = geul::to_json(doc);
  CHECK(json.find("\"title\":null") != std::string::npos);
  CHECK(json.find("\"published\":\"---03\"") != std::string::npos);
}

TEST_CASE("series tags, headings, list items and a transcript") {
  std::string page =
      "[기후 리포트] 폭염 특보 확대…\"한낮 야외작업 멈춰야\"\n입력 2024-07-31 03:00\n\n"
      "[앵커]\n폭염 특보가 전국으로 확대됐습니다.\n\n[리포트]\n한낮 기온이 38도까지 올랐습니다.\n"
      "◆ 야외 노동자 보호 대책\n질병청은 다음 수칙을 지켜 달라고 당부했습니다.\n"
      "▲낮 12시부터 오후 5시까지 작업 자제\n▲물 자주 마시기\n"
      "KBS 뉴스 하다온입니다.\n촬영기자:정우솔/영상편집:서다해\n";
  geul::Document doc = geul::parse_article(page);
  CHECK(doc.metadata.series == "기후 리포트");
  CHECK(doc.metadata.title == "폭염 특보 확대…\"한낮 야외작업 멈춰야\"");
  CHECK(role_of(doc, "[앵커]") == "boilerplate/other");
  CHECK(role_of(doc, "◆ 야외 노동자 보호 대책") == "heading");
  CHECK(role_of(doc, "▲물 자주 마시기") == "list_item");
  CHECK(role_of(doc, "KBS 뉴스 하다온입니다.") == "byline");
  REQUIRE(doc.metadata.reporters.size() == 1);
  CHECK(doc.metadata.reporters[0].name == "하다온");
  CHECK(doc.metadata.photo_credits == std::vector<std::string>{"정우솔"});
  CHECK(doc.metadata.outlet == "KBS");
  CHECK(doc.body().find("[앵커]") == std::string::npos);
}

TEST_CASE("a photo-caption line followed by its credit line") {
  std::string page =
      "골목 작은도서관 1년…\"책보다 사람이 먼저 모였다\"\n24.03.12 14:07 l 최종 업데이트 24.03.12 15:20 l 글: 박하늘(haneul)\n\n"
      "동네 주민 열두 명이 돌아가며 문을 여는 도서관이다. 저녁마다 불이 켜진다.\n\n"
      "▲ 아이들이 그림책을 읽고 있다.\nⓒ 박하늘\n\n도서관은 지난해 3월 문을 열었다. 책 3000여 권은 모두 기증받았다.\n";
  geul::Document doc = geul::parse_article(page);
  CHECK(texts_with_role(doc, BlockRole::caption) == std::vector<std::string>{"▲ 아이들이 그림책을 읽고 있다.", "ⓒ 박하늘"});
  CHECK(doc.metadata.published.iso() == "2024-03-12T14:07");
  CHECK(doc.metadata.modified.iso() == "2024-03-12T15:20");
  REQUIRE(doc.metadata.reporters.size() == 1);
  CHECK(doc.metadata.reporters[0].name == "박하늘");
  CHECK(doc.metadata.photo_credits == std::vector<std::string>{"박하늘"});
}

// ---------------------------------------------------------------- offsets, JSON

TEST_CASE("offsets are bytes of the input as given: BOM, CRLF, invalid UTF-8, NFD") {
  std::string page = "\xEF\xBB\xBF제목 줄이 여기에 있습니다 정말\r\n입력 2024.05.21 11:03\r\n\r\n"
                     "본문 \xFF 문단이 충분히 길게 이어진다고 밝혔다.\r\n"
                     "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xE1\x84\x80\xE1\x85\xAE\xE1\x86\xA8 사람이 많이 왔다고 전했다.\r\n";
  geul::Document doc = geul::parse_article(page);
  check_partition(doc, page.size());
  CHECK(doc.metadata.title == "제목 줄이 여기에 있습니다 정말");
  CHECK(doc.blocks.front().source.begin == 0);  // the BOM belongs to the first block
  std::vector<std::string> body = texts_with_role(doc, BlockRole::body);
  REQUIRE(body.size() == 2);
  CHECK(body[0] == "본문 \xEF\xBF\xBD 문단이 충분히 길게 이어진다고 밝혔다.");
  CHECK(body[1] == "한국 사람이 많이 왔다고 전했다.");  // NFC
  // The last body block's content maps back to the decomposed bytes of the input.
  const geul::Block& last = doc.blocks.back();
  geul::Span src = doc.map.map(last.span);
  CHECK(page.substr(src.begin, 18) == "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xE1\x84\x80\xE1\x85\xAE\xE1\x86\xA8");
  bool repaired = false;
  for (const geul::Diagnostic& d : doc.diagnostics) repaired = repaired || d.kind == geul::DiagnosticKind::invalid_utf8;
  CHECK(repaired);
}

TEST_CASE("the JSON form: keys in the documented order, null for absent values") {
  std::string page = "제목 줄이 여기에 있습니다 정말\n\n본문 문단이 충분히 길게 이어진다고 밝혔다.\n";
  std::string json = geul::to_json(geul::parse_article(page));
  const char* keys[] = {"\"title\":", "\"subtitles\":", "\"outlet\":", "\"reporters\":", "\"dateline\":",
                        "\"published\":", "\"modified\":", "\"series\":", "\"blocks\":", "\"body\":", "\"diagnostics\":"};
  std::size_t at = 0;
  for (const char* k : keys) {
    std::size_t p = json.find(k);
    CHECK(p != std::string::npos);
    CHECK(p >= at);
    at = p;
  }
  CHECK(json.find("\"outlet\":null") != std::string::npos);
  CHECK(json.find("{\"role\":\"title\",\"reason\":null,\"start\":0,\"end\":") != std::string::npos);
  CHECK(json.find("\"body\":\"본문 문단이 충분히 길게 이어진다고 밝혔다.\"") != std::string::npos);
}

// ---------------------------------------------------------------- bad input

TEST_CASE("bad input gives a valid Document with diagnostics") {
  auto has = [](const geul::Document& d, geul::DiagnosticKind k) {
    for (const geul::Diagnostic& x : d.diagnostics)
      if (x.kind == k) return true;
    return false;
  };
  geul::Document empty = geul::parse_article("");
  CHECK(empty.blocks.empty());
  CHECK(has(empty, geul::DiagnosticKind::empty_input));

  std::string spaces = " \n\t \r\n   \n";
  geul::Document ws = geul::parse_article(spaces);
  check_partition(ws, spaces.size());
  REQUIRE(ws.blocks.size() == 1);
  CHECK(ws.blocks[0].reason == BoilerplateReason::other);
  CHECK(has(ws, geul::DiagnosticKind::empty_input));

  std::string furniture = "본문 바로가기\n검색\n공유\n댓글 0\n많이 본 뉴스\n";
  geul::Document only = geul::parse_article(furniture);
  check_partition(only, furniture.size());
  CHECK(only.body().empty());
  CHECK(has(only, geul::DiagnosticKind::other));

  std::mt19937 rng(20240521);
  std::string garbage(200000, '\0');
  for (char& c : garbage) c = static_cast<char>(rng());
  geul::Document junk = geul::parse_article(garbage);
  check_partition(junk, garbage.size());
  CHECK(has(junk, geul::DiagnosticKind::binary_input));
}

TEST_CASE("random and adversarial inputs keep the partition") {
  std::mt19937 rng(7);
  const std::string pieces[] = {"본문", " ", "\n", "\n\n", "기자", "[서울=뉴시스]", "(사진=", ")", "2024.05.21.", " 14:00",
                                "@", "photo@newsis.com", "ⓒ", "*재판매 및 DB 금지", "다.", "\"", "입력", "▲", "\xFF",
                                "\xE1\x84\x92", "美", "...", "\r\n", "관련 뉴스", "<저작권자", ">", "송고"};
  for (int round = 0; round < 300; ++round) {
    std::string s;
    int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) s += pieces[rng() % std::size(pieces)];
    CAPTURE(s);
    geul::Document doc = geul::parse_article(s);
    check_partition(doc, s.size());
    for (const geul::Block& b : doc.blocks) CHECK((b.reason == BoilerplateReason::none) == (b.role != BlockRole::boilerplate));
  }
}

TEST_CASE("a 5 MB single line and 200,000 short lines finish, partition and stay whole") {
  std::string sentence = "시는 새 노선을 정하면서 새벽 출근 수요를 가장 먼저 고려했다고 21일 밝혔다. ";
  std::string line;
  while (line.size() < (5u << 20)) line += sentence;
  geul::Document big = geul::parse_article(line);
  check_partition(big, line.size());
  CHECK(big.blocks.size() == 1);
  CHECK(big.blocks[0].role == BlockRole::body);

  std::string lines;
  for (int i = 0; i < 200000; ++i) lines += (i % 2 ? "공유\n" : "짧은 줄\n");
  geul::Document many = geul::parse_article(lines);
  check_partition(many, lines.size());
  CHECK(many.blocks.size() == 200000);
}

TEST_CASE("a related-news box inside the article, comments after it, a credit under its caption") {
  std::string page =
      "시내버스 새벽 노선 5개 늘린다\n입력 2024.05.21 11:03\n\n"
      "버스 정류장 모습\n/사진=한빛일보 DB\n\n"
      "시는 다음 달부터 새벽 시간대 버스 노선을 다섯 개 더 늘린다고 21일 밝혔다.\n"
      "새 노선은 주요 산업단지와 지하철역을 잇는 구간에 우선 배치된다.\n"
      "관련기사\n심야버스 요금 동결…카드 결제만 가능\n출근길 혼잡도 1위 노선은\n"
      "교통카드 이용 기록을 분석한 결과 새벽 승차 인원이 하루 평균 500명을 넘었다.\n"
      "운수업계는 기사 구하기가 어렵다며 인건비 지원을 요구하고 있다.\n"
      "윤하람 기자 haram@example.com\n"
      "댓글 2\n"
      "새벽 버스가 늘어서 정말 다행입니다. 출근이 편해지겠어요.\n"
      "우리 동네에도 노선이 생기면 좋겠습니다. 꼭 검토해 주세요.\n";
  geul::Document doc = geul::parse_article(page);
  check_partition(doc, page.size());
  CHECK(texts_with_role(doc, BlockRole::caption) == std::vector<std::string>{"버스 정류장 모습", "/사진=한빛일보 DB"});
  CHECK(role_of(doc, "관련기사") == "boilerplate/related");
  CHECK(role_of(doc, "심야버스 요금 동결…카드 결제만 가능") == "boilerplate/related");
  CHECK(role_of(doc, "출근길 혼잡도 1위 노선은") == "boilerplate/related");
  CHECK(texts_with_role(doc, BlockRole::body).size() == 4);
  CHECK(role_of(doc, "새벽 버스가 늘어서 정말 다행입니다. 출근이 편해지겠어요.").substr(0, 11) == "boilerplate");
  CHECK(doc.metadata.photo_credits == std::vector<std::string>{"한빛일보 DB"});
}

TEST_CASE("English sentences read as prose") {
  CHECK(read_ending("The company said it would double its research staff by next year.").sentence);
  CHECK_FALSE(read_ending("Press Release.").sentence);
  std::string page = "Hanbit Bio reports phase 2 results\nMarch 4, 2025\n\n"
                     "Hanbit Bio said its oral drug candidate cut body weight by 14 percent in a 36-week trial.\n"
                     "The company plans to file for a phase 3 study in the second half of the year.\n";
  geul::Document doc = geul::parse_article(page);
  CHECK(doc.metadata.title == "Hanbit Bio reports phase 2 results");
  CHECK(doc.metadata.published.iso() == "2025-03-04");
  CHECK(texts_with_role(doc, BlockRole::body).size() == 2);
  CHECK(doc.metadata.language == "en");
}

TEST_CASE("report-style endings, a legal footer, and a hard-wrapped body") {
  CHECK(read_ending("○ 시는 하반기 중 정비 사업을 마무리하고 결과를 공개할 예정임").sentence);
  CHECK_FALSE(read_ending("정비 사업 마무리 예정임").sentence);  // too short: could be a headline
  CHECK(shape_of("등록일 : 2010.01.01") == Shape::contact);
  CHECK(shape_of("주소 : 서울특별시 중구 한빛로 12  대표전화 : 02-000-0000") == Shape::contact);

  std::string page =
      "한빛시, 노후 하수관 정비 3년 앞당긴다\n입력 2024.05.21 11:03\n\n"
      "한빛시가 노후 하수관 정비 사업을 예정보다 3년 앞당겨\n"
      "2027년까지 마무리한다. 시는 올해 예산 120억원을 들여\n"
      "도심 구간 하수관 40㎞를 먼저 교체하기로 했다고 21일\n"
      "밝혔다. 시 관계자는 \"여름철 침수 피해를 줄이기 위한\n"
      "조치\"라고 설명했다.\n\n"
      "Copyright ⓒ 한빛일보. All rights reserved.\n"
      "등록일 : 2010.01.01\n";
  geul::Document doc = geul::parse_article(page);
  CHECK(texts_with_role(doc, BlockRole::body).size() == 5);
  CHECK(doc.metadata.published.iso() == "2024-05-21T11:03");
  CHECK(role_of(doc, "등록일 : 2010.01.01") == "boilerplate/other");
  // The title is not a wrapped line: a blank line separates it from the body.
  CHECK(doc.metadata.title == "한빛시, 노후 하수관 정비 3년 앞당긴다");
}

TEST_CASE("text whose sentences lost their periods, and a question headline") {
  std::string page =
      "흡연 로봇 나왔다…연구 용도는\n\n"
      "폐 질환 연구를 위해 담배 연기를 들이마시는 로봇이 개발돼 주목을 받고 있다\n"
      "연구진은 로봇 폐에 쌓인 물질을 분석해 흡연의 영향을 정확히 측정할 수 있다고 설명했다\n"
      "이 로봇은 사람의 호흡 속도와 깊이를 그대로 흉내 낸다\n";
  geul::Document doc = geul::parse_article(page);
  CHECK(doc.metadata.title == "흡연 로봇 나왔다…연구 용도는");
  CHECK(texts_with_role(doc, BlockRole::body).size() == 3);

  std::string question =
      "드론 택배, 산골 마을에도 올까?\n\n"
      "시는 다음 달부터 산간 마을 세 곳에서 드론 배송을 시범 운영한다고 5일 밝혔다.\n"
      "배송 물품은 의약품과 생필품이며 한 번에 3㎏까지 실을 수 있다.\n";
  doc = geul::parse_article(question);
  CHECK(doc.metadata.title == "드론 택배, 산골 마을에도 올까?");
  CHECK(texts_with_role(doc, BlockRole::body).size() == 2);
  CHECK(doc.metadata.published.iso() == "---05");

  // A short paragraph with a byline bracket and no period is a paragraph, not a byline line.
  CHECK(shape_of("[한빛일보 정다해 기자] 국내 연구팀이 폐암을 일찍 찾아내는 표지를 발견했습니다") == Shape::none);
  CHECK(shape_of("[한빛일보 정다해 기자]") != Shape::none);
}

TEST_CASE("a wire story's end mark and the newsis 제보 footer") {
  std::string glued = "해상풍력 단지 착공 (부산=연합뉴스) 차하람 기자 = 부산 앞바다 해상풍력 단지가 착공했다. "
                      "시는 2028년 완공을 목표로 한다고 밝혔다. (끝)";
  geul::Document doc = geul::parse_article(glued);
  check_partition(doc, glued.size());
  CHECK(role_of(doc, "(끝)") == "boilerplate/other");
  CHECK(doc.body() == "부산 앞바다 해상풍력 단지가 착공했다. 시는 2028년 완공을 목표로 한다고 밝혔다.");

  std::string page = "한빛시 새벽 버스 늘린다\n입력 2024.05.21 11:03\n\n"
                     "[서울=뉴시스]윤하람 기자 = 시가 새벽 버스 노선을 늘린다고 21일 밝혔다.\n\n"
                     "◎공감언론 뉴시스 haram@newsis.com\n\n"
                     "◎공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다. 뉴스 가치가 있는 사진이나 영상을 "
                     "사진영상부(photo-desk@newsis.com)로 보내주시면 적극 반영하겠습니다.\n";
  doc = geul::parse_article(page);
  REQUIRE(doc.metadata.reporters.size() == 1);
  CHECK(doc.metadata.reporters[0].email == "haram@newsis.com");
  CHECK(role_of(doc, "◎공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다. 뉴스 가치가 있는 사진이나 영상을 "
                     "사진영상부(photo-desk@newsis.com)로 보내주시면 적극 반영하겠습니다.") == "boilerplate/promo");
  CHECK(doc.body() == "시가 새벽 버스 노선을 늘린다고 21일 밝혔다.");
}

TEST_CASE("a glued caption keeps its photographer's prefix and the photo title before it") {
  std::string glued =
      "한빛 AI 콘퍼런스 개막 (서울=연합뉴스) 하도윤 기자 = 콘퍼런스가 3일 개막했다. 행사는 이틀 동안 열린다. "
      "기조연설하는 한빛 부사장 (서울=연합뉴스) 민서해 기자 = 3일 서울 한빛대에서 한빛 부사장이 연설하고 있다. "
      "2024.11.3 haeseo@yna.co.kr 부사장은 협력을 강조했다. 관람객은 2천 명이 넘었다.";
  geul::Document doc = geul::parse_article(glued);
  check_partition(doc, glued.size());
  CHECK(doc.metadata.title == "한빛 AI 콘퍼런스 개막");
  CHECK(texts_with_role(doc, BlockRole::caption) ==
        std::vector<std::string>{"기조연설하는 한빛 부사장 (서울=연합뉴스) 민서해 기자 = 3일 서울 한빛대에서 한빛 부사장이 "
                                 "연설하고 있다. 2024.11.3 haeseo@yna.co.kr"});
  REQUIRE(doc.metadata.reporters.size() == 1);
  CHECK(doc.metadata.reporters[0].name == "하도윤");
  CHECK(doc.metadata.photo_credits == std::vector<std::string>{"민서해"});
  CHECK(doc.body() == "콘퍼런스가 3일 개막했다. 행사는 이틀 동안 열린다.\n부사장은 협력을 강조했다. 관람객은 2천 명이 넘었다.");
}

TEST_CASE("tiny inputs: a headline alone, a statement alone, a headline and a short statement") {
  geul::Document doc = geul::parse_article("제목만 있는 한 줄입니다");
  CHECK(doc.metadata.title == "제목만 있는 한 줄입니다");
  CHECK(doc.body().empty());
  doc = geul::parse_article("정부는 내년 예산을 늘리겠다고 밝혔다.");
  CHECK(doc.metadata.title.empty());
  CHECK(doc.body() == "정부는 내년 예산을 늘리겠다고 밝혔다.");
  doc = geul::parse_article("제목 한 줄이 여기 있다\n\n본문이 짧다.");
  CHECK(doc.metadata.title == "제목 한 줄이 여기 있다");
  CHECK(doc.body() == "본문이 짧다.");
  doc = geul::parse_article("[속보] 한빛시 새벽 버스 노선 확대");
  CHECK(doc.metadata.series == "속보");
  CHECK(doc.metadata.title == "한빛시 새벽 버스 노선 확대");
}
