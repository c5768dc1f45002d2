#!/usr/bin/env python3
"""Validate the hand-made gold annotations of the article fixtures.

Usage: python3 tests/data/articles/check_gold.py [DIR]   (default: this file's folder)

For every `X.txt` there must be an `X.gold.json`, and for every gold file:
  * the schema is exact (field names, types, boilerplate reasons);
  * dates are ISO-8601 prefixes (`2023-06-09T14:54:17`, `2023-06-09T14:54`,
    `2023-06-09`, `--06-09`, `---09`) naming a real calendar day, and
    modified is not earlier than published;
  * title, subtitles, body, captions and boilerplate strings are trimmed, one
    line each, and occur in the text; body strings occur in order;
  * coverage: each such string claims one occurrence in the text (whole lines
    first), and whatever is left on any line must be explained by a metadata
    field (reporter name or e-mail, outlet, dateline, series, photo credit, or
    the published/modified date) and be short; so every line of the text is
    accounted for exactly once;
  * quotes, speakers, verbs, aliases (written as `long(short)` or
    `short(long)`), name variants, reporters, e-mails, photo credits, dateline
    and series occur in the text;
  * the article text is UTF-8 and 1.5-6 KB.
Exit status 0 when everything passes; otherwise every problem is printed.
"""
import datetime
import json
import os
import re
import sys

FIELDS = ["outlet", "title", "subtitles", "series", "reporters", "photo_credits",
          "dateline", "published", "modified", "body", "captions", "boilerplate",
          "quotes", "aliases", "story", "names"]
REASONS = {"navigation", "widget", "promo", "related", "copyright", "comment",
           "advertisement", "duplicate", "other"}
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
DATE_RE = re.compile(r"^(?:(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?"
                     r"|--(\d{2})-(\d{2})|---(\d{2}))$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
MAX_META_CHUNK = 80  # a leftover explained by metadata is a byline/date line, never a paragraph
MAX_OUTLET_CHUNK = 30  # an outlet name line or prefix such as "[파이낸셜뉴스]"
COPYRIGHT_RE = re.compile(r"ⓒ|©|Ⓒ|\(c\)|copyright|무단|저작권|재배포", re.IGNORECASE)


class Problems:
    def __init__(self, name):
        self.name = name
        self.items = []

    def add(self, msg):
        self.items.append(f"{self.name}: {msg}")


def is_str(v):
    return isinstance(v, str)


def opt_str(v):
    return v is None or isinstance(v, str)


def check_schema(g, p):
    if not isinstance(g, dict):
        p.add("gold is not an object")
        return False
    if list(g.keys()) != FIELDS:
        p.add(f"fields differ: {list(g.keys())}")
        return False
    ok = True

    def need(cond, msg):
        nonlocal ok
        if not cond:
            p.add(msg)
            ok = False

    for k in ("outlet", "title", "series", "dateline", "published", "modified", "story"):
        need(opt_str(g[k]), f"{k} must be string or null")
    for k in ("subtitles", "photo_credits", "body", "captions"):
        need(isinstance(g[k], list) and all(is_str(x) for x in g[k]), f"{k} must be [string]")
    need(isinstance(g["reporters"], list) and all(
        isinstance(r, dict) and list(r.keys()) == ["name", "email"] and is_str(r["name"]) and opt_str(r["email"])
        for r in g["reporters"]), "reporters must be [{name, email}]")
    need(isinstance(g["boilerplate"], list) and all(
        isinstance(b, dict) and list(b.keys()) == ["text", "reason"] and is_str(b["text"]) and b["reason"] in REASONS
        for b in g["boilerplate"]), "boilerplate must be [{text, reason}] with a known reason")
    need(isinstance(g["quotes"], list) and all(
        isinstance(q, dict) and list(q.keys()) == ["text", "speaker", "verb"] and is_str(q["text"])
        and opt_str(q["speaker"]) and opt_str(q["verb"]) for q in g["quotes"]), "quotes must be [{text, speaker, verb}]")
    need(isinstance(g["aliases"], list) and all(
        isinstance(a, dict) and list(a.keys()) == ["long", "short"] and is_str(a["long"]) and is_str(a["short"])
        for a in g["aliases"]), "aliases must be [{long, short}]")
    need(isinstance(g["names"], list) and all(
        isinstance(n, dict) and list(n.keys()) == ["canonical", "variants"] and is_str(n["canonical"])
        and isinstance(n["variants"], list) and n["variants"] and all(is_str(v) for v in n["variants"])
        for n in g["names"]), "names must be [{canonical, variants:[string]}]")
    return ok


def parse_date(s, field, p):
    """Returns (year, month, day, hour, minute, second) with None for absent parts."""
    m = DATE_RE.match(s)
    if not m:
        p.add(f"{field} {s!r} is not an ISO-8601 prefix")
        return None
    y, mo, d, h, mi, se, pmo, pd, pday = m.groups()
    if pday:
        parts = (None, None, int(pday), None, None, None)
    elif pmo:
        parts = (None, int(pmo), int(pd), None, None, None)
    else:
        parts = tuple(int(x) if x else None for x in (y, mo, d, h, mi, se))
    year, month, day, hour, minute, second = parts
    try:
        if month is not None and day is not None:
            datetime.date(year if year else 2024, month, day)  # 2024 is a leap year: --02-29 is valid
        elif month is not None and not 1 <= month <= 12:
            raise ValueError
        elif day is not None and not 1 <= day <= 31:
            raise ValueError
        if hour is not None and not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= (second or 0) <= 59):
            raise ValueError
    except ValueError:
        p.add(f"{field} {s!r} is not a real date/time")
        return None
    return parts


