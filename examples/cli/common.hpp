// geul CLI — shared helpers: reading input, argument handling, error reporting.
#ifndef GEUL_CLI_COMMON_HPP
#define GEUL_CLI_COMMON_HPP

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <geul/diagnostics.hpp>
#include <geul/json.hpp>
#include <geul/text/offsets.hpp>
#include <geul/unicode/encoding.hpp>

namespace cli {

using Args = std::vector<std::string_view>;

// Prints "geul <cmd>: <message>" on stderr and returns the exit status 2 (usage) or 1 (runtime).
inline int fail(std::string_view cmd, const std::string& message, int status = 1) {
  std::fprintf(stderr, "geul %.*s: %s\n", static_cast<int>(cmd.size()), cmd.data(), message.c_str());
  return status;
}

// Reads a whole file, or stdin for "-" or an empty path. Binary-safe.
inline bool read_input(std::string_view path, std::string& out, std::string& error) {
  bool use_stdin = path.empty() || path == "-";
  std::string p(path);
  std::FILE* f = use_stdin ? stdin : std::fopen(p.c_str(), "rb");
  if (!f) {
    error = "cannot open '" + p + "': " + std::strerror(errno);
    return false;
  }
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool ok = !std::ferror(f);
  if (!ok) error = "cannot read '" + (use_stdin ? std::string("stdin") : p) + "': " + std::strerror(errno);
  if (!use_stdin) std::fclose(f);
  return ok;
}

inline void write_output(std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); }

// Splits args into flags (starting with "-", except "-" itself) and positionals.
// `with_value` lists flags that take the next argument as their value.
struct Parsed {
  std::vector<std::pair<std::string_view, std::string_view>> flags;
  std::vector<std::string_view> positional;
  std::string error;
  bool has(std::string_view f) const {
    for (auto& kv : flags)
      if (kv.first == f) return true;
    return false;
  }
  std::string_view get(std::string_view f, std::string_view fallback = {}) const {
    for (auto& kv : flags)
      if (kv.first == f) return kv.second;
    return fallback;
  }
};

inline Parsed parse_args(const Args& args, const std::vector<std::string_view>& known_switches,
                         const std::vector<std::string_view>& with_value) {
  Parsed r;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    if (a.size() > 1 && a[0] == '-') {
      std::string_view name = a, value;
      auto eq = a.find('=');
      if (eq != std::string_view::npos) name = a.substr(0, eq), value = a.substr(eq + 1);
      bool takes = false, known = false;
      for (auto w : with_value) takes = takes || w == name;
      for (auto k : known_switches) known = known || k == name;
      if (!takes && !known) {
        r.error = "unknown option '" + std::string(a) + "'";
        return r;
      }
      if (takes && eq == std::string_view::npos) {
        if (i + 1 >= args.size()) {
          r.error = "option '" + std::string(name) + "' needs a value";
          return r;
        }
        value = args[++i];
      }
      r.flags.push_back({name, value});
    } else {
      r.positional.push_back(a);
    }
  }
  return r;
}

// Reads the single FILE|- positional of a subcommand.
inline bool read_single_input(std::string_view cmd, const Parsed& p, std::string& text, int& status) {
  if (p.positional.size() > 1) {
    status = fail(cmd, "expects at most one input file (or - for stdin)", 2);
    return false;
  }
  std::string error;
  if (!read_input(p.positional.empty() ? "-" : p.positional[0], text, error)) {
    status = fail(cmd, error);
    return false;
  }
  return true;
}

// ───── JSON Lines on stdin (geul parse|summarize|corpus --jsonl) ─────

