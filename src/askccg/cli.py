"""The ``askccg`` command: build, ask, serve. Heavy imports happen inside commands.

Every ``AskccgError`` becomes one line on stderr and exit status 1; a usage
mistake exits 2 (argparse); Ctrl-C exits 130. Never a traceback for a user error.
"""

from __future__ import annotations

import argparse
import io
import shlex
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .config import Settings
from .documents import Answer, is_iso_date
from .errors import AskccgError
from .render import json_text, terminal

if TYPE_CHECKING:
    from .index import Catalogue
    from .merge import MergeReport

FALSE_REFUSALS = 0.05  # the refusal line is put where this share of dev's answerable questions is refused
REBUILD = "askccg build"  # as error messages name it; the CLI adds the user's own --index/--corpus


def say(*values: object, end: str = "\n", err: bool = False) -> None:
    """Print to stdout (or stderr), every string made inert for the terminal first."""
    stream = sys.stderr if err else sys.stdout
    stream.write(terminal(" ".join(str(v) for v in values)) + end)
    stream.flush()


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        llm_url=getattr(args, "llm", None),
        llm_model=getattr(args, "llm_model", None),
        corpus_dir=getattr(args, "corpus", None),
        index_dir=getattr(args, "index", None),
        model=getattr(args, "model", None),
        chunk_tokens=getattr(args, "chunk_tokens", None),
        chunk_overlap=getattr(args, "chunk_overlap", None),
    )


def cmd_build(args: argparse.Namespace) -> int:
    from .builder import build

    settings = _settings(args)
    progress = sys.stderr.isatty() and not args.quiet
    encoder = _ray_encoder(args)  # before any work: a missing extra or a bad option is one line now
    if not args.quiet:
        where = f" on Ray at {args.ray}" if encoder else ""
        what = f"building {settings.index_dir} from {settings.corpus_dir} with {settings.model}"
        say(what + where, err=True)
    report = build(settings, encoder=encoder, progress=progress, full=args.full)
    for skipped in report.skipped:
        say(f"skipped {skipped.source}: {skipped.reason}", err=True)
    for note in report.notes:
        say(f"note: {note}", err=True)
    rate = report.embedded / report.embed_seconds if report.embed_seconds else 0.0
    say(
        f"indexed {report.articles} articles into {report.chunks} chunks "
        f"({report.comments} from reader comments), {len(report.skipped)} files skipped, "
        f"in {report.seconds:.1f} s; embedded {report.embedded} new chunks in {report.embed_seconds:.1f} s "
        f"({rate:.0f} chunks/s), reused {report.reused} unchanged"
    )
    merges = list(report.merges)
    if args.merge:
        from .merge import merge_all

        merges += merge_all(settings.index_dir)
    _say_merges(merges)
    return 0


def _ray_encoder(args: argparse.Namespace) -> Any:
    if args.ray is None:
        if args.ray_workers is not None or args.ray_install:
            raise AskccgError("--ray-workers and --ray-install need --ray ADDRESS")
        return None
    from .cluster import RayEncoder, RayOptions

    return RayEncoder(RayOptions(address=args.ray, workers=args.ray_workers, install=args.ray_install))


def _say_merges(merges: Sequence[MergeReport]) -> None:
    for m in merges:
        into = (
            f"into one of {m.articles} articles, {m.chunks} chunks" if m.into else "(nothing live: dropped)"
        )
        say(f"merged {len(m.merged)} segments {into} in {m.seconds:.1f} s")


def _catalogue(settings: Settings) -> Catalogue | None:
    """The index's article records, so adding reads only what the index cannot vouch for."""
    from .index import load_catalogue

    try:
        return load_catalogue(settings.index_dir)
    except AskccgError:
        return None


