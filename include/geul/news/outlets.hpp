// geul — a documented table of Korean news outlets: the name each outlet
// brands itself with, the other names and abbreviations that appear in
// bylines and copyright lines, and its e-mail / web domains.
//
// The parser (news/parse.hpp) uses it to turn what a page says about its
// source (`[서울=뉴시스]`, `ⓒ 한겨레신문`, `CBS노컷뉴스 홍길동 기자`,
// `hong@hankyung.com`) into one canonical name. An outlet that is not in the
// table is still reported, as written in its copyright line or byline bracket.
//
// Aliases and domains are separated by '|'. A domain matches an address or
// host that equals it or ends with "." + it (news.kbs.co.kr → kbs.co.kr).
// Latin letters compare case-insensitively. Keep the table sorted by nothing in
// particular but grouped by kind; lookups scan it (it is small).
#ifndef GEUL_NEWS_OUTLETS_HPP
#define GEUL_NEWS_OUTLETS_HPP

#include <cstddef>
#include <string_view>

namespace geul {

struct Outlet {
  std::string_view name;     // canonical: as the outlet brands itself
  std::string_view aliases;  // other spellings, '|'-separated (may be empty)
  std::string_view domains;  // e-mail / web domains, '|'-separated (may be empty)
};

// clang-format off
inline constexpr Outlet outlet_table[] = {
    // News agencies
    {"연합뉴스", "연합|Yonhap|YNA", "yna.co.kr|yonhapnews.co.kr"},
    {"뉴시스", "NEWSIS|공감언론 뉴시스", "newsis.com"},
    {"뉴스1", "News1|뉴스1코리아", "news1.kr"},
    // National dailies
    {"조선일보", "조선|chosun", "chosun.com"},
    {"중앙일보", "중앙|JoongAng", "joongang.co.kr|joins.com"},
    {"동아일보", "동아|donga", "donga.com"},
    {"한겨레", "한겨레신문|hani", "hani.co.kr"},
    {"경향신문", "경향|khan", "khan.co.kr|kyunghyang.com"},
    {"한국일보", "hankookilbo", "hankookilbo.com"},
    {"서울신문", "", "seoul.co.kr"},
    {"세계일보", "segye", "segye.com"},
    {"국민일보", "kmib", "kmib.co.kr"},
    {"문화일보", "munhwa", "munhwa.com"},
    {"내일신문", "", "naeil.com"},
    // Business dailies and wires
    {"한국경제", "한경|한국경제신문|hankyung", "hankyung.com"},
    {"매일경제", "매경|매일경제신문", "mk.co.kr"},
    {"서울경제", "서경|sedaily", "sedaily.com"},
    {"머니투데이", "머투", "mt.co.kr"},
    {"이데일리", "edaily", "edaily.co.kr"},
    {"파이낸셜뉴스", "파이낸셜|fnnews", "fnnews.com"},
    {"아시아경제", "asiae", "asiae.co.kr"},
    {"헤럴드경제", "헤럴드|heraldcorp", "heraldcorp.com"},
    {"아주경제", "ajunews", "ajunews.com"},
    {"뉴스핌", "Newspim", "newspim.com"},
    {"이투데이", "etoday", "etoday.co.kr"},
    {"뉴스토마토", "newstomato", "newstomato.com"},
    {"조선비즈", "chosunbiz", "chosunbiz.com"},
    {"비즈니스포스트", "", "businesspost.co.kr"},
    {"이코노믹리뷰", "econovill", "econovill.com"},
    {"머니S", "", "moneys.co.kr"},
    {"서울파이낸스", "", "seoulfn.com"},
    {"뉴스웨이", "", "newsway.co.kr"},
    {"더팩트", "THE FACT", "tf.co.kr"},
    {"아시아투데이", "", "asiatoday.co.kr"},
    {"연합인포맥스", "인포맥스", "einfomax.co.kr"},
    // IT and science
    {"디지털데일리", "ddaily", "ddaily.co.kr"},
    {"전자신문", "etnews", "etnews.com"},
    {"지디넷코리아", "ZDNet Korea|지디넷", "zdnet.co.kr"},
    {"블로터", "Bloter", "bloter.net"},
    {"아이뉴스24", "inews24", "inews24.com"},
    {"디지털타임스", "", "dt.co.kr"},
    {"테크M", "", "techm.kr"},
    // Online, magazines, opinion
    {"노컷뉴스", "CBS노컷뉴스|CBS 노컷뉴스|nocutnews", "cbs.co.kr|nocutnews.co.kr"},
    {"오마이뉴스", "ohmynews", "ohmynews.com"},
    {"프레시안", "pressian", "pressian.com"},
    {"미디어오늘", "", "mediatoday.co.kr"},
    {"시사저널", "", "sisajournal.com"},
    {"시사IN", "시사인", "sisain.co.kr"},
    {"뉴데일리", "", "newdaily.co.kr"},
    {"데일리안", "", "dailian.co.kr"},
    {"뉴스타파", "", "newstapa.org"},
    // Broadcasters
    {"KBS", "KBS뉴스|KBS 뉴스|한국방송", "kbs.co.kr"},
    {"MBC", "MBC뉴스|MBC 뉴스|문화방송", "mbc.co.kr|imbc.com"},
    {"SBS", "SBS뉴스|SBS 뉴스", "sbs.co.kr"},
    {"YTN", "YTN 라디오", "ytn.co.kr"},
    {"JTBC", "JTBC뉴스|JTBC 뉴스", "jtbc.co.kr"},
    {"MBN", "매일방송", "mbn.co.kr"},
    {"채널A", "", "ichannela.com"},
    {"TV조선", "", "tvchosun.com"},
    {"연합뉴스TV", "", "yonhapnewstv.co.kr"},
    {"OBS", "OBS경인TV", "obs.co.kr"},
    {"한국경제TV", "", "wowtv.co.kr"},
    {"CBS", "CBS라디오", ""},
    {"EBS", "", "ebs.co.kr"},
    // Sports and entertainment
    {"스포츠서울", "", "sportsseoul.com"},
    {"스포츠조선", "", "sportschosun.com"},
    {"스포츠동아", "", "sportsdonga.com"},
    {"스포츠경향", "", "sportskhan.co.kr"},
    {"일간스포츠", "", "isplus.com"},
    {"OSEN", "오센", "osen.co.kr"},
    {"스포티비뉴스", "SPOTV NEWS", "spotvnews.co.kr"},
    {"마이데일리", "", "mydaily.co.kr"},
    {"엑스포츠뉴스", "", "xportsnews.com"},
    {"텐아시아", "", "tenasia.co.kr"},
    {"뉴스엔", "Newsen", "newsen.com"},
    // Regional dailies
    {"중부일보", "", "joongboo.com"},
    {"경인일보", "", "kyeongin.com"},
    {"경기일보", "", "kyeonggi.com"},
    {"부산일보", "", "busan.com"},
    {"국제신문", "", "kookje.co.kr"},
    {"매일신문", "", "imaeil.com"},
    {"영남일보", "", "yeongnam.com"},
    {"강원일보", "", "kwnews.co.kr"},
    {"광주일보", "", "kwangju.co.kr"},
    {"대전일보", "", "daejonilbo.com"},
    {"경남신문", "", "knnews.co.kr"},
    {"제주일보", "", "jejuilbo.net"},
    // English-language dailies
    {"코리아헤럴드", "The Korea Herald|Korea Herald", "koreaherald.com"},
    {"코리아타임스", "The Korea Times|Korea Times", "koreatimes.co.kr"},
    {"코리아중앙데일리", "Korea JoongAng Daily", "koreajoongangdaily.com"},
};
// clang-format on

namespace detail {

inline char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

// Calls f(piece) for each '|'-separated piece of a table field; stops when f returns true.
template <class F>
bool any_piece(std::string_view s, F&& f) {
  while (!s.empty()) {
    std::size_t bar = s.find('|');
    std::string_view piece = s.substr(0, bar);
    if (!piece.empty() && f(piece)) return true;
    if (bar == std::string_view::npos) break;
    s.remove_prefix(bar + 1);
  }
  return false;
}

}  // namespace detail

// The outlet whose name or alias is exactly `name`; nullptr if none.
inline const Outlet* find_outlet(std::string_view name) noexcept {
  if (name.empty()) return nullptr;
  for (const Outlet& o : outlet_table) {
    if (detail::equals_ignoring_ascii_case(name, o.name)) return &o;
    if (detail::any_piece(o.aliases, [&](std::string_view a) { return detail::equals_ignoring_ascii_case(name, a); }))
      return &o;
  }
  return nullptr;
}

// The outlet owning a domain, an e-mail address or a URL host: "hong@yna.co.kr",
// "www.khan.co.kr", "https://jtbc.co.kr"; nullptr if none.
inline const Outlet* find_outlet_by_domain(std::string_view address) noexcept {
  std::size_t at = address.rfind('@');
  if (at != std::string_view::npos) address.remove_prefix(at + 1);
  std::size_t scheme = address.find("://");
  if (scheme != std::string_view::npos) address.remove_prefix(scheme + 3);
  std::size_t slash = address.find('/');
  if (slash != std::string_view::npos) address = address.substr(0, slash);
  while (!address.empty() && (address.back() == '.' || address.back() == ')')) address.remove_suffix(1);
  if (address.empty()) return nullptr;
  for (const Outlet& o : outlet_table) {
    bool hit = detail::any_piece(o.domains, [&](std::string_view d) {
      if (address.size() < d.size()) return false;
      std::string_view tail = address.substr(address.size() - d.size());
      if (!detail::equals_ignoring_ascii_case(tail, d)) return false;
      return address.size() == d.size() || address[address.size() - d.size() - 1] == '.';
    });
    if (hit) return &o;
  }
  return nullptr;
}

// The outlet whose name or alias is the longest prefix of `text`, followed by
// the end, a space or a non-letter; `length` receives the matched bytes.
inline const Outlet* find_outlet_prefix(std::string_view text, std::size_t& length) noexcept {
  const Outlet* best = nullptr;
  length = 0;
  auto try_piece = [&](const Outlet& o, std::string_view p) {
    if (p.size() <= length || p.size() > text.size()) return false;
    if (!detail::equals_ignoring_ascii_case(text.substr(0, p.size()), p)) return false;
    if (p.size() < text.size()) {
      unsigned char next = static_cast<unsigned char>(text[p.size()]);
      // "KBS뉴스" matches KBS, but "연합뉴스TV" must not match 연합뉴스: a following ASCII letter or digit glues.
      bool next_alnum = (next >= '0' && next <= '9') || (next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z');
      if (next_alnum) return false;
    }
    best = &o;
    length = p.size();
    return false;
  };
  for (const Outlet& o : outlet_table) {
    try_piece(o, o.name);
    detail::any_piece(o.aliases, [&](std::string_view a) { return try_piece(o, a); });
  }
  return best;
}

}  // namespace geul

#endif  // GEUL_NEWS_OUTLETS_HPP
