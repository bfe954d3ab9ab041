"""The `entente` command line: serve, mcp, seed, import, extract, migrate, check and the local
Neo4j."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Annotated, TypeVar

import orjson
import typer
from neo4j.exceptions import DriverError, Neo4jError

from app.core.config import Settings
from app.core.db import Graph, connect, open_driver
from app.core.errors import EntenteError
from app.core.paths import SEEDS_DIR
from app.feeds.schemas import FeedRead
from app.imports.service import ImportReport
from app.neo4j_local import NEO4J_VERSION, LocalNeo4j, LocalNeo4jError
from app.schema.service import migrate as migrate_schema

T = TypeVar("T")

cli = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
neo4j_cli = typer.Typer(no_args_is_help=True, help="The project-local Neo4j server.")
cli.add_typer(neo4j_cli, name="neo4j")
import_cli = typer.Typer(no_args_is_help=True, help="Import event datasets (GDELT, ATOP).")
cli.add_typer(import_cli, name="import")
feeds_cli = typer.Typer(
    no_args_is_help=True, help="RSS and Atom feeds whose new items become documents."
)
cli.add_typer(feeds_cli, name="feeds")

HomeOption = Annotated[
    Path | None, typer.Option("--home", help="Server folder (default: .entente/neo4j).")
]
PortOption = Annotated[
    int | None, typer.Option("--port", help="Bolt port (default: a free one, remembered).")
]


def _fail(message: str) -> typer.Exit:
    typer.secho(f"error: {message}", fg="red", err=True)
    return typer.Exit(1)


def _server(home: Path | None) -> LocalNeo4j:
    return LocalNeo4j(home or Settings().home)


@neo4j_cli.command("start")
def neo4j_start(home: HomeOption = None, port: PortOption = None) -> None:
    """Provision (first time only), configure and start Neo4j; print its Bolt URI."""
    server = _server(home)
    try:
        connection = server.start(port)
    except LocalNeo4jError as error:
        raise _fail(str(error)) from error
    typer.echo(connection.uri)


@neo4j_cli.command("stop")
def neo4j_stop(home: HomeOption = None) -> None:
    """Shut Neo4j down cleanly; its data stays."""
    stopped = _server(home).stop()
    typer.echo("stopped" if stopped else "not running")


@neo4j_cli.command("status")
def neo4j_status(home: HomeOption = None) -> None:
    """Running or not, version, URI and data folder."""
    status = _server(home).status()
    typer.echo(f"state: {'running' if status.running else 'stopped'}")
    typer.echo(f"version: {status.version or NEO4J_VERSION + ' (pinned)'}")
    typer.echo(f"uri: {status.uri or '-'}")
    typer.echo(f"data: {status.data_dir}")
    if not status.running:
        raise typer.Exit(3)


@neo4j_cli.command("env")
def neo4j_env(home: HomeOption = None) -> None:
    """Print NEO4J_* lines for `eval "$(entente neo4j env)"`."""
    connection = _server(home).connection()
    if connection is None:
        raise _fail("this Neo4j home was never started: run `entente neo4j start`")
    typer.echo("\n".join(connection.env_lines()))


def _run(work: Callable[[Graph], Awaitable[T]]) -> T:
    """Run `work` on the configured graph; expected errors become one line and exit 1."""

    async def main() -> T:
        async with connect(Settings()) as graph:
            return await work(graph)

    try:
        return asyncio.run(main())
    except EntenteError as error:
        raise _fail(error.detail) from error
    except (DriverError, Neo4jError) as error:
        raise _fail(f"Neo4j: {error}") from error


@cli.command()
def migrate() -> None:
    """Apply the numbered schema files of `cypher/schema/` that the database lacks."""
    from app.schema import service

    applied = _run(service.migrate)
    typer.echo(f"applied {len(applied)} migration(s); schema at version {service.latest_version()}")


@cli.command()
def seed(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders (default: seeds/).")
    ] = None,
) -> None:
    """Ingest .txt, .md (YAML front matter) and .jsonl documents; known ones are skipped."""
    from rich.progress import Progress

    from app.seeding import service

    settings = Settings()
    targets = paths or [SEEDS_DIR]
    total = sum(1 for f in service.find_files(targets) for _ in service.read_file(f))
    with Progress(transient=True) as progress:
        task = progress.add_task("seeding", total=total)

        async def work(graph: Graph) -> service.SeedReport:
            await migrate_schema(graph)
            return await service.seed(graph, settings, targets, lambda n: progress.advance(task, n))

        report = _run(work)
    g = report.graph
    typer.echo(
        f"seeded {report.files} file(s): {report.documents_new} new document(s), "
        f"{report.documents_known} known, {report.events} event(s) reported; "
        f"graph: {g['documents']} documents, {g['events']} events, {g['ties']} ties, "
        f"{g['countries']} countries"
    )


@cli.command()
def check() -> None:
    """Recompute every event, tie, month cell and membership from the mentions (read-only);
    print what disagrees and exit 1 if anything does."""
    from app.integrity.service import check as check_graph

    report = _run(check_graph)
    for item in report.disagreements:
        typer.echo(str(item))
    typer.echo(
        f"checked {report.events} events, {report.mentions} mentions, {report.ties} ties, "
        f"{report.cells} month cells, {report.memberships} memberships: "
        + ("all agree" if report.clean else f"{report.found} disagreement(s)")
    )
    if not report.clean:
        raise typer.Exit(1)


def _feed_line(feed: FeedRead) -> str:
    last = feed.last_poll_at.isoformat(timespec="seconds") if feed.last_poll_at else "never"
    error = f"  error: {feed.last_error}" if feed.last_error else ""
    return (
        f"{feed.id}  every {feed.interval_s}s  last poll {last} ({feed.last_status or '-'}), "
        f"{feed.documents} document(s)  {feed.url}{error}"
    )


@feeds_cli.command("add")
def feeds_add(
    url: Annotated[str, typer.Argument(help="The feed's URL (RSS or Atom).")],
    interval: Annotated[int, typer.Option("--interval", help="Seconds between polls.")] = 900,
) -> None:
    """Follow a feed: `entente serve` polls it on its schedule (or `entente feeds poll`)."""
    from pydantic import ValidationError

    from app.feeds import service
    from app.feeds.schemas import FeedCreate

    try:
        body = FeedCreate.model_validate({"url": url, "interval_s": interval})
    except ValidationError as error:
        raise _fail(error.errors()[0]["msg"]) from error
    feed, created = _run(lambda graph: service.add_feed(graph, Settings(), body))
    typer.echo(("added " if created else "already followed: ") + _feed_line(feed))


@feeds_cli.command("list")
def feeds_list() -> None:
    """Every feed, with its last poll."""
    from app.feeds import service

    for feed in _run(service.list_feeds):
        typer.echo(_feed_line(feed))


@feeds_cli.command("remove")
def feeds_remove(feed_id: Annotated[str, typer.Argument(help="The feed's id.")]) -> None:
    """Stop following a feed (its documents stay)."""
    from app.feeds import service

    _run(lambda graph: service.delete_feed(graph, feed_id))
    typer.echo(f"removed {feed_id}")


@feeds_cli.command("poll")
def feeds_poll(
    feed_ids: Annotated[list[str] | None, typer.Argument(help="Feed ids (default: all).")] = None,
) -> None:
    """Poll feeds now, whatever their schedule; print what each brought. Exit 1 if one failed."""
    from app.feeds import service
    from app.feeds.schemas import PollResult

    async def work(graph: Graph) -> list[PollResult]:
        ids = feed_ids or [feed.id for feed in await service.list_feeds(graph)]
        return [await service.poll_now(graph, Settings(), feed_id) for feed_id in ids]

    results = _run(work)
    for result in results:
        made = sum(1 for item in result.items if item.result == "created")
        typer.echo(
            f"{result.feed.id}: {result.status}, {len(result.items)} new item(s), "
            f"{made} new document(s)" + (f": {result.error}" if result.error else "")
        )
        for item in result.items:
            if item.error:
                typer.echo(f"  {item.url}: {item.error}")
    if any(result.status == "error" for result in results):
        raise typer.Exit(1)


DryRunOption = Annotated[bool, typer.Option("--dry-run", help="Report without writing.")]


def _print_report(report: ImportReport) -> None:
    typer.echo(
        f"{report.dataset}: {report.rows} rows read, {report.kept} kept, "
        f"{report.bad_rows} bad{' (dry run: nothing written)' if report.dry_run else ''}"
    )
    for reason, count in report.skipped.most_common():
        typer.echo(f"  skipped {count:>8}  {reason}")
    for line, reason in report.bad_examples[:20]:
        typer.echo(f"  bad row at line {line}: {reason}")
    typer.echo(
        f"  documents {report.documents}, mentions new {report.mentions_new}, "
        f"known {report.mentions_known}; events new {report.events_new}, "
        f"merged {report.events_merged}"
    )


@import_cli.command("gdelt")
def import_gdelt(
    files: Annotated[list[Path], typer.Argument(help="GDELT exports: plain, .gz or .zip.")],
    dry_run: DryRunOption = False,
) -> None:
    """Import GDELT 1.0/2.0 event exports: rows between two states whose code is a tie."""
    from rich.progress import Progress

    from app.imports import service

    async def work(graph: Graph) -> ImportReport:
        await migrate_schema(graph)
        report = ImportReport("gdelt", dry_run)
        with Progress(transient=True) as progress:
            task = progress.add_task("rows", total=None)
            for path in files:
                with service.open_text(path) as lines:
                    await service.import_gdelt(
                        service.into(graph),
                        lines,
                        dry_run=dry_run,
                        report=report,
                        progress=lambda n: progress.update(task, completed=n),
                    )
        return report

    _print_report(_run(work))


@import_cli.command("atop")
def import_atop(
    member_csv: Annotated[Path, typer.Argument(help="ATOP member-level CSV.")],
    alliance_csv: Annotated[
        Path | None, typer.Argument(help="ATOP alliance-level CSV (provisions).")
    ] = None,
    dry_run: DryRunOption = False,
) -> None:
    """Import ATOP alliances: ALLIANCE ties between co-members, one node per alliance."""
    from rich.progress import Progress

    from app.imports import service

    async def work(graph: Graph) -> ImportReport:
        await migrate_schema(graph)
        alliances = service.read_csv(alliance_csv) if alliance_csv else ()
        with Progress(transient=True) as progress:
            task = progress.add_task("rows", total=None)
            return await service.import_atop(
                service.into(graph),
                service.read_csv(member_csv),
                alliances,
                dry_run=dry_run,
                progress=lambda n: progress.update(task, completed=n),
            )

    _print_report(_run(work))


@cli.command()
def load(
    files: Annotated[
        list[Path],
        typer.Argument(help="JSON Lines events (.jsonl), GDELT exports, ATOP CSV files."),
    ],
    home: HomeOption = None,
    port: PortOption = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace the database the home already holds.")
    ] = False,
    emit: Annotated[
        Path | None,
        typer.Option("--emit", help="Only write the import files here and print the command."),
    ] = None,
) -> None:
    """Build a fresh database offline from event files (Neo4j's bulk importer), then serve it
    from the project-local server with the schema applied. For an empty graph: far faster than
    posting the events, and the same graph."""
    import shutil
    import tempfile
    import time

    from rich.progress import Progress

    from app.bulk import service as bulk

    settings = Settings()
    server = _server(home)
    if emit is None and settings.neo4j_uri:
        raise _fail(
            f"NEO4J_URI is set ({settings.neo4j_uri}): a bulk load writes the store files "
            "itself, so it runs where the database lives, with that server stopped. Run it "
            "there, or pass --emit DIR to write the import files and the command for an operator"
        )
    if emit is None and server.database_dir.exists() and not replace:
        raise _fail(f"{server.home} already holds a database: pass --replace to build it anew")
    started = time.perf_counter()
    folder = emit or Path(tempfile.mkdtemp(prefix="import-", dir=server.home.parent))
    with Progress(transient=True) as progress:
        task = progress.add_task("reading", total=None)

        def show(name: str, rows: int) -> None:
            progress.update(task, description=name, completed=rows)

        try:
            built = asyncio.run(bulk.build(files, folder, show))
        except (OSError, ValueError) as error:
            raise _fail(str(error)) from error
    for report in built.reports:
        _print_report(report)
    read = time.perf_counter() - started
    typer.echo(f"read and computed in {read:.1f} s; import files in {folder}")
    if emit is not None:
        typer.echo("run where the database lives, with its server stopped, then start it and "
                   "run `entente migrate`:")  # fmt: skip
        typer.echo(bulk.import_command(built.files))
        return
    server.stop()
    try:
        with Progress(transient=True) as progress:
            task = progress.add_task("importing", total=None)
            server.import_full(
                built.files.nodes,
                built.files.relationships,
                multiline=built.files.multiline,
                echo=lambda line: progress.update(task, description=line[:60] or "importing"),
            )
        imported = time.perf_counter() - started
        connection = server.start(port)
    except LocalNeo4jError as error:
        raise _fail(str(error)) from error
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    async def apply() -> None:
        async with open_driver(connection) as driver:
            await migrate_schema(Graph(driver, connection.database))

    asyncio.run(apply())
    total = time.perf_counter() - started
    events = sum(r.kept for r in built.reports)
    typer.echo(
        f"imported in {imported - read:.1f} s; served at {connection.uri} with the schema "
        f"applied after {total:.1f} s in all ({events / total:,.0f} events/s)"
    )


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="HTTP port.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Serve the HTTP API (uvicorn)."""
    import uvicorn

    uvicorn.run("app.main:create_app", factory=True, host=host, port=port, workers=workers)


@cli.command()
def mcp() -> None:
    """Serve the MCP server on stdin/stdout, for AI assistants (the API serves it at /mcp)."""
    from app.mcp.server import serve_stdio

    asyncio.run(serve_stdio(Settings()))


@cli.command()
def extract() -> None:
    """Read {"id","text","published_on"} JSON Lines on stdin, write {"id","events"} lines."""
    from app.extraction import extract as run_extraction

    for line in sys.stdin:
        if not line.strip():
            continue
        row = orjson.loads(line)
        published = row.get("published_on")
        events = run_extraction(row["text"], date.fromisoformat(published) if published else None)
        out = {"id": row.get("id"), "events": [event.as_contract() for event in events]}
        sys.stdout.write(orjson.dumps(out).decode() + "\n")


def main() -> None:
    """Entry point of the console script."""
    cli()
