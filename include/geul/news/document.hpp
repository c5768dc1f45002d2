// geul — the document model: what a news page is made of once parsed.
//
// A Document keeps the input as given (`source`), its normalized text (`text`)
// with the OffsetMap back to the source, the article Metadata, and an ordered
// list of Blocks. The blocks partition the source: block i covers source bytes
// [blocks[i].source.begin, blocks[i].source.end), the first starts at 0, each
// starts where the previous one ends, and the last ends at source.size().
// Whitespace between two pieces of content (spaces, line breaks, blank lines)
// belongs to the block before it; whitespace before the first piece of content
// belongs to the first block. An input with no content at all (empty or only
// whitespace) has no blocks when empty, else one `boilerplate/other` block.
//
// A block's text is the normalized text of its content, without the whitespace
// around it: `doc.text_of(block)` (a view of `doc.text` at `block.span`).
//
// Input in another encoding (CP949, EUC-KR, UTF-16; see parse_article) is
// decoded first: then `source` is the UTF-8 decoding, `encoding` names what
// was decoded, and `input_map` maps source bytes back to the input bytes as
// given (identity for UTF-8 input). `input_span(block)` is a block in input bytes.
//
// JSON (`to_json`) is documented in docs/json.md and kept stable.
#ifndef GEUL_NEWS_DOCUMENT_HPP
#define GEUL_NEWS_DOCUMENT_HPP

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "../diagnostics.hpp"
#include "../json.hpp"
#include "../text/offsets.hpp"
#include "../unicode/encoding.hpp"

namespace geul {

enum class BlockRole : unsigned char {
  title,        // the headline (with its series tag, if any)
  subtitle,     // a deck line between the headline and the body
  date,         // a date line: 기사등록 …, 입력 …, 송고 …, March 4, 2025
  byline,       // reporter lines and prefixes, sign-offs, e-mail lines, camera credits
  caption,      // a photo caption or a credit standing alone (ⓒ 박소정, <사진제공=…>)
  heading,      // a section heading inside the article (◆ …, ■ …, 1. …)
  list_item,    // a bullet line inside the article (▲ …, - …)
  body,         // a body paragraph (or a run of body text in a glued line)
  boilerplate,  // everything else; see BoilerplateReason
};

enum class BoilerplateReason : unsigned char {
  none,           // not boilerplate
  navigation,     // skip links, menus, breadcrumbs, 검색, 원문보기, 목록으로
  widget,         // share/print/font buttons, 좋아요, date/weather widgets, rankings
  promo,          // ▶ …, ☞ …, ※ …, 제보/구독/newsletter lines
  related,        // 관련 뉴스 and related-article lines (with or without timestamps)
  copyright,      // ⓒ, ©, Copyright, <저작권자 …>, 무단 전재 …, *재판매 및 DB 금지
  comment,        // 댓글, 댓글 N
  advertisement,  // AD, [광고] …
  duplicate,      // a repeated headline or a repeated body paragraph (the first copy stays)
  other,          // outlet-name lines, turn markers ([앵커]), hashtags, notes, contacts
};

inline const char* to_string(BlockRole r) noexcept {
  switch (r) {
    case BlockRole::title: return "title";
    case BlockRole::subtitle: return "subtitle";
    case BlockRole::date: return "date";
    case BlockRole::byline: return "byline";
    case BlockRole::caption: return "caption";
    case BlockRole::heading: return "heading";
    case BlockRole::list_item: return "list_item";
    case BlockRole::body: return "body";
    case BlockRole::boilerplate: return "boilerplate";
  }
  return "boilerplate";
}

// nullptr for BoilerplateReason::none (JSON null).
inline const char* to_string(BoilerplateReason r) noexcept {
  switch (r) {
    case BoilerplateReason::none: return nullptr;
    case BoilerplateReason::navigation: return "navigation";
    case BoilerplateReason::widget: return "widget";
    case BoilerplateReason::promo: return "promo";
    case BoilerplateReason::related: return "related";
    case BoilerplateReason::copyright: return "copyright";
    case BoilerplateReason::comment: return "comment";
    case BoilerplateReason::advertisement: return "advertisement";
    case BoilerplateReason::duplicate: return "duplicate";
    case BoilerplateReason::other: return "other";
  }
  return nullptr;
}

// Body, heading and list-item blocks make up the article text.
inline bool is_article_text(BlockRole r) noexcept {
  return r == BlockRole::body || r == BlockRole::heading || r == BlockRole::list_item;
}

struct Block {
  BlockRole role = BlockRole::boilerplate;
  BoilerplateReason reason = BoilerplateReason::none;  // set only for boilerplate
  Span source;  // bytes of Document::source (the input, or its UTF-8 decoding); the blocks partition it
  Span span;    // the content in the normalized text (Document::text), trimmed
};

// A date and time as precise as the text states it, never more: absent parts
// are -1. Years are four-digit (a two-digit year 23 is read as 2023).
struct DateTime {
  int year = -1, month = -1, day = -1;
  int hour = -1, minute = -1, second = -1;

  bool empty() const noexcept { return year < 0 && month < 0 && day < 0; }

