// geul normalize [--form nfc|nfd|nfkc|nfkd | --profile news|strict] [--changes] [--encoding E] [FILE|-]
#ifndef GEUL_CLI_NORMALIZE_HPP
#define GEUL_CLI_NORMALIZE_HPP

#include <geul/geul.hpp>

#include "common.hpp"

namespace cli {

inline const char* normalize_usage =
    "usage: geul normalize [--form nfc|nfd|nfkc|nfkd | --profile news|strict] [--changes] [--encoding E] [FILE|-]\n"
    "  Repairs invalid UTF-8 (U+FFFD), strips a BOM, converts CRLF/CR to LF, then\n"
    "  --form F      applies a Unicode normalization form (default: nfc), or\n"
    "  --profile P   applies the news profile (news: every rule; strict: repair,\n"
    "                NFC, spaces, invisible characters and line breaks only).\n"
    "  --changes     prints JSON {text, changes: [{kind, start, end, before, after}],\n"
    "                diagnostics} instead of the text (offsets: input bytes).\n"
    "  Repairs are reported on stderr.\n";

inline std::string normalize_full_usage() { return std::string(normalize_usage) + encoding_usage; }

inline void write_diagnostics_json(geul::JsonWriter& w, const geul::Diagnostics& diagnostics) {
  w.begin_array();
  for (const geul::Diagnostic& d : diagnostics) {
    w.begin_object().key("kind").value(geul::to_string(d.kind)).key("offset").value(d.offset);
    w.key("length").value(d.length).key("message").value(d.message).end_object();
  }
  w.end_array();
}

inline int cmd_normalize(const Args& args) {
  Parsed p = parse_args(args, {"--help", "-h", "--changes"}, {"--form", "--profile", "--encoding"});
  if (!p.error.empty()) return fail("normalize", p.error + "\n" + normalize_full_usage(), 2);
  if (p.has("--help") || p.has("-h")) {
    write_output(normalize_full_usage());
    return 0;
  }
  if (p.has("--form") && p.has("--profile"))
    return fail("normalize", "--form and --profile cannot be combined (the profiles already apply NFC)", 2);
  geul::NormalForm form = geul::NormalForm::nfc;
  if (p.has("--form") && !geul::parse_normal_form(p.get("--form"), form))
    return fail("normalize", "unknown form '" + std::string(p.get("--form")) + "' (nfc, nfd, nfkc, nfkd)", 2);
  geul::NewsNormalizeOptions options;
  bool profile = p.has("--profile");
  if (profile) {
    std::string_view name = p.get("--profile");
    if (name == "strict") options = geul::NewsNormalizeOptions::strict();
    else if (name != "news") return fail("normalize", "unknown profile '" + std::string(name) + "' (news, strict)", 2);
  }
  InputText in;
  int status = 0;
  if (!read_text_input("normalize", p, in, status)) return status;
  const std::string& input = in.text;  // UTF-8 (decoded when --encoding says so)

  geul::NormalizedNews result;
  if (profile) {
    result = geul::normalize_news(input, options);
  } else {
    // A plain Unicode form: repair, then normalize; changes are the form's edits.
    geul::DecodedText decoded = geul::decode_utf8(input);
    geul::NormalizedText n = geul::normalize_with_map(decoded.text, form);
    result.map = geul::compose(decoded.map, n.map);
    result.text = std::move(n.text);
    result.diagnostics = std::move(decoded.diagnostics);
    if (p.has("--changes")) {
      for (const geul::Edit& e : result.map.edits()) {
        geul::Change c{geul::ChangeKind::composition, {e.in_begin, e.in_end}, input.substr(e.in_begin, e.in_end - e.in_begin),
                       result.text.substr(e.out_begin, e.out_end - e.out_begin)};
        result.changes.push_back(std::move(c));
      }
    }
  }
  if (in.decoded) {  // offsets into the input as given
    for (geul::Change& c : result.changes) c.source = in.to_input(c.source);
    result.diagnostics = in.input_diagnostics(std::move(result.diagnostics));
  }
  print_notes("normalize", result.diagnostics);
  if (!p.has("--changes")) {
    write_output(result.text);
    return 0;
  }
  std::string json;
  geul::JsonWriter w(json);
  w.begin_object().key("text").value(result.text).key("changes").begin_array();
  for (const geul::Change& c : result.changes) {
    w.begin_object().key("kind").value(profile ? geul::to_string(c.kind) : geul::to_string(form));
    w.key("start").value(c.source.begin).key("end").value(c.source.end);
    w.key("before").value(c.before).key("after").value(c.after).end_object();
  }
  w.end_array().key("diagnostics");
  write_diagnostics_json(w, result.diagnostics);
  w.end_object();
  json.push_back('\n');
  write_output(json);
  return 0;
}

}  // namespace cli

#endif  // GEUL_CLI_NORMALIZE_HPP
