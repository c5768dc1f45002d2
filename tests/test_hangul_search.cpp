// Hangul toolkit, part 2: choseong extraction and search, josa (particle) choice.
// Vectors are the team's own, derived from orthography and the readings of
// numbers and Latin letters.
#include <doctest/doctest.h>

#include <geul/hangul.hpp>

#include <string>
#include <vector>

using namespace geul::hangul;
using geul::Span;

namespace {
struct Pair {
  const char* in;
  const char* out;
};
struct JosaCase {
  const char* word;
  const char* pair;
  const char* expected;
};
}  // namespace

TEST_CASE("get_choseong") {
  const Pair cases[] = {
      {"샘 알트만", "ㅅ ㅇㅌㅁ"},
      {"짜장면", "ㅉㅈㅁ"},
      {"ㅋㅋ웃겨", "ㅋㅋㅇㄱ"},
      {"네이버 123", "ㄴㅇㅂ "},  // non-Hangul dropped, spaces kept
      {"ㅏㅓ", ""},
      {"", ""},
      {"\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", "ㅎ"},  // NFD 한
      {"서울\n부산", "ㅅㅇ\nㅂㅅ"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(get_choseong(c.in) == c.out);
  }
  ChoseongOptions keep;
  keep.keep_non_hangul = true;
  CHECK(get_choseong("네이버 123", keep) == "ㄴㅇㅂ 123");
  CHECK(get_choseong("GPT-4o 출시!", keep) == "GPT-4o ㅊㅅ!");
  CHECK(get_choseong("ㅏ", keep) == "ㅏ");
  CHECK(choseong_of(U'꿈') == U'ㄲ');
  CHECK(choseong_of(U'a') == 0);
}

TEST_CASE("choseong_search finds initials, syllables and mixed queries") {
  const std::string text = "샘 알트만이 말했다";  // 샘 [0,3) ' ' 알 [4,7) 트 [7,10) 만 [10,13)
  auto hit = choseong_search(text, "ㅇㅌㅁ");
  REQUIRE(hit);
  CHECK(*hit == Span{4, 13});
  CHECK(choseong_search(text, "ㅅㅇㅌㅁ") == std::optional<Span>(Span{0, 13}));  // skips the space
  CHECK(choseong_search(text, "ㅅ ㅇㅌㅁ") == std::optional<Span>(Span{0, 13}));
  CHECK(choseong_search(text, "알ㅌ") == std::optional<Span>(Span{4, 10}));
  CHECK(choseong_search(text, "알트만") == std::optional<Span>(Span{4, 13}));
  CHECK(choseong_search(text, "알트마") == std::optional<Span>(Span{4, 13}));  // still typing 만
  CHECK(choseong_search(text, "ㅁㅎㄷ") == std::optional<Span>(Span{17, 26}));
  CHECK_FALSE(choseong_search(text, "ㅇㅌㄴ"));
  CHECK_FALSE(choseong_search(text, ""));
  CHECK_FALSE(choseong_search("", "ㄱ"));

  ChoseongSearchOptions strict;
  strict.skip_spaces = false;
  strict.partial_last_syllable = false;
  CHECK_FALSE(choseong_search(text, "ㅅㅇㅌㅁ", strict));
  CHECK_FALSE(choseong_search(text, "알트마", strict));
  CHECK(choseong_search(text, "ㅇㅌㅁ", strict) == std::optional<Span>(Span{4, 13}));

  // Unfinished last syllables, as they appear while typing.
  CHECK(choseong_search("과일 가게", "고") == std::optional<Span>(Span{0, 3}));
  CHECK(choseong_search("가나다", "간") == std::optional<Span>(Span{0, 3}));  // ㄴ is the next initial
  CHECK(choseong_search("각사", "갃") == std::optional<Span>(Span{0, 3}));
  CHECK(choseong_search("닭갈비", "달") == std::optional<Span>(Span{0, 3}));  // ㄹ of ㄺ
  CHECK_FALSE(choseong_search("가다", "간"));
  // An IME may turn ㄱ then ㅅ into ㄳ: read as two initials.
  CHECK(choseong_search("잔치국수", "ㄳ") == std::optional<Span>(Span{6, 12}));
  // Other characters match themselves; ASCII ignores case.
  CHECK(choseong_search("OpenAI 발표", "ai ㅂ") == std::optional<Span>(Span{4, 10}));
  CHECK(choseong_search("GPT-4o 출시", "4ㅇ") == std::optional<Span>());
  CHECK(choseong_search("GPT-4o 출시", "4o ㅊ") == std::optional<Span>(Span{4, 10}));

  auto all = choseong_search_all("김철수와 김영희", "ㄱ");
  REQUIRE(all.size() == 2);
  CHECK(all[0] == Span{0, 3});
  CHECK(all[1] == Span{13, 16});
  CHECK(choseong_search_all("ㅋㅋㅋㅋㅋ", "ㅋㅋ").size() == 2);  // non-overlapping
  CHECK(choseong_search_all("abc", "").empty());

  CHECK(choseong_includes("라면", "ㄹㅁ"));
  CHECK_FALSE(choseong_includes("라면", "ㅁㄹ"));
  CHECK(choseong_includes("오늘의 날씨", "ㄴㅆ"));
}

TEST_CASE("josa after Hangul words") {
  const JosaCase cases[] = {
      {"사과", "을/를", "사과를"},         {"책", "을/를", "책을"},
      {"하늘", "은/는", "하늘은"},         {"나무", "이/가", "나무가"},
      {"연필", "과/와", "연필과"},         {"우유", "과/와", "우유와"},
      {"우유", "와/과", "우유와"},         {"연필", "와/과", "연필과"},
      {"서울", "으로/로", "서울로"},       {"부산", "으로/로", "부산으로"},
      {"바다", "으로/로", "바다로"},       {"철수", "아/야", "철수야"},
      {"영민", "아/야", "영민아"},         {"학생", "이에요/예요", "학생이에요"},
      {"의사", "이에요/예요", "의사예요"}, {"아이", "이에요/예요", "아이예요"},
      {"커피", "이나/나", "커피나"},       {"빵", "이나/나", "빵이나"},
      {"친구", "이랑/랑", "친구랑"},       {"동생", "이랑/랑", "동생이랑"},
      {"교사", "으로서/로서", "교사로서"}, {"선생님", "으로서/로서", "선생님으로서"},
      {"칼", "으로써/로써", "칼로써"},     {"망치", "으로써/로써", "망치로써"},
      {"정부", "으로부터/로부터", "정부로부터"}, {"법원", "으로부터/로부터", "법원으로부터"},
      {"물", "으로부터/로부터", "물로부터"},     {"주인공", "이며/며", "주인공이며"},
      {"가수", "이며/며", "가수며"},       {"무엇", "이든/든", "무엇이든"},
      {"누구", "이든/든", "누구든"},       {"물", "이라도/라도", "물이라도"},
      {"차", "이라도/라도", "차라도"},     {"인생", "이란/란", "인생이란"},
      {"친구", "이란/란", "친구란"},       {"그대", "이여/여", "그대여"},
      {"조국", "이여/여", "조국이여"},     {"이것", "이야/야", "이것이야"},
      {"나", "이야/야", "나야"},           {"사람", "이라/라", "사람이라"},
      {"바보", "이라/라", "바보라"},       {"학생", "이었다/였다", "학생이었다"},
      {"가수", "이었다/였다", "가수였다"}, {"가수", "가/이", "가수가"},
      {"비", "율/률", "비율"},             {"합격", "율/률", "합격률"},
      {"백분", "율/률", "백분율"},         {"출산", "률/율", "출산율"},
      {"나", "열/렬", "나열"},             {"행", "열/렬", "행렬"},
      {"ㄱ", "이/가", "ㄱ이"},             {"ㄹ", "으로/로", "ㄹ로"},
      {"ㅏ", "이/가", "ㅏ가"},
      {"\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", "을/를", "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB을"},  // NFD 한
  };
  for (const auto& c : cases) {
    CAPTURE(c.word);
    CAPTURE(c.pair);
    CHECK(josa(c.word, c.pair) == c.expected);
  }
}

TEST_CASE("josa after digits follows the Sino-Korean reading") {
  const JosaCase cases[] = {
      {"1", "을/를", "1을"},     {"2", "을/를", "2를"},     {"3", "을/를", "3을"},
      {"4", "을/를", "4를"},     {"5", "을/를", "5를"},     {"6", "을/를", "6을"},
      {"7", "을/를", "7을"},     {"8", "을/를", "8을"},     {"9", "을/를", "9를"},
      {"10", "을/를", "10을"},   {"100", "을/를", "100을"}, {"1000", "을/를", "1000을"},
      {"10000", "을/를", "10000을"}, {"0", "이/가", "0이"},  {"1", "으로/로", "1로"},
      {"3", "으로/로", "3으로"}, {"10", "으로/로", "10으로"}, {"1000", "으로/로", "1000으로"},
      {"7", "으로/로", "7로"},   {"2", "으로/로", "2로"},   {"1,000", "이/가", "1,000이"},
      {"3.5", "이/가", "3.5가"}, {"2.0", "이/가", "2.0이"}, {"20", "은/는", "20은"},
      {"15", "과/와", "15와"},   {"300000", "을/를", "300000을"},
      {"100000000", "이/가", "100000000이"},               // 억
      {"1000000000000", "이/가", "1000000000000가"},       // 조
      {"10000000000000000", "이/가", "10000000000000000이"},  // 경
      {"50%", "이/가", "50%가"}, {"30℃", "이/가", "30℃가"},
      {"1만", "율/률", "1만율"}, {"2024년", "이/가", "2024년이"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.word);
    CHECK(josa(c.word, c.pair) == c.expected);
  }
}

TEST_CASE("josa after Latin letters, acronyms and words") {
  const JosaCase cases[] = {
      {"AI", "이/가", "AI가"},            {"CEO", "은/는", "CEO는"},
      {"OpenAI", "과/와", "OpenAI와"},    {"오픈AI", "이/가", "오픈AI가"},
      {"Google", "을/를", "Google을"},    {"Google", "으로/로", "Google로"},
      {"IBM", "이/가", "IBM이"},          {"URL", "으로/로", "URL로"},
      {"LG", "은/는", "LG는"},            {"SM", "이/가", "SM이"},
      {"NASA", "은/는", "NASA는"},        {"KOSDAQ", "이/가", "KOSDAQ이"},
      {"ChatGPT", "을/를", "ChatGPT를"},  {"iPhone", "을/를", "iPhone을"},
      {"Slack", "을/를", "Slack을"},      {"Uber", "이/가", "Uber가"},
      {"Amazon", "과/와", "Amazon과"},    {"Samsung", "이/가", "Samsung이"},
      {"Microsoft", "은/는", "Microsoft는"}, {"Zoom", "으로/로", "Zoom으로"},
      {"app", "을/를", "app을"},          {"chat", "이/가", "chat이"},
      {"Intel", "으로/로", "Intel로"},    {"YouTube", "을/를", "YouTube를"},
      {"Facebook", "이/가", "Facebook이"}, {"print", "을/를", "print를"},
      {"group", "이/가", "group이"},      {"5kg", "이/가", "5kg이"},
      {"10km", "을/를", "10km를"},        {"x", "이/가", "x가"},
      {"M", "이/가", "M이"},              {"GPT-4", "은/는", "GPT-4는"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.word);
    CHECK(josa(c.word, c.pair) == c.expected);
  }
}

TEST_CASE("josa looks through parentheses and quotes") {
  const JosaCase cases[] = {
      {"샘 알트만(Sam Altman)", "은/는", "샘 알트만(Sam Altman)은"},
      {"(주)한국", "이/가", "(주)한국이"},
      {"삼성전자(005930)", "이/가", "삼성전자(005930)가"},
      {"AI(인공지능)", "이/가", "AI(인공지능)가"},
      {"(사과)", "을/를", "(사과)를"},  // nothing before the parenthesis: read inside
      {"\xE2\x80\x9C혁신\xE2\x80\x9D", "이라/라", "\xE2\x80\x9C혁신\xE2\x80\x9D이라"},  // “혁신”
      {"\xE2\x80\x98왜?\xE2\x80\x99", "이라/라", "\xE2\x80\x98왜?\xE2\x80\x99라"},       // ‘왜?’
      {"「서울」", "으로/로", "「서울」로"},
      {"\"GPT\"", "을/를", "\"GPT\"를"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.word);
    CHECK(josa(c.word, c.pair) == c.expected);
  }
}

TEST_CASE("josa when the reading is unknown") {
  CHECK(josa("漢字", "이/가") == "漢字이(가)");
  CHECK(josa("😀", "을/를") == "😀을(를)");
  CHECK(josa("", "이/가") == "이(가)");
  JosaOptions plain;
  plain.mark_unknown = false;
  CHECK(josa("漢字", "이/가", plain) == "漢字이");
  CHECK(pick_josa("漢字", "이/가") == "이");
  CHECK(pick_josa("漢字", "가/이") == "이");
}

TEST_CASE("pick_josa returns a view into the pair") {
  std::string pair = "으로/로";
  std::string_view picked = pick_josa("서울", pair);
  CHECK(picked == "로");
  CHECK(picked.data() >= pair.data());
  CHECK(picked.data() + picked.size() <= pair.data() + pair.size());
  CHECK(pick_josa("한국", "은/는") == "은");
  CHECK(pick_josa("한국", "는/은") == "은");
  CHECK(pick_josa("AI", "을") == "을");  // a single form is returned as is
}

TEST_CASE("final_sound") {
  CHECK(final_sound("사과") == FinalSound::vowel);
  CHECK(final_sound("서울") == FinalSound::rieul);
  CHECK(final_sound("한국") == FinalSound::consonant);
  CHECK(final_sound("1") == FinalSound::rieul);
  CHECK(final_sound("3") == FinalSound::consonant);
  CHECK(final_sound("KBS") == FinalSound::vowel);
  CHECK(final_sound("Google") == FinalSound::rieul);
  CHECK(final_sound("漢") == FinalSound::unknown);
  CHECK(final_sound("") == FinalSound::unknown);
  CHECK(final_sound("...") == FinalSound::unknown);
  CHECK(final_sound("\xFF") == FinalSound::unknown);  // U+FFFD
}
