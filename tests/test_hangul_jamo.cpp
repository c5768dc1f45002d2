// Hangul toolkit, part 1: syllable arithmetic, classification, compatibility ⇄
// conjoining jamo, disassemble / assemble (the 2-beolsik automaton), editing.
// Vectors are the team's own, derived from Unicode ch. 3.12 and the keyboard rules.
#include <doctest/doctest.h>

#include <geul/hangul.hpp>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace geul::hangul;

namespace {

struct Pair {
  const char* in;
  const char* out;
};

std::string u8(char32_t c) { return geul::to_utf8(c); }

}  // namespace

TEST_CASE("syllable arithmetic follows Unicode 3.12") {
  CHECK(is_syllable(U'가'));
  CHECK(is_syllable(U'힣'));
  CHECK_FALSE(is_syllable(0xABFF));
  CHECK_FALSE(is_syllable(0xD7A4));
  CHECK_FALSE(is_syllable(U'ㄱ'));

  auto ga = syllable_index(U'가');
  REQUIRE(ga);
  CHECK(ga->choseong == 0);
  CHECK(ga->jungseong == 0);
  CHECK(ga->jongseong == 0);
  auto last = syllable_index(U'힣');
  REQUIRE(last);
  CHECK(last->choseong == 18);
  CHECK(last->jungseong == 20);
  CHECK(last->jongseong == 27);
  auto ddom = syllable_index(U'똠');  // ㄸ=4, ㅗ=8, ㅁ=16
  REQUIRE(ddom);
  CHECK(ddom->choseong == 4);
  CHECK(ddom->jungseong == 8);
  CHECK(ddom->jongseong == 16);
  CHECK_FALSE(syllable_index(U'a'));

  CHECK(syllable_from_index(18, 20, 27) == U'힣');
  CHECK(syllable_from_index(11, 0, 4) == U'안');
  CHECK(syllable_from_index(19, 0, 0) == 0);
  CHECK(syllable_from_index(0, 21, 0) == 0);
  CHECK(syllable_from_index(0, 0, 28) == 0);
  CHECK(syllable_from_index(-1, 0, 0) == 0);

  // Every one of the 11,172 syllables survives index and jamo round trips.
  int bad = 0;
  for (char32_t c = first_syllable; c <= last_syllable; ++c) {
    auto ix = syllable_index(c);
    auto j = disassemble_syllable(c);
    if (!ix || !j || syllable_from_index(ix->choseong, ix->jungseong, ix->jongseong) != c ||
        combine_character(j->choseong, j->jungseong, j->jongseong) != c)
      ++bad;
  }
  CHECK(bad == 0);
  CHECK(last_syllable - first_syllable + 1 == 11172);
}

TEST_CASE("disassemble_syllable and combine_character use compatibility jamo") {
  auto dalk = disassemble_syllable(U'닭');
  REQUIRE(dalk);
  CHECK(dalk->choseong == U'ㄷ');
  CHECK(dalk->jungseong == U'ㅏ');
  CHECK(dalk->jongseong == U'ㄺ');
  auto gwa = disassemble_syllable(U'과');
  REQUIRE(gwa);
  CHECK(gwa->jungseong == U'ㅘ');
  CHECK(gwa->jongseong == 0);
  CHECK_FALSE(disassemble_syllable(U'ㄱ'));

  CHECK(combine_character(U'ㄱ', U'ㅏ', U'ㅁ') == U'감');
  CHECK(combine_character(U'ㅉ', U'ㅖ', U'ㅄ') == U'쪲');
  CHECK(combine_character(U'ㄱ', U'ㅏ') == U'가');
  CHECK(combine_character(U'ㄸ', U'ㅏ', U'ㄸ') == 0);  // ㄸ is never a final
  CHECK(combine_character(U'ㄳ', U'ㅏ') == 0);         // a cluster is never an initial
  CHECK(combine_character(U'ㅏ', U'ㄱ') == 0);
  CHECK(combine_character(U'ㄱ', U'ㄱ') == 0);

  // String form: clusters may be given as two jamo.
  CHECK(combine_character("ㄱ", "ㅗㅏ", "ㄹㄱ") == "괅");
  CHECK(combine_character("ㅎ", "ㅜㅔ") == "훼");
  CHECK(combine_character("ㅇ", "ㅡㅣ", "") == "의");
  CHECK(combine_character("ㄱ", "ㅏ", "ㅂㅅ") == "값");
  CHECK(combine_character("ㄱㄱ", "ㅏ") == "");
  CHECK(combine_character("ㄱ", "ㅏㅗ") == "");
  CHECK(combine_character("ㄱ", "ㅏ", "ㅅㄱ") == "");
  CHECK(combine_character("", "ㅏ") == "");
}

