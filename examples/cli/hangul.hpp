// geul hangul <op> [options] [TEXT...|-f FILE|-]
#ifndef GEUL_CLI_HANGUL_HPP
#define GEUL_CLI_HANGUL_HPP

#include <geul/geul.hpp>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "common.hpp"

namespace cli {

inline const char* hangul_usage =
    "usage: geul hangul <op> [options] [TEXT...]\n"
    "  The text is the remaining arguments joined by spaces; with none (or '-')\n"
    "  stdin is read, with -f FILE a file; file and stdin input is processed line by line.\n"
    "  --encoding E  of file and stdin input: auto (default: detected), utf-8, cp949,\n"
    "                euc-kr, utf-16 (decoded to UTF-8 first; search offsets are then UTF-8 bytes)\n"
    "\n"
    "ops:\n"
    "  disassemble        안녕 → ㅇㅏㄴㄴㅕㅇ\n"
    "  assemble           ㅇㅏㄴㄴㅕㅇ → 안녕 (2-beolsik automaton)\n"
    "  remove-last        delete the last jamo (값 → 갑)\n"
    "  choseong [--keep]  initial consonants (샘 알트만 → ㅅ ㅇㅌㅁ); --keep keeps non-Hangul\n"
    "  search QUERY       choseong search: prints line, begin, end (bytes) and the match\n"
    "  josa WORD PAIR     word + particle (josa 오픈AI 이/가 → 오픈AI가)\n"
    "  qwerty             keys typed in Latin mode → Hangul (dkssud → 안녕)\n"
    "  to-qwerty          Hangul → 2-beolsik keys (안녕 → dkssud)\n"
    "  romanize           Revised Romanization (왕십리 → wangsimni)\n"
    "      --hyphen --capitalize --keep-h (nouns: 묵호 Mukho) --spelling (no sound changes)\n"
    "      --name (family name first: 한복남 → Han Boknam) --translit (letter by letter, reversible)\n"
    "  untranslit         letter-by-letter transliteration → Hangul\n"
    "  pronounce [--no-tense]  standard pronunciation (같이 → 가치)\n"
    "  number [--spacing] [--formal]  Sino-Korean reading (12345 → 만이천삼백사십오)\n"
    "  mixed              digits with units (123456789 → 1억 2,345만 6,789)\n"
    "  native [--counter] native numeral 1..99 (3 → 셋, --counter → 세)\n"
    "  ordinal            첫째, 둘째 …\n"
    "  days               하루, 이틀 … (1..30)\n"
    "  to-number          number words → digits (3억 5천만 → 350000000)\n";

namespace detail_hangul_cli {

inline std::string join(const std::vector<std::string_view>& parts, std::size_t from, std::size_t to) {
  std::string s;
  for (std::size_t i = from; i < to; ++i) {
    if (i > from) s.push_back(' ');
    s.append(parts[i]);
  }
  return s;
}

inline std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    std::size_t end = nl == std::string::npos ? text.size() : nl;
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

inline void put_line(std::string_view s) {
  write_output(s);
  write_output("\n");
}

}  // namespace detail_hangul_cli

inline int cmd_hangul(const Args& args) {
  using namespace detail_hangul_cli;
  namespace hg = geul::hangul;
  const char* cmd = "hangul";
  Parsed p = parse_args(args,
                        {"--help", "-h", "--keep", "--hyphen", "--capitalize", "--keep-h", "--spelling", "--name",
                         "--translit", "--no-tense", "--spacing", "--formal", "--counter"},
                        {"-f", "--file", "--encoding"});
  if (!p.error.empty()) return fail(cmd, p.error + "\n" + hangul_usage, 2);
  if (p.has("--help") || p.has("-h")) {
    write_output(hangul_usage);
    return 0;
  }
  {
    geul::Encoding unused;
    int bad_encoding = 0;
    if (!encoding_option(cmd, p, unused, bad_encoding)) return bad_encoding;  // checked even for argument text
  }
  if (p.positional.empty()) return fail(cmd, std::string("missing op\n") + hangul_usage, 2);
  std::string op(p.positional[0]);
  static const char* const ops[] = {"disassemble", "assemble",   "remove-last", "choseong", "search", "josa",
                                    "qwerty",      "to-qwerty",  "romanize",    "untranslit", "pronounce",
                                    "number",      "mixed",      "native",      "ordinal",  "days", "to-number"};
  bool known = false;
  for (const char* o : ops) known = known || op == o;
  if (!known) return fail(cmd, "unknown op '" + op + "'\n" + hangul_usage, 2);
  std::vector<std::string_view> rest(p.positional.begin() + 1, p.positional.end());

  // Operands that are not the text.
  std::size_t fixed = 0;
  if (op == "search") fixed = 1;
  if (op == "josa") fixed = 1;  // the pair is the last argument, see below
  if (rest.size() < fixed) return fail(cmd, op + ": missing argument\n" + hangul_usage, 2);

  std::string query, pair;
  if (op == "search") query = std::string(rest[0]);
  if (op == "josa") {
    pair = std::string(rest.back());
    rest.pop_back();
  }
  std::size_t text_from = op == "search" ? 1 : 0;

  // The input: arguments, a file, or stdin.
  std::vector<std::string> lines;
  int status = 0;
  // File and stdin bytes go through --encoding (arguments are the terminal's UTF-8).
  auto read_lines = [&](std::string_view path) {
    std::string text, error;
    if (!read_input(path, text, error)) {
      status = fail(cmd, error);
      return false;
    }
    InputText in;
    if (!decode_input(cmd, p, std::move(text), in, status)) return false;
    if (in.decoded) print_notes(cmd, in.diagnostics);
    lines = split_lines(in.text);
    return true;
  };
  if (p.has("-f") || p.has("--file")) {
    if (!read_lines(p.has("-f") ? p.get("-f") : p.get("--file"))) return status;
  } else if (rest.size() > text_from && !(rest.size() == text_from + 1 && rest[text_from] == "-")) {
    lines.push_back(join(rest, text_from, rest.size()));
  } else {
    if (!read_lines("-")) return status;
  }

  std::size_t line_no = 0;
  for (const std::string& raw : lines) {
    ++line_no;
    std::string line = geul::decode_utf8(raw).text;  // invalid bytes → U+FFFD
    if (op == "disassemble") {
      put_line(hg::disassemble(line));
    } else if (op == "assemble") {
      put_line(hg::assemble(line));
    } else if (op == "remove-last") {
      put_line(hg::remove_last_jamo(line));
    } else if (op == "choseong") {
      hg::ChoseongOptions o;
      o.keep_non_hangul = p.has("--keep");
      put_line(hg::get_choseong(line, o));
    } else if (op == "search") {
      for (geul::Span s : hg::choseong_search_all(line, query)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%zu\t%zu\t%zu\t", line_no, s.begin, s.end);
        write_output(buf);
        put_line(std::string_view(line).substr(s.begin, s.size()));
      }
    } else if (op == "josa") {
      put_line(hg::josa(line, pair));
    } else if (op == "qwerty") {
      put_line(hg::qwerty_to_hangul(line));
    } else if (op == "to-qwerty") {
      put_line(hg::hangul_to_qwerty(line));
    } else if (op == "romanize") {
      if (p.has("--translit")) {
        put_line(hg::transliterate(line));
      } else if (p.has("--name")) {
        put_line(hg::romanize_name(line, p.has("--hyphen")));
      } else {
        hg::RomanizeOptions o;
        o.hyphenate = p.has("--hyphen");
        o.capitalize = p.has("--capitalize");
        o.aspirate_after_obstruent = !p.has("--keep-h");
        o.sound_changes = !p.has("--spelling");
        put_line(hg::romanize(line, o));
      }
    } else if (op == "untranslit") {
      auto r = hg::untransliterate(line);
      if (!r) {
        status = fail(cmd, "line " + std::to_string(line_no) + ": not a transliteration: " + line);
        continue;
      }
      put_line(*r);
    } else if (op == "pronounce") {
      hg::PronunciationOptions o;
      o.tensification = !p.has("--no-tense");
      put_line(hg::standard_pronunciation(line, o));
    } else if (op == "number") {
      hg::NumberOptions o;
      o.spacing = p.has("--spacing");
      o.omit_leading_one = !p.has("--formal");
      auto r = hg::number_to_hangul(line, o);
      if (!r) {
        status = fail(cmd, "line " + std::to_string(line_no) + ": not a number: " + line);
        continue;
      }
      put_line(*r);
    } else if (op == "mixed" || op == "native" || op == "ordinal" || op == "days") {
      auto v = hg::hangul_to_number(line);  // accepts digits too
      if (!v) {
        status = fail(cmd, "line " + std::to_string(line_no) + ": not a number: " + line);
        continue;
      }
      std::string out;
      if (op == "mixed") out = hg::number_to_hangul_mixed(*v);
      else if (op == "ordinal") out = hg::native_ordinal(*v);
      else if (*v < -1000000 || *v > 1000000) out.clear();
      else if (op == "native") out = hg::native_number(static_cast<int>(*v), p.has("--counter"));
      else out = hg::native_days(static_cast<int>(*v));
      if (out.empty()) {
        status = fail(cmd, "line " + std::to_string(line_no) + ": out of range for " + op + ": " + line);
        continue;
      }
      put_line(out);
    } else if (op == "to-number") {
      auto v = hg::hangul_to_number(line);
      if (!v) {
        status = fail(cmd, "line " + std::to_string(line_no) + ": not a number: " + line);
        continue;
      }
      put_line(std::to_string(*v));
    } else {
      return fail(cmd, "unknown op '" + op + "'\n" + hangul_usage, 2);
    }
  }
  return status;
}

}  // namespace cli

#endif  // GEUL_CLI_HANGUL_HPP
