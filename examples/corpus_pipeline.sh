#!/bin/sh
# The two stages of `geul corpus` as separate processes (docs/scale.md):
#   stage 1, per article and in parallel: geul corpus --features   (a pure map, one line in, one line out)
#   stage 2, over the concatenated records: geul corpus --from-features
# then checks that the stories are byte-identical to the one-process run
# (geul corpus --jsonl). The same two commands run as the pipe stage and the
# reduce step of a distributed engine (Spark rdd.pipe, Hadoop streaming, Beam).
#
# usage: examples/corpus_pipeline.sh GEUL [ARTICLES.jsonl] [WORKERS]
#   GEUL           the geul binary (build/geul)
#   ARTICLES.jsonl one {"id": …, "text": …} per line, in publication order;
#                  default: the team's story fixtures (tests/data/stories)
#   WORKERS        parallel stage-1 processes (default 4)
set -eu

geul=${1:?usage: $0 GEUL [ARTICLES.jsonl] [WORKERS]}
input=${2:-}
workers=${3:-4}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -z "$input" ]; then
  # One JSON line per fixture article (python3 only to quote the text as JSON).
  input=$work/articles.jsonl
  python3 - "$here/../tests/data/stories" > "$input" <<'EOF'
import json, pathlib, sys
for path in sorted(pathlib.Path(sys.argv[1]).glob("*/*.txt")):
    print(json.dumps({"id": f"{path.parent.name}/{path.stem}", "text": path.read_text(encoding="utf-8")}, ensure_ascii=False))
EOF
fi

# Stage 1: shards of whole lines, one worker each, in parallel.
total=$(wc -l < "$input")
per=$(( (total + workers - 1) / workers ))
[ "$per" -gt 0 ] || per=1
split -l "$per" -d -a 3 "$input" "$work/shard."
ls "$work"/shard.* | xargs -P "$workers" -I{} sh -c '"$1" corpus --features < "$2" > "$2.features"' _ "$geul" {}
shards=$(ls "$work"/shard.*.features | wc -l)
echo "stage 1: $shards shards, $total articles -> $(cat "$work"/shard.*.features | wc -l) feature records"

# Stage 2: the records in input order (the shards' names sort in order).
cat "$work"/shard.*.features | "$geul" corpus --from-features > "$work/stories.jsonl"
echo "stage 2: $(wc -l < "$work/stories.jsonl") stories"

# The same in one process.
"$geul" corpus --jsonl < "$input" > "$work/direct.jsonl"
if cmp -s "$work/stories.jsonl" "$work/direct.jsonl"; then
  echo "same output as geul corpus --jsonl: yes"
else
  echo "same output as geul corpus --jsonl: NO" >&2
  exit 1
fi

# One line per story: its documents and its first summary sentence.
python3 - "$work/stories.jsonl" <<'EOF'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    s = json.loads(line)
    lead = s["summary"][0]["text"] if s["summary"] else ""
    people = ", ".join(g["canonical"] for g in s["people"] if len(g["forms"]) > 1)
    print(f'  {s["story"]:>3}  {len(s["documents"])} article(s)  {lead[:60]}' + (f'  [{people}]' if people else ""))
EOF
