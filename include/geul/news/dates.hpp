// geul — dates in Korean news pages: date-time expressions, date lines and
// the report day a wire-style lead gives.
//
// Date-time expressions (parse_datetime), each optionally followed by a weekday
// in parentheses and a time:
//   2023/06/09  2023-06-09  2023.06.09  2023.6.9.  2023. 6. 9.
//   2023년 6월 9일   23년 6월 9일 (a two-digit year is 20YY)
//   25.03.12 14:07  (two-digit year with dots: only when a time follows)
//   6월 9일, 06/04 09:40  (no year: only where the caller allows it)
//   December 22, 2024   Dec. 22, 2024   22 December 2024
// Times: 14:54, 14:54:17, 오후 3:30, 오전 6:00:00, (21:17), 3:30 PM, 오후 3시 30분.
//
// A date line (parse_date_line) is a piece of text made of date keywords,
// date-times and separators; with a keyword, up to 40 code points of other
// words may sit around them (홍길동 기자 | 입력 …, … 댓글 0, 글: 박소정(id)),
// but no sentence. Keywords say which date follows (or precedes, for 송고):
//   published: 기사등록 기사입력 최초입력 입력 등록 송고 발행일 발행 작성 게재
//              승인 방송일 등록일 작성일 입력일 게시일 Posted Published
//   modified:  최종수정 최종 수정 최종업데이트 최종 업데이트 업데이트 수정일 수정
//              Updated Modified 갱신 기사수정 최종편집
// (a keyword may carry 시간/일시/일자/일: 송고시간, 입력일시, 수정일자)
// A date without keyword counts as published (the first one on a page).
// Not date lines: 11.28 (목) (page date widget: no year), 지면 : 2024-05-09 1면
// (print edition; a rules.hpp widget), related-news timestamps glued to a title.
#ifndef GEUL_NEWS_DATES_HPP
#define GEUL_NEWS_DATES_HPP

#include <cstddef>
#include <string_view>

#include "document.hpp"
#include "scan.hpp"