// Reads `in` line by line, lines of any length and any bytes (a NUL does not
// end a line); calls f(line, number) for each line that is not empty, without
// its "\n" or "\r\n". `number` is the 1-based line number, blank lines counted.
template <class F>
void for_each_input_line(F&& f, std::FILE* in = stdin) {
  std::string line;
  std::size_t number = 0;
  auto emit = [&] {
    ++number;
    while (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) f(std::string_view(line), number);
    line.clear();
  };
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, in)) > 0) {
    const char* p = buf;
    const char* end = buf + n;
    while (p < end) {
      const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
      if (!nl) {
        line.append(p, static_cast<std::size_t>(end - p));
        break;
      }
      line.append(p, static_cast<std::size_t>(nl - p));
      emit();
      p = nl + 1;
    }
  }
  if (!line.empty()) emit();  // the last line, without a line break
}

// An input id as given: an integer stays a number, anything else a string.
struct InputId {
  bool integer = false;
  long long number = 0;
  std::string text;
};

inline void write_id(geul::JsonWriter& w, const InputId& id) {
  if (id.integer) w.value(id.number);
  else w.value(std::string_view(id.text));
}

// The "id" member of an input line; without one, the line number.
inline InputId read_id(const geul::detail::json::Value* v, std::size_t line) {
  using geul::detail::json::Type;
  InputId id;
  if (v && v->type == Type::number) {
    const std::string& t = v->text;
    bool digits = !t.empty() && t.size() <= 18;
    for (std::size_t i = 0; i < t.size() && digits; ++i) digits = (t[i] >= '0' && t[i] <= '9') || (i == 0 && t[i] == '-');
    if (digits && t != "-") {
      id.integer = true;
      id.number = std::strtoll(t.c_str(), nullptr, 10);
      return id;
    }
    id.text = t;
    return id;
  }
  if (v && v->type == Type::string) {
    id.text = v->text;
    return id;
  }
  id.integer = true;  // no id: the line number (1-based)
  id.number = static_cast<long long>(line);
  return id;
}

// One document per line for commands that read one article: each line
// {"id": …, "text": …} on stdin gives one line on stdout, `{"id": …, …}` with
// the fields of the command's single-document --json output, in input order.
// A line that is not such an object gives {"id": …, "line": N, "error": "…"}
// and a note on stderr, and the rest goes on. Without an "id" member the id is
// the line number (null in an error object for a line that is no JSON at all).
// The text's bytes are used as given (the JSON reader passes raw bytes of a
// string through; ill-formed UTF-8 is repaired as in a file).
// `result(object, text, json)` writes the command's JSON object into `json`.
template <class F>
int for_each_jsonl_document(std::string_view cmd, F&& result) {
  using geul::detail::json::Type;
  std::string json, out;
  std::size_t bad = 0;
  for_each_input_line([&](std::string_view line, std::size_t number) {
    geul::detail::json::Value v;
    std::string error;
    const geul::detail::json::Value* text = nullptr;
    if (!geul::detail::json::parse(line, v, error)) {
      v = geul::detail::json::Value();
    } else if (v.type != Type::object) {
      error = "not a JSON object";
    } else if (!(text = v.get("text")) || text->type != Type::string) {
      error = "no \"text\" string";
    }
    out.clear();
    geul::JsonWriter w(out);
    if (!error.empty()) {
      std::fprintf(stderr, "geul %.*s: line %zu: %s\n", static_cast<int>(cmd.size()), cmd.data(), number, error.c_str());
      ++bad;
      // The id when the line has one to read (null when it is no JSON: a
      // line number there could collide with a given id), and the line.
      w.begin_object().key("id");
      if (v.type == Type::object) write_id(w, read_id(v.get("id"), number));
      else w.null();
      w.key("line").value(number).key("error").value(std::string_view(error)).end_object();
    } else {
      json.clear();
      result(v, std::string_view(text->text), json);
      w.begin_object().key("id");
      write_id(w, read_id(v.get("id"), number));
      w.end_object();
      // {"id":…} + the result's members: the result is one JSON object.
      if (json.size() > 2) {
        out.pop_back();
        out += ',';
        out.append(json, 1, std::string::npos);
      }
    }
    out.push_back('\n');
    write_output(out);
  });
  if (bad)
    std::fprintf(stderr, "geul %.*s: %zu line%s with errors\n", static_cast<int>(cmd.size()), cmd.data(), bad, bad == 1 ? "" : "s");
  return 0;
}

