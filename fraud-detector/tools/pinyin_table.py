#!/usr/bin/env python3
"""Regenerates src/main/resources/dev/livesell/fraud/pinyin/pinyin.tsv: for every Han character used by the
built-in rule files (lexicon.tsv, cooccurrence.tsv, numeric.tsv), up to two toneless readings from
mozillazg/pinyin-data (MIT), most common first, comma separated ("长<TAB>chang,zhang").
Usage (from the repository root): python3 fraud-detector/tools/pinyin_table.py ../shared/data/fraud/normalization/pinyin_data/pinyin.txt
Not part of the build: the generated table is committed."""
import sys, unicodedata, pathlib

RES = pathlib.Path("fraud-detector/src/main/resources/dev/livesell/fraud")

def toneless(p):
    s = unicodedata.normalize("NFD", p)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ü", "v").lower()

def main(src):
    readings = {}
    for line in open(src, encoding="utf-8"):
        if line.startswith("#") or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        ch = chr(int(code.strip()[2:], 16))
        rs = []
        for r in rest.split("#")[0].strip().split(","):
            t = toneless(r.strip())
            if t and t.isascii() and t.isalpha() and t not in rs:
                rs.append(t)
        if rs:
            readings[ch] = rs[:2]
    used = set()
    for name in ("lexicon.tsv", "cooccurrence.tsv", "numeric.tsv"):
        for line in open(RES / name, encoding="utf-8"):
            if not line.startswith("#"):
                used.update(c for c in line if "\u4e00" <= c <= "\u9fff")
    with open(RES / "pinyin" / "pinyin.tsv", "w", encoding="utf-8") as out:
        for ch in sorted(used):
            if ch in readings:
                out.write(f"{ch}\t{','.join(readings[ch])}\n")

if __name__ == "__main__":
    main(sys.argv[1])
