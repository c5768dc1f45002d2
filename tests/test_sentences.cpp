#include <doctest/doctest.h>

#include <geul/text/sentences.hpp>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

// Every sentence below was written by the team for these tests.

namespace {

std::vector<std::string> split(std::string_view text, const geul::SentenceOptions& opt = {}) {
  std::vector<std::string> out;
  for (const geul::Sentence& s : geul::split_sentences(text, opt))
    out.emplace_back(geul::sentence_text(text, s));
  return out;
}

using V = std::vector<std::string>;

bool is_space_byte_run(std::string_view s) {
  // The splitter's whitespace: ASCII spaces/controls, NBSP, ideographic space, U+2000..200A …
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t c;
    std::size_t n = geul::detail::decode_one(reinterpret_cast<const unsigned char*>(s.data()) + i,
                                             reinterpret_cast<const unsigned char*>(s.data()) + s.size(), c);
    if (!geul::detail::seg::is_white_space(c)) return false;
    i += n;
  }
  return true;
}

// The spans are in order, non-empty, start and end on non-space, and only
// whitespace lies between them: nothing is dropped or changed.
void check_partition(std::string_view text, const geul::SentenceOptions& opt = {}) {
  std::size_t pos = 0;
  for (const geul::Sentence& s : geul::split_sentences(text, opt)) {
    REQUIRE(s.span.begin >= pos);
    REQUIRE(s.span.end > s.span.begin);
    REQUIRE(s.span.end <= text.size());
    CHECK(is_space_byte_run(text.substr(pos, s.span.begin - pos)));
    std::string_view body = text.substr(s.span.begin, s.span.end - s.span.begin);
    CHECK_FALSE(is_space_byte_run(body.substr(0, 1)));
    pos = s.span.end;
  }
  CHECK(is_space_byte_run(text.substr(pos)));
}

}  // namespace

TEST_CASE("terminal punctuation ends sentences") {
  CHECK(split("정부는 오늘 새 정책을 발표했다. 시장은 즉각 반응했다.") ==
        V{"정부는 오늘 새 정책을 발표했다.", "시장은 즉각 반응했다."});
  CHECK(split("정말 그럴까? 아니다! 다시 보자.") == V{"정말 그럴까?", "아니다!", "다시 보자."});
  CHECK(split("왜 그랬을까?! 답은 없었다.") == V{"왜 그랬을까?!", "답은 없었다."});
  CHECK(split("회의는 끝났습니다。다음 안건입니다．") == V{"회의는 끝났습니다。", "다음 안건입니다．"});
  CHECK(split("") == V{});
  CHECK(split("   \n\t ") == V{});
  CHECK(split("  한 문장뿐이다.  ") == V{"한 문장뿐이다."});
}

TEST_CASE("quotes that continue the sentence stay in it") {
  CHECK(split("김 장관은 \"올해 안에 법을 고치겠다\"고 말했다. 기자들이 질문을 이어갔다.") ==
        V{"김 장관은 \"올해 안에 법을 고치겠다\"고 말했다.", "기자들이 질문을 이어갔다."});
  CHECK(split("그는 “수출이 회복되고 있다”며 낙관했다.") == V{"그는 “수출이 회복되고 있다”며 낙관했다."});
  CHECK(split("위원장은 '현장을 더 살피겠다'라고 덧붙였다.") == V{"위원장은 '현장을 더 살피겠다'라고 덧붙였다."});
  // Several sentences inside one quote.
  CHECK(split("그는 \"준비는 끝났다. 이제 시작이다. 지켜봐 달라\"고 강조했다. 박수가 나왔다.") ==
        V{"그는 \"준비는 끝났다. 이제 시작이다. 지켜봐 달라\"고 강조했다.", "박수가 나왔다."});
  // A quote followed by a space and a quotative verb.
  CHECK(split("\"이제 됐다. 가자.\" 하며 그가 일어섰다.") == V{"\"이제 됐다. 가자.\" 하며 그가 일어섰다."});
  CHECK(split("'이게 정말 되나?' 하고 고개를 갸웃했다.") == V{"'이게 정말 되나?' 하고 고개를 갸웃했다."});
  CHECK(split("누군가 \"불이야!\"라고 외쳤다.") == V{"누군가 \"불이야!\"라고 외쳤다."});
  // Quoted terms inside a sentence.
  CHECK(split("이른바 ‘공정’ 논란이 다시 불붙었다.") == V{"이른바 ‘공정’ 논란이 다시 불붙었다."});
  CHECK(split("두 안은 '먼저 짓는다' 또는 '나중에 짓는다'로 갈렸다.") ==
        V{"두 안은 '먼저 짓는다' 또는 '나중에 짓는다'로 갈렸다."});
}

