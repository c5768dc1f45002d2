#include <doctest/doctest.h>

#include <geul/unicode/encoding.hpp>

#include <cerrno>
#include <cstdio>
#include <iconv.h>
#include <string>
#include <vector>

#include "test_support.hpp"

using geul::DecodeResult;
using geul::DiagnosticKind;
using geul::Encoding;
using geul::Span;

namespace {

// glibc iconv, the independent reference: converts `in`, stopping at the first
// ill-formed or unconvertible sequence. Returns true when all of `in` converted;
// otherwise `error_at` is the input offset where it stopped.
struct Iconv {
  iconv_t cd;
  Iconv(const char* to, const char* from) : cd(iconv_open(to, from)) { REQUIRE(cd != reinterpret_cast<iconv_t>(-1)); }
  ~Iconv() { iconv_close(cd); }
  bool convert(const std::string& in, std::string& out, std::size_t& error_at) {
    iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset the state
    out.assign(in.size() * 4 + 16, '\0');
    char* ip = const_cast<char*>(in.data());
    std::size_t il = in.size();
    char* op = &out[0];
    std::size_t ol = out.size();
    std::size_t r = iconv(cd, &ip, &il, &op, &ol);
    out.resize(out.size() - ol);
    error_at = in.size() - il;
    return r != static_cast<std::size_t>(-1) && il == 0;
  }
};

// UTF-8 text of the team's samples → bytes in `charset` (false when not representable).
bool encode(const std::string& utf8, const char* charset, std::string& out) {
  Iconv cv(charset, "UTF-8");
  std::size_t at;
  return cv.convert(utf8, out, at);
}

std::string cp949_pair(unsigned lead, unsigned trail) {
  return std::string{static_cast<char>(lead), static_cast<char>(trail)};
}

std::size_t count_kind(const geul::Diagnostics& ds, DiagnosticKind k) {
  std::size_t n = 0;
  for (const auto& d : ds) n += d.kind == k;
  return n;
}

const geul::Diagnostic* first_of(const geul::Diagnostics& ds, DiagnosticKind k) {
  for (const auto& d : ds)
    if (d.kind == k) return &d;
  return nullptr;
}

// Every character of the decoded text must map back to a non-empty input
// range, and those ranges, in order, must tile the whole input.
void check_map_tiles_input(const DecodeResult& r, std::size_t input_size, std::size_t skipped_prefix) {
  std::size_t expected_begin = skipped_prefix;
  bool ok = true;
  geul::for_each_code_point(r.text, [&](char32_t, std::size_t offset, std::size_t len) {
    Span in = r.map.map({offset, offset + len});
    if (in.begin != expected_begin || in.empty()) ok = false;
    // Every byte of the character maps into the same input character.
    for (std::size_t b = offset; b < offset + len; ++b) {
      Span one = r.map.map({b, b + 1});
      if (one != in) ok = false;
    }
    expected_begin = in.end;
  });
  CHECK(ok);
  CHECK(expected_begin == input_size);
}

}  // namespace

TEST_CASE("encoding names: parse and print") {
  Encoding e = Encoding::utf8;
  CHECK(geul::parse_encoding_name("auto", e));
  CHECK(e == Encoding::auto_detect);
  CHECK(geul::parse_encoding_name("UTF-8", e));
  CHECK(e == Encoding::utf8);
  CHECK(geul::parse_encoding_name("utf8", e));
  CHECK(geul::parse_encoding_name("CP949", e));
  CHECK(e == Encoding::cp949);
  CHECK(geul::parse_encoding_name("ks_c_5601-1987", e));
  CHECK(e == Encoding::cp949);
  CHECK(geul::parse_encoding_name("windows-949", e));
  CHECK(e == Encoding::cp949);
  CHECK(geul::parse_encoding_name("EUC-KR", e));
  CHECK(e == Encoding::euc_kr);
  CHECK(geul::parse_encoding_name("utf-16", e));
  CHECK(e == Encoding::utf16);
  CHECK(geul::parse_encoding_name("UTF-16LE", e));
  CHECK(e == Encoding::utf16le);
  CHECK(geul::parse_encoding_name("utf_16_be", e));
  CHECK(e == Encoding::utf16be);
  e = Encoding::cp949;
  CHECK_FALSE(geul::parse_encoding_name("latin-1", e));
  CHECK_FALSE(geul::parse_encoding_name("", e));
  CHECK_FALSE(geul::parse_encoding_name("a-very-long-name-that-is-no-encoding-at-all", e));
  CHECK(e == Encoding::cp949);  // untouched on failure
  for (Encoding x : {Encoding::auto_detect, Encoding::utf8, Encoding::utf16, Encoding::utf16le, Encoding::utf16be,
                     Encoding::cp949, Encoding::euc_kr}) {
    Encoding back = Encoding::utf8;
    CHECK(geul::parse_encoding_name(geul::to_string(x), back));
    CHECK(back == x);
  }
}

