// geul — one call for everything about an article: summary, keywords,
// quotes and aliases, and its JSON form (docs/json.md, "geul summarize").
//
//   Analysis a = geul::analyze(doc);          // doc = geul::parse_article(bytes)
//   std::string json = geul::to_json(doc, a);
//
// The CLI (geul summarize) and the WebAssembly module both print this JSON,
// so the two stay identical by construction.
#ifndef GEUL_ANALYSIS_REPORT_HPP
#define GEUL_ANALYSIS_REPORT_HPP

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "../json.hpp"
#include "../news/document.hpp"
#include "../text/offsets.hpp"
#include "entities.hpp"
#include "keywords.hpp"
#include "quotes.hpp"
#include "summarize.hpp"

namespace geul {

struct AnalysisOptions {
  SummaryOptions summary;
  KeywordOptions keywords;
  QuoteOptions quotes;
};

struct Analysis {
  Summary summary;
  std::vector<Keyword> keywords;
  std::vector<Quote> quotes;
  std::vector<Alias> aliases;
};

// Everything about a parsed article; spans are in doc.text.
inline Analysis analyze(const Document& doc, const AnalysisOptions& options = {}) {
  Analysis a;
  a.summary = summarize(doc, options.summary);
  a.keywords = extract_keywords(doc, options.keywords);
  a.quotes = find_quotes(doc, options.quotes);
  a.aliases = find_aliases(doc);
  return a;
}

// Pre-split mode (one sentence per line): `text` receives the lines joined by
// '\n', and every span is in it.
inline Analysis analyze_lines(const std::vector<std::string_view>& lines, std::string_view title,
                              std::string& text, const AnalysisOptions& options = {}) {
  text.clear();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) text += '\n';
    text.append(lines[i]);
  }
  Analysis a;
  a.summary = summarize_lines(lines, title, options.summary);
  // Keywords come from the sentence lines only: bylines, e-mails and captions
  // are blanked, and so is a byline prefix opening a sentence ([서울=뉴시스]
  // 홍길동 기자 =), as parse_article leaves it out of the body (same length,
  // so spans stay valid).
  std::string sentences_only = text;
  std::size_t at = 0;
  for (std::string_view line : lines) {
    const std::size_t blank = detail::summ::is_non_body_line(line)
                                  ? line.size()
                                  : detail::news::match_byline_prefix(line, 0, true).length;
    std::fill_n(sentences_only.begin() + static_cast<std::ptrdiff_t>(at), blank, ' ');
    at += line.size() + 1;
  }
  a.keywords = extract_keywords(sentences_only, title, options.keywords);
  a.quotes = find_quotes(text, options.quotes);
  a.aliases = find_aliases(text);
  return a;
}

// JSON of an analysis. Offsets (start/end) are in `text`, or, when the
// analysed Document is given, bytes of its input as given (as in its blocks).
inline void write_json(JsonWriter& w, const Analysis& a, std::string_view text, const Document* doc = nullptr) {
  auto span_out = [&](Span s) { return doc ? doc->input_span(doc->map.map(s)) : s; };
  auto view = [&](Span s) { return text.substr(s.begin, s.size()); };
  w.begin_object();
  w.key("summary").begin_array();
  for (const SummarySentence& s : a.summary.sentences) {
    const Span o = span_out(s.span);
    const SentenceFeatures& f = s.features;
    w.begin_object().key("index").value(s.index).key("start").value(o.begin).key("end").value(o.end);
    w.key("text").value(view(s.span)).key("score").value(s.score);
    w.key("features").begin_object();
    w.key("centrality").value(f.centrality).key("position").value(f.position);
    w.key("title").value(f.title).key("length").value(f.length);
    w.key("penalty").value(f.penalty).key("redundancy").value(f.redundancy);
    w.end_object().end_object();
  }
  w.end_array();
  w.key("keywords").begin_array();
  for (const Keyword& k : a.keywords)
    w.begin_object().key("text").value(std::string_view(k.text)).key("score").value(k.score)
        .key("count").value(k.count).end_object();
  w.end_array();
  w.key("quotes").begin_array();
  for (const Quote& q : a.quotes) {
    const Span o = span_out(q.span);
    w.begin_object().key("text").value(view(q.content)).key("start").value(o.begin).key("end").value(o.end);
    w.key("speaker");
    if (q.speaker_text.empty()) w.null();
    else w.value(std::string_view(q.speaker_text));
    w.key("verb");
    if (q.verb.empty()) w.null();
    else w.value(std::string_view(q.verb));
    if (!q.speaker.empty()) {
      const Span sp = span_out(q.speaker);
      w.key("speaker_start").value(sp.begin).key("speaker_end").value(sp.end);
    }
    if (q.unresolved) w.key("unresolved").value(q.unresolved);
    w.end_object();
  }
  w.end_array();
  w.key("aliases").begin_array();
  for (const Alias& al : a.aliases)
    w.begin_object().key("long").value(std::string_view(al.long_text)).key("short").value(std::string_view(al.short_text))
        .key("kind").value(to_string(al.kind)).end_object();
  w.end_array();
  w.end_object();
}

// JSON of an article's analysis with input-byte offsets.
inline std::string to_json(const Document& doc, const Analysis& a) {
  std::string out;
  JsonWriter w(out);
  write_json(w, a, doc.text, &doc);
  return out;
}

}  // namespace geul

#endif  // GEUL_ANALYSIS_REPORT_HPP