TEST_CASE("compound jamo split and combine") {
  const char32_t compounds[][3] = {
      {U'ㄳ', U'ㄱ', U'ㅅ'}, {U'ㄵ', U'ㄴ', U'ㅈ'}, {U'ㄶ', U'ㄴ', U'ㅎ'}, {U'ㄺ', U'ㄹ', U'ㄱ'},
      {U'ㄻ', U'ㄹ', U'ㅁ'}, {U'ㄼ', U'ㄹ', U'ㅂ'}, {U'ㄽ', U'ㄹ', U'ㅅ'}, {U'ㄾ', U'ㄹ', U'ㅌ'},
      {U'ㄿ', U'ㄹ', U'ㅍ'}, {U'ㅀ', U'ㄹ', U'ㅎ'}, {U'ㅄ', U'ㅂ', U'ㅅ'}, {U'ㅘ', U'ㅗ', U'ㅏ'},
      {U'ㅙ', U'ㅗ', U'ㅐ'}, {U'ㅚ', U'ㅗ', U'ㅣ'}, {U'ㅝ', U'ㅜ', U'ㅓ'}, {U'ㅞ', U'ㅜ', U'ㅔ'},
      {U'ㅟ', U'ㅜ', U'ㅣ'}, {U'ㅢ', U'ㅡ', U'ㅣ'}};
  for (const auto& c : compounds) {
    CAPTURE(u8(c[0]));
    JamoPair p = split_compound_jamo(c[0]);
    CHECK((p.first == c[1] && p.second == c[2]));
    bool vowel = is_vowel_jamo(c[0]);
    CHECK((vowel ? combine_vowels(c[1], c[2]) : combine_consonants(c[1], c[2])) == c[0]);
  }
  // Double consonants are letters of their own and do not split.
  for (char32_t d : {U'ㄲ', U'ㄸ', U'ㅃ', U'ㅆ', U'ㅉ', U'ㅏ', U'ㄱ'}) {
    JamoPair p = split_compound_jamo(d);
    CHECK((p.first == d && p.second == 0));
  }
  CHECK(combine_vowels(U'ㅏ', U'ㅗ') == 0);
  CHECK(combine_vowels(U'ㅗ', U'ㅓ') == 0);
  CHECK(combine_vowels(U'ㅘ', U'ㅣ') == 0);
  CHECK(combine_consonants(U'ㄱ', U'ㄱ') == 0);  // ㄲ is typed with Shift, not composed
  CHECK(combine_consonants(U'ㅅ', U'ㄱ') == 0);
  CHECK(combine_consonants(U'ㄹ', U'ㄷ') == 0);
}

TEST_CASE("can_be_choseong / jungseong / jongseong") {
  CHECK(can_be_choseong(U'ㄱ'));
  CHECK(can_be_choseong(U'ㅃ'));
  CHECK_FALSE(can_be_choseong(U'ㄳ'));
  CHECK_FALSE(can_be_choseong(U'ㅏ'));
  CHECK_FALSE(can_be_choseong(U'가'));
  CHECK(can_be_jungseong(U'ㅢ'));
  CHECK_FALSE(can_be_jungseong(U'ㄱ'));
  CHECK(can_be_jongseong(U'ㄺ'));
  CHECK(can_be_jongseong(U'ㅆ'));
  CHECK_FALSE(can_be_jongseong(U'ㄸ'));
  CHECK_FALSE(can_be_jongseong(U'ㅃ'));
  CHECK_FALSE(can_be_jongseong(U'ㅉ'));
  CHECK_FALSE(can_be_jongseong(U'ㅏ'));
  CHECK(can_be_choseong("ㅎ"));
  CHECK_FALSE(can_be_choseong("ㄱㅅ"));
  CHECK(can_be_jungseong("ㅜㅔ"));
  CHECK_FALSE(can_be_jungseong("ㅏㅏ"));
  CHECK(can_be_jongseong("ㅂㅅ"));
  CHECK_FALSE(can_be_jongseong("ㅅㅂ"));
  CHECK_FALSE(can_be_jongseong(""));
  CHECK(choseong_index_of(U'ㅎ') == 18);
  CHECK(jungseong_index_of(U'ㅣ') == 20);
  CHECK(jongseong_index_of(U'ㅎ') == 27);
  CHECK(jongseong_index_of(U'ㄸ') == 0);
}