TEST_CASE("a quote that stands alone ends at its closer") {
  CHECK(split("“올해는 다르다.” 그는 자신감을 보였다.") == V{"“올해는 다르다.”", "그는 자신감을 보였다."});
  CHECK(split("\"정말 끝났어요?\" \"네, 방금요.\"") == V{"\"정말 끝났어요?\"", "\"네, 방금요.\""});
  CHECK(split("앞사람이 말했다. “천천히 가도 돼요.” 모두 웃었다.") ==
        V{"앞사람이 말했다.", "“천천히 가도 돼요.”", "모두 웃었다."});
  // A closing quote glued to the next sentence.
  CHECK(split("그가 말했다. “곧 돌아온다.”그리고 떠났다.") ==
        V{"그가 말했다.", "“곧 돌아온다.”", "그리고 떠났다."});
  // Dialogue lines whose quote ends without punctuation.
  CHECK(split("민수:\"내일 갈게\" 지영:\"그래 기다릴게\"") == V{"민수:\"내일 갈게\"", "지영:\"그래 기다릴게\""});
}

TEST_CASE("sentence-final endings without punctuation") {
  CHECK(split("회의는 오후에 끝났다 참석자들은 곧바로 자리를 떴다") ==
        V{"회의는 오후에 끝났다", "참석자들은 곧바로 자리를 떴다"});
  CHECK(split("오늘 날씨가 정말 좋네요 산책하러 나가요") == V{"오늘 날씨가 정말 좋네요", "산책하러 나가요"});
  CHECK(split("배송이 정말 빨랐어요 다음에도 여기서 살게요") ==
        V{"배송이 정말 빨랐어요", "다음에도 여기서 살게요"});
  CHECK(split("직접 써 보니 정말 편함 다음에 또 살 예정임") == V{"직접 써 보니 정말 편함", "다음에 또 살 예정임"});
  CHECK(split("가격이 많이 올랐음 그래도 살 만함") == V{"가격이 많이 올랐음", "그래도 살 만함"});
  CHECK(split("이번 달 매출은 목표를 넘겼습니다 다음 달도 기대됩니다") ==
        V{"이번 달 매출은 목표를 넘겼습니다", "다음 달도 기대됩니다"});
  CHECK(split("정말 이대로 괜찮을까 다시 생각해 보자") == V{"정말 이대로 괜찮을까", "다시 생각해 보자"});
  CHECK(split("그럼 다들 알겠죠 이제 시작합니다") == V{"그럼 다들 알겠죠", "이제 시작합니다"});
  CHECK(split("벌써 끝났냐 아직 멀었다") == V{"벌써 끝났냐", "아직 멀었다"});
  // Weak (spoken) endings end a sentence only before a word that opens one.
  CHECK(split("나도 그거 알아 그래서 왔어") == V{"나도 그거 알아", "그래서 왔어"});
  CHECK(split("그러니 서두르지 마 천천히 해") == V{"그러니 서두르지 마", "천천히 해"});
  CHECK(split("이를 위해 우리는 함께 노력한다") == V{"이를 위해 우리는 함께 노력한다"});
  CHECK(split("조금 더 기다려 보고 결정해") == V{"조금 더 기다려 보고 결정해"});
}

