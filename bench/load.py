"""Load test: many simultaneous gradio_client users against a running askccg UI.

Usage: python bench/load.py [--users 50] [--questions 4] [--url URL]

Without --url it starts `python app.py` on a free port (real model, shipped
index), waits until it answers, and stops it afterwards. Each user opens its own
client and asks its questions one after another through the /ask endpoint; all
users start together. Reports failed requests and response-time median and p95.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from timing import p95

QUESTIONS = [
    "Why did GPC oppose CCG commissioning?",
    "What did Michael Dixon say about the role of NHS England?",
    "How big is the Better Care Fund?",
    "What did readers think of giving CCGs the primary care budget?",
    "How was the handover of commissioning to CCGs described?",
    "Who called co-commissioning a step towards recreating PCTs?",
    "What is the capital of France?",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server() -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port)], stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    from gradio_client import Client

    for _ in range(120):
        try:
            Client(url, verbose=False).predict("warm up", api_name="/ask")
            return proc, url
        except Exception:  # noqa: BLE001 - not up yet
            time.sleep(1)
    proc.kill()
    raise SystemExit("the server did not start")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--questions", type=int, default=4)
    ap.add_argument("--url")
    ap.add_argument("--out", type=Path, default=Path("bench/out/load.json"))
    args = ap.parse_args()
    from gradio_client import Client

    proc, url = (None, args.url) if args.url else start_server()
    times: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    gate = threading.Barrier(args.users)

    def user(n: int) -> None:
        client = Client(url, verbose=False)
        gate.wait()
        for i in range(args.questions):
            question = QUESTIONS[(n + i) % len(QUESTIONS)]
            started = time.perf_counter()
            try:
                result = client.predict(question, api_name="/ask")
                ok = isinstance(result, dict) and "error" not in result
            except Exception as exc:  # noqa: BLE001 - every failure is counted
                ok, result = False, str(exc)
            with lock:
                times.append((time.perf_counter() - started) * 1000)
                if not ok:
                    failures.append(str(result)[:200])

    wall = time.perf_counter()
    threads = [threading.Thread(target=user, args=(n,)) for n in range(args.users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - wall
    if proc:
        proc.terminate()
    report = {
        "users": args.users,
        "questions_each": args.questions,
        "requests": len(times),
        "failed": len(failures),
        "median_ms": statistics.median(times),
        "p95_ms": p95(times),
        "wall_s": wall,
        "throughput_rps": len(times) / wall,
    }
    print(json.dumps(report, indent=2))
    for f in failures[:5]:
        print("failure:", f)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