TEST_CASE("classification of code points, old Hangul included") {
  CHECK(is_choseong_jamo(0x1100));
  CHECK(is_choseong_jamo(0x115F));  // choseong filler
  CHECK(is_choseong_jamo(0xA960));  // Extended-A
  CHECK(is_choseong_jamo(0xA97C));
  CHECK_FALSE(is_choseong_jamo(0xA97D));
  CHECK(is_jungseong_jamo(0x1160));
  CHECK(is_jungseong_jamo(0x11A7));
  CHECK(is_jungseong_jamo(0xD7B0));  // Extended-B
  CHECK_FALSE(is_jungseong_jamo(0xD7C7));
  CHECK(is_jongseong_jamo(0x11A8));
  CHECK(is_jongseong_jamo(0x11FF));
  CHECK(is_jongseong_jamo(0xD7FB));
  CHECK_FALSE(is_jongseong_jamo(0xD7FC));
  CHECK(is_conjoining_jamo(0x1175));
  CHECK_FALSE(is_conjoining_jamo(U'ㄱ'));
  CHECK(is_modern_conjoining_jamo(0x1112));
  CHECK_FALSE(is_modern_conjoining_jamo(0x1113));
  CHECK(is_old_hangul_jamo(0x1113));
  CHECK(is_old_hangul_jamo(0x119E));  // arae-a
  CHECK(is_old_hangul_jamo(0xA960));
  CHECK(is_old_hangul_jamo(0xD7FB));
  CHECK_FALSE(is_old_hangul_jamo(0x1100));
  CHECK_FALSE(is_old_hangul_jamo(0x115F));
  CHECK_FALSE(is_old_hangul_jamo(0x1160));
  CHECK(is_compatibility_jamo(0x3131));
  CHECK(is_compatibility_jamo(0x318E));
  CHECK_FALSE(is_compatibility_jamo(0x3130));
  CHECK_FALSE(is_compatibility_jamo(0x318F));
  CHECK(is_consonant_jamo(U'ㅎ'));
  CHECK_FALSE(is_consonant_jamo(U'ㅏ'));
  CHECK(is_vowel_jamo(U'ㅣ'));
  CHECK_FALSE(is_vowel_jamo(0x3164));  // filler
  CHECK(is_hangul(U'한'));
  CHECK(is_hangul(0xFFA1));  // halfwidth ㄱ
  CHECK(is_hangul(0x1100));
  CHECK_FALSE(is_hangul(U'韓'));
  CHECK_FALSE(is_hangul(U'a'));
  CHECK(is_hangul("한글"));
  CHECK(is_hangul("ㅋㅋ"));
  CHECK_FALSE(is_hangul("한글a"));
  CHECK_FALSE(is_hangul("한 글"));
  CHECK_FALSE(is_hangul(""));
}

