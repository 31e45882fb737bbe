"""articles.toml parsed entry by entry: the same entries, lines and problems as a whole parse,
and entries the index already holds are never parsed again."""

from __future__ import annotations

import tomllib

import pytest

from askccg import metadata
from askccg.metadata import check_schema, parse_metadata

TEXT = """# my notes
# more notes

[[article]]
file = "a.txt"
title = "A [[bracketed]] title"
publication = "Pulse"

[[ article ]]   # a spaced header
file = "b.txt"
date = "2014-05"

[[article]]
file = "c.txt"
kept = "c.pdf"
author = "Dr Who"
"""


def whole(text: str) -> tuple[object, list[str]]:
    meta, problems = check_schema(tomllib.loads(text), text)
    return (meta.entries, meta.lines, meta.kept), problems


def test_block_by_block_equals_a_whole_parse() -> None:
    meta, problems = parse_metadata(TEXT)
    assert ((meta.entries, meta.lines, meta.kept), problems) == whole(TEXT)
    assert set(meta.blocks) == {"a.txt", "b.txt", "c.txt"}
    known = {
        sha: {"file": name, **meta.entries[name], "kept": meta.kept.get(name, "")}
        for name, sha in meta.blocks.items()
    }
    again, problems = parse_metadata(TEXT, "", known)
    assert ((again.entries, again.lines, again.kept), problems) == whole(TEXT)
    assert again.blocks == meta.blocks


def test_known_entries_are_not_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    meta, _ = parse_metadata(TEXT)
    known = {
        sha: {"file": name, **meta.entries[name], "kept": meta.kept.get(name, "")}
        for name, sha in meta.blocks.items()
    }
    parsed: list[str] = []
    real = tomllib.loads
    monkeypatch.setattr(metadata.tomllib, "loads", lambda text: parsed.append(text) or real(text))
    added = TEXT + '\n[[article]]\nfile = "d.txt"\ndate = "2014-13"\n'
    _, problems = parse_metadata(added, "", known)
    assert [p for p in parsed if "file" in p] == ['[[article]]\nfile = "d.txt"\ndate = "2014-13"\n']
    assert (
        problems
        == whole(added)[1]
        == ["line 20: date '2014-13' is not a real date (yyyy, yyyy-mm or yyyy-mm-dd)"]
    )


@pytest.mark.parametrize(
    "text",
    [
        TEXT + '\n[[article]]\nfile = "d.txt"\ntitle = """two\n[[article]]\nlines"""\n',  # header in a string
        'top = "x"\n' + TEXT,  # a key before the first entry
        TEXT + '\n[[article]]\nfile = "a.txt"\n',  # a second entry for a file
        TEXT + "\n[other]\nx = 1\n",  # a table that is not an entry
    ],
)
def test_what_a_line_split_could_misread_is_parsed_whole(text: str) -> None:
    meta, problems = parse_metadata(TEXT)
    known = {
        sha: {"file": name, **meta.entries[name], "kept": meta.kept.get(name, "")}
        for name, sha in meta.blocks.items()
    }
    meta, problems = parse_metadata(text)
    again, again_problems = parse_metadata(text, "", known)
    for m, p in ((meta, problems), (again, again_problems)):
        assert ((m.entries, m.lines, m.kept), p) == whole(text)