  // ISO-8601 prefix: 2023-06-09T14:54:17, 2023-06-09T14:54, 2023-06-09,
  // 2023-06, 2023; without a year --06-09 (month-day) or ---09 (day only).
  std::string iso() const {
    std::string out;
    if (empty()) return out;
    char buf[8];
    auto two = [&](int v) {
      std::snprintf(buf, sizeof buf, "%02d", v % 100);
      out += buf;
    };
    if (year >= 0) {
      std::snprintf(buf, sizeof buf, "%04d", year % 10000);
      out += buf;
      if (month < 0) return out;
      out += '-';
      two(month);
      if (day < 0) return out;
      out += '-';
      two(day);
    } else if (month >= 0) {
      out += "--";
      two(month);
      if (day < 0) return out;
      out += '-';
      two(day);
    } else {
      out += "---";
      two(day);
      return out;  // a time without month is too vague to print
    }
    if (hour < 0 || minute < 0) return out;
    out += 'T';
    two(hour);
    out += ':';
    two(minute);
    if (second >= 0) {
      out += ':';
      two(second);
    }
    return out;
  }

  friend bool operator==(const DateTime& a, const DateTime& b) noexcept {
    return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour &&
           a.minute == b.minute && a.second == b.second;
  }
  friend bool operator!=(const DateTime& a, const DateTime& b) noexcept { return !(a == b); }
};

struct Reporter {
  std::string name;   // without 기자
  std::string email;  // empty when the text ties no e-mail to this reporter
};

struct Metadata {
  std::string title;                    // the headline without its series tag; empty: none
  std::vector<std::string> subtitles;   // deck lines
  std::string outlet;                   // as the outlet brands itself (news/outlets.hpp); empty: unknown
  std::vector<Reporter> reporters;      // authors in order of appearance (not photographers)
  std::vector<std::string> photo_credits;  // who is credited for pictures or video
  std::string dateline;                 // place of the dateline (서울, 세종 …); empty: none
  DateTime published;                   // empty: not stated
  DateTime modified;                    // only when a second date is stated (수정, 업데이트)
  std::string series;                   // [series tag] in front of the headline, without brackets
  std::string language;                 // "ko", "en" or "und" (from the letters of the article text)
};

struct Document {
  std::string source;        // the input as given (UTF-8), or its UTF-8 decoding
  std::string text;          // normalized (text/clean.hpp, news profile)
  OffsetMap map;             // text -> source
  Encoding encoding = Encoding::utf8;  // of the input; not utf8: `source` was decoded
  OffsetMap input_map;       // source -> input bytes; identity (empty) unless decoded
  Metadata metadata;
  std::vector<Block> blocks;  // in order; their `source` spans partition `source`
  Diagnostics diagnostics;

  std::string_view text_of(const Block& b) const noexcept {
    return std::string_view(text).substr(b.span.begin, b.span.size());
  }

  // A span of `source` in bytes of the input as given.
  Span input_span(Span s) const noexcept { return input_map.is_identity() ? s : input_map.map(s); }
  Span input_span(const Block& b) const noexcept { return input_span(b.source); }

  // The article: body, heading and list-item blocks joined with '\n'.
  std::string body() const {
    std::string out;
    for (const Block& b : blocks) {
      if (!is_article_text(b.role)) continue;
      if (!out.empty()) out += '\n';
      out.append(text_of(b));
    }
    return out;
  }
};

// Diagnostics as a JSON array of {kind, offset, length, message}.
inline void write_json(JsonWriter& w, const Diagnostics& diagnostics) {
  w.begin_array();
  for (const Diagnostic& d : diagnostics) {
    w.begin_object().key("kind").value(to_string(d.kind)).key("offset").value(d.offset);
    w.key("length").value(d.length).key("message").value(d.message).end_object();
  }
  w.end_array();
}

// The stable JSON form (docs/json.md). Keys in this order; empty strings are null.
inline void write_json(JsonWriter& w, const Document& doc) {
  const Metadata& m = doc.metadata;
  auto str_or_null = [&](const std::string& s) -> JsonWriter& {
    return s.empty() ? w.null() : w.value(std::string_view(s));
  };
  w.begin_object();
  w.key("title");
  str_or_null(m.title);
  w.key("subtitles").begin_array();
  for (const std::string& s : m.subtitles) w.value(std::string_view(s));
  w.end_array();
  w.key("outlet");
  str_or_null(m.outlet);
  w.key("reporters").begin_array();
  for (const Reporter& r : m.reporters) {
    w.begin_object().key("name").value(std::string_view(r.name)).key("email");
    str_or_null(r.email);
    w.end_object();
  }
  w.end_array();
  w.key("dateline");
  str_or_null(m.dateline);
  w.key("published");
  str_or_null(m.published.iso());
  w.key("modified");
  str_or_null(m.modified.iso());
  w.key("series");
  str_or_null(m.series);
  w.key("blocks").begin_array();
  for (const Block& b : doc.blocks) {
    w.begin_object().key("role").value(to_string(b.role)).key("reason").value(to_string(b.reason));
    Span in = doc.input_span(b);
    w.key("start").value(in.begin).key("end").value(in.end);
    if (needs_conversion(doc.encoding))  // offsets into the decoded text too
      w.key("utf8_start").value(b.source.begin).key("utf8_end").value(b.source.end);
    w.key("text").value(doc.text_of(b)).end_object();
  }
  w.end_array();
  w.key("body").value(std::string_view(doc.body()));
  if (needs_conversion(doc.encoding)) w.key("encoding").value(to_string(doc.encoding));
  w.key("diagnostics");
  write_json(w, doc.diagnostics);
  w.end_object();
}

inline std::string to_json(const Document& doc) {
  std::string out;
  JsonWriter w(out);
  write_json(w, doc);
  return out;
}

}  // namespace geul

#endif  // GEUL_NEWS_DOCUMENT_HPP
