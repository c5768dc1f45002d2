// geul parse [--json | --blocks] [--encoding E] [FILE|-]
// geul parse --jsonl [--encoding E] < articles.jsonl > documents.jsonl
#ifndef GEUL_CLI_PARSE_HPP
#define GEUL_CLI_PARSE_HPP

#include <geul/geul.hpp>

#include "common.hpp"

namespace cli {

inline const char* parse_usage =
    "usage: geul parse [--json | --blocks] [--encoding E] [FILE|-]\n"
    "       geul parse --jsonl [--encoding E] < articles.jsonl > documents.jsonl\n"
    "  Parses one news article (raw scraped text, any line structure) into its\n"
    "  metadata, body and blocks.\n"
    "  (default)  the metadata and the clean body, readable\n"
    "  --blocks   also every block with its role (and boilerplate reason)\n"
    "  --json     JSON {title, subtitles, outlet, reporters, dateline, published,\n"
    "             modified, series, blocks: [{role, reason, start, end, text}],\n"
    "             body, diagnostics} (docs/json.md; offsets: input bytes)\n"
    "  --jsonl    many articles: one {\"id\": …, \"text\": …} per line on stdin, one\n"
    "             {\"id\": …, …the --json fields…} per line on stdout, in order; a bad\n"
    "             line gives {\"id\": …, \"line\": N, \"error\": …} and the rest goes on\n"
    "  Problems in the input are reported on stderr (and in the JSON).\n"
    "  Input in CP949, EUC-KR or UTF-16 is decoded first; the JSON then has\n"
    "  \"encoding\" and, per block, utf8_start/utf8_end (offsets into the decoded text).\n";

inline std::string parse_full_usage() { return std::string(parse_usage) + encoding_usage; }

inline void append_field(std::string& out, const char* label, std::string_view value) {
  if (value.empty()) return;
  out += label;
  out.append(value);
  out += '\n';
}

inline std::string format_document(const geul::Document& doc, bool blocks) {
  const geul::Metadata& m = doc.metadata;
  std::string out;
  append_field(out, "title:      ", m.title);
  append_field(out, "series:     ", m.series);
  for (const std::string& s : m.subtitles) append_field(out, "subtitle:   ", s);
  append_field(out, "outlet:     ", m.outlet);
  for (const geul::Reporter& r : m.reporters)
    append_field(out, "reporter:   ", r.email.empty() ? r.name : r.name + " <" + r.email + ">");
  append_field(out, "dateline:   ", m.dateline);
  append_field(out, "published:  ", m.published.iso());
  append_field(out, "modified:   ", m.modified.iso());
  for (const std::string& c : m.photo_credits) append_field(out, "photo:      ", c);
  if (blocks) {
    out += "\n";
    for (const geul::Block& b : doc.blocks) {
      std::string role = geul::to_string(b.role);
      if (const char* why = geul::to_string(b.reason)) role = role + "/" + why;
      char head[64];
      geul::Span in = doc.input_span(b);  // input bytes as given
      std::snprintf(head, sizeof head, "[%6zu,%6zu) %-24s ", in.begin, in.end, role.c_str());
      out += head;
      out.append(doc.text_of(b));
      out += '\n';
    }
  }
  out += "\n";
  std::string body = doc.body();
  for (char c : body) {
    out += c;
    if (c == '\n') out += '\n';  // paragraphs apart
  }
  if (!body.empty()) out += '\n';
  return out;
}

inline int cmd_parse(const Args& args) {
  Parsed p = parse_args(args, {"--help", "-h", "--json", "--blocks", "--jsonl"}, {"--encoding"});
  if (!p.error.empty()) return fail("parse", p.error + "\n" + parse_full_usage(), 2);
  if (p.has("--help") || p.has("-h")) {
    write_output(parse_full_usage());
    return 0;
  }
  if (p.has("--json") && p.has("--blocks")) return fail("parse", "--json already lists the blocks", 2);
  geul::ParseOptions options;
  int status = 0;
  if (!encoding_option("parse", p, options.encoding, status)) return status;
  if (p.has("--jsonl")) {
    if (p.has("--json") || p.has("--blocks")) return fail("parse", "--jsonl always writes JSON Lines", 2);
    if (!p.positional.empty()) return fail("parse", "--jsonl reads stdin, not files", 2);
    return for_each_jsonl_document("parse", [&](const geul::detail::json::Value&, std::string_view text, std::string& json) {
      geul::JsonWriter w(json);
      geul::write_json(w, geul::parse_article(text, options));
    });
  }
  std::string input;
  if (!read_single_input("parse", p, input, status)) return status;
  geul::Document doc = geul::parse_article(input, options);
  print_notes("parse", doc.diagnostics);
  if (p.has("--json")) {
    std::string json = geul::to_json(doc);
    json.push_back('\n');
    write_output(json);
  } else {
    write_output(format_document(doc, p.has("--blocks")));
  }
  return 0;
}

}  // namespace cli

#endif  // GEUL_CLI_PARSE_HPP
