"""Write src/askccg/data/first_names.tsv: given names with how often they occur and the share
of women among their bearers, from the name-gender table of nomquamgender 0.1.4 (MIT licence,
https://pypi.org/project/nomquamgender/; its `name_data.json` gives, per lower-cased name,
[sources, bearers, share female, ...]).  Kept: alphabetic names with at least MIN_BEARERS bearers.

Run:  pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg && \
      python bench/make_first_names.py /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

MIN_BEARERS = 1000
OUT = Path(__file__).resolve().parents[1] / "src" / "askccg" / "data" / "first_names.tsv"


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(z.read("nomquamgender/name_data.json"))
    rows = sorted(
        (name, int(v[1]), float(v[2]))
        for name, v in data.items()
        if re.fullmatch(r"[a-zà-öø-ÿ]+", name) and int(v[1]) >= MIN_BEARERS
    )
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("# name\tbearers\tshare_female  (from nomquamgender 0.1.4, MIT; bench/make_first_names.py)\n")
        for name, bearers, female in rows:
            f.write(f"{name}\t{bearers}\t{female:.3f}\n")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
