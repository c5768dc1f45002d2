// geul CLI — shared helpers: reading input, argument handling, error reporting.
#ifndef GEUL_CLI_COMMON_HPP
#define GEUL_CLI_COMMON_HPP

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

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

}  // namespace cli

#endif  // GEUL_CLI_COMMON_HPP