def line_spans(text):
    """(start, end) of every line, without the line terminator."""
    spans, pos = [], 0
    for m in re.finditer(r"\r\n|\n|\r", text):
        spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


class Claims:
    def __init__(self, text):
        self.text = text
        self.taken = [False] * len(text)
        self.lines = line_spans(text)

    def free(self, a, b):
        return not any(self.taken[a:b])

    def take(self, a, b):
        for i in range(a, b):
            self.taken[i] = True

    def occurrences(self, s, start=0):
        i = self.text.find(s, start)
        while i != -1:
            yield i
            i = self.text.find(s, i + 1)

    def claim(self, s, start=0):
        """Claims an unclaimed occurrence of s at or after start, whole lines first. Returns its end or None."""
        whole = set()
        for a, b in self.lines:
            seg = self.text[a:b]
            lead = len(seg) - len(seg.lstrip())
            if seg.strip() == s:
                whole.add(a + lead)
        cands = [i for i in self.occurrences(s, start) if self.free(i, i + len(s))]
        if not cands:
            return None
        best = next((i for i in cands if i in whole), cands[0])
        self.take(best, best + len(s))
        return best + len(s)

    def leftovers(self):
        """Unclaimed non-blank chunks, per line: (line number, chunk)."""
        out = []
        for n, (a, b) in enumerate(self.lines, 1):
            i = a
            while i < b:
                if self.taken[i]:
                    i += 1
                    continue
                j = i
                while j < b and not self.taken[j]:
                    j += 1
                chunk = self.text[i:j].strip()
                if chunk:
                    out.append((n, chunk))
                i = j
        return out


OPEN_QUOTES = "\"'“‘„‚「『〝"
CLOSE_QUOTES = "\"'”’‟‛」』〞"


def quote_is_delimited(text, q):
    """A quote is the whole content between quotation marks, or a broadcast
    interview label's speech: `[이름/직함 : 말]`."""
    i = text.find(q)
    while i != -1:
        before, after = text[i - 1:i], text[i + len(q):i + len(q) + 1]
        if before and after and before in OPEN_QUOTES and after in CLOSE_QUOTES:
            return True
        if text[max(0, i - 3):i].endswith(": ") and after == "]":
            return True
        i = text.find(q, i + 1)
    return False


def date_explains(chunk, parts_list):
    nums = [int(x) for x in re.findall(r"\d+", chunk)]
    low = chunk.lower()
    for parts in parts_list:
        if parts is None:
            continue
        year, month, day, hour, minute, _ = parts
        if day is None or day not in nums:
            continue
        if month is None or month in nums or MONTHS[month - 1] in low:
            return True
    return False