TEST_CASE("compatibility ⇄ conjoining jamo") {
  CHECK(to_compatibility_jamo(0x1100) == U'ㄱ');
  CHECK(to_compatibility_jamo(0x11A8) == U'ㄱ');
  CHECK(to_compatibility_jamo(0x1161) == U'ㅏ');
  CHECK(to_compatibility_jamo(0x11B6) == U'ㅀ');  // modern final
  CHECK(to_compatibility_jamo(0x111A) == U'ㅀ');  // old initial with the same letter
  CHECK(to_compatibility_jamo(0x1114) == 0x3165);
  CHECK(to_compatibility_jamo(0x119E) == 0x318D);
  CHECK(to_compatibility_jamo(0x1113) == 0);  // no compatibility letter
  CHECK(to_compatibility_jamo(U'ㅋ') == U'ㅋ');
  CHECK(to_compatibility_jamo(U'a') == 0);
  CHECK(to_choseong_jamo(U'ㄱ') == 0x1100);
  CHECK(to_choseong_jamo(U'ㅎ') == 0x1112);
  CHECK(to_choseong_jamo(U'ㄳ') == 0);
  CHECK(to_choseong_jamo(U'ㅏ') == 0);
  CHECK(to_choseong_jamo(0x3181) == 0x114C);  // yesieung
  CHECK(to_jungseong_jamo(U'ㅏ') == 0x1161);
  CHECK(to_jungseong_jamo(0x318D) == 0x119E);
  CHECK(to_jungseong_jamo(U'ㄱ') == 0);
  CHECK(to_jongseong_jamo(U'ㄳ') == 0x11AA);
  CHECK(to_jongseong_jamo(U'ㅇ') == 0x11BC);
  CHECK(to_jongseong_jamo(U'ㄸ') == 0);
  CHECK(to_jongseong_jamo(0x3167) == 0x11C7);
  CHECK(to_jongseong_jamo(0x3181) == 0);  // yesieung maps to an initial in the UCD

  // Round trip for every compatibility letter and every position it can take.
  int bad = 0, mapped = 0;
  for (char32_t c = 0x3131; c <= 0x318E; ++c) {
    for (char32_t x : {to_choseong_jamo(c), to_jungseong_jamo(c), to_jongseong_jamo(c)}) {
      if (x == 0) continue;
      ++mapped;
      if (to_compatibility_jamo(x) != c) ++bad;
    }
  }
  CHECK(bad == 0);
  CHECK(mapped >= 94);
}

TEST_CASE("the compatibility table agrees with UnicodeData.txt") {
  std::FILE* f = std::fopen("/usr/share/unicode/UnicodeData.txt", "r");
  if (!f) {
    MESSAGE("UnicodeData.txt not installed; skipped");
    return;
  }
  char line[512];
  int checked = 0, bad = 0;
  while (std::fgets(line, sizeof line, f)) {
    unsigned cp = 0;
    if (std::sscanf(line, "%x;", &cp) != 1 || cp < 0x3131 || cp > 0x318E) continue;
    // Field 5 is the decomposition: "<compat> XXXX".
    const char* p = line;
    for (int field = 0; field < 5 && p; ++field) {
      p = std::strchr(p, ';');
      if (p) ++p;
    }
    unsigned target = 0;
    if (!p || std::sscanf(p, "<compat> %x", &target) != 1) {
      ++bad;
      continue;
    }
    ++checked;
    if (geul::detail::hg::compat_to_conjoining[cp - 0x3131] != target) ++bad;
  }
  std::fclose(f);
  CHECK(checked == 94);
  CHECK(bad == 0);
}

TEST_CASE("has_batchim with the single / compound filter") {
  CHECK(has_batchim("값"));
  CHECK(has_batchim("값", Batchim::compound));
  CHECK_FALSE(has_batchim("값", Batchim::single));
  CHECK(has_batchim("갑", Batchim::single));
  CHECK_FALSE(has_batchim("갑", Batchim::compound));
  CHECK(has_batchim("꺾", Batchim::single));  // ㄲ is one letter
  CHECK_FALSE(has_batchim("꺾", Batchim::compound));
  CHECK_FALSE(has_batchim("토마토"));
  CHECK(has_batchim("도시락"));
  CHECK_FALSE(has_batchim(""));
  CHECK_FALSE(has_batchim("bus"));
  CHECK_FALSE(has_batchim("ㄱ"));
  CHECK(has_batchim(U'닭'));
  CHECK_FALSE(has_batchim(U'a'));
}

