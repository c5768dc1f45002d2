// Hangul toolkit, part 4: numbers read in Sino-Korean and native Korean, and
// number words back to values. Expected readings follow the numeral system
// (만/억/조/경 every four digits) and 한글 맞춤법 제44항 for spacing.
#include <doctest/doctest.h>

#include <geul/hangul.hpp>

#include <cstdint>
#include <limits>
#include <string>

using namespace geul::hangul;

namespace {
struct NumberCase {
  std::int64_t n;
  const char* reading;
};
struct Lcg {
  std::uint64_t s;
  std::uint64_t next() {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return s;
  }
};
}  // namespace

TEST_CASE("number_to_hangul: Sino-Korean with 만 units") {
  const NumberCase cases[] = {
      {0, "영"},
      {1, "일"},
      {10, "십"},
      {11, "십일"},
      {20, "이십"},
      {100, "백"},
      {101, "백일"},
      {110, "백십"},
      {999, "구백구십구"},
      {1000, "천"},
      {1001, "천일"},
      {10000, "만"},
      {10001, "만일"},
      {11000, "만천"},
      {12345, "만이천삼백사십오"},
      {20000, "이만"},
      {100000, "십만"},
      {110000, "십일만"},
      {1000000, "백만"},
      {10000000, "천만"},
      {100000000, "일억"},
      {100010000, "일억만"},
      {123456789, "일억이천삼백사십오만육천칠백팔십구"},
      {1000000000000, "일조"},
      {10000000000000000, "일경"},
      {-5, "마이너스오"},
      {std::numeric_limits<std::int64_t>::max(), "구백이십이경삼천삼백칠십이조삼백육십팔억오천사백칠십칠만오천팔백칠"},
      {std::numeric_limits<std::int64_t>::min(),
       "마이너스구백이십이경삼천삼백칠십이조삼백육십팔억오천사백칠십칠만오천팔백팔"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.n);
    CHECK(number_to_hangul(c.n) == c.reading);
  }
}

TEST_CASE("number_to_hangul options") {
  NumberOptions spaced;
  spaced.spacing = true;
  CHECK(number_to_hangul(123456789, spaced) == "일억 이천삼백사십오만 육천칠백팔십구");
  CHECK(number_to_hangul(100000001, spaced) == "일억 일");
  CHECK(number_to_hangul(-3000, spaced) == "마이너스 삼천");
  NumberOptions formal;
  formal.omit_leading_one = false;
  CHECK(number_to_hangul(11000, formal) == "일만일천");
  CHECK(number_to_hangul(10, formal) == "일십");
  CHECK(number_to_hangul(1111, formal) == "일천일백일십일");
  CHECK(number_to_hangul(100000000, formal) == "일억");
}

TEST_CASE("number_to_hangul from decimal text") {
  CHECK(number_to_hangul("3.14") == std::optional<std::string>("삼점일사"));
  NumberOptions spaced;
  spaced.spacing = true;
  CHECK(number_to_hangul("3.14", spaced) == std::optional<std::string>("삼 점 일사"));
  CHECK(number_to_hangul("-0.5") == std::optional<std::string>("마이너스영점오"));
  CHECK(number_to_hangul("1,234") == std::optional<std::string>("천이백삼십사"));
  CHECK(number_to_hangul("0012") == std::optional<std::string>("십이"));
  CHECK(number_to_hangul("-0") == std::optional<std::string>("영"));
  CHECK(number_to_hangul("+7") == std::optional<std::string>("칠"));
  CHECK(number_to_hangul("1" + std::string(48, '0')) == std::optional<std::string>("일극"));
  CHECK(number_to_hangul("2" + std::string(20, '0')) == std::optional<std::string>("이해"));
  CHECK(number_to_hangul(std::string(52, '9')).has_value());
  CHECK_FALSE(number_to_hangul(std::string(53, '9')));
  CHECK_FALSE(number_to_hangul(""));
  CHECK_FALSE(number_to_hangul("abc"));
  CHECK_FALSE(number_to_hangul("1."));
  CHECK_FALSE(number_to_hangul(".5"));
  CHECK_FALSE(number_to_hangul("1,,2"));
  CHECK_FALSE(number_to_hangul("1,"));
  CHECK_FALSE(number_to_hangul("1.2.3"));
  CHECK_FALSE(number_to_hangul("12원"));
}

TEST_CASE("number_to_hangul_mixed") {
  CHECK(number_to_hangul_mixed(123456789) == "1억 2,345만 6,789");
  CHECK(number_to_hangul_mixed(0) == "0");
  CHECK(number_to_hangul_mixed(10000) == "1만");
  CHECK(number_to_hangul_mixed(100000000) == "1억");
  CHECK(number_to_hangul_mixed(1230000) == "123만");
  CHECK(number_to_hangul_mixed(-50000) == "-5만");
  CHECK(number_to_hangul_mixed(10010) == "1만 10");
  MixedNumberOptions tight;
  tight.spacing = false;
  CHECK(number_to_hangul_mixed(123456789, tight) == "1억2,345만6,789");
  MixedNumberOptions plain;
  plain.thousands_separator = false;
  CHECK(number_to_hangul_mixed(123456789, plain) == "1억 2345만 6789");
  CHECK(number_to_hangul_mixed(std::numeric_limits<std::int64_t>::min()) == "-922경 3,372조 368억 5,477만 5,808");
}