def cmd_add(args: argparse.Namespace) -> int:
    """Add files (or the files in folders) to the corpus, then update the index incrementally."""
    from .adding import FORMAT_NAMES, collect, commit, prepare
    from .builder import build

    settings = _settings(args)
    catalogue = _catalogue(settings)
    files, skipped = collect(args.paths)
    candidates, refused = prepare(files, settings.corpus_dir, catalogue)
    added = commit(settings.corpus_dir, candidates, catalogue) if candidates else []
    for a in added:
        stated = ", ".join(f.name for f in a.fields if f.value) or "no fields stated"
        comments = f"; {a.comments} reader comments" if a.comments else ""
        kept = f"; original kept as {a.kept}" if a.kept else ""
        what = f"{FORMAT_NAMES[a.format]}; {stated}{comments}"
        say(f"added {a.file}: “{a.title}” ({what}) from {a.source}{kept}")
    for c in candidates:
        if c.note:
            say(f"note: {c.source}: {c.note}", err=True)
    for skip in [*skipped, *refused]:
        say(f"skipped {skip.source}: {skip.reason}", err=True)
    if not added:
        say("nothing added; the corpus and the index are unchanged", err=True)
        return 1
    say(f"added {len(added)} of {len(added) + len(skipped) + len(refused)} files to {settings.corpus_dir}")
    try:
        report = build(settings, progress=sys.stderr.isatty() and not args.quiet)
    except AskccgError as exc:
        raise AskccgError(
            f"the articles were added but the index was not updated ({exc}); run `{REBUILD}`"
        ) from None
    say(
        f"index updated: {report.articles} articles, {report.chunks} chunks; embedded {report.embedded} "
        f"new chunks, reused {report.reused}, in {report.seconds:.1f} s"
    )
    _say_merges(report.merges)
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from .api import Assistant
    from .retriever import Filters

    filters = Filters(publication=args.publication, date_from=args.since, date_to=args.until, kind=args.kind)
    timeline = True if args.timeline else None
    answer = Assistant(_settings(args)).ask(
        " ".join(args.question), k=args.k, filters=filters, timeline=timeline
    )
    _print_answer(answer, args)
    return 0


def _print_answer(answer: Answer, args: argparse.Namespace) -> None:
    from .render import answer_data, answer_markdown, answer_text

    if getattr(args, "json", False):
        say(json_text(answer_data(answer)))
    elif getattr(args, "markdown", False):
        say(answer_markdown(answer), end="")
    else:
        say(answer_text(answer), end="")


def cmd_chat(args: argparse.Namespace) -> int:
    """Questions from standard input, one per line; follow-ups use the earlier turns."""
    from .api import Assistant

    assistant = Assistant(_settings(args))
    history: list[Answer] = []
    interactive = sys.stdin.isatty()
    if isinstance(sys.stdin, io.TextIOWrapper):  # a line that is not UTF-8 is refused, not fatal
        sys.stdin.reconfigure(errors="surrogateescape")
    while True:
        if interactive:
            say("you> ", end="")
        line = sys.stdin.readline()
        if not line or line.strip().lower() in ("exit", "quit"):
            return 0
        if not line.strip():
            continue
        try:
            answer = assistant.ask(line.strip(), history=history)
        except AskccgError as exc:  # a bad question should not end the chat
            say(f"askccg: error: {exc}", err=True)
            continue
        _print_answer(answer, args)  # says "(searched as: ...)" when a follow-up was rewritten
        say()
        history.append(answer)


