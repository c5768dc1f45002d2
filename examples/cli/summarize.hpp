// geul summarize [-k N] [--chars N] [--json] [--sentences] [FILE|-]
// geul summarize --jsonl [-k N] [--chars N] [--sentences] < articles.jsonl > summaries.jsonl
#ifndef GEUL_CLI_SUMMARIZE_HPP
#define GEUL_CLI_SUMMARIZE_HPP

#include <geul/geul.hpp>

#include <cstdlib>

#include "common.hpp"

namespace cli {

inline const char* summarize_usage =
    "usage: geul summarize [-k N] [--chars N] [--json] [--sentences] [FILE|-]\n"
    "       geul summarize --jsonl [-k N] [--chars N] [--sentences] < in.jsonl > out.jsonl\n"
    "  Summarizes one news article: the body sentences that carry the story,\n"
    "  keywords, direct quotes with their speakers, and alias pairs.\n"
    "  -k N         at most N sentences (default 3; 0 = no count limit)\n"
    "  --chars N    at most N characters in all (default: no limit)\n"
    "  --json       JSON {summary: [{index, start, end, text, score, features}],\n"
    "               keywords: [{text, score, count}], quotes: [{text, start, end,\n"
    "               speaker, verb}], aliases: [{long, short, kind}]} (docs/json.md)\n"
    "  --sentences  the input is one sentence per line (a summarization dataset):\n"
    "               no parsing; index = the 0-based line; bylines, e-mails and\n"
    "               captions are never chosen. The first line is NOT a title.\n"
    "  --title T    (with --sentences) the article's title\n"
    "  --jsonl      many articles: one {\"id\": …, \"text\": …} per line on stdin (with\n"
    "               --sentences also \"title\"), one {\"id\": …, …the --json fields…}\n"
    "               per line on stdout, in order; a bad line gives {\"id\": …,\n"
    "               \"line\": N, \"error\": …} and the rest goes on (docs/json.md)\n";

inline bool read_count(std::string_view s, std::size_t& out) {
  if (s.empty() || s.size() > 9) return false;
  std::size_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<std::size_t>(c - '0');
  }
  out = v;
  return true;
}

inline std::string format_analysis(std::string_view text, const geul::Analysis& a) {
  std::string out;
  for (const geul::SummarySentence& s : a.summary.sentences) {
    out += "- ";
    out.append(text.substr(s.span.begin, s.span.size()));
    out += '\n';
  }
  if (!a.keywords.empty()) {
    out += "\nkeywords: ";
    for (std::size_t i = 0; i < a.keywords.size(); ++i) {
      if (i) out += ", ";
      out += a.keywords[i].text;
    }
    out += '\n';
  }
  if (!a.quotes.empty()) out += "\nquotes:\n";
  for (const geul::Quote& q : a.quotes) {
    out += "  ";
    out += q.speaker_text.empty() ? std::string("(?)") : q.speaker_text;
    if (!q.verb.empty()) out += " [" + q.verb + "]";
    out += ": ";
    out.append(text.substr(q.content.begin, q.content.size()));
    out += '\n';
  }
  if (!a.aliases.empty()) out += "\naliases:\n";
  for (const geul::Alias& al : a.aliases) out += "  " + al.long_text + " = " + al.short_text + '\n';
  return out;
}

// One input analysed as summarize does it: an article (parsed), or with
// `lines` one sentence per line (repaired first, so every line is valid UTF-8
// and CRLF is one break). `notes` gets the problems found in the input.
struct SummarizeResult {
  geul::Document doc;  // the parsed article (not with lines)
  std::string text;    // the joined lines (with lines)
  geul::Analysis analysis;
  geul::Diagnostics notes;
  bool lines = false;

  std::string_view analysed_text() const { return lines ? std::string_view(text) : std::string_view(doc.text); }
  void write_json(geul::JsonWriter& w) const {
    if (lines) geul::write_json(w, analysis, text);
    else geul::write_json(w, analysis, doc.text, &doc);
  }
};

inline void summarize_input(std::string_view input, bool lines, std::string_view title,
                            const geul::AnalysisOptions& options, SummarizeResult& r) {
  r.lines = lines;
  if (lines) {
    geul::DecodedText fixed = geul::decode_utf8(input);
    r.notes = std::move(fixed.diagnostics);
    std::vector<std::string_view> split;
    std::string_view all = fixed.text;
    if (!all.empty() && all.back() == '\n') all.remove_suffix(1);
    for (std::size_t i = 0; !all.empty() && i <= all.size();) {
      std::size_t e = all.find('\n', i);
      if (e == std::string_view::npos) e = all.size();
      split.push_back(all.substr(i, e - i));
      i = e + 1;
    }
    r.analysis = geul::analyze_lines(split, title, r.text, options);
  } else {
    r.doc = geul::parse_article(input);
    r.notes = r.doc.diagnostics;
    r.analysis = geul::analyze(r.doc, options);
  }
}

inline int cmd_summarize(const Args& args) {
  Parsed p = parse_args(args, {"--help", "-h", "--json", "--sentences", "--jsonl"}, {"-k", "--chars", "--title"});
  if (!p.error.empty()) return fail("summarize", p.error + "\n" + summarize_usage, 2);
  if (p.has("--help") || p.has("-h")) {
    write_output(summarize_usage);
    return 0;
  }
  geul::AnalysisOptions options;
  if (p.has("-k") && !read_count(p.get("-k"), options.summary.sentences))
    return fail("summarize", "-k needs a whole number, got '" + std::string(p.get("-k")) + "'", 2);
  if (p.has("--chars") && !read_count(p.get("--chars"), options.summary.max_chars))
    return fail("summarize", "--chars needs a whole number, got '" + std::string(p.get("--chars")) + "'", 2);
  if (options.summary.sentences == 0 && options.summary.max_chars == 0)
    return fail("summarize", "-k 0 needs a --chars budget", 2);
  if (p.has("--title") && !p.has("--sentences")) return fail("summarize", "--title goes with --sentences", 2);
  const bool lines = p.has("--sentences");
  if (p.has("--jsonl")) {
    if (p.has("--json")) return fail("summarize", "--jsonl always writes JSON Lines", 2);
    if (!p.positional.empty()) return fail("summarize", "--jsonl reads stdin, not files", 2);
    return for_each_jsonl_document("summarize", [&](const geul::detail::json::Value& v, std::string_view text, std::string& json) {
      // With --sentences, a line's own "title" (else --title) is the title.
      const geul::detail::json::Value* t = v.get("title");
      const std::string_view title =
          t && t->type == geul::detail::json::Type::string ? std::string_view(t->text) : p.get("--title");
      SummarizeResult r;
      summarize_input(text, lines, title, options, r);
      geul::JsonWriter w(json);
      r.write_json(w);
    });
  }
  std::string input;
  int status = 0;
  if (!read_single_input("summarize", p, input, status)) return status;
  SummarizeResult r;
  summarize_input(input, lines, p.get("--title"), options, r);
  print_notes("summarize", r.notes);
  if (!p.has("--json")) {
    write_output(format_analysis(r.analysed_text(), r.analysis));
    return 0;
  }
  std::string json;
  geul::JsonWriter w(json);
  r.write_json(w);
  json.push_back('\n');
  write_output(json);
  return 0;
}

}  // namespace cli

#endif  // GEUL_CLI_SUMMARIZE_HPP
