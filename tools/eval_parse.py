#!/usr/bin/env python3
"""Score `geul parse` against gold annotations.

Usage:
  python3 tools/eval_parse.py --geul BUILD/geul [--gold GOLD_DIR] [-v] TEXT...

TEXT is a .txt file or a directory of them. The gold for X.txt is
GOLD_DIR/X.gold.json (default: next to X.txt), in the format of
tests/data/articles/README.md (only the fields scored below are read). Gold for
text that is not the team's (e.g. ../shared/corpus/seeds) must stay outside the
repository: pass its directory with --gold.

Both sides are compared after the same news normalization (`geul normalize
--profile news` on the gold strings; the parser's output is already normalized).

Scores, per article and averaged:
  title, subtitles, outlet, reporters (names and e-mails, in order),
  reporter names, dateline, published, modified, series: exact match
  ("all": over every article; "stated": over articles whose gold is not null/empty)
  body token P/R/F1: bag of eojeol (whitespace tokens) of the joined body
  paragraphs: exact body paragraphs found (recall) and parser paragraphs that are gold (precision)
  captions, boilerplate: P/R of the block texts; boilerplate reason accuracy on matched texts

  python3 tools/eval_parse.py --geul BUILD/geul --summ ../shared/corpus/summ/sci-news-sum-kr-50/sci_news_sum_kr_50.jsonl

--summ renders each article of that set (real news; title and sentences, no page
noise, sentence-final periods stripped by the set) as a page in three layouts —
one sentence per line, paragraphs of three sentences, one glued line — and
scores body token F1 against the sentences and the title (a leading [tag] of the
set's title is expected as the series). A check that the page-furniture rules
do not eat real prose. Nothing of the set is written anywhere.
Exit status 0; 2 on usage errors.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

FIELDS = ["title", "subtitles", "outlet", "reporters", "reporter_names", "dateline", "published", "modified",
          "series"]


def run(cmd, data=None):
    r = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.exit(f"eval_parse: {' '.join(cmd)} failed: {r.stderr.decode(errors='replace')}")
    return r.stdout


class Normalizer:
    def __init__(self, geul):
        self.geul = geul

    def many(self, strings):
        if not strings:
            return []
        joined = "\n".join(strings).encode()
        out = run([self.geul, "normalize", "--profile", "news", "-"], joined).decode()
        parts = out.split("\n")
        if len(parts) == len(strings):
            return [p.strip() for p in parts]
        return [run([self.geul, "normalize", "--profile", "news", "-"], s.encode()).decode().strip() for s in strings]


def tokens(texts):
    c = collections.Counter()
    for t in texts:
        c.update(t.split())
    return c


def prf(gold, got):
    """Multiset precision/recall/F1 of two Counters."""
    inter = sum((gold & got).values())
    p = inter / sum(got.values()) if got else (1.0 if not gold else 0.0)
    r = inter / sum(gold.values()) if gold else (1.0 if not got else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def load_gold(path, norm):
    g = json.load(open(path, encoding="utf-8"))
    strings = []

    def s(x):
        strings.append(x)
        return len(strings) - 1

    idx = {
        "title": s(g["title"]) if g.get("title") else None,
        "subtitles": [s(x) for x in g.get("subtitles", [])],
        "series": s(g["series"]) if g.get("series") else None,
        "body": [s(x) for x in g.get("body", [])],
        "captions": [s(x) for x in g.get("captions", [])],
        "boilerplate": [(s(b["text"]), b["reason"]) for b in g.get("boilerplate", [])],
    }
    n = norm.many(strings)
    out = {
        "title": n[idx["title"]] if idx["title"] is not None else None,
        "subtitles": [n[i] for i in idx["subtitles"]],
        "series": n[idx["series"]] if idx["series"] is not None else None,
        "body": [n[i] for i in idx["body"]],
        "captions": [n[i] for i in idx["captions"]],
        "boilerplate": [(n[i], r) for i, r in idx["boilerplate"]],
        "outlet": g.get("outlet"),
        "reporters": [(r["name"], r["email"]) for r in g.get("reporters", [])],
        "dateline": g.get("dateline"),
        "published": g.get("published"),
        "modified": g.get("modified"),
    }
    out["reporter_names"] = [r[0] for r in out["reporters"]]
    return out


def parsed(geul, path):
    d = json.loads(run([geul, "parse", "--json", path]).decode())
    body_blocks = [b["text"] for b in d["blocks"] if b["role"] in ("body", "heading", "list_item")]
    return {
        "title": d["title"], "subtitles": d["subtitles"], "outlet": d["outlet"],
        "reporters": [(r["name"], r["email"]) for r in d["reporters"]],
        "reporter_names": [r["name"] for r in d["reporters"]],
        "dateline": d["dateline"], "published": d["published"], "modified": d["modified"], "series": d["series"],
        "body": body_blocks,
        "captions": [b["text"] for b in d["blocks"] if b["role"] == "caption"],
        "boilerplate": [(b["text"], b["reason"]) for b in d["blocks"] if b["role"] == "boilerplate"],
    }


def eval_summ(geul, path, norm):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    for layout in ("lines", "paragraphs", "glued"):
        f1_sum = titles = 0
        for r in rows:
            sents = [x.strip() for x in r["sentences"] if x.strip()]
            if layout == "lines":
                body = "\n".join(sents)
            elif layout == "paragraphs":
                body = "\n\n".join(" ".join(sents[i:i + 3]) for i in range(0, len(sents), 3))
            else:
                body = " ".join(sents)
            page = r["title"] + "\n\n" + body + "\n"
            d = json.loads(run([geul, "parse", "--json", "-"], page.encode()).decode())
            gold_tokens = tokens(norm.many(sents))
            f1_sum += prf(gold_tokens, tokens([d["body"]]))[2]
            title = norm.many([r["title"]])[0]
            series = None
            if title.startswith("[") and "]" in title[:32]:
                series, title = title[1:title.index("]")].strip(), title[title.index("]") + 1:].strip()
            titles += d["title"] == title and d["series"] == series
        n = len(rows)
        print(f"summ {layout}: articles={n} body_token_F1={f1_sum / n:.4f} title={titles}/{n}={titles / n:.3f}")


def stated(v):
    return v is not None and v != [] and v != ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--geul", required=True, help="path to the geul executable")
    ap.add_argument("--gold", help="directory of X.gold.json files (default: next to each X.txt)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every mismatch")
    ap.add_argument("--summ", help="score rendered pages of a title+sentences JSON Lines set instead (see above)")
    ap.add_argument("texts", nargs="*")
    a = ap.parse_args()
    norm = Normalizer(a.geul)
    if a.summ:
        eval_summ(a.geul, a.summ, norm)
        return
    if not a.texts:
        ap.error("give TEXT files or directories (or --summ)")
    files = []
    for t in a.texts:
        if os.path.isdir(t):
            files += sorted(os.path.join(t, f) for f in os.listdir(t) if f.endswith(".txt"))
        else:
            files.append(t)
    right = collections.Counter()
    right_stated = collections.Counter()
    n_stated = collections.Counter()
    sums = collections.Counter()
    n = 0
    for f in files:
        base = os.path.basename(f)[:-4]
        gpath = os.path.join(a.gold or os.path.dirname(f), base + ".gold.json")
        if not os.path.exists(gpath):
            print(f"eval_parse: no gold for {f} ({gpath}); skipped", file=sys.stderr)
            continue
        gold = load_gold(gpath, norm)
        got = parsed(a.geul, f)
        n += 1
        misses = []
        for k in FIELDS:
            ok = gold[k] == got[k]
            right[k] += ok
            if stated(gold[k]):
                n_stated[k] += 1
                right_stated[k] += ok
            if not ok:
                misses.append(k)
                if a.verbose:
                    print(f"  {base}: {k}: gold={gold[k]!r} got={got[k]!r}")
        p, r, f1 = prf(tokens(gold["body"]), tokens(got["body"]))
        sums["body_p"] += p
        sums["body_r"] += r
        sums["body_f1"] += f1
        gb, pb = collections.Counter(gold["body"]), collections.Counter(got["body"])
        sums["para_r"] += sum((gb & pb).values()) / max(1, sum(gb.values())) if gb else 1.0
        sums["para_p"] += sum((gb & pb).values()) / max(1, sum(pb.values())) if pb else (1.0 if not gb else 0.0)
        gc, pc = collections.Counter(gold["captions"]), collections.Counter(got["captions"])
        sums["cap_tp"] += sum((gc & pc).values())
        sums["cap_gold"] += sum(gc.values())
        sums["cap_got"] += sum(pc.values())
        gbt = collections.Counter(t for t, _ in gold["boilerplate"])
        pbt = collections.Counter(t for t, _ in got["boilerplate"])
        sums["bp_tp"] += sum((gbt & pbt).values())
        sums["bp_gold"] += sum(gbt.values())
        sums["bp_got"] += sum(pbt.values())
        greason = collections.Counter(gold["boilerplate"])
        preason = collections.Counter(got["boilerplate"])
        sums["bp_reason_tp"] += sum((greason & preason).values())
        if a.verbose:
            for t in (gb - pb):
                print(f"  {base}: body missing: {t[:90]!r}")
            for t in (pb - gb):
                print(f"  {base}: body extra:   {t[:90]!r}")
            for t in (gc - pc):
                print(f"  {base}: caption missing: {t[:90]!r}")
            for t in (pc - gc):
                print(f"  {base}: caption extra:   {t[:90]!r}")
            for t in (gbt - pbt):
                print(f"  {base}: boilerplate missing: {t[:90]!r}")
            for t in (pbt - gbt):
                print(f"  {base}: boilerplate extra:   {t[:90]!r}")
            for (t, why) in (greason - preason):
                if t in pbt:
                    print(f"  {base}: boilerplate reason: {t[:60]!r} gold={why}")
        print(f"{base}: body_f1={f1:.3f}" + (f" misses={','.join(misses)}" if misses else ""))
    if not n:
        sys.exit("eval_parse: nothing scored")
    print(f"\narticles={n}")
    for k in FIELDS:
        st = f" stated={right_stated[k]}/{n_stated[k]}={right_stated[k] / n_stated[k]:.3f}" if n_stated[k] else ""
        print(f"{k}: all={right[k]}/{n}={right[k] / n:.3f}{st}")
    print(f"body_token: P={sums['body_p'] / n:.4f} R={sums['body_r'] / n:.4f} F1={sums['body_f1'] / n:.4f}")
    print(f"body_paragraphs: P={sums['para_p'] / n:.3f} R={sums['para_r'] / n:.3f}")
    cp = sums["cap_tp"] / sums["cap_got"] if sums["cap_got"] else 1.0
    cr = sums["cap_tp"] / sums["cap_gold"] if sums["cap_gold"] else 1.0
    print(f"captions: P={cp:.3f} R={cr:.3f} ({sums['cap_tp']}/{sums['cap_gold']} gold)")
    bp = sums["bp_tp"] / sums["bp_got"] if sums["bp_got"] else 1.0
    br = sums["bp_tp"] / sums["bp_gold"] if sums["bp_gold"] else 1.0
    acc = sums["bp_reason_tp"] / sums["bp_tp"] if sums["bp_tp"] else 1.0
    print(f"boilerplate: P={bp:.3f} R={br:.3f} reason_accuracy={acc:.3f}")


if __name__ == "__main__":
    main()
