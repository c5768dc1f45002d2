// geul — command-line tool for Korean news text.
// Every subcommand reads a FILE or stdin ("-"), writes stdout, and reports
// errors on stderr with a non-zero exit status.
#include <geul/geul.hpp>

#include <cstdio>
#include <string_view>

#include "cli/common.hpp"
#include "cli/normalize.hpp"
#include "cli/hangul.hpp"
#include "cli/parse.hpp"
#include "cli/split.hpp"
#include "cli/summarize.hpp"
#include "cli/corpus.hpp"

namespace {

const char* usage =
    "usage: geul <command> [options] [FILE|-]\n"
    "\n"
    "commands:\n"
    "  normalize   UTF-8 repair + Unicode forms (NFC/NFD/NFKC/NFKD) or the news profile\n"
    "  parse       news article -> title, outlet, reporters, dates, body and blocks\n"
    "  split       sentence splitting (one sentence per line, or --json spans)\n"
    "  summarize   summary sentences, keywords, quotes with speakers, aliases\n"
    "  corpus      many articles: stories, name variants, duplicates, merged summaries\n"
    "  hangul      Hangul toolkit: jamo, choseong, josa, keyboard, romanization, numbers\n"
    "\n"
    "  geul <command> --help   options of one command\n"
    "  geul --version          print the version\n";

struct Command {
  std::string_view name;
  int (*run)(const cli::Args&);
};

const Command commands[] = {
    {"normalize", cli::cmd_normalize},
    {"hangul", cli::cmd_hangul},
    {"parse", cli::cmd_parse},
    {"split", cli::cmd_split},
    {"summarize", cli::cmd_summarize},
    {"corpus", cli::cmd_corpus},
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(usage, stderr);
    return 2;
  }
  std::string_view cmd = argv[1];
  if (cmd == "--version" || cmd == "-V") {
    std::printf("geul %s\n", geul::version());
    return 0;
  }
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::fputs(usage, stdout);
    return 0;
  }
  cli::Args args(argv + 2, argv + argc);
  for (const Command& c : commands)
    if (c.name == cmd) return c.run(args);
  std::fprintf(stderr, "geul: unknown command '%s'\n\n%s", argv[1], usage);
  return 2;
}