TEST_CASE("다 and other endings inside words or before auxiliaries do not split") {
  CHECK(split("다음 주 다시 다룰 예정이다") == V{"다음 주 다시 다룰 예정이다"});
  CHECK(split("바다 건너 캐나다 기업이 들어왔다") == V{"바다 건너 캐나다 기업이 들어왔다"});
  CHECK(split("생각보다 결과가 좋았다") == V{"생각보다 결과가 좋았다"});
  CHECK(split("날마다 조금씩 나아졌다") == V{"날마다 조금씩 나아졌다"});
  CHECK(split("이 일을 하다 보니 많은 것을 배웠다") == V{"이 일을 하다 보니 많은 것을 배웠다"});
  CHECK(split("이 정도면 되겠다 싶어 바로 신청했다") == V{"이 정도면 되겠다 싶어 바로 신청했다"});
  CHECK(split("혹시 늦지 않았나 싶어 서둘렀다") == V{"혹시 늦지 않았나 싶어 서둘렀다"});
  CHECK(split("비가 오지 않을까 걱정했다") == V{"비가 오지 않을까 걱정했다"});
  CHECK(split("모두 함께 있지 않을까요") == V{"모두 함께 있지 않을까요"});
  CHECK(split("그 사실을 알게 되었다") == V{"그 사실을 알게 되었다"});
  CHECK(split("필요 없는 규제를 없앴다") == V{"필요 없는 규제를 없앴다"});
  CHECK(split("주요 기업 대표들이 모였다") == V{"주요 기업 대표들이 모였다"});
  CHECK(split("일본 기시다 총리는 이날 담화를 냈다") == V{"일본 기시다 총리는 이날 담화를 냈다"});
  CHECK(split("어색함 없이 잘 어울렸다") == V{"어색함 없이 잘 어울렸다"});
  CHECK(split("상자를 가져다 책상에 올렸다") == V{"상자를 가져다 책상에 올렸다"});
  CHECK(split("회의 결과는 역대 최다 참석으로 기록됐다") == V{"회의 결과는 역대 최다 참석으로 기록됐다"});
  CHECK(split("가정용과 제어용 장비를 따로 판다") == V{"가정용과 제어용 장비를 따로 판다"});
  CHECK(split("그는 연구만 계속 했다") == V{"그는 연구만 계속 했다"});
  CHECK(split("일본 마츠다 차량이 들어왔다") == V{"일본 마츠다 차량이 들어왔다"});
  CHECK(split("'가'와 '나' 등 여러 글자를 배웠다") == V{"'가'와 '나' 등 여러 글자를 배웠다"});
}

TEST_CASE("decimals, dates, versions and numbered bullets") {
  CHECK(split("성장률은 1.5%로 낮아졌다. 물가는 3.14% 올랐다.") ==
        V{"성장률은 1.5%로 낮아졌다.", "물가는 3.14% 올랐다."});
  CHECK(split("조사는 2023.06.09. 전국에서 진행됐다.") == V{"조사는 2023.06.09. 전국에서 진행됐다."});
  CHECK(split("발표일은 2023. 6. 9. 오후로 잡혔다.") == V{"발표일은 2023. 6. 9. 오후로 잡혔다."});
  CHECK(split("새 버전 v1.2.3을 배포했다. 오류가 줄었다.") == V{"새 버전 v1.2.3을 배포했다.", "오류가 줄었다."});
  CHECK(split("1. 사업 개요를 먼저 설명한다. 2. 일정을 정한다.") ==
        V{"1. 사업 개요를 먼저 설명한다.", "2. 일정을 정한다."});
  CHECK(split("가. 목적을 정한다. 나. 방법을 고른다.") == V{"가. 목적을 정한다.", "나. 방법을 고른다."});
  CHECK(split("III. 결론을 맺는다.") == V{"III. 결론을 맺는다."});
  CHECK(split("1. 사업 개요\n2. 추진 일정\n- 신청은 온라인으로 받는다") ==
        V{"1. 사업 개요", "2. 추진 일정", "- 신청은 온라인으로 받는다"});
  CHECK(split("참석자는 ▲김 대표 ▲이 장관 ▲박 의원이다.") == V{"참석자는 ▲김 대표 ▲이 장관 ▲박 의원이다."});
  CHECK(split("총 3개. 나머지는 다음에 온다.") == V{"총 3개.", "나머지는 다음에 온다."});
}