TEST_CASE("CP949: every two-byte code against glibc iconv, and the structure of the table") {
  Iconv ref("UTF-8", "CP949");
  Iconv back("CP949", "UTF-8");
  std::size_t mapped = 0, extension = 0, ks = 0, mismatches = 0, round_trip_failures = 0;
  std::vector<int> syllable_seen(11172, 0);
  for (unsigned lead = 0x80; lead <= 0xFF; ++lead) {
    for (unsigned trail = 0x00; trail <= 0xFF; ++trail) {
      std::string bytes = cp949_pair(lead, trail);
      std::string expected, ours;
      std::size_t at;
      bool iconv_ok = ref.convert(bytes, expected, at);
      std::size_t bad = geul::decode_to_utf8_append(bytes, Encoding::cp949, ours);
      // A pair iconv maps is one character for both; otherwise geul reports a problem.
      bool one_char = iconv_ok && geul::count_code_points(expected) == 1;
      if (one_char) {
        ++mapped;
        if (ours != expected || bad != 0) ++mismatches;
        char32_t cp = 0;
        geul::for_each_code_point(ours, [&](char32_t c, std::size_t, std::size_t) { cp = c; });
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
          ++syllable_seen[cp - 0xAC00];
          (lead >= 0xA1 && trail >= 0xA1 ? ks : extension)++;
        }
        // Round trip: the character encodes back to the same two bytes.
        std::string again;
        if (!back.convert(ours, again, at) || again != bytes) ++round_trip_failures;
      } else if (!iconv_ok) {
        if (bad == 0) ++mismatches;
      }
    }
  }
  CHECK(mismatches == 0);
  CHECK(round_trip_failures == 0);
  CHECK(mapped == 17048);  // 2,350 + 8,822 syllables + 5,876 symbols and Hanja
  CHECK(ks == 2350);
  CHECK(extension == 8822);
  bool every_syllable_once = true;
  for (int n : syllable_seen) every_syllable_once = every_syllable_once && n == 1;
  CHECK(every_syllable_once);  // all 11,172 modern syllables, each from exactly one code
  CHECK(geul::detail::cp949_tables_bytes < 20000);
}

TEST_CASE("EUC-KR is the KS X 1001 subset of CP949") {
  std::size_t ks_codes = 0, differences = 0, accepted_extensions = 0;
  for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
    for (unsigned trail = 0x41; trail <= 0xFE; ++trail) {
      std::string bytes = cp949_pair(lead, trail), cp, euc;
      std::size_t cp_bad = geul::decode_to_utf8_append(bytes, Encoding::cp949, cp);
      std::size_t euc_bad = geul::decode_to_utf8_append(bytes, Encoding::euc_kr, euc);
      bool ks_square = lead >= 0xA1 && trail >= 0xA1;
      if (ks_square) {
        ks_codes += cp_bad == 0;
        if (cp != euc || cp_bad != euc_bad) ++differences;
      } else if (cp_bad == 0 && euc_bad == 0 && euc == cp && trail >= 0x80) {
        ++accepted_extensions;
      }
    }
  }
  CHECK(ks_codes == 2350 + 5876);
  CHECK(differences == 0);
  CHECK(accepted_extensions == 0);
  // An extension syllable (똠 = 8C 63) is two problems in EUC-KR: the lead, then the ASCII 'c'.
  DecodeResult r = geul::decode_to_utf8("\x8C\x63", Encoding::euc_kr);
  CHECK(r.text == "\xEF\xBF\xBD" "c");
  CHECK(geul::decode_to_utf8("\x8C\x63", Encoding::cp949).text == "똠");
  // € and ® (A2E6, A2E7: later additions to the KS X 1001 rows) are in both.
  CHECK(geul::decode_to_utf8("\xA2\xE6\xA2\xE7", Encoding::euc_kr).text == "€®");
}

