// geul — ArticleFeatures as JSON, both ways: the wire format between the
// per-article stage and the corpus stage (`geul corpus --features` /
// `--from-features`, docs/scale.md), so the two can run on different
// machines.
//
//   std::string line = geul::features_to_json(f);           // one line, no newline
//   geul::ArticleFeatures g;
//   std::string error;
//   bool ok = geul::read_features(line, g, &error);          // g == f (scores to 6 digits)
//
// The records and the `{"id": …, "text": …}` lines of `geul corpus --jsonl`
// are read with the JSON reader of json.hpp (detail::json::parse).
#ifndef GEUL_ANALYSIS_CORPUS_JSON_HPP
#define GEUL_ANALYSIS_CORPUS_JSON_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../json.hpp"
#include "../unicode/utf8.hpp"
#include "corpus.hpp"

namespace geul {
namespace detail {
namespace json {

inline std::string hex64(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

inline bool read_hex(std::string_view s, std::uint64_t& v) {
  if (s.empty() || s.size() > 16) return false;
  v = 0;
  for (char c : s) {
    v <<= 4;
    if (c >= '0' && c <= '9') v |= static_cast<std::uint64_t>(c - '0');
    else if (c >= 'a' && c <= 'f') v |= static_cast<std::uint64_t>(c - 'a' + 10);
    else return false;
  }
  return true;
}

// An ISO-8601 prefix as DateTime::iso() writes it (2023-06-09T14:54:17,
// 2023-06, --06-09, ---09).
inline bool read_iso(std::string_view s, DateTime& d) {
  d = DateTime();
  auto num = [&](std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  std::size_t p = 0;
  if (s.compare(0, 3, "---") == 0) return num(3, 2, d.day) && s.size() == 5;
  if (s.compare(0, 2, "--") == 0) {
    p = 2;
  } else {
    if (!num(0, 4, d.year)) return false;
    if (s.size() == 4) return true;
    if (s[4] != '-') return false;
    p = 5;
  }
  if (!num(p, 2, d.month)) return false;
  p += 2;
  if (p == s.size()) return d.year >= 0;
  if (s[p] != '-' || !num(p + 1, 2, d.day)) return false;
  p += 3;
  if (p == s.size()) return true;
  if (s[p] != 'T' || !num(p + 1, 2, d.hour) || p + 3 >= s.size() || s[p + 3] != ':' || !num(p + 4, 2, d.minute))
    return false;
  p += 6;
  if (p == s.size()) return true;
  return s[p] == ':' && num(p + 1, 2, d.second) && p + 3 == s.size();
}

inline std::string str_of(const Value* v) { return v && v->type == Type::string ? v->text : std::string(); }
inline std::size_t size_of(const Value* v) {
  return v && v->type == Type::number && v->number >= 0 ? static_cast<std::size_t>(v->number) : 0;
}
inline double num_of(const Value* v) { return v && v->type == Type::number ? v->number : 0; }
inline Span span_of(const Value& o, const char* start, const char* end) { return {size_of(o.get(start)), size_of(o.get(end))}; }

}  // namespace json
}  // namespace detail

// One feature record as a JSON object (keys documented in docs/scale.md).
inline void write_json(JsonWriter& w, const ArticleFeatures& f) {
  using detail::json::hex64;
  auto str_or_null = [&](const std::string& s) -> JsonWriter& { return s.empty() ? w.null() : w.value(std::string_view(s)); };
  w.begin_object().key("title");
  str_or_null(f.title);
  w.key("outlet");
  str_or_null(f.outlet);
  w.key("published");
  str_or_null(f.published.iso());
  w.key("shingles").value(static_cast<std::size_t>(f.sketch.items));
  std::string sig;
  for (std::uint32_t v : f.sketch.values) sig += hex64(v).substr(8);
  w.key("minhash").value(std::string_view(sig));
  w.key("terms").begin_array();
  for (const TermCount& t : f.terms) w.begin_array().value(std::string_view(hex64(t.hash))).value(static_cast<std::size_t>(t.count)).end_array();
  w.end_array();
  w.key("dates").begin_array();
  for (const DateTime& d : f.event_dates) w.value(std::string_view(d.iso()));
  w.end_array();
  w.key("names").begin_array();
  for (const NameEntity& e : f.names) {
    w.begin_object().key("kind").value(to_string(e.kind)).key("name").value(std::string_view(e.name));
    w.key("surname").value(std::string_view(e.surname)).key("given").value(std::string_view(e.given));
    w.key("original").value(std::string_view(e.original)).key("anchored").value(e.anchored).key("roles").begin_array();
    for (const std::string& r : e.roles) w.value(std::string_view(r));
    w.end_array().key("mentions").begin_array();
    for (const NameMention& m : e.mentions) {
      w.begin_object().key("start").value(m.span.begin).key("end").value(m.span.end).key("text").value(std::string_view(m.text));
      w.key("anchored").value(m.anchored).key("variant").value(m.variant).end_object();
    }
    w.end_array().end_object();
  }
  w.end_array();
  w.key("sentences").begin_array();
  for (const CorpusSentence& s : f.sentences) {
    w.begin_object().key("start").value(s.source.begin).key("end").value(s.source.end);
    w.key("text").value(std::string_view(s.text)).key("index").value(s.index).key("score").value(s.score).end_object();
  }
  w.end_array();
  w.key("quotes").begin_array();
  for (const CorpusQuote& q : f.quotes) {
    w.begin_object().key("start").value(q.source.begin).key("end").value(q.source.end).key("text").value(std::string_view(q.text));
    w.key("speaker").value(std::string_view(q.speaker)).key("speaker_start").value(q.speaker_source.begin);
    w.key("speaker_end").value(q.speaker_source.end).key("verb").value(std::string_view(q.verb)).end_object();
  }
  w.end_array();
  w.key("dated").begin_array();
  for (const DatedStatement& d : f.dated) {
    w.begin_object().key("date").value(std::string_view(d.date.iso())).key("start").value(d.source.begin);
    w.key("end").value(d.source.end).key("text").value(std::string_view(d.text)).end_object();
  }
  w.end_array();
  w.end_object();
}

inline std::string features_to_json(const ArticleFeatures& f) {
  std::string out;
  JsonWriter w(out);
  write_json(w, f);
  return out;
}

// Reads a feature record from its parsed JSON object.
inline bool read_features(const detail::json::Value& v, ArticleFeatures& f, std::string* error = nullptr) {
  using namespace detail::json;
  auto fail = [&](const char* m) {
    if (error) *error = m;
    return false;
  };
  if (v.type != Type::object) return fail("features: not an object");
  f = ArticleFeatures();
  f.title = str_of(v.get("title"));
  f.outlet = str_of(v.get("outlet"));
  if (const Value* p = v.get("published"); p && p->type == Type::string && !read_iso(p->text, f.published))
    return fail("features: bad published date");
  const std::string sig = str_of(v.get("minhash"));
  if (sig.size() % 8 != 0) return fail("features: bad minhash");
  f.sketch.values.resize(sig.size() / 8);
  for (std::size_t i = 0; i < f.sketch.values.size(); ++i) {
    std::uint64_t x;
    if (!read_hex(std::string_view(sig).substr(i * 8, 8), x)) return fail("features: bad minhash");
    f.sketch.values[i] = static_cast<std::uint32_t>(x);
  }
  f.sketch.items = static_cast<std::uint32_t>(size_of(v.get("shingles")));
  if (const Value* t = v.get("terms"); t && t->type == Type::array)
    for (const Value& x : t->items) {
      TermCount tc;
      if (x.type != Type::array || x.items.size() != 2 || x.items[0].type != Type::string || !read_hex(x.items[0].text, tc.hash))
        return fail("features: bad term");
      tc.count = static_cast<std::uint32_t>(size_of(&x.items[1]));
      f.terms.push_back(tc);
    }
  if (const Value* t = v.get("dates"); t && t->type == Type::array)
    for (const Value& x : t->items) {
      DateTime d;
      if (x.type != Type::string || !read_iso(x.text, d)) return fail("features: bad date");
      f.event_dates.push_back(d);
    }
  if (const Value* t = v.get("names"); t && t->type == Type::array)
    for (const Value& x : t->items) {
      NameEntity e;
      e.kind = str_of(x.get("kind")) == "korean" ? NameKind::korean : NameKind::foreign;
      e.name = str_of(x.get("name"));
      e.surname = str_of(x.get("surname"));
      e.given = str_of(x.get("given"));
      e.original = str_of(x.get("original"));
      const Value* a = x.get("anchored");
      e.anchored = !a || a->type != Type::boolean || a->boolean;
      if (const Value* r = x.get("roles"); r && r->type == Type::array)
        for (const Value& y : r->items) e.roles.push_back(y.text);
      if (const Value* m = x.get("mentions"); m && m->type == Type::array)
        for (const Value& y : m->items) {
          NameMention nm;
          nm.span = span_of(y, "start", "end");
          nm.text = str_of(y.get("text"));
          const Value* an = y.get("anchored");
          const Value* va = y.get("variant");
          nm.anchored = an && an->type == Type::boolean && an->boolean;
          nm.variant = va && va->type == Type::boolean && va->boolean;
          e.mentions.push_back(std::move(nm));
        }
      if (e.surname.empty() || e.mentions.empty()) return fail("features: bad name");
      f.names.push_back(std::move(e));
    }
  if (const Value* t = v.get("sentences"); t && t->type == Type::array)
    for (const Value& x : t->items) {
      CorpusSentence s;
      s.source = span_of(x, "start", "end");
      s.text = str_of(x.get("text"));
      s.index = size_of(x.get("index"));
      s.score = num_of(x.get("score"));
      f.sentences.push_back(std::move(s));
    }
  if (const Value* t = v.get("quotes"); t && t->type == Type::array)
    for (const Value& x : t->items) {
      CorpusQuote q;
      q.source = span_of(x, "start", "end");
      q.text = str_of(x.get("text"));
      q.speaker = str_of(x.get("speaker"));
      q.speaker_source = span_of(x, "speaker_start", "speaker_end");
      q.verb = str_of(x.get("verb"));
      f.quotes.push_back(std::move(q));
    }
  if (const Value* t = v.get("dated"); t && t->type == Type::array)
    for (const Value& x : t->items) {
      DatedStatement d;
      if (!read_iso(str_of(x.get("date")), d.date)) return fail("features: bad dated statement");
      d.source = span_of(x, "start", "end");
      d.text = str_of(x.get("text"));
      f.dated.push_back(std::move(d));
    }
  return true;
}

// Reads a feature record from JSON text.
inline bool read_features(std::string_view json_text, ArticleFeatures& f, std::string* error = nullptr) {
  detail::json::Value v;
  std::string e;
  if (!detail::json::parse(json_text, v, e)) {
    if (error) *error = e;
    return false;
  }
  return read_features(v, f, error);
}

}  // namespace geul

#endif  // GEUL_ANALYSIS_CORPUS_JSON_HPP