TEST_CASE("no space after the period") {
  CHECK(split("회의가 끝났다.다음 회의는 금요일이다.") == V{"회의가 끝났다.", "다음 회의는 금요일이다."});
  CHECK(split("가격이 올랐습니다.3월에는 더 오릅니다.") == V{"가격이 올랐습니다.", "3월에는 더 오릅니다."});
  CHECK(split("정말일까?그렇다면 큰일이다.") == V{"정말일까?", "그렇다면 큰일이다."});
  CHECK(split("반.전.매.력 그 자체였다.") == V{"반.전.매.력 그 자체였다."});
  CHECK(split("저희는 전. 부. 다. 먹었어요.") == V{"저희는 전. 부. 다. 먹었어요."});
}

TEST_CASE("parentheses and brackets, nested and unbalanced") {
  CHECK(split("이 법안(가칭 ‘청년지원법(안)’)은 다음 달 상정된다.") ==
        V{"이 법안(가칭 ‘청년지원법(안)’)은 다음 달 상정된다."});
  CHECK(split("그는 계획을 바꿨다(이유는 밝히지 않았다. 다만 예산 문제로 보인다). 회의는 끝났다.") ==
        V{"그는 계획을 바꿨다(이유는 밝히지 않았다. 다만 예산 문제로 보인다).", "회의는 끝났다."});
  // An opener without a closer does not swallow the rest.
  CHECK(split("그는 (아직 확정되지 않았다고 말했다. 회의는 내일 열린다. 결과는 모레 나온다.") ==
        V{"그는 (아직 확정되지 않았다고 말했다.", "회의는 내일 열린다.", "결과는 모레 나온다."});
  CHECK(split("그는 \"준비가 덜 됐다고 했다. 회의는 내일이다. 장소는 미정이다.") ==
        V{"그는 \"준비가 덜 됐다고 했다.", "회의는 내일이다.", "장소는 미정이다."});
  CHECK(split("결과는 좋았다) 다음 단계로 간다.") == V{"결과는 좋았다)", "다음 단계로 간다."});
  // Citation marks and notes stay with the sentence before them.
  CHECK(split("지진이 일어났다.[3] 피해가 컸다.[4][5] 복구가 시작됐다.") ==
        V{"지진이 일어났다.[3]", "피해가 컸다.[4][5]", "복구가 시작됐다."});
  CHECK(split("지진이 일어났다.[3]피해가 컸다.") == V{"지진이 일어났다.[3]", "피해가 컸다."});
  CHECK(split("그는 우승했다. (2021년 3월) 다음 시즌도 기대된다.") ==
        V{"그는 우승했다. (2021년 3월)", "다음 시즌도 기대된다."});
  CHECK(split("팀은 이겼다(3번째 우승). 팬들이 환호했다.") == V{"팀은 이겼다(3번째 우승).", "팬들이 환호했다."});
  // An aside that is a sentence of its own.
  CHECK(split("그는 부인했다. (그건 사실이 아닙니다.) 회의는 계속됐다.") ==
        V{"그는 부인했다.", "(그건 사실이 아닙니다.)", "회의는 계속됐다."});
  CHECK(split("[속보] 기준금리가 동결됐다.") == V{"[속보] 기준금리가 동결됐다."});
  CHECK(split("《오늘의 책》 목록이 나왔다.") == V{"《오늘의 책》 목록이 나왔다."});
}