// ───── --encoding auto|utf-8|cp949|euc-kr|utf-16 (default auto) ─────
// Input that is (detected or declared as) CP949, EUC-KR or UTF-16 is decoded
// to UTF-8 before a subcommand sees it; UTF-8 input is passed on untouched, so
// its output does not depend on this step. The decoding is reported as notes
// on stderr ("decoded from cp949 (detected, confidence 1.00)") and in the JSON
// diagnostics; offsets printed stay byte offsets into the input as given.

inline const char* encoding_usage =
    "  --encoding E  the input's encoding: auto (default: detected), utf-8, cp949,\n"
    "                euc-kr, utf-16; other encodings are decoded to UTF-8 first\n";

// The --encoding value (auto when absent); false after reporting a bad name.
inline bool encoding_option(std::string_view cmd, const Parsed& p, geul::Encoding& out, int& status) {
  out = geul::Encoding::auto_detect;
  if (!p.has("--encoding")) return true;
  if (geul::parse_encoding_name(p.get("--encoding"), out)) return true;
  status = fail(cmd, "unknown encoding '" + std::string(p.get("--encoding")) + "' (auto, utf-8, cp949, euc-kr, utf-16)", 2);
  return false;
}

struct InputText {
  std::string text;                                // UTF-8 to work on: the input itself unless decoded
  geul::Encoding encoding = geul::Encoding::utf8;  // of the input
  bool decoded = false;
  geul::OffsetMap map;                             // text -> input bytes (only when decoded)
  geul::Diagnostics diagnostics;                   // the decoder's, in input bytes

  geul::Span to_input(geul::Span s) const { return decoded ? map.map(s) : s; }

  // The decoder's diagnostics, then `later` ones (offsets into `text`) in input bytes.
  geul::Diagnostics input_diagnostics(geul::Diagnostics later) const {
    if (!decoded) return later;
    geul::Diagnostics all = diagnostics;
    for (geul::Diagnostic& d : later) {
      geul::Span in = map.map({d.offset, d.offset + d.length});
      d.offset = in.begin;
      d.length = in.size();
      all.push_back(std::move(d));
    }
    return all;
  }
};

// Applies --encoding to the bytes read: decodes unless they are UTF-8.
inline bool decode_input(std::string_view cmd, const Parsed& p, std::string bytes, InputText& in, int& status) {
  geul::Encoding requested;
  if (!encoding_option(cmd, p, requested, status)) return false;
  if (requested != geul::Encoding::utf8 &&
      geul::detail::resolve_encoding(bytes, requested).encoding != geul::Encoding::utf8) {
    geul::DecodeResult r = geul::decode_to_utf8(bytes, requested);
    in.text = std::move(r.text);
    in.encoding = r.encoding;
    in.decoded = true;
    in.map = std::move(r.map);
    in.diagnostics = std::move(r.diagnostics);
    return true;
  }
  in.text = std::move(bytes);
  return true;
}

// Reads the single FILE|- positional and applies --encoding.
inline bool read_text_input(std::string_view cmd, const Parsed& p, InputText& in, int& status) {
  std::string bytes;
  if (!read_single_input(cmd, p, bytes, status)) return false;
  return decode_input(cmd, p, std::move(bytes), in, status);
}

inline void print_notes(std::string_view cmd, const geul::Diagnostics& diagnostics) {
  for (const geul::Diagnostic& d : diagnostics)
    std::fprintf(stderr, "geul %.*s: note: byte %zu: %s\n", static_cast<int>(cmd.size()), cmd.data(), d.offset,
                 d.message.c_str());
}

}  // namespace cli

#endif  // GEUL_CLI_COMMON_HPP
