#!/bin/sh
# Runs libFuzzer harnesses for a fixed time each and reports their executions.
#   fuzz/run.sh BIN_DIR SECONDS WORK_DIR [NAME...]     (default: every fuzz_* in BIN_DIR)
# Seeds: fuzz/corpus/<name> (read, never written) and, for the text harnesses,
# the team's fixture articles in tests/data. New inputs go to WORK_DIR/<name>;
# a failing input is saved as WORK_DIR/<name>-crash-… (or -timeout-, -oom-) and
# the run fails. FUZZ_FRESH=1 empties WORK_DIR/<name> first; FUZZ_FIXTURE_SEEDS=0
# leaves out the fixture articles (the CTest smoke runs do both, so their few
# seconds go to mutation rather than to replaying a hundred files).
set -u
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 3 ]; then
  echo "usage: $0 BIN_DIR SECONDS WORK_DIR [NAME...]" >&2
  exit 2
fi
bin=$1 secs=$2 work=$3
shift 3
names="$*"
if [ -z "$names" ]; then
  for f in "$bin"/fuzz_*; do
    [ -x "$f" ] && [ -f "$f" ] && names="$names ${f##*/fuzz_}"
  done
fi
if [ -z "$names" ]; then
  echo "run.sh: no fuzz_* executables in $bin" >&2
  exit 1
fi
status=0
total=0
for n in $names; do
  exe="$bin/fuzz_$n"
  if [ ! -x "$exe" ]; then
    echo "run.sh: $exe is missing (build it first)" >&2
    status=1
    continue
  fi
  [ "${FUZZ_FRESH:-0}" = 1 ] && rm -rf "$work/$n"
  mkdir -p "$work/$n"
  extra=""
  if [ "${FUZZ_FIXTURE_SEEDS:-1}" = 1 ]; then
    case $n in
      parse|news|sentences|tokens|quotes|entities|summarize|corpus) extra="$here/../tests/data/articles $here/../tests/data/noise" ;;
    esac
  fi
  log="$work/$n.log"
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: memory is bounded.
  # shellcheck disable=SC2086
  "$exe" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 \
    -artifact_prefix="$work/$n-" "$work/$n" "$here/corpus/$n" $extra >"$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  corpus=$(find "$work/$n" -type f | wc -l)
  echo "fuzz_$n: seconds=$secs executions=${execs:-unknown} new_corpus_files=$corpus exit=$rc"
  if [ $rc -ne 0 ] || [ -z "$execs" ]; then
    status=1
    echo "---- last lines of $log ----"
    tail -n 60 "$log"
  else
    total=$((total + execs))
  fi
done
echo "fuzz: total_executions=$total"
exit $status