TEST_CASE("one stray straight quote does not turn later pairs inside out") {
  // The first " never closes; the ' after 계획 closes nothing (it follows a letter),
  // so '새싹' and '열매' still pair and the sentences between them split.
  CHECK(split("이 사업은 \"청년 성장 계획'의 하나로 시작됐다 예산은 시가 댄다 첫 단계는 '새싹'이다 "
              "다음 단계는 '열매'로 부른다") ==
        V{"이 사업은 \"청년 성장 계획'의 하나로 시작됐다", "예산은 시가 댄다", "첫 단계는 '새싹'이다",
          "다음 단계는 '열매'로 부른다"});
  CHECK(split("\"'정말'이라니 어떻게 믿어요?\" 그가 되물었다.") ==
        V{"\"'정말'이라니 어떻게 믿어요?\"", "그가 되물었다."});
}

TEST_CASE("the bracket lookahead is bounded") {
  geul::SentenceOptions opt;
  opt.max_bracket_bytes = 24;  // the closer below comes too late: the quote protects nothing
  std::string text = "그는 \"첫째로 예산을 늘린다. 둘째로 인력을 뽑는다\"고 했다.";
  CHECK(split(text, opt) == V{"그는 \"첫째로 예산을 늘린다.", "둘째로 인력을 뽑는다\"고 했다."});
  CHECK(split(text) == V{text});  // default bound: one sentence
  // A quote never spans a line break in the default (hard) mode.
  CHECK(split("그는 \"첫 줄이다.\n둘째 줄이다\"라고 썼다.") == V{"그는 \"첫 줄이다.", "둘째 줄이다\"라고 썼다."});
  // Thousands of openers are handled in one pass (and stay unmatched).
  std::string many(20000, '(');
  many += " 끝났다. 다음이다.";
  geul::SentenceOptions unlimited;
  unlimited.max_sentence_bytes = 0;
  CHECK(split(many, unlimited).size() == 2);
}

TEST_CASE("ellipses") {
  CHECK(split("그런데... 결과는 달랐다.") == V{"그런데... 결과는 달랐다."});
  CHECK(split("물론… 쉽지는 않다.") == V{"물론… 쉽지는 않다."});
  CHECK(split("정말 기뻤어요... 다음에 또 올게요.") == V{"정말 기뻤어요...", "다음에 또 올게요."});
  CHECK(split("한참 기다렸습니다··· 드디어 왔네요.") == V{"한참 기다렸습니다···", "드디어 왔네요."});
  CHECK(split("조용히 나가려던… 저는 결국 붙잡혔다.") == V{"조용히 나가려던…", "저는 결국 붙잡혔다."});
  CHECK(split("가게를 둘러보다가… \"이거 얼마예요?\"") == V{"가게를 둘러보다가…", "\"이거 얼마예요?\""});
  CHECK(split("좋긴 하지만… 우리는 기다린다.") == V{"좋긴 하지만… 우리는 기다린다."});
}

TEST_CASE("emoticons end informal sentences and stay with them") {
  CHECK(split("오늘 정말 맛있었어요 ㅎㅎ 다음에 또 갈게요") == V{"오늘 정말 맛있었어요 ㅎㅎ", "다음에 또 갈게요"});
  CHECK(split("합격했어요ㅠㅠ 너무 기뻐요") == V{"합격했어요ㅠㅠ", "너무 기뻐요"});
  CHECK(split("잘 부탁드려요^^ 그럼 이만") == V{"잘 부탁드려요^^", "그럼 이만"});
  CHECK(split("고마워요😊 내일 봬요") == V{"고마워요😊", "내일 봬요"});
  CHECK(split("시험 끝났다ㅋㅋㅋ이제 놀자") == V{"시험 끝났다ㅋㅋㅋ", "이제 놀자"});
  CHECK(split("도착했습니다. 😊다들 반가워요.") == V{"도착했습니다. 😊", "다들 반가워요."});
  CHECK(split("ㅋㅋ 진짜 웃기다") == V{"ㅋㅋ 진짜 웃기다"});
  CHECK(split("정말 최고예요!!! ^^ 강추합니다") == V{"정말 최고예요!!! ^^", "강추합니다"});
  geul::SentenceOptions opt;
  opt.split_on_emoticons = false;
  CHECK(split("자료 정리 끝ㅋㅋ 이제 퇴근", opt) == V{"자료 정리 끝ㅋㅋ 이제 퇴근"});
}

