"""Fetch the pinned Neo4j jars once with Maven and reuse them on every later start."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.core.paths import STATE_DIR

POM = Path(__file__).with_name("pom.xml")
NEO4J_VERSION = re.search(r"<neo4j.version>([^<]+)<", POM.read_text()).group(1)  # type: ignore[union-attr]
JARS_ROOT = Path(os.environ.get("ENTENTE_NEO4J_JARS", STATE_DIR / "jars"))
_DONE = ".complete"


class LocalNeo4jError(Exception):
    """A local server could not be provisioned, started or reached; the message says why."""


@dataclass(frozen=True)
class Provisioned:
    """The jar folder of the pinned version, and whether this call had to download it."""

    lib: Path
    downloaded: bool


def require_tool(name: str, hint: str) -> str:
    """Return the tool's path, or fail with a message that says what to install."""
    path = shutil.which(name)
    if path is None:
        raise LocalNeo4jError(f"`{name}` was not found on PATH: {hint}")
    return path


def java_major(java: str) -> int:
    """The Java feature version (17, 21, …) of the given `java` binary."""
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False).stderr
    match = re.search(r'version "(\d+)', out)
    return int(match.group(1)) if match else 0


def provision(jars_root: Path = JARS_ROOT) -> Provisioned:
    """Make sure the pinned Neo4j's jars are on disk; download them only the first time."""
    lib = jars_root / NEO4J_VERSION
    if (lib / _DONE).exists():
        return Provisioned(lib, downloaded=False)
    mvn = require_tool("mvn", "install Maven 3.6+ (Debian: apt-get install maven)")
    jars_root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{NEO4J_VERSION}-", dir=jars_root))
    command = [
        mvn,
        "-q",
        "-B",
        "-f",
        str(POM),
        "dependency:copy-dependencies",
        "-DincludeScope=runtime",
        f"-DoutputDirectory={staging}",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        tail = (result.stdout + result.stderr).strip()[-1500:]
        raise LocalNeo4jError(f"Maven could not fetch Neo4j {NEO4J_VERSION}:\n{tail}")
    (staging / _DONE).touch()
    # A rename is atomic, so a concurrent or interrupted start never sees half a folder.
    try:
        staging.rename(lib)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        if not (lib / _DONE).exists():
            raise
    return Provisioned(lib, downloaded=True)
