"""The project-local Neo4j: provisioning, status, clear failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.neo4j_local import NEO4J_VERSION, LocalNeo4j, LocalNeo4jError, free_port, provision
from app.neo4j_local.provision import JARS_ROOT
from tests.conftest import Neo4jUnderTest


def entente(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, check=False
    )


def test_second_provisioning_downloads_nothing(neo4j: Neo4jUnderTest) -> None:
    again = provision()
    assert again.downloaded is False
    assert again.lib == JARS_ROOT / NEO4J_VERSION
    assert any(p.name.startswith("neo4j-kernel-") for p in again.lib.glob("*.jar"))


def test_status_reports_the_running_server(neo4j: Neo4jUnderTest) -> None:
    result = entente("neo4j", "status", "--home", str(neo4j.server.home))
    assert result.returncode == 0, result.stderr
    assert "state: running" in result.stdout
    assert f"version: {NEO4J_VERSION}" in result.stdout
    assert neo4j.connection.uri in result.stdout
    assert str(neo4j.server.home / "data") in result.stdout


def test_env_prints_the_connection_for_eval(neo4j: Neo4jUnderTest) -> None:
    result = entente("neo4j", "env", "--home", str(neo4j.server.home))
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines())
    assert lines["NEO4J_URI"] == neo4j.connection.uri
    assert lines["NEO4J_PASSWORD"] == neo4j.connection.password


def test_password_is_stored_for_the_owner_only(neo4j: Neo4jUnderTest) -> None:
    mode = neo4j.server.connection_file.stat().st_mode & 0o777
    assert mode == 0o600
    saved = json.loads(neo4j.server.connection_file.read_text())
    assert saved["port"] == neo4j.port


def test_start_on_a_running_home_returns_the_same_connection(neo4j: Neo4jUnderTest) -> None:
    assert neo4j.server.start() == neo4j.connection


def test_busy_port_is_named(neo4j: Neo4jUnderTest, tmp_path: Path) -> None:
    with pytest.raises(LocalNeo4jError, match=f"port {neo4j.port} .* busy"):
        LocalNeo4j(tmp_path / "other").start(neo4j.port)


def test_cli_failure_is_one_clear_line_and_nonzero(neo4j: Neo4jUnderTest, tmp_path: Path) -> None:
    result = entente("neo4j", "start", "--home", str(tmp_path), "--port", str(neo4j.port))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"error: port {neo4j.port} on 127.0.0.1 is busy; pass --port with a free one"
    )


def test_missing_java_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LocalNeo4jError, match="`java` was not found"):
        LocalNeo4j(tmp_path / "home").start()


def test_missing_maven_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LocalNeo4jError, match="`mvn` was not found"):
        provision(tmp_path / "empty-jar-cache")


def test_bad_configuration_is_reported_before_start(tmp_path: Path) -> None:
    broken = LocalNeo4j(tmp_path / "broken", heap="12x", pagecache="64m")
    with pytest.raises(LocalNeo4jError, match="'12x' is not a valid size"):
        broken.start(timeout=60)


def test_server_that_dies_during_start_names_the_log(tmp_path: Path) -> None:
    # A home that was started before (so its password is set), now with a heap the JVM rejects.
    home = tmp_path / "broken"
    home.mkdir()
    saved = {"uri": "bolt://127.0.0.1:1", "user": "neo4j", "password": "x", "port": free_port()}
    (home / "connection.json").write_text(json.dumps(saved))
    broken = LocalNeo4j(home, heap="12x", pagecache="64m")
    with pytest.raises(LocalNeo4jError, match="exited during start-up.*console.log"):
        broken.start(timeout=60)
    assert "Invalid" in (home / "logs" / "console.log").read_text()
    assert broken.status().running is False


def test_wrong_saved_password_is_a_clear_error(neo4j: Neo4jUnderTest, tmp_path: Path) -> None:
    # A second handle on the same home with a tampered connection file.
    copy = tmp_path / "home"
    copy.mkdir()
    saved = json.loads(neo4j.server.connection_file.read_text())
    (copy / "connection.json").write_text(json.dumps({**saved, "password": "wrong-password"}))
    (copy / "run").mkdir()
    (copy / "run" / "entente-neo4j.pid").write_text(neo4j.server.pid_file.read_text())
    with pytest.raises(LocalNeo4jError, match="refused the saved password"):
        LocalNeo4j(copy).start(timeout=10)