def check_article(txt_path, p):
    raw = open(txt_path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        p.add("text is not UTF-8")
        return
    if not 1536 <= len(raw) <= 6144:
        p.add(f"size {len(raw)} bytes is outside 1.5-6 KB")
    gold_path = txt_path[:-4] + ".gold.json"
    if not os.path.exists(gold_path):
        p.add("missing .gold.json")
        return
    graw = open(gold_path, "rb").read()
    try:
        g = json.loads(graw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        p.add(f"gold is not valid UTF-8 JSON: {e}")
        return
    if graw.decode("utf-8") != json.dumps(g, ensure_ascii=False, indent=2) + "\n":
        p.add("gold is not formatted with 2-space indent (json.dumps(..., ensure_ascii=False, indent=2))")
    if not check_schema(g, p):
        return

    def occurs(s, what):
        if not s or s not in text:
            p.add(f"{what} {s!r} does not occur in the text")

    for k in ("title", "subtitles", "body", "captions"):
        vals = [g[k]] if k == "title" else g[k]
        for s in vals:
            if s is None:
                continue
            if s != s.strip() or "\n" in s or "\r" in s or not s:
                p.add(f"{k} entry {s[:40]!r} must be one trimmed, non-empty line")
    for b in g["boilerplate"]:
        s = b["text"]
        if s != s.strip() or "\n" in s or "\r" in s or not s:
            p.add(f"boilerplate entry {s[:40]!r} must be one trimmed, non-empty line")
    if not g["body"]:
        p.add("body is empty")

    dates = []
    for k in ("published", "modified"):
        if g[k] is not None:
            dates.append(parse_date(g[k], k, p))
    if g["published"] and g["modified"] and all(dates) and DATE_RE.match(g["published"]).group(1) \
            and DATE_RE.match(g["modified"]).group(1) and g["modified"] < g["published"][:len(g["modified"])]:
        p.add("modified is earlier than published")

    # Coverage: every string claims its own occurrence.
    claims = Claims(text)
    if g["title"] is not None and claims.claim(g["title"]) is None:
        p.add(f"title {g['title']!r} not found")
    for s in g["subtitles"]:
        if claims.claim(s) is None:
            p.add(f"subtitle {s[:40]!r} not found (or already claimed)")
    pos = 0
    for s in g["body"]:
        end = claims.claim(s, pos)
        if end is None:
            p.add(f"body paragraph {s[:40]!r} not found after the previous one")
        else:
            pos = end
    for s in g["captions"]:
        if claims.claim(s) is None:
            p.add(f"caption {s[:40]!r} not found (or already claimed)")
    for b in g["boilerplate"]:
        if claims.claim(b["text"]) is None:
            p.add(f"boilerplate {b['text'][:40]!r} not found (or already claimed)")

    people = [r["name"] for r in g["reporters"]] + [r["email"] for r in g["reporters"] if r["email"]]
    strong = people + g["photo_credits"] + ([g["dateline"]] if g["dateline"] else [])
    weak = [x for x in (g["outlet"], g["series"]) if x]
    for n, chunk in claims.leftovers():
        if re.fullmatch(r"[\W_]+", chunk):
            continue  # separators such as '|' or '='
        if COPYRIGHT_RE.search(chunk):
            p.add(f"line {n}: copyright text must be listed as boilerplate: {chunk[:60]!r}")
            continue
        if ("기자" in chunk or chunk.endswith("입니다.")) and not any(e in chunk for e in people + g["photo_credits"]):
            p.add(f"line {n}: byline or sign-off names nobody in reporters/photo_credits: {chunk[:60]!r}")
            continue
        if any(e in chunk for e in strong) or date_explains(chunk, dates):
            limit = MAX_META_CHUNK
        elif any(e in chunk for e in weak):
            limit = MAX_OUTLET_CHUNK
        else:
            p.add(f"line {n}: text not accounted for by any field: {chunk[:60]!r}")
            continue
        if len(chunk) > limit:
            p.add(f"line {n}: {len(chunk)}-character leftover is too long for a byline/date/outlet line: {chunk[:40]!r}")

    for q in g["quotes"]:
        occurs(q["text"], "quote")
        if q["text"] in text and not quote_is_delimited(text, q["text"]):
            p.add(f"quote {q['text'][:40]!r} is not the whole text between quotation marks (or after `: ` up to `]`)")
        if q["speaker"]:
            occurs(q["speaker"], "quote speaker")
        if q["verb"]:
            occurs(q["verb"], "quote verb")
    for a in g["aliases"]:
        # `long(short)` or `short(long)`, allowing a closing quote and a space before '(':
        # 인공지능(AI), AI(인공지능), '수출물류법'(약칭) ...
        pair = r"{}['\"’”」』]? ?\({}[)·,]"  # 브레너(Matthias Brenner·43) has an age after the original
        forms = [pair.format(re.escape(a["long"]), re.escape(a["short"])),
                 pair.format(re.escape(a["short"]), re.escape(a["long"]))]
        if not any(re.search(f, text) for f in forms):
            p.add(f"alias pair {a['long']}({a['short']}) is not written in parentheses in the text")
    for nm in g["names"]:
        for v in nm["variants"]:
            occurs(v, "name variant")
        if len(set(nm["variants"])) != len(nm["variants"]):
            p.add(f"name {nm['canonical']!r} lists a variant twice")
    for r in g["reporters"]:
        occurs(r["name"], "reporter")
        if r["email"] is not None:
            occurs(r["email"], "reporter e-mail")
            if not EMAIL_RE.match(r["email"]):
                p.add(f"reporter e-mail {r['email']!r} is malformed")
    for c in g["photo_credits"]:
        occurs(c, "photo credit")
    for k in ("dateline", "series"):
        if g[k] is not None:
            occurs(g[k], k)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    txts = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    golds = sorted(f for f in os.listdir(folder) if f.endswith(".gold.json"))
    problems = []
    for g in golds:
        if g[:-len(".gold.json")] + ".txt" not in txts:
            problems.append(f"{g}: no matching .txt")
    for t in txts:
        p = Problems(t)
        check_article(os.path.join(folder, t), p)
        problems += p.items
    for line in problems:
        print(line)
    print(f"check_gold: {len(txts)} articles, {len(golds)} gold files, {len(problems)} problems")
    return 1 if problems or not txts else 0


if __name__ == "__main__":
    sys.exit(main())