namespace geul {
namespace detail {
namespace news {

enum class DateKind : unsigned char { unknown, published, modified };

struct DateKeyword {
  std::string_view text;
  DateKind kind;
};

// Longest first where one is a prefix of another.
inline constexpr DateKeyword date_keywords[] = {
    {"최종 업데이트", DateKind::modified}, {"최종업데이트", DateKind::modified}, {"최종 수정", DateKind::modified},
    {"최종수정", DateKind::modified},      {"업데이트", DateKind::modified},     {"수정일", DateKind::modified},
    {"수정", DateKind::modified},          {"Updated", DateKind::modified},      {"Modified", DateKind::modified},
    {"갱신", DateKind::modified},          {"기사등록", DateKind::published},    {"기사입력", DateKind::published},
    {"기사승인", DateKind::published},     {"최초입력", DateKind::published},    {"최초 입력", DateKind::published},
    {"입력일", DateKind::published},       {"입력", DateKind::published},        {"등록일", DateKind::published},
    {"등록", DateKind::published},         {"송고", DateKind::published},        {"발행일", DateKind::published},
    {"발행", DateKind::published},         {"작성일", DateKind::published},      {"작성", DateKind::published},
    {"게재일자", DateKind::published},     {"게재일", DateKind::published},      {"게재", DateKind::published},
    {"승인", DateKind::published},         {"방송일", DateKind::published},      {"게시일", DateKind::published},
    {"입력일자", DateKind::published},     {"등록일자", DateKind::published},    {"발행일자", DateKind::published},
    {"기사작성", DateKind::published},     {"기사수정", DateKind::modified},     {"최종편집", DateKind::modified},
    {"Posted", DateKind::published},       {"Published", DateKind::published},   {"POSTED", DateKind::published},
};

// A keyword at s[i..], optionally with 시간/일시/일자/일 (송고시간, 입력일시),
// not followed by more Hangul ("등록된" is no keyword).
inline std::size_t match_date_keyword(std::string_view s, std::size_t i, DateKind& kind) noexcept {
  static constexpr std::string_view suffixes[] = {"시간", "일시", "일자", "일", ""};
  for (const DateKeyword& k : date_keywords) {
    if (s.compare(i, k.text.size(), k.text) != 0) continue;
    for (std::string_view suffix : suffixes) {
      std::size_t end = i + k.text.size();
      if (s.compare(end, suffix.size(), suffix) != 0) continue;
      end += suffix.size();
      char32_t next = cp_at(s, end);
      if (is_hangul_syllable(next) || is_latin(next)) continue;
      kind = k.kind;
      return end - i;
    }
  }
  return 0;
}

inline bool valid_date(const DateTime& d) noexcept {
  if (d.year >= 0 && (d.year < 1900 || d.year > 2100)) return false;
  if (d.month >= 0 && (d.month < 1 || d.month > 12)) return false;
  if (d.day >= 0 && (d.day < 1 || d.day > 31)) return false;
  return true;
}

// A time at s[i..] (after optional spaces): returns the bytes consumed, 0 if none.
inline std::size_t parse_time(std::string_view s, std::size_t i0, DateTime& d) noexcept {
  std::size_t i = skip_spaces(s, i0);
  if (i == i0 && i < s.size() && s[i] == 'T' && is_digit(cp_at(s, i + 1))) ++i;  // ISO 2024-05-21T15:30
  bool paren = i < s.size() && s[i] == '(';
  if (paren) i = skip_spaces(s, i + 1);
  int shift = -1;  // 0 오전/AM, 12 오후/PM
  if (starts_with(s.substr(i), "오전")) shift = 0, i = skip_spaces(s, i + 6);
  else if (starts_with(s.substr(i), "오후")) shift = 12, i = skip_spaces(s, i + 6);
  int h, m = 0, sec = -1;
  std::size_t n = read_number(s, i, h, 2);
  if (!n) return 0;
  i += n;
  if (i < s.size() && s[i] == ':') {
    std::size_t k = read_number(s, i + 1, m, 2);
    if (k != 2) return 0;
    i += 1 + k;
    if (i < s.size() && s[i] == ':') {
      std::size_t k2 = read_number(s, i + 1, sec, 2);
      if (k2 == 2) i += 3;
      else sec = -1;
    }
  } else if (starts_with(s.substr(i), "시")) {  // 오후 3시 30분
    i += 3;
    std::size_t j = skip_spaces(s, i);
    std::size_t k = read_number(s, j, m, 2);
    if (k && starts_with(s.substr(j + k), "분")) i = j + k + 3;
    else m = 0;
  } else {
    return 0;
  }
  if (is_digit(cp_at(s, i))) return 0;
  if (i < s.size() && (s[i] == 'Z' || ((s[i] == '+' || s[i] == '-') && i + 6 <= s.size() && is_digit(cp_at(s, i + 1)) &&
                                       is_digit(cp_at(s, i + 2)) && s[i + 3] == ':')))
    i += s[i] == 'Z' ? 1 : 6;  // a UTC offset is read, not kept: the page's local time is what it states
  std::size_t j = skip_spaces(s, i);
  if (shift < 0 && (starts_with(s.substr(j), "AM") || starts_with(s.substr(j), "am"))) shift = 0, i = j + 2;
  else if (shift < 0 && (starts_with(s.substr(j), "PM") || starts_with(s.substr(j), "pm"))) shift = 12, i = j + 2;
  if (shift >= 0) {
    if (h < 1 || h > 12) return 0;
    h = h % 12 + shift;
  }
  if (h > 23 || m > 59 || sec > 59) return 0;
  if (paren) {
    i = skip_spaces(s, i);
    if (i >= s.size() || s[i] != ')') return 0;
    ++i;
  }
  d.hour = h, d.minute = m, d.second = sec;
  return i - i0;
}

inline constexpr std::string_view month_names[12][2] = {
    {"January", "Jan"}, {"February", "Feb"}, {"March", "Mar"},     {"April", "Apr"},
    {"May", "May"},     {"June", "Jun"},     {"July", "Jul"},      {"August", "Aug"},
    {"September", "Sep"}, {"October", "Oct"}, {"November", "Nov"}, {"December", "Dec"}};

inline std::size_t match_month_name(std::string_view s, std::size_t i, int& month) noexcept {
  for (int m = 0; m < 12; ++m) {
    for (std::string_view name : month_names[m]) {
      if (s.compare(i, name.size(), name) != 0) continue;
      std::size_t n = name.size();
      if (is_latin(cp_at(s, i + n))) continue;
      if (i + n < s.size() && s[i + n] == '.') ++n;
      month = m + 1;
      return n;
    }
  }
  return 0;
}

// A weekday in parentheses: (월) (화) … (Mon) … ; returns bytes consumed.
inline std::size_t parse_weekday(std::string_view s, std::size_t i0) noexcept {
  std::size_t i = skip_spaces(s, i0);
  if (i >= s.size() || s[i] != '(') return 0;
  std::size_t close = s.find(')', i);
  if (close == std::string_view::npos || close - i > 12) return 0;
  std::string_view in = s.substr(i + 1, close - i - 1);
  static constexpr std::string_view days[] = {"월", "화", "수", "목", "금", "토", "일", "월요일", "화요일", "수요일",
                                              "목요일", "금요일", "토요일", "일요일", "Mon", "Tue", "Wed", "Thu",
                                              "Fri", "Sat", "Sun"};
  for (std::string_view d : days)
    if (in == d) return close + 1 - i0;
  return 0;
}

// A date (and optional weekday and time) at s[i..]. `allow_no_year` admits
// 6월 9일 and 06/04 09:40. Returns the bytes consumed, 0 if there is none.
// `weekday` (optional) is set when a weekday followed the date.
inline std::size_t parse_datetime(std::string_view s, std::size_t i, DateTime& out, bool allow_no_year = false,
                                  bool* weekday = nullptr) noexcept {
  if (weekday) *weekday = false;
  if (i > 0 && (is_digit(cp_before(s, i)) || is_latin(cp_before(s, i)))) return 0;
  DateTime d;
  std::size_t j = i;
  bool needs_time = false;
  int a;
  std::size_t n = read_number(s, i, a, 4);
  if (n == 4 && i + 4 < s.size() && (s[i + 4] == '.' || s[i + 4] == '/' || s[i + 4] == '-')) {
    char sep = s[i + 4];
    int m, dd;
    std::size_t k = i + 5;
    if (sep == '.') k = skip_spaces(s, k);
    std::size_t km = read_number(s, k, m, 2);
    if (!km) return 0;
    k += km;
    if (k >= s.size() || s[k] != sep) return 0;
    ++k;
    if (sep == '.') k = skip_spaces(s, k);
    std::size_t kd = read_number(s, k, dd, 2);
    if (!kd) return 0;
    k += kd;
    if (is_digit(cp_at(s, k))) return 0;
    if (k < s.size() && s[k] == '.' && !is_digit(cp_at(s, k + 1))) ++k;  // 2023.06.09.
    d.year = a, d.month = m, d.day = dd;
    j = k;
  } else if ((n == 4 || n == 2) && starts_with(s.substr(skip_spaces(s, i + n)), "년")) {
    std::size_t k = skip_spaces(s, i + n) + 3;  // 년 is 3 bytes
    int m, dd;
    k = skip_spaces(s, k);
    std::size_t km = read_number(s, k, m, 2);
    if (!km || !starts_with(s.substr(skip_spaces(s, k + km)), "월")) return 0;
    k = skip_spaces(s, skip_spaces(s, k + km) + 3);
    std::size_t kd = read_number(s, k, dd, 2);
    if (!kd || !starts_with(s.substr(skip_spaces(s, k + kd)), "일")) return 0;
    d.year = n == 2 ? 2000 + a : a, d.month = m, d.day = dd;
    j = skip_spaces(s, k + kd) + 3;
  } else if (n == 2 && i + 8 <= s.size() && s[i + 2] == '.' && is_digit(cp_at(s, i + 3)) && is_digit(cp_at(s, i + 4)) &&
             s[i + 5] == '.' && is_digit(cp_at(s, i + 6)) && is_digit(cp_at(s, i + 7)) && !is_digit(cp_at(s, i + 8))) {
    d.year = 2000 + a, d.month = (s[i + 3] - '0') * 10 + (s[i + 4] - '0'), d.day = (s[i + 6] - '0') * 10 + (s[i + 7] - '0');
    j = i + 8;
    needs_time = true;  // 25.03.12 alone could be anything
  } else if (n >= 1 && n <= 2 && allow_no_year && starts_with(s.substr(skip_spaces(s, i + n)), "월")) {
    int dd;
    std::size_t k = skip_spaces(s, skip_spaces(s, i + n) + 3);
    std::size_t kd = read_number(s, k, dd, 2);
    if (!kd || !starts_with(s.substr(skip_spaces(s, k + kd)), "일")) return 0;
    d.month = a, d.day = dd;
    j = skip_spaces(s, k + kd) + 3;
  } else if (n == 2 && allow_no_year && i + 5 <= s.size() && s[i + 2] == '/' && is_digit(cp_at(s, i + 3)) &&
             is_digit(cp_at(s, i + 4)) && !is_digit(cp_at(s, i + 5))) {
    d.month = a, d.day = (s[i + 3] - '0') * 10 + (s[i + 4] - '0');
    j = i + 5;
    needs_time = true;
  } else if (n >= 1 && n <= 2 && i + n < s.size() && s[i + n] == ' ') {  // 22 December 2024
    int m, y;
    std::size_t k = i + n + 1;
    std::size_t km = match_month_name(s, k, m);
    if (!km || k + km >= s.size() || s[k + km] != ' ') return 0;
    std::size_t ky = read_number(s, k + km + 1, y, 4);
    if (ky != 4) return 0;
    d.year = y, d.month = m, d.day = a;
    j = k + km + 1 + 4;
  } else if (n == 0) {  // December 22, 2024
    int m, dd, y;
    std::size_t km = match_month_name(s, i, m);
    if (!km) return 0;
    std::size_t k = skip_spaces(s, i + km);
    std::size_t kd = read_number(s, k, dd, 2);
    if (!kd) return 0;
    k += kd;
    if (k < s.size() && s[k] == ',') ++k;
    k = skip_spaces(s, k);
    std::size_t ky = read_number(s, k, y, 4);
    if (ky != 4) return 0;
    d.year = y, d.month = m, d.day = dd;
    j = k + 4;
  } else {
    return 0;
  }
  if (is_digit(cp_at(s, j))) return 0;
  if (!valid_date(d)) return 0;
  std::size_t w = parse_weekday(s, j);
  if (w && weekday) *weekday = true;
  j += w;
  std::size_t t = parse_time(s, j, d);
  if (!t && needs_time) return 0;
  j += t;
  out = d;
  return j - i;
}

struct DateLine {
  DateTime published, modified;  // empty when the line does not state one
  bool has_keyword = false;
  bool has_weekday_only = false;  // a date with a weekday, no time, no keyword: a page widget
  std::string_view author;        // an author field after the dates (글: 박소정(id) …), else empty
};

inline bool is_date_separator(std::string_view s, std::size_t i, std::size_t& len) noexcept {
  char32_t c = cp_at(s, i, &len);
  switch (c) {
    case ' ': case '\t': case '|': case ':': case '[': case ']': case '(': case ')': case ',': case '/': case '-':
    case '<': case '>': case 0xB7: case 0x25A0: case 0x25A1: case 0x25B6: case 0x25C6: case 0x25CF: case 0x25CB:
    case 0x25C7: case 0x25A3: case '*': case 0x2014: case 0x2027:
      return true;
    case 'l': case 'I':  // "25.03.12 14:07 l 최종 업데이트" uses a letter as a bar
      return (i == 0 || s[i - 1] == ' ') && (i + 1 >= s.size() || s[i + 1] == ' ');
    default:
      return false;
  }
}

// Is all of `s` a date line? Fills `out`. (See the header comment.)
inline bool parse_date_line(std::string_view s, DateLine& out) noexcept {
  out = DateLine{};
  struct Entry {
    DateTime date;
    DateKind kind;
    bool keyword_before;
  };
  Entry entries[4];
  int count = 0;
  DateKind pending = DateKind::unknown;
  bool keyword_pending = false, any_weekday = false, any_time = false;
  std::size_t other_cps = 0;  // words that are neither keyword, date nor separator
  bool bar_since_date = false;  // a | l / separator since the last date
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len;
    if (is_date_separator(s, i, len)) {
      if (s[i] == '|' || s[i] == 'l' || s[i] == 'I' || s[i] == '/') bar_since_date = true;
      i += len;
      continue;
    }
    DateKind kind;
    unsigned char first = static_cast<unsigned char>(s[i]);
    bool may_keyword = first >= 0x80 || (first >= 'A' && first <= 'Z');
    bool may_date = (first >= '0' && first <= '9') || (first >= 'A' && first <= 'Z');
    if (std::size_t k = may_keyword ? match_date_keyword(s, i, kind) : 0) {
      out.has_keyword = true;
      Entry* last = count ? &entries[count - 1] : nullptr;
      // A keyword right after a date without a keyword of its own names that date
      // (2024/03/05 10:12 송고, … 13:00 최종수정); after a bar it names the next one
      // (25.03.12 14:07 l 최종 업데이트 25.03.12 15:20).
      if (!keyword_pending && last && !last->keyword_before && last->kind == DateKind::unknown && !bar_since_date) {
        last->kind = kind;
      } else {
        pending = kind;
        keyword_pending = true;
      }
      i += k;
      continue;
    }
    DateTime d;
    bool weekday = false;
    if (std::size_t k = may_date ? parse_datetime(s, i, d, keyword_pending, &weekday) : 0) {
      if (count == 4) return false;
      entries[count++] = Entry{d, keyword_pending ? pending : DateKind::unknown, keyword_pending};
      any_weekday = any_weekday || weekday;
      any_time = any_time || d.hour >= 0;
      keyword_pending = false;
      pending = DateKind::unknown;
      bar_since_date = false;
      i += k;
      continue;
    }
    // Another word: an author field (글: 박소정(id)), a byline, a counter. Skip it.
    std::string_view rest = s.substr(i);
    if (count > 0 && out.author.empty() && (starts_with(rest, "글") || starts_with(rest, "By ") || starts_with(rest, "by ")))
      out.author = rest;
    std::size_t w = i;
    while (w < s.size()) {
      std::size_t l;
      if (s[w] == ' ' || s[w] == '|') break;
      cp_at(s, w, &l);
      w += l ? l : 1;
      ++other_cps;
    }
    if (other_cps > 40 || (i < w && (s[w - 1] == '.' && is_hangul_syllable(cp_before(s, w - 1))))) return false;
    i = w;
  }
  if (count == 0) return false;
  if (other_cps > 0 && !out.has_keyword) return false;  // "Title 2024-03-04 16:20" is a related-news line
  for (int k = 0; k < count; ++k) {
    const Entry& e = entries[k];
    if (e.kind == DateKind::modified) {
      if (out.modified.empty()) out.modified = e.date;
    } else if (out.published.empty()) {
      out.published = e.date;
    }
  }
  out.has_weekday_only = !out.has_keyword && any_weekday && !any_time;
  return true;
}

// The day a wire-style lead dates the report with: "…편성했다고 22일 밝혔다",
// "3일 업계에 따르면 …", "20일(현지시간) …에 따르면". 0 when there is none.
// Only a day at a sentence start followed by "…에 따르면" within the sentence,
// or a day right before a reporting verb, counts.
inline int report_day_from_lead(std::string_view p) noexcept {
  static constexpr std::string_view verbs[] = {" 밝혔다", " 발표했다", " 전했다", " 공시했다", " 말했다", " 설명했다",
                                               " 공개했다", " 보도했다", " 집계됐다", " 알렸다"};
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (!is_digit(static_cast<unsigned char>(p[i])) || (i > 0 && is_word_cp(cp_before(p, i)))) continue;
    int day;
    std::size_t n = read_number(p, i, day, 2);
    if (!n || is_digit(cp_at(p, i + n)) || !starts_with(p.substr(i + n), "일") || day < 1 || day > 31) {
      while (i + 1 < p.size() && is_digit(static_cast<unsigned char>(p[i + 1]))) ++i;
      continue;
    }
    std::size_t after = i + n + 3;  // past 일
    std::string_view rest = p.substr(after);
    if (starts_with(rest, "(현지시간)")) rest.remove_prefix(std::string_view("(현지시간)").size());
    for (std::string_view v : verbs)
      if (starts_with(rest, v)) return day;
    bool sentence_start = i == 0 || (i >= 2 && p[i - 1] == ' ' && (p[i - 2] == '.' || p[i - 2] == '"'));
    if (sentence_start) {
      std::size_t end = rest.find(". ");
      std::string_view sentence = rest.substr(0, end == std::string_view::npos ? rest.size() : end);
      std::size_t by = sentence.find("에 따르면");
      if (by != std::string_view::npos && by < 60) return day;
    }
    i += n;
  }
  return 0;
}

}  // namespace news
}  // namespace detail
}  // namespace geul

#endif  // GEUL_NEWS_DATES_HPP