TEST_CASE("URLs, e-mail addresses, domains, abbreviations and initials") {
  CHECK(split("자세한 내용은 https://www.example.go.kr/news?id=3&p=1 에서 볼 수 있다. 문의는 help@example.co.kr로 하면 된다.") ==
        V{"자세한 내용은 https://www.example.go.kr/news?id=3&p=1 에서 볼 수 있다.", "문의는 help@example.co.kr로 하면 된다."});
  CHECK(split("naver.com과 daum.net이 경쟁한다.") == V{"naver.com과 daum.net이 경쟁한다."});
  CHECK(split("J. K. 롤링의 신작이 나왔다.") == V{"J. K. 롤링의 신작이 나왔다."});
  CHECK(split("U.S. 정부는 입장을 밝혔다.") == V{"U.S. 정부는 입장을 밝혔다."});
  CHECK(split("Dr. Kim이 발표를 맡았다. Mr. Park은 웃었다.") == V{"Dr. Kim이 발표를 맡았다.", "Mr. Park은 웃었다."});
  CHECK(split("No. 1 브랜드로 꼽혔다.") == V{"No. 1 브랜드로 꼽혔다."});
  CHECK(split("사과, 배 etc. 과일이 잘 팔렸다.") == V{"사과, 배 etc. 과일이 잘 팔렸다."});
  CHECK(split("The plan worked, approx. three times. Then it stopped.") ==
        V{"The plan worked, approx. three times.", "Then it stopped."});
  CHECK(split("소개합니다. linkclump는 확장 프로그램이다.") == V{"소개합니다.", "linkclump는 확장 프로그램이다."});
}

TEST_CASE("line breaks") {
  CHECK(split("제목 없는 줄\n본문이 이어진다") == V{"제목 없는 줄", "본문이 이어진다"});
  CHECK(split("첫 줄\r\n둘째 줄\r셋째 줄") == V{"첫 줄", "둘째 줄", "셋째 줄"});
  geul::SentenceOptions soft;
  soft.line_breaks = geul::LineBreaks::soft;
  CHECK(split("긴 문장이 줄을 바꿔\n계속 이어진다.", soft) == V{"긴 문장이 줄을 바꿔\n계속 이어진다."});
  CHECK(split("첫 문단이다\n\n둘째 문단이다", soft) == V{"첫 문단이다", "둘째 문단이다"});
  CHECK(split("첫 문단\n  \n둘째 문단", soft) == V{"첫 문단", "둘째 문단"});
  // A quote may span a single line break in soft mode, not a blank line.
  CHECK(split("그는 \"먼저 간다.\n곧 온다\"고 했다.", soft) == V{"그는 \"먼저 간다.\n곧 온다\"고 했다."});
  CHECK(split("그는 \"먼저 간다.\n\n곧 온다\"고 했다.", soft) == V{"그는 \"먼저 간다.", "곧 온다\"고 했다."});
  auto s = geul::split_sentences("제목\n본문이다.");
  REQUIRE(s.size() == 2);
  CHECK(s[0].end == geul::SentenceEnd::line_break);
  CHECK(s[1].end == geul::SentenceEnd::end_of_text);
}

TEST_CASE("the length safety valve") {
  geul::SentenceOptions opt;
  opt.max_sentence_bytes = 20;
  std::string text = "아주 긴 문장이 끝도 없이 이어진다";  // 48 bytes, no break
  auto parts = geul::split_sentences(text, opt);
  REQUIRE(parts.size() >= 3);
  for (const auto& p : parts) {
    CHECK(p.span.size() <= 20);
    CHECK(p.end != geul::SentenceEnd::punctuation);
  }
  CHECK(parts.front().end == geul::SentenceEnd::length_limit);
  // Cuts fall on spaces when there are some.
  CHECK(split(text, opt) == V{"아주 긴 문장이", "끝도 없이", "이어진다"});
  check_partition(text, opt);
  // Without spaces it cuts at code point boundaries.
  opt.max_sentence_bytes = 7;
  CHECK(split("가나다라마바사", opt) == V{"가나", "다라", "마바", "사"});
  opt.max_sentence_bytes = 0;  // no limit
  CHECK(split(std::string(10000, 'a'), opt).size() == 1);
  CHECK(split(std::string(10000, 'a')).size() == 4);  // default 3072 bytes
}