TEST_CASE("native Korean numbers, ordinals and days") {
  const char* plain[] = {"",     "하나", "둘",   "셋",   "넷",  "다섯", "여섯", "일곱", "여덟", "아홉", "열"};
  for (int n = 1; n <= 10; ++n) {
    CAPTURE(n);
    CHECK(native_number(n) == plain[n]);
  }
  CHECK(native_number(11) == "열하나");
  CHECK(native_number(20) == "스물");
  CHECK(native_number(21) == "스물하나");
  CHECK(native_number(30) == "서른");
  CHECK(native_number(40) == "마흔");
  CHECK(native_number(50) == "쉰");
  CHECK(native_number(60) == "예순");
  CHECK(native_number(70) == "일흔");
  CHECK(native_number(80) == "여든");
  CHECK(native_number(90) == "아흔");
  CHECK(native_number(99) == "아흔아홉");
  CHECK(native_number(100) == "백");
  CHECK(native_number(0) == "");
  CHECK(native_number(101) == "");
  CHECK(native_number(-1) == "");
  CHECK(native_number(1, true) == "한");
  CHECK(native_number(2, true) == "두");
  CHECK(native_number(3, true) == "세");
  CHECK(native_number(4, true) == "네");
  CHECK(native_number(5, true) == "다섯");
  CHECK(native_number(20, true) == "스무");
  CHECK(native_number(21, true) == "스물한");
  CHECK(native_number(22, true) == "스물두");
  CHECK(native_number(33, true) == "서른세");

  CHECK(native_ordinal(1) == "첫째");
  CHECK(native_ordinal(2) == "둘째");
  CHECK(native_ordinal(3) == "셋째");
  CHECK(native_ordinal(4) == "넷째");
  CHECK(native_ordinal(5) == "다섯째");
  CHECK(native_ordinal(10) == "열째");
  CHECK(native_ordinal(11) == "열한째");
  CHECK(native_ordinal(12) == "열두째");
  CHECK(native_ordinal(13) == "열셋째");
  CHECK(native_ordinal(20) == "스무째");
  CHECK(native_ordinal(21) == "스물한째");
  CHECK(native_ordinal(22) == "스물두째");
  CHECK(native_ordinal(30) == "서른째");
  CHECK(native_ordinal(99) == "아흔아홉째");
  CHECK(native_ordinal(100) == "백째");
  CHECK(native_ordinal(101) == "백일째");
  CHECK(native_ordinal(0) == "");

  const char* days[] = {"",     "하루", "이틀", "사흘", "나흘", "닷새", "엿새", "이레", "여드레", "아흐레", "열흘"};
  for (int n = 1; n <= 10; ++n) {
    CAPTURE(n);
    CHECK(native_days(n) == days[n]);
  }
  CHECK(native_days(11) == "열하루");
  CHECK(native_days(15) == "열닷새");
  CHECK(native_days(20) == "스무날");
  CHECK(native_days(21) == "스무하루");
  CHECK(native_days(29) == "스무아흐레");
  CHECK(native_days(30) == "서른날");
  CHECK(native_days(0) == "");
  CHECK(native_days(31) == "");
}

TEST_CASE("hangul_to_number reads number words and mixed forms") {
  struct Case {
    const char* text;
    std::int64_t value;
  };
  const Case cases[] = {
      {"일억이천만", 120000000},
      {"3억 5천만", 350000000},
      {"만", 10000},
      {"만 이천", 12000},
      {"십", 10},
      {"십오", 15},
      {"천이백", 1200},
      {"이천이십오", 2025},
      {"영", 0},
      {"일조", 1000000000000},
      {"마이너스 십", -10},
      {"-3만", -30000},
      {"1,500만", 15000000},
      {"12345", 12345},
      {"오 만", 50000},
      {" 칠백 ", 700},
      {"2억 3,400만 5천", 234005000},
      {"구백이십이경삼천삼백칠십이조삼백육십팔억오천사백칠십칠만오천팔백칠",
       std::numeric_limits<std::int64_t>::max()},
      {"마이너스구백이십이경삼천삼백칠십이조삼백육십팔억오천사백칠십칠만오천팔백팔",
       std::numeric_limits<std::int64_t>::min()},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(hangul_to_number(c.text) == std::optional<std::int64_t>(c.value));
  }
  const char* invalid[] = {"",   "만만", "십백", "이삼", "3 5",  "hello", "영일",  "일영", "15천",
                           "-",  "0만",  "억만억",
                           "구백이십이경삼천삼백칠십이조삼백육십팔억오천사백칠십칠만오천팔백팔",  // INT64_MAX + 1
                           "십경만경"};
  for (const char* t : invalid) {
    CAPTURE(t);
    CHECK_FALSE(hangul_to_number(t));
  }
}

TEST_CASE("number words round-trip") {
  Lcg rng{7};
  int bad = 0, checked = 0;
  NumberOptions spaced, formal;
  spaced.spacing = true;
  formal.omit_leading_one = false;
  for (int k = 0; k < 2000; ++k) {
    // Spread over magnitudes: keep a random number of low digits.
    std::uint64_t r = rng.next();
    int digits = 1 + static_cast<int>(rng.next() % 18);
    std::int64_t v = static_cast<std::int64_t>(r % 1000000000000000000ull);
    for (int d = digits; d < 18; ++d) v /= 10;
    if (k % 5 == 0) v = -v;
    for (const std::string& s : {number_to_hangul(v), number_to_hangul(v, spaced), number_to_hangul(v, formal),
                                 number_to_hangul_mixed(v)}) {
      ++checked;
      if (hangul_to_number(s) != std::optional<std::int64_t>(v)) ++bad;
    }
  }
  CHECK(checked == 8000);
  CHECK(bad == 0);
}