TEST_CASE("disassemble splits syllables and clusters into compatibility jamo") {
  const Pair cases[] = {
      {"안녕", "ㅇㅏㄴㄴㅕㅇ"},
      {"값", "ㄱㅏㅂㅅ"},
      {"뒤꿈치", "ㄷㅜㅣㄲㅜㅁㅊㅣ"},
      {"의사", "ㅇㅡㅣㅅㅏ"},
      {"왜", "ㅇㅗㅐ"},
      {"쌓다", "ㅆㅏㅎㄷㅏ"},
      {"읊조리다", "ㅇㅡㄹㅍㅈㅗㄹㅣㄷㅏ"},
      {"ㄳ", "ㄱㅅ"},
      {"ㅘ", "ㅗㅏ"},
      {"ㄲ", "ㄲ"},
      {"AI 붐!", "AI ㅂㅜㅁ!"},
      {"", ""},
      {"\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", "ㅎㅏㄴ"},  // NFD 한
      {"\xE1\x84\x80\xE1\x86\x9E", "ㄱ\xE1\x86\x9E"},      // old vowel arae-a is kept
      {"a\xFF" "b", "a\xEF\xBF\xBD" "b"},                    // invalid byte → U+FFFD
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(disassemble(c.in) == c.out);
  }
  std::string appended = "→";
  disassemble_to("닭", appended);
  CHECK(appended == "→ㄷㅏㄹㄱ");

  auto groups = disassemble_to_groups("사과!");
  REQUIRE(groups.size() == 3);
  CHECK(groups[0] == "ㅅㅏ");
  CHECK(groups[1] == "ㄱㅗㅏ");
  CHECK(groups[2] == "!");
  CHECK(disassemble_to_groups("").empty());
}

TEST_CASE("assemble follows the 2-beolsik automaton") {
  const Pair cases[] = {
      {"ㅇㅏㄴㄴㅕㅇ", "안녕"},
      {"ㄷㅏㄺ", "닭"},
      {"ㄷㅏㄹㄱ", "닭"},          // ㄹ then ㄱ becomes ㄺ
      {"ㄷㅏㄹㄱㅡㄴ", "달근"},    // a vowel takes the second part of the cluster
      {"ㄷㅏㄹㄱㅇㅡㄴ", "닭은"},  // ㅇ is a consonant: the cluster stays
      {"ㄱㅗㅏㅈㅏ", "과자"},      // ㅗ+ㅏ → ㅘ
      {"ㅇㅜㅓㄴ", "원"},
      {"ㅇㅡㅣㅅㅏ", "의사"},
      {"ㄱㅏㅂㅅㅇㅣ", "값이"},
      {"ㄱㅏㅂㅅㅣ", "갑시"},
      {"ㅃㅏㄹㄹㅣ", "빨리"},
      {"ㅇㅣㅆㅇㅓ", "있어"},
      {"ㄸㅏㄸ", "따ㄸ"},          // ㄸ cannot be a final
      {"ㄱㄱㅏ", "ㄱ가"},
      {"ㅏㅏ", "ㅏㅏ"},
      {"ㅗㅏ", "ㅘ"},
      {"ㅋㅋㅋ", "ㅋㅋㅋ"},
      {"ㄱㅏㄳ", "갃"},
      {"ㄱㅏㄳㅏ", "각사"},
      {"ㄳ", "ㄳ"},
      {"방ㅇㅔ", "방에"},          // a finished syllable still gives up its final
      {"hello ㅎㅏㄴ", "hello 한"},
      {"ㄴㅏㄹㅂㅅ", "낣ㅅ"},
      {"", ""},
      {"\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", "한"},  // modern conjoining jamo are typed too
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(assemble(c.in) == c.out);
  }
  // disassemble then assemble is the identity on text the team wrote.
  const char* sentences[] = {
      "서울 하늘에 닭 한 마리가 날아갔다", "값싼 물건은 없었습니다", "의외로 괜찮은 왜곡 뉘앙스",
      "앉아서 읽고 밟고 넓히다", "외국인 관광객 1,200만 명 돌파", "흙탕물 속 삶과 앎"};
  for (const char* s : sentences) {
    CAPTURE(s);
    CHECK(assemble(disassemble(s)) == s);
  }
}