TEST_CASE("why a sentence ended") {
  auto s = geul::split_sentences("끝났다. 좋네요 ㅎㅎ 그럼 갈게요 (사실은 아니에요.) 다음");
  REQUIRE(s.size() == 5);
  CHECK(s[0].end == geul::SentenceEnd::punctuation);
  CHECK(s[1].end == geul::SentenceEnd::emoticon);
  CHECK(s[2].end == geul::SentenceEnd::ending);
  CHECK(s[3].end == geul::SentenceEnd::bracket);
  CHECK(s[4].end == geul::SentenceEnd::end_of_text);
  CHECK(std::string(geul::to_string(geul::SentenceEnd::length_limit)) == "length_limit");
}

TEST_CASE("the callback, output-iterator and vector forms agree") {
  const std::string text = "첫 문장이다. 둘째 문장은 \"인용\"을 담았다.다음은 셋째였다 넷째도 있다";
  auto v = geul::split_sentences(text);
  std::vector<geul::Sentence> w;
  geul::split_sentences_to(text, std::back_inserter(w));
  std::vector<geul::Sentence> x;
  geul::for_each_sentence(text, [&](const geul::Sentence& s) { x.push_back(s); });
  REQUIRE(v.size() == 4);
  REQUIRE(w.size() == v.size());
  REQUIRE(x.size() == v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    CHECK(v[i].span == w[i].span);
    CHECK(v[i].span == x[i].span);
  }
  // Deterministic: the same input gives the same spans.
  auto again = geul::split_sentences(text);
  for (std::size_t i = 0; i < v.size(); ++i) CHECK(again[i].span == v[i].span);
}

TEST_CASE("whitespace between sentences stays outside, nothing is dropped") {
  const char* texts[] = {
      "  앞 공백이 있다.   뒤에도 있다.  ",
      "정부는\u00a0새 정책을 발표했다.\u3000시장은 반응했다.",
      "\"따옴표만 있고 닫히지 않는다. 그래도 문장은 나뉜다.",
      "(괄호) [대괄호] {중괄호} <꺾쇠> 「낫표」 『겹낫표』 《겹화살괄호》 끝.",
      "ㅋㅋㅋ ㅎㅎ ^^ 😊😊 ... !!! ??",
      "www.example.com/a.b?c=d. e-mail@x.kr. 3.14. 2023.06.09. 끝",
  };
  for (const char* t : texts) check_partition(t);
}

TEST_CASE("arbitrary bytes never crash or loop") {
  std::uint32_t state = 2024u;
  auto next = [&state]() {
    state = state * 1103515245u + 12345u;
    return state >> 16;
  };
  const char* pieces[] = {"다", ". ", "요 ", "\"", "'", "“", "”", "(", ")", "[", "]", "…", "...",
                          "ㅋㅋ", "^^", "😊", " ", "\n", "\n\n", "했다", "1.", "가.", "~", "!", "?",
                          "\xff", "\xe2\x80", "\xed\xa0\x80", "\xf0\x9f", "a", "함 ", "\t", "\xc2\xa0"};
  const std::size_t np = sizeof pieces / sizeof pieces[0];
  geul::SentenceOptions opts[3];
  opts[1].line_breaks = geul::LineBreaks::soft;
  opts[1].max_sentence_bytes = 5;
  opts[2].max_bracket_bytes = 3;
  opts[2].max_sentence_bytes = 1;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const unsigned n = next() % 30;
    for (unsigned k = 0; k < n; ++k) {
      if (next() % 6 == 0) text.push_back(static_cast<char>(next() & 0xFF));
      else text += pieces[next() % np];
    }
    for (const auto& o : opts) check_partition(text, o);
  }
}
