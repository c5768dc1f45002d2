// Hangul toolkit, part 3: the 2-beolsik keyboard, standard pronunciation, the
// Revised Romanization of Korean (2000) and its letter-by-letter transliteration.
// Expected values follow the rule texts (국어의 로마자 표기법, 표준 발음법); the
// words marked "rule text" are the examples printed in the rule itself.
#include <doctest/doctest.h>

#include <geul/hangul.hpp>

#include <cstdint>
#include <string>

using namespace geul::hangul;

namespace {
struct Pair {
  const char* in;
  const char* out;
};

// A small deterministic generator for property tests (no clock, no global state).
struct Lcg {
  std::uint64_t s;
  std::uint32_t next() {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>(s >> 33);
  }
};
}  // namespace

TEST_CASE("QWERTY keys to Hangul on the 2-beolsik layout") {
  const Pair cases[] = {
      {"dkssud", "안녕"},     {"gksrmf", "한글"},       {"rkatk", "감사"},
      {"Qkffl", "빨리"},      {"Tmfprl", "쓰레기"},     {"dlTek", "있다"},
      {"rhkwk", "과자"},      {"dmlwk", "의자"},        {"ekfr", "닭"},
      {"ekfrdms", "닭은"},    {"Rkr", "깍"},            {"DKSSUD", "안녕"},  // capitals without Shift jamo
      {"dP", "예"},           {"dO", "얘"},             {"Ekfr", "딹"},      // ㄹ then ㄱ: the cluster ㄺ
      {"dkssud!", "안녕!"},  {"dkssud 123", "안녕 123"}, {"", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(qwerty_to_hangul(c.in) == c.out);
  }
  CHECK(qwerty_to_jamo("dkssud") == "ㅇㅏㄴㄴㅕㅇ");
  CHECK(qwerty_to_jamo("abc") == "ㅁㅠㅊ");
  CHECK(qwerty_to_jamo("QWERTOP") == "ㅃㅉㄸㄲㅆㅒㅖ");
  CHECK(qwerty_to_jamo("1-2") == "1-2");
}

TEST_CASE("Hangul to QWERTY keys") {
  const Pair cases[] = {
      {"안녕", "dkssud"},   {"빨리", "Qkffl"}, {"닭", "ekfr"},        {"의자", "dmlwk"},
      {"왜", "dho"},        {"값", "rkqt"},    {"있어", "dlTdj"},     {"Hello 세상", "Hello tptkd"},
      {"ㅋㅋ", "zz"},       {"ㄳ", "rt"},      {"예쁜", "dPQms"},     {"", ""},
      {"\xE1\x84\x80\xE1\x86\x9E", "r\xE1\x86\x9E"},  // old vowel arae-a has no key
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(hangul_to_qwerty(c.in) == c.out);
  }
  // Typing the keys back gives the text again.
  const char* sentences[] = {"오늘 서울 날씨는 맑고 따뜻하겠습니다", "값싼 닭갈비 집에 앉아 있었다",
                             "예쁜 꽃이 피었네요", "뒤꿈치 쫙 펴고 쌩쌩 달려"};
  for (const char* s : sentences) {
    CAPTURE(s);
    CHECK(qwerty_to_hangul(hangul_to_qwerty(s)) == s);
  }
}

TEST_CASE("Revised Romanization: letters and finals (제2장)") {
  const Pair cases[] = {
      // rule text, 제2장 붙임 1 and 2
      {"구미", "gumi"},   {"영동", "yeongdong"}, {"백암", "baegam"}, {"옥천", "okcheon"},
      {"합덕", "hapdeok"}, {"호법", "hobeop"},  {"월곶", "wolgot"},  {"벚꽃", "beotkkot"},
      {"한밭", "hanbat"}, {"구리", "guri"},     {"설악", "seorak"},  {"칠곡", "chilgok"},
      {"임실", "imsil"},  {"울릉", "ulleung"},  {"대관령", "daegwallyeong"},
      // the team's own
      {"의사", "uisa"},   {"희망", "huimang"},  {"학교", "hakgyo"},  {"먹다", "meokda"},
      {"꺾다", "kkeokda"}, {"밖에", "bakke"},   {"있어", "isseo"},   {"앉아", "anja"},
      {"맑다", "makda"},  {"맑게", "malge"},    {"여덟", "yeodeol"}, {"삶", "sam"},
      {"읊다", "eupda"},  {"흙", "heuk"},       {"넋", "neok"},      {"값", "gap"},
      {"닭", "dak"},      {"강아지", "gangaji"}, {"전화", "jeonhwa"}, {"", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(romanize(c.in) == c.out);
  }
}

TEST_CASE("Revised Romanization: sound changes (제3장 제1항)") {
  const Pair cases[] = {
      // rule text: assimilation, palatalization, aspiration, no tensification
      // (신문로 Sinmunno is 제20항 다만, a lexical exception: see docs/hangul.md)
      {"백마", "baengma"},   {"종로", "jongno"},   {"왕십리", "wangsimni"},
      {"별내", "byeollae"},  {"신라", "silla"},      {"해돋이", "haedoji"}, {"같이", "gachi"},
      {"굳히다", "guchida"}, {"좋고", "joko"},       {"놓다", "nota"},     {"잡혀", "japyeo"},
      {"낳지", "nachi"},     {"압구정", "apgujeong"}, {"낙동강", "nakdonggang"}, {"죽변", "jukbyeon"},
      {"낙성대", "nakseongdae"}, {"합정", "hapjeong"}, {"팔당", "paldang"}, {"샛별", "saetbyeol"},
      {"울산", "ulsan"},
      // the team's own
      {"설날", "seollal"},   {"한국어", "hangugeo"}, {"값을", "gapseul"},  {"없어", "eopseo"},
      {"읽는", "ingneun"},   {"놓는", "nonneun"},    {"않아", "ana"},      {"싫어", "sireo"},
      {"밟는", "bamneun"},   {"국물", "gungmul"},    {"독립", "dongnip"},  {"협력", "hyeomnyeok"},
      {"물난리", "mullalli"}, {"닭이", "dalgi"},     {"밝히다", "balkida"}, {"꽂히다", "kkochida"},
      {"앉히다", "anchida"}, {"몇몇", "myeonmyeot"}, {"받는", "banneun"},  {"옷맵시", "onmaepsi"},
      // place names in their official spelling
      {"청량리", "cheongnyangni"}, {"속리산", "songnisan"}, {"선릉", "seolleung"}, {"압록강", "amnokgang"},
      {"한라산", "hallasan"},  {"광안리", "gwangalli"},  {"독립문", "dongnimmun"}, {"한글날", "hangeullal"},
      {"답십리", "dapsimni"},  {"신림", "sillim"},       {"강릉", "gangneung"},  {"경복궁", "gyeongbokgung"},
      {"석굴암", "seokguram"}, {"노량진", "noryangjin"}, {"올림픽", "ollimpik"},  {"여의도", "yeouido"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(romanize(c.in) == c.out);
  }
}

TEST_CASE("Revised Romanization options") {
  RomanizeOptions names;
  names.hyphenate = true;
  names.capitalize = true;
  // rule text, 제2항
  CHECK(romanize("중앙", names) == "Jung-ang");
  CHECK(romanize("반구대", names) == "Ban-gudae");
  CHECK(romanize("세운", names) == "Se-un");
  CHECK(romanize("해운대", names) == "Hae-undae");
  CHECK(romanize("중앙") == "jungang");
  CHECK(romanize("반구대") == "bangudae");
  CHECK(romanize("신라", names) == "Silla");  // no ambiguity, no hyphen

  RomanizeOptions cap;
  cap.capitalize = true;
  CHECK(romanize("서울 부산", cap) == "Seoul Busan");
  CHECK(romanize("(대구)", cap) == "(Daegu)");
  CHECK(romanize("KBS뉴스", cap) == "KBSnyuseu");  // mid-word: not capitalized

  RomanizeOptions noun;
  noun.aspirate_after_obstruent = false;  // rule text: h kept in nouns
  noun.capitalize = true;
  CHECK(romanize("묵호", noun) == "Mukho");
  CHECK(romanize("집현전", noun) == "Jiphyeonjeon");
  CHECK(romanize("묵호") == "muko");
  CHECK(romanize("좋고", noun) == "Joko");  // ㅎ + ㄱ is aspirated either way

  RomanizeOptions spelling;
  spelling.sound_changes = false;
  CHECK(romanize("한국어", spelling) == "hangukeo");
  CHECK(romanize("신라", spelling) == "sinra");

  CHECK(romanize("KBS 뉴스 9시") == "KBS nyuseu 9si");
  CHECK(romanize("ㅋㅋ") == "kk");
  CHECK(romanize("ㅏ!") == "a!");
}

TEST_CASE("romanize_name (제4항)") {
  CHECK(romanize_name("한복남") == "Han Boknam");  // rule text
  CHECK(romanize_name("한복남", true) == "Han Bok-nam");
  CHECK(romanize_name("홍빛나") == "Hong Bitna");
  CHECK(romanize_name("남궁민수") == "Namgung Minsu");
  CHECK(romanize_name("선우용녀") == "Seonu Yongnyeo");
  CHECK(romanize_name("제갈 량") == "Jegal Ryang");
  CHECK(romanize_name("김") == "Gim");
  CHECK(romanize_name("이설") == "I Seol");
}

TEST_CASE("standard pronunciation (표준 발음법)") {
  const Pair cases[] = {
      {"같이", "가치"}, {"신라", "실라"}, {"먹는", "멍는"}, {"좋고", "조코"}, {"국밥", "국빱"},
      {"희망", "히망"}, {"값을", "갑쓸"}, {"앉고", "안꼬"}, {"넓게", "널께"}, {"맑게", "말께"},
      {"닭이", "달기"}, {"없어", "업써"}, {"밟는", "밤는"}, {"놓는", "논는"}, {"뚫는", "뚤른"},
      {"않네", "안네"}, {"닿소", "다쏘"}, {"굳이", "구지"}, {"밭이", "바치"}, {"훑이", "훌치"},
      {"묻히다", "무치다"}, {"가져", "가저"}, {"의사", "의사"}, {"무늬", "무니"}, {"꽃", "꼳"},
      {"부엌", "부억"}, {"여덟", "여덜"}, {"넋", "넉"}, {"앉아", "안자"}, {"닭고기", "닥꼬기"},
      {"오늘 날씨", "오늘 날씨"}, {"", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(standard_pronunciation(c.in) == c.out);
  }
  PronunciationOptions lax;
  lax.tensification = false;
  CHECK(standard_pronunciation("국밥", lax) == "국밥");
  CHECK(standard_pronunciation("값을", lax) == "갑슬");
}

TEST_CASE("letter-by-letter transliteration (제8항)") {
  const Pair cases[] = {
      // rule text
      {"집", "jib"},       {"짚", "jip"},         {"밖", "bakk"},           {"값", "gabs"},
      {"붓꽃", "buskkoch"}, {"먹는", "meogneun"}, {"독립", "doglib"},       {"문리", "munli"},
      {"물엿", "mul-yeos"}, {"굳이", "gud-i"},    {"좋다", "johda"},        {"가곡", "gagog"},
      {"조랑말", "jolangmal"}, {"없었습니다", "eobs-eoss-seubnida"},
      // the team's own: a hyphen wherever the letters could be split another way
      {"부엌칼", "bu-eok-kal"}, {"옷소매", "os-somae"}, {"한강", "hangang"}, {"항아리", "hang-ali"},
      {"밭", "bat"},           {"앉다", "anjda"},     {"서울 2호선", "seo-ul 2hoseon"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(transliterate(c.in) == c.out);
    if (std::string(c.in).find(' ') == std::string::npos) CHECK(untransliterate(c.out) == std::optional<std::string>(c.in));
  }
  CHECK(untransliterate("seo-ul 2hoseon") == std::optional<std::string>("서울 2호선"));
  CHECK_FALSE(untransliterate("xyz"));
  CHECK_FALSE(untransliterate("bbb"));
  CHECK_FALSE(untransliterate("q"));
  CHECK(untransliterate("") == std::optional<std::string>(""));
  CHECK(untransliterate("KBS") == std::optional<std::string>("KBS"));  // capitals are not transliteration

  // Property: every syllable sequence survives the round trip.
  Lcg rng{20240611};
  int bad = 0;
  for (int n = 0; n < 3000; ++n) {
    std::string word;
    int len = 1 + static_cast<int>(rng.next() % 5);
    for (int k = 0; k < len; ++k)
      geul::append_utf8(word, first_syllable + static_cast<char32_t>(rng.next() % 11172));
    auto back = untransliterate(transliterate(word));
    if (!back || *back != word) ++bad;
  }
  CHECK(bad == 0);
}
