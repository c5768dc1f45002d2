// geul split [--json] [--soft-lines] [--max-bytes N] [--encoding E] [FILE|-]
#ifndef GEUL_CLI_SPLIT_HPP
#define GEUL_CLI_SPLIT_HPP

#include <geul/geul.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common.hpp"

namespace cli {

inline const char* split_usage =
    "usage: geul split [--json] [--soft-lines] [--max-bytes N] [--encoding E] [FILE|-]\n"
    "  Splits Korean text into sentences: one sentence per line, or with --json\n"
    "  [{\"start\":…,\"end\":…,\"text\":…}] where start/end are byte offsets into the\n"
    "  input (end exclusive). Invalid UTF-8 is repaired first (reported on stderr).\n"
    "  --soft-lines   a single line break does not end a sentence (wrapped text);\n"
    "                 by default every line break does (news paragraphs, headlines)\n"
    "  --max-bytes N  longest sentence in bytes before it is cut (default 3072, 0 = none)\n";

inline std::string split_full_usage() { return std::string(split_usage) + encoding_usage; }

inline int cmd_split(const Args& args) {
  Parsed p = parse_args(args, {"--help", "-h", "--json", "--soft-lines"}, {"--max-bytes", "--encoding"});
  if (!p.error.empty()) return fail("split", p.error + "\n" + split_full_usage(), 2);
  if (p.has("--help") || p.has("-h")) {
    write_output(split_full_usage());
    return 0;
  }
  geul::SentenceOptions options;
  if (p.has("--soft-lines")) options.line_breaks = geul::LineBreaks::soft;
  if (p.has("--max-bytes")) {
    std::string value(p.get("--max-bytes"));
    char* end = nullptr;
    unsigned long long v = std::strtoull(value.c_str(), &end, 10);
    if (value.empty() || !end || *end != '\0' || value[0] == '-')
      return fail("split", "--max-bytes needs a number, got '" + value + "'", 2);
    options.max_sentence_bytes = static_cast<std::size_t>(v);
  }
  InputText in;
  int status = 0;
  if (!read_text_input("split", p, in, status)) return status;

  geul::DecodedText decoded = geul::decode_utf8(in.text);
  print_notes("split", in.input_diagnostics(decoded.diagnostics));
  const std::string& text = decoded.text;

  std::string out;
  if (p.has("--json")) {
    geul::JsonWriter w(out);
    w.begin_array();
    geul::for_each_sentence(text, options, [&](const geul::Sentence& s) {
      geul::Span source = in.to_input(decoded.map.map(s.span));  // offsets into the input as given
      w.begin_object();
      w.key("start").value(source.begin);
      w.key("end").value(source.end);
      w.key("text").value(geul::sentence_text(text, s));
      w.end_object();
    });
    w.end_array();
    out.push_back('\n');
  } else {
    geul::for_each_sentence(text, options, [&](const geul::Sentence& s) {
      // One sentence per line: line breaks inside (soft mode) print as spaces.
      for (char c : geul::sentence_text(text, s)) out.push_back(c == '\n' ? ' ' : c);
      out.push_back('\n');
    });
  }
  write_output(out);
  return 0;
}

}  // namespace cli

#endif  // GEUL_CLI_SPLIT_HPP