TEST_CASE("remove_last_jamo deletes like backspace") {
  const Pair cases[] = {
      {"값", "갑"},   {"사과", "사고"}, {"전화", "전호"}, {"안녕", "안녀"}, {"가", "ㄱ"},
      {"ㄱ", ""},     {"", ""},         {"닭", "달"},     {"abc", "ab"},    {"의", "으"},
      {"끝!", "끝"}, {"ㅘ", "ㅗ"},     {"ㄺ", "ㄹ"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(remove_last_jamo(c.in) == c.out);
  }
}

TEST_CASE("decompose_syllables and compose_syllables") {
  CHECK(decompose_syllables("한글") == "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xE1\x84\x80\xE1\x85\xB3\xE1\x86\xAF");
  CHECK(compose_syllables("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xE1\x84\x80\xE1\x85\xB3\xE1\x86\xAF") == "한글");
  CHECK(compose_syllables("가\xE1\x86\xA8") == "각");  // LV + T
  CHECK(compose_syllables("각\xE1\x86\xA8") == "각\xE1\x86\xA8");  // LVT + T stays
  CHECK(compose_syllables("\xE1\x84\x80\xE1\x86\x9E") == "\xE1\x84\x80\xE1\x86\x9E");  // old Hangul stays
  CHECK(compose_syllables("\xE1\x84\x80\xE1\x85\xA1\xE1\x87\x83") == "가\xE1\x87\x83");  // old final not composed
  CHECK(decompose_syllables("abc") == "abc");
  std::string all;
  for (char32_t c = first_syllable; c <= last_syllable; ++c) geul::append_utf8(all, c);
  CHECK(compose_syllables(decompose_syllables(all)) == all);
}

TEST_CASE("jamo_distance compares spellings letter by letter") {
  CHECK(jamo_distance("알트만", "알트먼") == 1);
  CHECK(jamo_distance("알트만", "올트먼") == 2);
  CHECK(jamo_distance("브로크만", "브록만") == 2);
  CHECK(jamo_distance("", "") == 0);
  CHECK(jamo_distance("가", "") == 2);
  CHECK(jamo_distance("같다", "같다") == 0);
}

TEST_CASE("every function takes arbitrary bytes and returns valid UTF-8") {
  // Random mixes of Hangul, jamo, ASCII and broken sequences (U+FFFD on input).
  const char* pieces[] = {"한", "ㄱ", "ㅘ", "ㄺ", "a", "Z", "1", "0", ",", ".", "(", ")", "\"", " ", "-",
                          "\xFF", "\xE1\x84", "\xC3", "\xED\xA0\x80", "\xE1\x84\x80", "\xE1\x86\x9E", "漢", "%"};
  std::uint64_t s = 99;
  auto next = [&] {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(s >> 33);
  };
  int invalid = 0;
  auto valid = [&](const std::string& out) {
    if (!geul::is_valid_utf8(out)) ++invalid;
  };
  for (int n = 0; n < 400; ++n) {
    std::string in;
    std::size_t len = next() % 12;
    for (std::size_t k = 0; k < len; ++k) in += pieces[next() % (sizeof pieces / sizeof *pieces)];
    valid(disassemble(in));
    valid(assemble(in));
    valid(remove_last_jamo(in));
    valid(get_choseong(in));
    std::string with_particle = josa(in, "이/가");  // the word is copied as given, bytes and all
    if (with_particle.compare(0, in.size(), in) != 0) ++invalid;
    valid(with_particle.substr(in.size()));
    valid(qwerty_to_hangul(in));
    valid(hangul_to_qwerty(in));
    valid(romanize(in));
    valid(transliterate(in));
    valid(standard_pronunciation(in));
    valid(compose_syllables(in));
    valid(decompose_syllables(in));
    for (const auto& g : disassemble_to_groups(in)) valid(g);
    if (auto r = untransliterate(in)) valid(*r);
    if (auto r = number_to_hangul(in)) valid(*r);
    (void)hangul_to_number(in);
    (void)choseong_search_all(in, "ㅎ");
    (void)jamo_distance(in, "한글");
  }
  CHECK(invalid == 0);
}
