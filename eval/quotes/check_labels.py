"""Sanity checks for eval/quotes/labels.jsonl (hand-labelled quotation attribution set),
eval/quotes/heldout.jsonl (the held-out set over eval/corpus3),
eval/quotes/heldout2.jsonl (the second held-out set over eval/corpus4),
eval/quotes/heldout3.jsonl (the third held-out set over eval/corpus5),
eval/quotes/heldout4.jsonl (the fourth held-out set over eval/corpus7),
eval/quotes/heldout5.jsonl (the fifth held-out set over eval/corpus8),
eval/quotes/heldout6.jsonl (the sixth held-out set over eval/corpus9),
eval/quotes/heldout7.jsonl (the seventh held-out set over eval/corpus10),
eval/quotes/heldout8.jsonl (the eighth held-out set over eval/corpus11),
eval/quotes/heldout9.jsonl (the ninth held-out set over eval/corpus12),
eval/quotes/heldout10.jsonl (the tenth held-out set over eval/corpus13),
eval/quotes/heldout11.jsonl (the eleventh held-out set over eval/corpus14),
eval/quotes/heldout12.jsonl (the twelfth held-out set over eval/corpus15),
eval/quotes/heldout13.jsonl (the thirteenth held-out set over eval/corpus16),
eval/quotes/heldout14.jsonl (the fourteenth held-out set over eval/corpus17),
eval/quotes/heldout15.jsonl (the fifteenth held-out set over eval/corpus18),
eval/quotes/heldout16.jsonl (the sixteenth held-out set over eval/corpus19),
eval/quotes/heldout17.jsonl (the seventeenth held-out set over eval/corpus20),
eval/quotes/heldout18.jsonl (the eighteenth held-out set over eval/corpus21),
eval/quotes/heldout19.jsonl (the nineteenth held-out set over eval/corpus22),
eval/quotes/heldout20.jsonl (the twentieth held-out set over eval/corpus23),
eval/quotes/heldout21.jsonl (the twenty-first held-out set over eval/corpus24),
eval/quotes/heldout22.jsonl (the twenty-second held-out set over eval/corpus25),
eval/quotes/heldout23.jsonl (the twenty-third held-out set over eval/corpus26) and
eval/quotes/heldout24.jsonl (the twenty-fourth held-out set over eval/corpus27).

Run:  python3 eval/quotes/check_labels.py                  (labels.jsonl)
      python3 eval/quotes/check_labels.py --file heldout.jsonl
      python3 eval/quotes/check_labels.py --file eval/quotes/heldout.jsonl
      python3 eval/quotes/check_labels.py --file heldout2.jsonl
      python3 eval/quotes/check_labels.py --file heldout3.jsonl
      python3 eval/quotes/check_labels.py --file heldout4.jsonl
      python3 eval/quotes/check_labels.py --file heldout5.jsonl
      python3 eval/quotes/check_labels.py --file heldout6.jsonl
      python3 eval/quotes/check_labels.py --file heldout7.jsonl
      python3 eval/quotes/check_labels.py --file heldout8.jsonl
      python3 eval/quotes/check_labels.py --file heldout9.jsonl
      python3 eval/quotes/check_labels.py --file heldout10.jsonl
      python3 eval/quotes/check_labels.py --file heldout11.jsonl
      python3 eval/quotes/check_labels.py --file heldout12.jsonl
      python3 eval/quotes/check_labels.py --file heldout13.jsonl
      python3 eval/quotes/check_labels.py --file heldout14.jsonl
      python3 eval/quotes/check_labels.py --file heldout15.jsonl
      python3 eval/quotes/check_labels.py --file heldout16.jsonl
      python3 eval/quotes/check_labels.py --file heldout17.jsonl
      python3 eval/quotes/check_labels.py --file heldout18.jsonl
      python3 eval/quotes/check_labels.py --file heldout19.jsonl
      python3 eval/quotes/check_labels.py --file heldout20.jsonl
      python3 eval/quotes/check_labels.py --file heldout21.jsonl
      python3 eval/quotes/check_labels.py --file heldout22.jsonl
      python3 eval/quotes/check_labels.py --file heldout23.jsonl
      python3 eval/quotes/check_labels.py --file heldout24.jsonl
(from /work/main or anywhere; a bare file name is looked up next to this script.)
Exits non-zero with a message on the first failed check.

labels.jsonl: ids Q0001..., split "dev" or "test", files under corpus/ or eval/corpus2/.
heldout.jsonl: ids H0001..., split "heldout", files under eval/corpus3/ only.
heldout2.jsonl: ids K0001..., split "heldout2", files under eval/corpus4/ only.
heldout3.jsonl: ids L0001..., split "heldout3", files under eval/corpus5/ only.
heldout4.jsonl: ids M0001..., split "heldout4", files under eval/corpus7/ only.
heldout5.jsonl: ids N0001..., split "heldout5", files under eval/corpus8/ only.
heldout6.jsonl: ids P0001..., split "heldout6", files under eval/corpus9/ only.
heldout7.jsonl: ids R0001..., split "heldout7", files under eval/corpus10/ only.
heldout8.jsonl: ids S0001..., split "heldout8", files under eval/corpus11/ only.
heldout9.jsonl: ids T0001..., split "heldout9", files under eval/corpus12/ only.
heldout10.jsonl: ids U0001..., split "heldout10", files under eval/corpus13/ only.
heldout11.jsonl: ids V0001..., split "heldout11", files under eval/corpus14/ only.
heldout12.jsonl: ids W0001..., split "heldout12", files under eval/corpus15/ only.
heldout13.jsonl: ids X0001..., split "heldout13", files under eval/corpus16/ only.
heldout14.jsonl: ids Y0001..., split "heldout14", files under eval/corpus17/ only.
heldout15.jsonl: ids Z0001..., split "heldout15", files under eval/corpus18/ only.
heldout16.jsonl: ids B0001..., split "heldout16", files under eval/corpus19/ only.
heldout17.jsonl: ids C0001..., split "heldout17", files under eval/corpus20/ only.
heldout18.jsonl: ids D0001..., split "heldout18", files under eval/corpus21/ only.
heldout19.jsonl: ids E0001..., split "heldout19", files under eval/corpus22/ only.
heldout20.jsonl: ids F0001..., split "heldout20", files under eval/corpus23/ only.
heldout21.jsonl: ids G0001..., split "heldout21", files under eval/corpus24/ only.
heldout22.jsonl: ids J0001..., split "heldout22", files under eval/corpus25/ only.
heldout23.jsonl: ids A0001..., split "heldout23", files under eval/corpus26/ only.
heldout24.jsonl: ids O0001..., split "heldout24", files under eval/corpus27/ only.
heldout25.jsonl ... heldout48.jsonl: ids I0001..., AA0001..., AB0001..., ..., AW0001..., files
under eval/corpus28/ ... eval/corpus53/, corpus38 and corpus41 aside (MODES below is the full table).
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))          # /work/main
LABELS = os.path.join(HERE, "labels.jsonl")

REQUIRED = ["id", "file", "start", "end", "quote", "speaker", "speaker_type",
            "role", "where", "evidence", "pattern"]
SPEAKER_TYPES = {"person", "organisation", "description", "reader", "unclear", "not_speech"}
WHERES = {"body", "caption", "headline", "standfirst", "pull quote", "comment"}
PATTERNS = {"said-before", "said-after", "name-role-line", "continuation", "pronoun",
            "description", "fragment", "caption", "other"}
# per id prefix: allowed splits and allowed corpus folders
MODES = {
    "Q": {"splits": ("dev", "test"), "dirs": ("corpus/", "eval/corpus2/")},
    "H": {"splits": ("heldout",), "dirs": ("eval/corpus3/",)},
    "K": {"splits": ("heldout2",), "dirs": ("eval/corpus4/",)},
    "L": {"splits": ("heldout3",), "dirs": ("eval/corpus5/",)},
    "M": {"splits": ("heldout4",), "dirs": ("eval/corpus7/",)},
    "N": {"splits": ("heldout5",), "dirs": ("eval/corpus8/",)},
    "P": {"splits": ("heldout6",), "dirs": ("eval/corpus9/",)},
    "R": {"splits": ("heldout7",), "dirs": ("eval/corpus10/",)},
    "S": {"splits": ("heldout8",), "dirs": ("eval/corpus11/",)},
    "T": {"splits": ("heldout9",), "dirs": ("eval/corpus12/",)},
    "U": {"splits": ("heldout10",), "dirs": ("eval/corpus13/",)},
    "V": {"splits": ("heldout11",), "dirs": ("eval/corpus14/",)},
    "W": {"splits": ("heldout12",), "dirs": ("eval/corpus15/",)},
    "X": {"splits": ("heldout13",), "dirs": ("eval/corpus16/",)},
    "Y": {"splits": ("heldout14",), "dirs": ("eval/corpus17/",)},
    "Z": {"splits": ("heldout15",), "dirs": ("eval/corpus18/",)},
    "B": {"splits": ("heldout16",), "dirs": ("eval/corpus19/",)},
    "C": {"splits": ("heldout17",), "dirs": ("eval/corpus20/",)},
    "D": {"splits": ("heldout18",), "dirs": ("eval/corpus21/",)},
    "E": {"splits": ("heldout19",), "dirs": ("eval/corpus22/",)},
    "F": {"splits": ("heldout20",), "dirs": ("eval/corpus23/",)},
    "G": {"splits": ("heldout21",), "dirs": ("eval/corpus24/",)},
    "J": {"splits": ("heldout22",), "dirs": ("eval/corpus25/",)},
    "A": {"splits": ("heldout23",), "dirs": ("eval/corpus26/",)},
    "O": {"splits": ("heldout24",), "dirs": ("eval/corpus27/",)},
    "I": {"splits": ("heldout25",), "dirs": ("eval/corpus28/",)},
    # the single letters are used up: later sets take two-letter prefixes
    "AA": {"splits": ("heldout26",), "dirs": ("eval/corpus29/",)},
    "AB": {"splits": ("heldout27",), "dirs": ("eval/corpus30/",)},
    "AC": {"splits": ("heldout28",), "dirs": ("eval/corpus31/",)},
    "AD": {"splits": ("heldout29",), "dirs": ("eval/corpus32/",)},
    "AE": {"splits": ("heldout30",), "dirs": ("eval/corpus33/",)},
    "AF": {"splits": ("heldout31",), "dirs": ("eval/corpus34/",)},
    "AG": {"splits": ("heldout32",), "dirs": ("eval/corpus35/",)},
    "AH": {"splits": ("heldout33",), "dirs": ("eval/corpus36/",)},
    "AI": {"splits": ("heldout34",), "dirs": ("eval/corpus37/",)},
    # eval/corpus38/ is a question corpus (eval/sets/corpus38.jsonl), not a label set
    "AJ": {"splits": ("heldout35",), "dirs": ("eval/corpus39/",)},
    "AK": {"splits": ("heldout36",), "dirs": ("eval/corpus40/",)},
    # eval/corpus41/ is a question corpus (eval/sets/corpus41.jsonl), not a label set
    "AL": {"splits": ("heldout37",), "dirs": ("eval/corpus42/",)},
    "AM": {"splits": ("heldout38",), "dirs": ("eval/corpus43/",)},
    "AN": {"splits": ("heldout39",), "dirs": ("eval/corpus44/",)},
    "AO": {"splits": ("heldout40",), "dirs": ("eval/corpus45/",)},
    "AP": {"splits": ("heldout41",), "dirs": ("eval/corpus46/",)},
    "AQ": {"splits": ("heldout42",), "dirs": ("eval/corpus47/",)},
    "AR": {"splits": ("heldout43",), "dirs": ("eval/corpus48/",)},
    "AS": {"splits": ("heldout44",), "dirs": ("eval/corpus49/",)},
    "AT": {"splits": ("heldout45",), "dirs": ("eval/corpus50/",)},
    "AU": {"splits": ("heldout46",), "dirs": ("eval/corpus51/",)},
    "AV": {"splits": ("heldout47",), "dirs": ("eval/corpus52/",)},
    "AW": {"splits": ("heldout48",), "dirs": ("eval/corpus53/",)},
}
DIR_ORDER = ("corpus/", "eval/corpus2/", "eval/corpus3/", "eval/corpus4/", "eval/corpus5/",
             "eval/corpus6/", "eval/corpus7/", "eval/corpus8/", "eval/corpus9/", "eval/corpus10/",
             "eval/corpus11/", "eval/corpus12/", "eval/corpus13/", "eval/corpus14/",
             "eval/corpus15/", "eval/corpus16/", "eval/corpus17/", "eval/corpus18/",
             "eval/corpus19/", "eval/corpus20/", "eval/corpus21/", "eval/corpus22/",
             "eval/corpus23/", "eval/corpus24/", "eval/corpus25/", "eval/corpus26/",
             "eval/corpus27/", "eval/corpus28/", "eval/corpus29/", "eval/corpus30/",
             "eval/corpus31/", "eval/corpus32/", "eval/corpus33/", "eval/corpus34/",
             "eval/corpus35/", "eval/corpus36/", "eval/corpus37/", "eval/corpus38/",
             "eval/corpus39/", "eval/corpus40/", "eval/corpus41/", "eval/corpus42/",
             "eval/corpus43/", "eval/corpus44/", "eval/corpus45/", "eval/corpus46/",
             "eval/corpus47/", "eval/corpus48/", "eval/corpus49/", "eval/corpus50/",
             "eval/corpus51/", "eval/corpus52/", "eval/corpus53/")


def file_order_key(path):
    # corpus/ files first, then eval/corpus2/, eval/corpus3/, eval/corpus4/, eval/corpus5/, eval/corpus6/,
    # eval/corpus7/, eval/corpus8/, eval/corpus9/, eval/corpus10/, eval/corpus11/, eval/corpus12/,
    # eval/corpus13/, eval/corpus14/, eval/corpus15/, eval/corpus16/, eval/corpus17/, eval/corpus18/,
    # eval/corpus19/, eval/corpus20/, eval/corpus21/, eval/corpus22/, eval/corpus23/,
    # eval/corpus24/, eval/corpus25/, eval/corpus26/, eval/corpus27/, each alphabetically
    for i, d in enumerate(DIR_ORDER):
        if path.startswith(d):
            return (i, path)
    return (len(DIR_ORDER), path)


def resolve(path):
    if os.path.isabs(path) or os.path.exists(path):
        return os.path.abspath(path)
    for base in (HERE, ROOT):
        cand = os.path.join(base, path)
        if os.path.exists(cand):
            return cand
    return os.path.abspath(path)


def main(labels_path=LABELS):
    texts = {}
    records = []
    with open(labels_path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"line {n}: invalid JSON: {e}")
    assert records, "no records"

    prefix = re.match(r"[A-Z]*", str(records[0].get("id", "?"))).group()
    assert prefix in MODES, f"first id {records[0].get('id')!r} must start with one of {sorted(MODES)}"
    mode = MODES[prefix]

    ids = set()
    prev = None
    for r in records:
        rid = r.get("id", "?")
        # required fields and types
        for k in REQUIRED:
            assert k in r, f"{rid}: missing field {k!r}"
        extra = set(r) - set(REQUIRED) - {"split"}  # dev/test (eval/make_splits.py), heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16, heldout17, heldout18, heldout19, heldout20, heldout21, heldout22, heldout23 or heldout24
        assert r.get("split") in mode["splits"], f"{rid}: split must be one of {mode['splits']}"
        assert not extra, f"{rid}: unexpected fields {sorted(extra)}"
        for k in REQUIRED:
            if k in ("start", "end"):
                assert isinstance(r[k], int) and not isinstance(r[k], bool), f"{rid}: {k} must be int"
            else:
                assert isinstance(r[k], str), f"{rid}: {k} must be a string"
        # id
        digits = rid[len(prefix):]
        assert rid.startswith(prefix) and digits.isdigit() and len(digits) == 4, f"{rid}: bad id format"
        assert rid not in ids, f"{rid}: duplicate id"
        ids.add(rid)
        # allowed values
        assert r["speaker_type"] in SPEAKER_TYPES, f"{rid}: bad speaker_type {r['speaker_type']!r}"
        assert r["where"] in WHERES, f"{rid}: bad where {r['where']!r}"
        assert r["pattern"] in PATTERNS, f"{rid}: bad pattern {r['pattern']!r}"
        # speaker consistency
        st = r["speaker_type"]
        if st == "unclear":
            assert r["speaker"] == "unclear", f"{rid}: unclear speaker_type needs speaker 'unclear'"
        elif st == "not_speech":
            assert r["speaker"] == "", f"{rid}: not_speech records carry an empty speaker"
        else:
            assert r["speaker"].strip() and r["speaker"] != "unclear", f"{rid}: empty/unclear speaker for {st}"
        assert r["evidence"].strip(), f"{rid}: empty evidence"
        # file
        f = r["file"]
        assert f.startswith(mode["dirs"]) and f.endswith(".txt"), f"{rid}: file outside {mode['dirs']}: {f}"
        if f not in texts:
            p = os.path.join(ROOT, f)
            assert os.path.isfile(p), f"{rid}: no such file {f}"
            texts[f] = open(p, encoding="utf-8", newline="").read()
        t = texts[f]
        # offsets
        s, e = r["start"], r["end"]
        assert 0 <= s < e <= len(t), f"{rid}: offsets out of range ({s}, {e}, len {len(t)})"
        assert t[s:e] == r["quote"], f"{rid}: text[{s}:{e}] != quote\n  text:  {t[s:e]!r}\n  quote: {r['quote']!r}"
        assert r["quote"] == r["quote"].strip(), f"{rid}: quote has leading/trailing whitespace"
        # length
        assert len(r["quote"].split()) >= 5, f"{rid}: fewer than 5 words: {r['quote']!r}"
        # order: by file (corpus/, eval/corpus2/ ... eval/corpus17/, alphabetical), then by start
        key = (file_order_key(f), s, e)
        if prev is not None:
            assert key > prev, f"{rid}: record out of file order"
        prev = key
    # ids are consecutive in order
    for i, r in enumerate(records, 1):
        want = "%s%04d" % (prefix, i)
        assert r["id"] == want, f"{r['id']}: ids not consecutive (expected {want})"

    print(f"OK: {len(records)} records in {len(texts)} files")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", default=LABELS,
                    help="label file to check (default: labels.jsonl next to this script)")
    args = ap.parse_args()
    try:
        main(resolve(args.file))
    except AssertionError as ex:
        sys.exit(f"FAIL: {ex}")