TEST_CASE("CP949: random byte strings against glibc iconv (first error and text before it)") {
  Iconv ref("UTF-8", "CP949");
  std::uint64_t state = 0x0123456789ABCDEFull;
  auto next = [&] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  std::size_t clean = 0, broken = 0, failures = 0;
  for (int round = 0; round < 40000; ++round) {
    std::string s;
    std::size_t len = 1 + next() % 24;
    for (std::size_t i = 0; i < len; ++i) {
      // Mostly bytes that matter: leads, trails, ASCII, and the bytes no code uses.
      std::uint64_t k = next() % 10;
      unsigned b = k < 3 ? 0x20 + next() % 0x60 : k < 8 ? 0x81 + next() % 0x7E : static_cast<unsigned>(next() % 256);
      s.push_back(static_cast<char>(b));
    }
    std::string expected;
    std::size_t at = 0;
    bool ok = ref.convert(s, expected, at);
    DecodeResult r = geul::decode_to_utf8(s, Encoding::cp949);
    std::string appended;
    std::size_t bad = geul::decode_to_utf8_append(s, Encoding::cp949, appended);
    if (appended != r.text) ++failures;
    const geul::Diagnostic* first = first_of(r.diagnostics, DiagnosticKind::invalid_encoding);
    if (ok) {
      ++clean;
      if (r.text != expected || first || bad) ++failures;
    } else {
      ++broken;
      // geul reports its first problem where iconv stopped, with the same text before it.
      if (!first || first->offset != at) {
        ++failures;
        continue;
      }
      Span before = {0, 0};
      geul::for_each_code_point(r.text, [&](char32_t, std::size_t o, std::size_t n) {
        if (r.map.map({o, o + n}).end <= at) before.end = o + n;
      });
      if (r.text.substr(0, before.end) != expected) ++failures;
    }
    check_map_tiles_input(r, s.size(), 0);
  }
  CHECK(failures == 0);
  CHECK(clean > 1000);
  CHECK(broken > 1000);
}

