"""Start, stop and inspect one project-local Neo4j server living in a single home folder.

Layout of a home folder (git ignores `.entente/`):
    conf/neo4j.conf      written on every start from the arguments below
    data/ logs/ run/     the server's own folders
    connection.json      URI, user, password (mode 0600): how other processes reach it
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

from app.core import cypher
from app.neo4j_local.provision import (
    NEO4J_VERSION,
    LocalNeo4jError,
    java_major,
    provision,
    require_tool,
)

_JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
]
_ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
_ADMIN = "org.neo4j.server.startup.Neo4jAdminCommand"


@dataclass(frozen=True)
class Connection:
    """How to reach a server: what `entente neo4j env` prints and the service reads."""

    uri: str
    user: str
    password: str
    database: str = "neo4j"

    def env_lines(self) -> list[str]:
        """`NEO4J_*=…` lines for `eval` in a shell."""
        return [
            f"NEO4J_URI={self.uri}",
            f"NEO4J_USER={self.user}",
            f"NEO4J_PASSWORD={self.password}",
            f"NEO4J_DATABASE={self.database}",
        ]


@dataclass(frozen=True)
class Status:
    """What `entente neo4j status` reports."""

    running: bool
    version: str | None
    uri: str | None
    data_dir: Path
    pid: int | None


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int) -> bool:
    """Whether a server could bind this loopback port (a listener holds it; TIME_WAIT does not)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def default_memory() -> tuple[str, str]:
    """Heap and page cache for this machine: an eighth of RAM each, 512 MiB to 4 GiB."""
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    mib = max(512, min(4096, total // 8 // 2**20))
    return f"{mib}m", f"{mib}m"


def import_arguments(
    nodes: list[tuple[str, Path]], relationships: list[tuple[str, Path]], *, multiline: bool
) -> list[str]:
    """`neo4j-admin`'s arguments that build the `neo4j` database anew from these CSV files."""
    arguments = ["database", "import", "full", "neo4j", "--overwrite-destination=true"]
    arguments += [f"--nodes={labels}={path}" for labels, path in nodes]
    arguments += [f"--relationships={kind}={path}" for kind, path in relationships]
    arguments.append(f"--multiline-fields={'true' if multiline else 'false'}")
    return arguments


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child (ours, not yet reaped) counts as gone.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return True
    return state != "Z"


class LocalNeo4j:
    """One server in `home`: the same code serves `make run`, the CLI and the test suite."""

    def __init__(self, home: Path, *, heap: str | None = None, pagecache: str | None = None):
        self.home = home.resolve()
        default_heap, default_cache = default_memory()
        self.heap = heap or default_heap
        self.pagecache = pagecache or default_cache

    # -- files ---------------------------------------------------------------------------------
    @property
    def connection_file(self) -> Path:
        return self.home / "connection.json"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / "neo4j.log"

    @property
    def console_file(self) -> Path:
        return self.home / "logs" / "console.log"

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "entente-neo4j.pid"

    def connection(self) -> Connection | None:
        """The saved connection, if this home was ever started."""
        if not self.connection_file.exists():
            return None
        saved = json.loads(self.connection_file.read_text())
        return Connection(saved["uri"], saved["user"], saved["password"])

    def _save_connection(self, connection: Connection, port: int) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        tmp = self.connection_file.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as out:
            json.dump({**asdict(connection), "port": port, "version": NEO4J_VERSION}, out)
        tmp.replace(self.connection_file)

    def _saved_port(self) -> int | None:
        if not self.connection_file.exists():
            return None
        return int(json.loads(self.connection_file.read_text())["port"])

    def _pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if _pid_alive(pid) else None

    def _write_conf(self, port: int) -> Path:
        conf_dir = self.home / "conf"
        for folder in ("conf", "data", "logs", "run", "plugins", "import"):
            (self.home / folder).mkdir(parents=True, exist_ok=True)
        settings = {
            "server.default_listen_address": "127.0.0.1",
            "server.bolt.enabled": "true",
            "server.bolt.listen_address": f"127.0.0.1:{port}",
            "server.http.enabled": "false",
            "server.https.enabled": "false",
            "server.directories.data": str(self.home / "data"),
            "server.directories.logs": str(self.home / "logs"),
            "server.directories.run": str(self.home / "run"),
            "server.directories.plugins": str(self.home / "plugins"),
            "server.directories.import": str(self.home / "import"),
            "server.memory.heap.initial_size": self.heap,
            "server.memory.heap.max_size": self.heap,
            "server.memory.pagecache.size": self.pagecache,
            "dbms.security.auth_enabled": "true",
            "db.tx_log.rotation.retention_policy": "1 days",
            # A backstop for any client: the service sets tighter limits per query itself.
            "db.transaction.timeout": "10m",
            "dbms.usage_report.enabled": "false",
        }
        text = "# Written by `entente neo4j start`; edits are overwritten.\n"
        text += "".join(f"{key}={value}\n" for key, value in settings.items())
        (conf_dir / "neo4j.conf").write_text(text)
        return conf_dir

    def _env(self) -> dict[str, str]:
        return {**os.environ, "NEO4J_HOME": str(self.home), "NEO4J_CONF": str(self.home / "conf")}

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self, port: int | None = None, timeout: float = 180.0) -> Connection:
        """Provision, configure and start the server, and wait until Bolt answers."""
        running = self._pid()
        saved = self.connection()
        if running is not None and saved is not None:
            if port is None or port == self._saved_port():
                self._wait_ready(saved, running, timeout)
                return saved
            raise LocalNeo4jError(f"a server already runs in {self.home} (pid {running}); stop it")
        java = require_tool("java", "install a Java 17+ runtime (Debian: openjdk-17-jre-headless)")
        if java_major(java) < 17:
            raise LocalNeo4jError(f"Neo4j {NEO4J_VERSION} needs Java 17 or newer ({java})")
        lib = provision().lib
        port = port or self._saved_port() or free_port()
        if not port_is_free(port):
            raise LocalNeo4jError(f"port {port} on 127.0.0.1 is busy; pass --port with a free one")
        conf_dir = self._write_conf(port)
        classpath = f"{lib}/*"
        if saved is None:
            # Hex, because a password starting with "-" would be read as a flag by neo4j-admin.
            saved = Connection(f"bolt://127.0.0.1:{port}", "neo4j", secrets.token_hex(20))
            self._set_initial_password(java, classpath, saved.password)
        connection = Connection(f"bolt://127.0.0.1:{port}", saved.user, saved.password)
        self._save_connection(connection, port)
        command = [java, f"-Xms{self.heap}", f"-Xmx{self.heap}", *_JVM_FLAGS, "-cp", classpath]
        command += [_ENTRY_POINT, f"--home-dir={self.home}", f"--config-dir={conf_dir}"]
        with self.console_file.open("ab") as console:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=console,
                stderr=subprocess.STDOUT,
                env=self._env(),
                cwd=self.home,
                start_new_session=True,  # detached: outlives the command that started it
            )
        self.pid_file.write_text(str(process.pid))
        self._wait_ready(connection, process.pid, timeout)
        return connection

    def _set_initial_password(self, java: str, classpath: str, password: str) -> None:
        command = [java, "-cp", classpath, _ADMIN, "dbms", "set-initial-password", password]
        result = subprocess.run(
            command, capture_output=True, text=True, env=self._env(), cwd=self.home, check=False
        )
        if result.returncode != 0:
            raise LocalNeo4jError(f"setting the initial password failed:\n{result.stderr[-1500:]}")

    def _wait_ready(self, connection: Connection, pid: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with GraphDatabase.driver(connection.uri, auth=(connection.user, connection.password)) as d:
            while True:
                try:
                    d.verify_connectivity()
                    return
                except AuthError as error:
                    raise LocalNeo4jError(
                        f"Neo4j in {self.home} refused the saved password ({error.message}); "
                        f"remove {self.home} to start afresh"
                    ) from error
                except (ServiceUnavailable, Neo4jError, OSError):
                    pass
                if not _pid_alive(pid):
                    raise LocalNeo4jError(
                        f"Neo4j exited during start-up; see {self.console_file} and {self.log_file}"
                    )
                if time.monotonic() > deadline:
                    raise LocalNeo4jError(
                        f"Neo4j did not answer on {connection.uri} within {timeout:.0f} s; "
                        f"see {self.log_file}"
                    )
                time.sleep(0.25)

    @property
    def database_dir(self) -> Path:
        """Where the `neo4j` database's files are."""
        return self.home / "data" / "databases" / "neo4j"

    def import_full(
        self,
        nodes: list[tuple[str, Path]],
        relationships: list[tuple[str, Path]],
        *,
        multiline: bool,
        echo: Callable[[str], None] = lambda _: None,
    ) -> None:
        """Build the `neo4j` database anew from CSV files with Neo4j's offline importer
        (`neo4j-admin database import full`); the server must be stopped. `nodes` are
        ("Label:Label", file), `relationships` ("TYPE", file); `echo` gets its output lines."""
        if self._pid() is not None:
            raise LocalNeo4jError(f"a server runs in {self.home}; stop it before an import")
        java = require_tool("java", "install a Java 17+ runtime (Debian: openjdk-17-jre-headless)")
        lib = provision().lib
        self._write_conf(self._saved_port() or free_port())
        command = [java, f"-Xmx{self.heap}", "-cp", f"{lib}/*", _ADMIN]
        command += import_arguments(nodes, relationships, multiline=multiline)
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=self._env(),
            cwd=self.home,
        )
        assert process.stdout is not None
        tail: list[str] = []
        for line in process.stdout:
            echo(line.rstrip())
            tail = [*tail[-30:], line]
        if process.wait() != 0:
            raise LocalNeo4jError("the import failed:\n" + "".join(tail))

    def stop(self, timeout: float = 90.0) -> bool:
        """Shut the server down cleanly (data kept). Returns whether one was running."""
        pid = self._pid()
        if pid is None:
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _pid_alive(pid):
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                break
            time.sleep(0.2)
        # Reap it when it is our own child (the test suite starts and stops it in-process).
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        self.pid_file.unlink(missing_ok=True)
        return True

    def status(self) -> Status:
        """Running or not, version, URI and data folder."""
        pid = self._pid()
        connection = self.connection()
        version = None
        if pid is not None and connection is not None:
            try:
                with GraphDatabase.driver(
                    connection.uri, auth=(connection.user, connection.password)
                ) as driver:
                    records, _, _ = driver.execute_query(cypher.load("meta/get_server_version"))
                    version = str(records[0]["version"])
            except (ServiceUnavailable, Neo4jError, OSError):
                version = None
        return Status(
            running=pid is not None and version is not None,
            version=version,
            uri=connection.uri if connection else None,
            data_dir=self.home / "data",
            pid=pid,
        )