def cmd_quotes(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .api import Assistant
    from .attribution import speaker_label
    from .render import quote_line

    found = Assistant(_settings(args)).quotes(args.speaker)
    if args.json:
        say(
            json_text(
                [{**asdict(q), "speaker": speaker_label(q), "attributed": bool(q.speaker)} for q in found]
            )
        )
        return 0
    if not found:
        say(f"no quotes{f' of {args.speaker!r}' if args.speaker else ''}", err=True)
        return 1
    for q in found:
        say(quote_line(q))
    say(f"{len(found)} quotes", err=True)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    if args.quotes:
        from .quote_eval import evaluate_quotes, format_quote_scores

        labels = args.quotes_labels or [
            Path("eval/quotes/labels.jsonl"),
            Path("eval/quotes/heldout.jsonl"),
        ]
        say(f"Quotation attribution against {', '.join(map(str, labels))}")
        from .config import project_root

        root = project_root()
        say(format_quote_scores(evaluate_quotes([root / p for p in labels], root)))
        return 0
    settings = _settings(args)
    if args.beir:
        return _eval_beir(args, settings)
    return _eval_sets(args, settings)


def _eval_beir(args: argparse.Namespace, settings: Settings) -> int:
    from . import beir
    from . import evaluate as ev
    from .embed import make_embedder

    modes = list(ev.ABLATIONS) if args.mode == "all" else [_mode_name(args.mode, not args.no_rerank)]
    embedder = make_embedder(settings.model)
    reports = beir.run_beir(args.beir, settings, embedder, modes=modes, progress=sys.stderr.isatty())
    say(f"BEIR folder {args.beir}")
    say(beir.format_beir(reports))
    return 0


def _eval_sets(args: argparse.Namespace, settings: Settings) -> int:
    """Each question set over its corpus: retrieval (baseline, simple hybrid, askccg) and answers,
    dev and test side by side."""
    from . import evaluate as ev
    from .api import Assistant
    from .builder import build
    from .config import project_root

    root = project_root()
    sets = ev.default_sets(root)
    if args.set:
        chosen = [s for s in sets if s.name in args.set]
        paths = [Path(p) for p in args.set if p not in {s.name for s in sets}]
        sets = chosen + [ev.EvalSet(p.stem, p, (settings.corpus_dir,)) for p in paths]
    prepared = []
    for spec in sets:
        local = settings
        if spec.folders != (settings.corpus_dir,):  # a corpus of its own, built beside the project's
            cache = root / ".cache" / "eval" / spec.name
            corpus = ev.merged_corpus(spec.folders, cache / "corpus")
            local = settings.with_(corpus_dir=corpus, index_dir=cache / "index")
            build(local, progress=sys.stderr.isatty())
        prepared.append((spec, ev.load_questions(spec.questions), local))
    if args.calibrate:
        _calibrate(args.calibrate, prepared)
        prepared = [(spec, qs, local.with_(calibration=args.calibrate)) for spec, qs, local in prepared]
    for spec, questions, local in prepared:
        assistant = Assistant(local)
        retriever = assistant.retriever()
        docs = ev.raw_corpus(local.corpus_dir)
        say(f"\n== {spec.name}: {spec.questions} over {len(docs)} articles ({len(questions)} questions)")
        if not args.answers_only:
            say(ev.format_retrieval(ev.retrieval_rows(questions, retriever, docs, ablations=args.ablations)))
        if not args.retrieval_only:
            cells = ev.answer_cells(questions, _asker(assistant))
            say(ev.format_answers([("askccg", cells)]))
            if args.verbose:
                for (split, wording), cell in sorted(cells.items()):
                    if wording == "all" and cell.misses:
                        say(f"  {split}: fact missing from the answer: {', '.join(cell.misses)}")
    return 0


def _calibrate(path: Path, prepared: list[Any]) -> None:
    """Fit the passage and answer calibrations on the dev halves of every set; write them to ``path``."""
    from . import evaluate as ev
    from .answer import EVIDENCE
    from .api import Assistant
    from .calibration import fit, save_calibrations
    from .rerank import FEATURES

    passages, answers, labels = [], [], []
    names = []
    for spec, questions, local in prepared:
        dev = [q for q in questions if q.split == "dev"]
        if not dev:  # a held-out set: measured, never fitted on
            continue
        names.append(f"{spec.name} ({len(dev)})")
        assistant = Assistant(local)
        rows, answerable = ev.evidence_rows(assistant, dev)
        answers += rows
        labels += answerable
        retriever = assistant.retriever()
        for q in dev:
            if not q.expect:
                hits = retriever.retrieve(q.text, k=5)
                best = max((h.features for h in hits), key=sum) if hits else (0.0,) * len(FEATURES)
                passages.append(dict(zip(FEATURES, best, strict=True)))
    where = "dev halves of " + ", ".join(names)
    fitted = {
        "passage": fit(passages, labels, FEATURES, fitted_on=f"best passage per question, {where}"),
        "answer": fit(
            answers,
            labels,
            EVIDENCE,
            fitted_on=f"best evidence per question, {where}",
            false_refusals=FALSE_REFUSALS,
        ),
    }
    save_calibrations(fitted, path)
    for name, cal in fitted.items():
        say(f"calibration {name!r} written to {path}: {dict(cal.report)}")


def _asker(assistant: Any) -> Callable[[Any], Answer]:
    return lambda q: assistant.ask(q.text, history=list(q.history))


def _mode_name(mode: str, rerank: bool) -> str:
    return f"askccg {mode}{'+rerank' if rerank and mode == 'hybrid' else ''}"


def cmd_serve(args: argparse.Namespace) -> int:
    from .api import Assistant
    from .ui import launch

    add = {"auto": None, "on": True, "off": False}[args.add_articles]
    launch(Assistant(_settings(args)), port=args.port, hosts=args.allow_host, add_articles=add)
    return 0


def _iso_date(value: str) -> str:
    if not is_iso_date(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a real date like 2014, 2014-05 or 2014-05-18")
    return value


class Parser(argparse.ArgumentParser):
    """No abbreviated options (``--k`` is never ``--kind``); a usage mistake is one line, exit 2."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        say(f"{self.prog}: error: {message} (see {self.prog} --help)", err=True)
        raise SystemExit(2)


def rebuild_command(args: argparse.Namespace) -> str:
    """``askccg build`` with the folder and chunking options the user gave, to paste as is."""
    words = ["askccg", "build"]
    for option in ("corpus", "index", "model", "chunk_tokens", "chunk_overlap"):
        value = getattr(args, option, None)
        if value is not None:
            words += [f"--{option.replace('_', '-')}", shlex.quote(str(value))]
    return " ".join(words)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, help="corpus folder (default: corpus/)")
    parser.add_argument("--index", type=Path, help="index folder (default: embeddings/)")
    parser.add_argument("--model", help="sentence-transformers model name or local folder")
    parser.add_argument(
        "--llm", metavar="URL", help="local OpenAI-compatible endpoint (http://127.0.0.1:8080/v1)"
    )
    parser.add_argument("--llm-model", help="model name to send to that endpoint")


def parser() -> argparse.ArgumentParser:
    top = Parser(prog="askccg", description="Ask questions of the CCG news archive.")
    sub = top.add_subparsers(dest="command", required=True, parser_class=Parser)

    p = sub.add_parser("build", help="update embeddings/ from corpus/ (only what changed)")
    _common(p)
    p.add_argument("--chunk-tokens", type=int, help="maximum tokens per chunk")
    p.add_argument("--chunk-overlap", type=int, help="tokens shared by neighbouring chunks")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--full", action="store_true", help="re-read and re-embed every article")
    p.add_argument("--merge", action="store_true", help="then fold every segment into one")
    p.add_argument(
        "--ray",
        metavar="ADDRESS",
        help="chunk and embed on a Ray cluster: auto (the cluster this machine belongs to), HOST:PORT of "
        "its head node, or local (a private Ray on this machine); needs pip install 'askccg[cluster]'",
    )
    p.add_argument(
        "--ray-workers", type=int, metavar="N", help="embedding actors on the cluster (default: one per CPU)"
    )
    p.add_argument(
        "--ray-install",
        action="store_true",
        help="install this machine's versions of the model package and its libraries on the workers",
    )
    p.set_defaults(func=cmd_build)

    p = sub.add_parser(
        "add", help="add web pages, PDFs, Word files, Markdown or text to corpus/ and update the index"
    )
    _common(p)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders to add")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("ask", help="answer a question with numbered sources")
    _common(p)
    p.add_argument("question", nargs="+", help="the question (quote it)")
    p.add_argument("-k", "--k", type=int, default=None, help="passages to retrieve (1-100)")
    p.add_argument("--json", action="store_true", help="print the answer and sources as JSON")
    p.add_argument("--publication", help="only articles of this publication (e.g. Pulse)")
    p.add_argument("--since", type=_iso_date, help="only articles dated on or after yyyy[-mm[-dd]]")
    p.add_argument("--until", type=_iso_date, help="only articles dated on or before yyyy[-mm[-dd]]")
    p.add_argument("--kind", choices=["article", "comment"], help="only article text or only reader comments")
    p.add_argument(
        "--markdown", action="store_true", help="print a Markdown brief with news-style references"
    )
    p.add_argument("--timeline", action="store_true", help="order the evidence by publication date")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", help="a conversation on standard input; follow-up questions work")
    _common(p)
    p.add_argument("--markdown", action="store_true", help="print each answer as a Markdown brief")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("quotes", help="list the direct quotations of the corpus with speaker and role")
    _common(p)
    p.add_argument("--speaker", help="only quotes of this speaker (any part of the name, or 'unattributed')")
    p.add_argument("--json", action="store_true", help="JSON records with spans")
    p.set_defaults(func=cmd_quotes)

    p = sub.add_parser("eval", help="measure retrieval and answers on the dev and test question sets")
    _common(p)
    p.add_argument(
        "--set",
        action="append",
        metavar="NAME|PATH",
        help="a question set: five, corpus2, corpus6 (held out) or a JSON-lines file over --corpus "
        "(repeatable; default: all)",
    )
    p.add_argument("--ablations", action="store_true", help="also every retrieval mode of askccg")
    p.add_argument(
        "--calibrate",
        type=Path,
        metavar="OUT",
        help="fit the refusal calibrations on the dev halves, write them to OUT, and evaluate with them",
    )
    p.add_argument("--retrieval-only", action="store_true", help="only the retrieval table")
    p.add_argument("--answers-only", action="store_true", help="only the answers table")
    p.add_argument("--verbose", action="store_true", help="list the questions whose answer misses the fact")
    p.add_argument("--beir", type=Path, help="a BEIR folder (corpus.jsonl, queries.jsonl, qrels/test.tsv)")
    p.add_argument(
        "--mode", choices=["all", "dense", "bm25", "hybrid"], default="all", help="BEIR: modes to run"
    )
    p.add_argument("--no-rerank", action="store_true", help="BEIR: hybrid without the reranker")
    p.add_argument(
        "--quotes", action="store_true", help="score speaker attribution on the labelled quotations"
    )
    p.add_argument(
        "--quotes-labels",
        type=Path,
        action="append",
        help="labelled quotations, repeatable (default: eval/quotes/labels.jsonl and heldout.jsonl; "
        "the files they name are read from the project folder)",
    )
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("serve", help="start the chat UI on 127.0.0.1")
    _common(p)
    p.add_argument("--port", type=int, default=None, help="port (default: $GRADIO_SERVER_PORT or 7860)")
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer requests for this host name (repeatable); localhost, 127.0.0.1 and ::1 always",
    )
    p.add_argument(
        "--add-articles",
        choices=["auto", "on", "off"],
        default="auto",
        help="the Add articles tab (uploads): auto = on unless --allow-host names another host",
    )
    p.set_defaults(func=cmd_serve)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage mistake (2, one line already printed)
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return int(args.func(args))
    except AskccgError as exc:
        message = str(exc).replace(f"`{REBUILD}`", f"`{rebuild_command(args)}`")
        say(f"askccg: error: {message}", err=True)
        return 1
    except KeyboardInterrupt:
        say("askccg: interrupted", err=True)
        return 130


if __name__ == "__main__":
    sys.exit(main())
