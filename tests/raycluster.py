"""A real Ray cluster for the tests: a head and more nodes, each its own `ray start` process.

Every node is started with ``ray start --block`` as the leader of a new session, so
everything it spawns (GCS, raylet, agents, worker processes) carries that session id,
and stopping or killing a node ends exactly those processes, never another Ray on the
machine (no ``ray stop``). The cluster stays on loopback: the head on 127.0.0.1 (Ray
keeps a single-machine head there when ``RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0``, which
conftest sets for the tests' own processes too), the other nodes on 127.0.0.2, 127.0.0.3,
... (Ray rewrites 127.0.0.1 to the machine's outward address for a joining node, so a
joining node takes another loopback address and reaches the head's GCS by its IPv4-mapped
spelling). Token authentication is on, with the token conftest makes for the test session.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from .browser import free_port

RAY = str(Path(sys.executable).with_name("ray"))
STARTED = "Ray runtime started"


def session_pids(session: int) -> list[int]:
    """Processes whose session id is ``session`` (field 6 of /proc/PID/stat)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == session:
            pids.append(int(stat.parent.name))
    return pids


@dataclass
class Node:
    """One `ray start --block` process and the session it leads."""

    name: str
    ip: str
    process: subprocess.Popen[bytes]
    log: Path

    def alive(self) -> bool:
        return bool(session_pids(self.process.pid))

    def stop(self) -> None:
        """Ask the node to shut down (SIGTERM to `ray start`), then end whatever is left."""
        self.process.terminate()
        with suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=15)
        self.kill()

    def kill(self) -> None:
        """SIGKILL every process of the node at once: a machine lost, not a clean shutdown."""
        for pid in session_pids(self.process.pid):
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if self.process.poll() is None:
            self.process.wait(timeout=30)
        deadline = time.monotonic() + 30
        while session_pids(self.process.pid) and time.monotonic() < deadline:
            time.sleep(0.2)

    def processes(self) -> list[str]:
        """Command lines of the node's processes (Ray names worker processes after their actor)."""
        out = []
        for pid in session_pids(self.process.pid):
            try:
                out.append(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode())
            except OSError:
                continue
        return out


@dataclass
class Cluster:
    address: str  # the head's GCS, for `askccg build --ray ADDRESS`
    nodes: list[Node] = field(default_factory=list)


def _wait_started(node: Node, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if STARTED in node.log.read_text(errors="replace"):
            return
        if node.process.poll() is not None:
            break
        time.sleep(0.3)
    raise RuntimeError(f"ray node {node.name} did not start:\n{node.log.read_text(errors='replace')[-3000:]}")


def _start(name: str, ip: str, args: list[str], env: dict[str, str], folder: Path) -> Node:
    log = folder / f"{name}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [RAY, "start", *args, "--block", "--disable-usage-stats", f"--temp-dir={folder / name}"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    node = Node(name, ip, process, log)
    _wait_started(node)
    return node


@contextmanager
def ray_cluster(cpus: tuple[int, ...] = (1, 1)) -> Iterator[Cluster]:
    """A head with ``cpus[0]`` CPUs and one more node per further entry; all stopped at the end."""
    # Short path: Ray's Unix socket names must stay under the 107-byte limit.
    folder = Path(tempfile.mkdtemp(prefix="askccg-ray-"))
    port = free_port()
    base = {**os.environ, "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0"}
    cluster = Cluster(address=f"127.0.0.1:{port}")
    try:
        head_args = ["--head", "--node-ip-address=127.0.0.1", f"--port={port}", f"--num-cpus={cpus[0]}"]
        head_args += ["--include-dashboard=false"]
        cluster.nodes.append(_start("head", "127.0.0.1", head_args, base, folder))
        joining = {**base, "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "1"}
        for n, count in enumerate(cpus[1:], start=2):
            ip = f"127.0.0.{n}"
            args = [f"--address=[::ffff:127.0.0.1]:{port}", f"--node-ip-address={ip}", f"--num-cpus={count}"]
            cluster.nodes.append(_start(f"node{n}", ip, args, joining, folder))
        yield cluster
    finally:
        for node in reversed(cluster.nodes):
            node.stop()
        shutil.rmtree(folder, ignore_errors=True)