TEST_CASE("CP949: ill-formed sequences become U+FFFD with their offsets and lengths") {
  const std::string fffd = "\xEF\xBF\xBD";
  struct Case {
    const char* what;
    std::string bytes;
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> problems;  // offset, length
  };
  const Case cases[] = {
      {"lead byte at the end", "\xB0\xA1\xB0", "가" + fffd, {{2, 1}}},
      {"lead byte then ASCII: the ASCII is kept", "\xC7" "A\xB0\xA1", fffd + "A가", {{0, 1}}},
      {"lead then a byte that cannot follow it", "\xC7\x81\x41", fffd + "갂", {{0, 1}}},  // 81 41 = 갂
      {"unassigned pair (user-defined row C9)", "\xC9\xA1" "x", fffd + "x", {{0, 2}}},
      {"unassigned pair (row FE)", "\xFE\xFE", fffd, {{0, 2}}},
      {"gap in a symbol row", "\xA2\xE8" "1", fffd + "1", {{0, 2}}},
      {"C6 row after the last extension syllable: ASCII trail", "\xC6\x53", fffd + "S", {{0, 1}}},
      {"bytes that start nothing", "\x80" "a\xFF" "b", fffd + "a" + fffd + "b", {{0, 1}, {2, 1}}},
      {"a stray second byte after a complete pair", "\xB0\xA1\xA1 ", "가" + fffd + " ", {{2, 1}}},
      {"newline after a lead byte survives", "\xB0\n\xB0\xA1", fffd + "\n가", {{0, 1}}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    DecodeResult r = geul::decode_to_utf8(c.bytes, Encoding::cp949);
    CHECK(r.text == c.text);
    std::vector<std::pair<std::size_t, std::size_t>> got;
    for (const auto& d : r.diagnostics)
      if (d.kind == DiagnosticKind::invalid_encoding) got.push_back({d.offset, d.length});
    CHECK(got == c.problems);
    check_map_tiles_input(r, c.bytes.size(), 0);
    CHECK(r.encoding == Encoding::cp949);
    CHECK(r.diagnostics.front().kind == DiagnosticKind::encoding_converted);
  }
  // Diagnostics are capped; the rest are counted in one summary.
  std::string many(200, '\x80');
  geul::EncodingDecodeOptions o;
  o.max_diagnostics = 10;
  DecodeResult r = geul::decode_to_utf8(many, Encoding::cp949, o);
  CHECK(count_kind(r.diagnostics, DiagnosticKind::invalid_encoding) == 11);
  CHECK(r.diagnostics.back().message.find("190 further") != std::string::npos);
}

TEST_CASE("UTF-16 with and without BOM, surrogates and odd lengths") {
  const std::string fffd = "\xEF\xBF\xBD";
  // BOM + 가 + 😀 (surrogate pair) + A
  std::string le("\xFF\xFE\x00\xAC\x3D\xD8\x00\xDE\x41\x00", 10);
  DecodeResult r = geul::decode_to_utf8(le);
  CHECK(r.encoding == Encoding::utf16le);
  CHECK(r.bom);
  CHECK(r.confidence == 1.0);
  CHECK(r.text == "가\xF0\x9F\x98\x80" "A");
  CHECK(count_kind(r.diagnostics, DiagnosticKind::bom_removed) == 1);
  check_map_tiles_input(r, le.size(), 0);
  CHECK(r.map.map({0, 3}) == Span{0, 4});  // the BOM belongs to the first character
  CHECK(r.map.map({3, 7}) == Span{4, 8});
  CHECK(r.map.map({7, 8}) == Span{8, 10});

  std::string be("\xFE\xFF\xAC\x00\xD8\x3D\xDE\x00\x00\x41", 10);
  r = geul::decode_to_utf8(be, Encoding::utf16);
  CHECK(r.encoding == Encoding::utf16be);
  CHECK(r.text == "가\xF0\x9F\x98\x80" "A");

  // Unpaired surrogates (high then a letter, a lone low) and an odd last byte.
  std::string bad("\x00\xD8\x41\x00\x00\xDC\x00\xAC\x41", 9);
  r = geul::decode_to_utf8(bad, Encoding::utf16le);
  CHECK(r.text == fffd + "A" + fffd + "가" + fffd);
  std::vector<std::pair<std::size_t, std::size_t>> got;
  for (const auto& d : r.diagnostics)
    if (d.kind == DiagnosticKind::invalid_encoding) got.push_back({d.offset, d.length});
  CHECK(got == std::vector<std::pair<std::size_t, std::size_t>>{{0, 2}, {4, 2}, {8, 1}});
  check_map_tiles_input(r, bad.size(), 0);
  // A high surrogate as the very last unit.
  CHECK(geul::decode_to_utf8(std::string("\x41\x00\x3D\xD8", 4), Encoding::utf16le).text == "A" + fffd);
  // utf16 without a BOM: the byte order is detected.
  std::string plain;
  REQUIRE(encode("한국어 문장입니다", "UTF-16BE", plain));
  r = geul::decode_to_utf8(plain, Encoding::utf16);
  CHECK(r.encoding == Encoding::utf16be);
  CHECK(r.text == "한국어 문장입니다");
  CHECK_FALSE(r.bom);
}

TEST_CASE("UTF-8: BOM removed, repairs reported, line endings left alone") {
  DecodeResult r = geul::decode_to_utf8("\xEF\xBB\xBF가\r\n나\xFF");
  CHECK(r.encoding == Encoding::utf8);
  CHECK(r.bom);
  CHECK(r.text == "가\r\n나\xEF\xBF\xBD");
  CHECK(count_kind(r.diagnostics, DiagnosticKind::bom_removed) == 1);
  CHECK(count_kind(r.diagnostics, DiagnosticKind::invalid_utf8) == 1);
  CHECK(count_kind(r.diagnostics, DiagnosticKind::encoding_converted) == 0);
  CHECK(r.map.map({0, 3}) == Span{0, 6});
  // Already valid UTF-8 without a BOM: the identity.
  r = geul::decode_to_utf8("서울 AI");
  CHECK(r.map.is_identity());
  CHECK(r.diagnostics.empty());
  // The appending form leaves a BOM in (U+FEFF) and repairs the rest.
  std::string out = "앞:";
  CHECK(geul::decode_to_utf8_append("\xEF\xBB\xBF" "a\xC0", Encoding::utf8, out) == 1);
  CHECK(out == "앞:\xEF\xBB\xBF" "a\xEF\xBF\xBD");
}

TEST_CASE("offset map: every decoded byte maps back into its input character") {
  // "A가 ·漢" + bad lead + "똠" + a stray 0x80, in CP949: ASCII, a KS syllable,
  // space, a KS symbol, a Hanja, an error, an extension syllable, an error.
  std::string bytes = "A\xB0\xA1 \xA1\xA4\xF9\xD3\xC7" "b\x8C\x63\x80";
  DecodeResult r = geul::decode_to_utf8(bytes, Encoding::cp949);
  REQUIRE(r.text == "A가 ·\xE6\xBC\xA2\xEF\xBF\xBD" "b똠\xEF\xBF\xBD");
  // Input spans of the characters, in order.
  const std::vector<Span> expected = {{0, 1}, {1, 3}, {3, 4}, {4, 6}, {6, 8}, {8, 9}, {9, 10}, {10, 12}, {12, 13}};
  std::vector<Span> got;
  geul::for_each_code_point(r.text, [&](char32_t, std::size_t o, std::size_t n) {
    for (std::size_t b = o; b < o + n; ++b) CHECK(r.map.map({b, b + 1}) == r.map.map({o, o + n}));
    got.push_back(r.map.map({o, o + n}));
  });
  CHECK(got == expected);
  // And whole ranges: "가 ·" → bytes 1..6.
  CHECK(r.map.map({1, 7}) == Span{1, 6});
}

namespace {

// The team's detection samples: headlines of two words up to paragraphs,
// chat-style lines, lists, numbers, Hanja and symbols, a few with syllables
// outside KS X 1001 (CP949 only), and some pure ASCII.
const char* const samples[] = {
    "속보",
    "경제 성장",
    "정부 발표",
    "AI 반도체",
    "고맙습니다",
    "서울 날씨 맑음",
    "[속보] 국회 예산안 통과",
    "삼성전자, 3분기 영업이익 10조원 돌파",
    "美 금리 동결…시장 안도",
    "“내년 성장률 2%대 전망”",
    "ㅋㅋㅋ 진짜 웃기다",
    "ㅠㅠ 너무 슬퍼",
    "오늘 점심 뭐 먹지?",
    "안녕하세요, 반갑습니다!",
    "김민준 기자 minjun@example.com",
    "2024.05.21. 오전 10시 30분",
    "부산 해운대 해수욕장 개장",
    "기온 33℃, 폭염 주의보",
    "中 수출 감소세 지속",
    "서울 아파트 전셋값 3주 연속 상승",
    "환율 1,350원 돌파",
    "OECD, 한국 경제 성장률 전망 상향 조정",
    "태풍 북상에 제주 항공편 무더기 결항",
    "한국은행 기준금리 연 3.5% 유지",
    "의대 정원 확대 논의 재개",
    "야구 한국시리즈 7차전 끝에 우승",
    "국립중앙박물관 특별전 관람객 10만 명 넘어",
    "날씨가 좋아서 산책을 했어요.",
    "★ 오늘의 운세 ★",
    "ㄱㄴㄷ 순으로 정렬",
    "韓美 정상회담 개최",
    "大韓民國",
    "주가지수 2,650선 회복…외국인 순매수",
    "전국 곳곳 비…강원 산지 최대 80㎜",
    "이 기사는 AI 기술을 활용해 작성되었습니다.",
    "배터리 재활용 시장, 2030년 10조원 규모로 성장",
    "작은 마을 도서관에서 열린 여름 독서 축제에 주민 200여 명이 모였다.",
    "1. 신청 기간: 6월 1일~6월 30일\n2. 대상: 만 19세 이상 청년\n3. 문의: 구청 일자리과",
    "(서울=연합뉴스) 홍길동 기자 = 정부가 내년부터 청년 일자리 지원을 확대한다. 기획재정부는 "
    "20일 이런 내용을 담은 예산안을 국회에 제출했다고 밝혔다.",
    "교육부는 20일 전국 초·중·고등학교의 디지털 교과서 도입 계획을 발표했다. 교육부 관계자는 "
    "\"학생들의 학습 격차를 줄이기 위해 단계적으로 추진할 예정\"이라고 설명했다.\n\n"
    "다만 일부 학부모 단체는 화면 사용 시간이 늘어난다며 우려를 나타냈다.",
    "기상청에 따르면 이번 주말 중부지방에는 시간당 30㎜ 안팎의 강한 비가 내리겠다. 남부지방은 "
    "낮 최고기온이 35도 안팎까지 오르며 무더위가 이어질 전망이다. 기상청은 \"비가 그친 뒤에도 "
    "습도가 높아 체감온도가 크게 오를 수 있다\"며 건강 관리에 유의해 달라고 당부했다.",
    "똠방각하 햏자",
    "뷁! 오늘도 야근이다",
    "샾 매장 앞에 줄이 길다",
    "Hello, world",
    "GDP 2.1%",
    "2024-05-21",
    "Seoul stocks rose 1.2 percent on Tuesday.",
};

struct Tally {
  std::size_t samples = 0, text_right = 0, label_right = 0;
  std::string misses;
};

}  // namespace

TEST_CASE("detection: the team's samples in every encoding") {
  const struct {
    const char* charset;
    Encoding expected;
  } encodings[] = {
      {"UTF-8", Encoding::utf8},       {"CP949", Encoding::cp949},       {"EUC-KR", Encoding::euc_kr},
      {"UTF-16LE", Encoding::utf16le}, {"UTF-16BE", Encoding::utf16be},
  };
  CHECK(sizeof samples / sizeof *samples >= 40);
  Tally total;
  for (const auto& enc : encodings) {
    Tally t;
    for (const char* sample : samples) {
      std::string text = sample, bytes;
      if (!encode(text, enc.charset, bytes)) continue;  // e.g. 똠 has no EUC-KR code
      ++t.samples;
      geul::EncodingGuess g = geul::detect_encoding(bytes);
      DecodeResult r = geul::decode_to_utf8(bytes);
      bool ascii = bytes == text;
      // The right label: pure ASCII is UTF-8 whatever it was written as; CP949
      // text without extension syllables is also EUC-KR (and named so).
      Encoding want = enc.expected;
      if (ascii) want = Encoding::utf8;
      if (want == Encoding::cp949 && !geul::detail::has_cp949_extension(bytes)) want = Encoding::euc_kr;
      bool text_ok = r.text == text;
      bool label_ok = g.encoding == want && r.encoding == want;
      t.text_right += text_ok;
      t.label_right += label_ok;
      if (!text_ok || !label_ok)
        t.misses += std::string("  ") + enc.charset + " '" + sample + "' -> " + geul::to_string(g.encoding) + "\n";
    }
    MESSAGE(std::string(enc.charset) << ": " << t.text_right << "/" << t.samples << " decoded right, " << t.label_right << "/"
                        << t.samples << " labelled right");
    CHECK(t.samples >= 40);
    total.samples += t.samples;
    total.text_right += t.text_right;
    total.label_right += t.label_right;
    total.misses += t.misses;
  }
  MESSAGE("detection accuracy: " << total.text_right << "/" << total.samples << " decoded right, " << total.label_right
                                 << "/" << total.samples << " labelled right\n"
                                 << total.misses);
  CHECK(total.text_right == total.samples);
  CHECK(total.label_right == total.samples);
}

TEST_CASE("detection: inputs valid in several encodings, and inputs valid in none") {
  // Short ASCII: the same text in every ASCII-based encoding, so UTF-8 with full confidence.
  geul::EncodingGuess g = geul::detect_encoding("OK");
  CHECK(g.encoding == Encoding::utf8);
  CHECK(g.confidence > 0.99);  // only a UTF-16 reading (one CJK character) differs, and it is unlikely
  CHECK(geul::detect_encoding("plain ASCII text").confidence > 0.999999);
  CHECK(geul::detect_encoding("").encoding == Encoding::utf8);
  // "경제" in UTF-8 (EA B2 BD EC A0 9C) is also valid CP949 (a Hanja, a syllable,
  // an extension syllable): the frequent syllables win.
  std::string utf8 = "경제";
  std::string as_cp949;
  CHECK(geul::decode_to_utf8_append(utf8, Encoding::cp949, as_cp949) == 0);
  g = geul::detect_encoding(utf8);
  CHECK(g.encoding == Encoding::utf8);
  CHECK(g.confidence > 0.99);
  // Hanja whose CP949 bytes are also valid UTF-8 (伽佳 = CA A1 CA A2 = "ʡʢ" in UTF-8):
  // Hanja are likelier in Korean text than IPA letters, but not by much, and
  // the confidence says so.
  g = geul::detect_encoding("\xCA\xA1\xCA\xA2");
  CHECK(g.encoding == Encoding::euc_kr);
  CHECK(g.confidence > 0.5);
  CHECK(g.confidence < 0.99);
  // … but with a syllable next to them the CP949 reading is clear.
  std::string hanja_word;
  REQUIRE(encode("伽倻 고분", "CP949", hanja_word));
  CHECK(geul::detect_encoding(hanja_word).encoding == Encoding::euc_kr);
  // Latin-1 letters in UTF-8 read as CP949 give syllables glued to Latin letters: UTF-8.
  CHECK(geul::detect_encoding("café résumé").encoding == Encoding::utf8);
  // UTF-16LE Korean whose bytes also decode as CP949 pairs.
  std::string le;
  REQUIRE(encode("속보", "UTF-16LE", le));
  CHECK(geul::detect_encoding(le).encoding == Encoding::utf16le);
  // Random bytes: no reading is plausible, so UTF-8 (the documented default) with confidence 0.
  std::uint64_t x = 42;
  std::string noise;
  for (int i = 0; i < 3000; ++i) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    noise.push_back(static_cast<char>(x >> 56));
  }
  g = geul::detect_encoding(noise);
  CHECK(g.encoding == Encoding::utf8);
  CHECK(g.confidence == 0.0);
  // A run of high bytes (80 81 … BB, repeated): every pair reads as CP949 or UTF-16
  // characters, but 200 of them without one space or punctuation mark are no text.
  std::string run;
  for (int i = 0; i < 400; ++i) run.push_back(static_cast<char>(0x80 + i % 60));
  g = geul::detect_encoding(run);
  CHECK(g.encoding == Encoding::utf8);
  CHECK(g.confidence == 0.0);
}

TEST_CASE("detection: damaged input keeps its encoding; ASCII-heavy input finds the Korean") {
  std::string text =
      "정부는 올해 하반기 경제정책 방향을 발표하면서 내수 회복과 수출 확대에 힘을 싣겠다고 밝혔다. "
      "관계 부처는 다음 달까지 세부 계획을 마련할 예정이다.";
  // UTF-8 with one broken byte is still UTF-8.
  std::string broken = text;
  broken[10] = '\xFF';
  CHECK(geul::detect_encoding(broken).encoding == Encoding::utf8);
  // CP949 with a byte dropped in the middle is still CP949 (EUC-KR here).
  std::string cp;
  REQUIRE(encode(text, "CP949", cp));
  cp.erase(31, 1);
  geul::EncodingGuess g = geul::detect_encoding(cp);
  CHECK(g.encoding == Encoding::euc_kr);
  // A long English page with one Korean word in CP949 at the end.
  std::string page;
  for (int i = 0; i < 300; ++i) page += "The quick brown fox jumps over the lazy dog. ";
  std::string word;
  REQUIRE(encode("서울", "CP949", word));
  g = geul::detect_encoding(page + word);
  CHECK(g.encoding == Encoding::euc_kr);
  CHECK(geul::decode_to_utf8(page + word).text == page + "서울");
  // The same page in UTF-8.
  CHECK(geul::detect_encoding(page + "서울").encoding == Encoding::utf8);
  // An extension syllable far beyond the scanned start still makes the label cp949.
  std::string tail;
  REQUIRE(encode(text + " 똠", "CP949", tail));
  std::string long_cp;
  for (int i = 0; i < 100; ++i) long_cp += cp.substr(0, 0) + tail.substr(0, tail.size() - 3) + " ";
  long_cp += tail;
  CHECK(geul::detect_encoding(long_cp).encoding == Encoding::cp949);
  CHECK(geul::decode_to_utf8(long_cp).encoding == Encoding::cp949);
}

TEST_CASE("detection: the team's fixture articles, as UTF-8 and converted to CP949 and UTF-16") {
  std::vector<std::string> files;
  for (const std::string& n : test_support::fixture_names()) files.push_back(test_support::fixture_path(n));
  REQUIRE(files.size() >= 20);
  std::size_t checked = 0, right = 0;
  for (const std::string& f : files) {
    std::string text = test_support::read_file(f);
    for (const char* charset : {"UTF-8", "CP949", "UTF-16LE"}) {
      std::string bytes;
      if (!encode(text, charset, bytes)) continue;  // a character CP949 lacks
      ++checked;
      DecodeResult r = geul::decode_to_utf8(bytes);
      if (r.text == text || (r.bom && "\xEF\xBB\xBF" + r.text == text)) ++right;
      else MESSAGE(f << " as " << charset << " -> " << geul::to_string(r.encoding));
    }
  }
  MESSAGE("fixture articles: " << right << "/" << checked << " detected and decoded right");
  CHECK(right == checked);
  CHECK(checked >= 60);
}
