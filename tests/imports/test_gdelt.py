"""GDELT import on the real export in ../shared: counts checked against plain Python."""

from __future__ import annotations

import csv
import gzip
import re
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry
import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.imports import gdelt
from app.imports.errors import BadRow
from app.imports.service import open_text
from tests.conftest import AUTH, SHARED, graph_state

EXPORT = SHARED / "data" / "gdelt" / "20191024143000.export.CSV"
CAMEO_COUNTRIES = SHARED / "data" / "gdelt" / "CAMEO.country.txt"


@pytest.fixture(scope="module")
def export() -> Path:
    if not EXPORT.exists():
        pytest.skip(f"{EXPORT} is absent: the shared GDELT export is needed")
    return EXPORT


def expected_from_file(
    path: Path,
) -> tuple[dict[str, set[str]], dict[str, set[tuple[str, str]]], int]:
    """Per dyad, the event dates and (url, date) mentions, and the rows kept: plain Python."""
    iso = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    renamed = {"ROM": "ROU", "TMP": "TLS", "MTN": "MNE", "WSB": "PSE", "GZS": "PSE"}
    events: dict[str, set[str]] = defaultdict(set)
    mentions: dict[str, set[tuple[str, str]]] = defaultdict(set)
    kept = 0
    for line in path.read_text().splitlines():
        c = line.split("\t")
        a, b = renamed.get(c[7], c[7]), renamed.get(c[17], c[17])
        if a not in iso or b not in iso or a == b:
            continue
        code, url, day = c[26], c[60], c[1]
        military = "MIL" in (c[12], c[22])
        if code in ("042", "043"):
            kind = "VISIT"
        elif code in ("0312", "062"):
            kind = "DEFENCE_COOPERATION"
        elif code == "057" and re.search(
            r"allian|mutual.?defen|defen.e.?pact|nato|treaty", url, re.I
        ):
            kind = "ALLIANCE"
        elif code == "057" and (
            military or re.search(r"militar|defen|army|nav|troop|armed|weapon", url, re.I)
        ):
            kind = "DEFENCE_COOPERATION"
        elif code == "072":
            weapons = re.search(
                r"weapon|arms|missile|tank|drone|jet|fighter|munition|howitzer|artillery|rocket|himars|patriot|f-?16|f-?35|helicopter|submarine|frigate|rifle",
                url,
                re.I,
            )
            kind = "ARMS_TRANSFER" if weapons else "MILITARY_AID"
        elif code == "0332":
            kind = "MILITARY_AID"
        elif code == "074":
            kind = "TROOP_DEPLOYMENT"
        else:
            continue
        if code == "043":
            a, b = b, a
        if kind in ("ALLIANCE", "DEFENCE_COOPERATION", "JOINT_EXERCISE"):
            a, b = sorted((a, b))
        dyad = f"{kind}|{a}|{b}"
        kept += 1
        events[dyad].add(f"{day[:4]}-{day[4:6]}-{day[6:]}")
        mentions[dyad].add((url, day))
    return events, mentions, kept  # fmt: skip


def upload(client: TestClient, path: Path, **params: Any) -> dict[str, Any]:
    with path.open("rb") as handle:
        response = client.post(
            "/v1/imports/gdelt", files={"file": (path.name, handle)}, params=params, headers=AUTH
        )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_cameo_codes_map_to_the_states_their_labels_name() -> None:
    if not CAMEO_COUNTRIES.exists():
        pytest.skip(f"{CAMEO_COUNTRIES} is absent")
    rows = list(csv.reader(CAMEO_COUNTRIES.open(), delimiter="\t"))[1:]
    labels = dict(rows)
    for cameo, iso in gdelt.CAMEO_TO_ISO.items():
        assert pycountry.countries.get(alpha_3=iso) is not None, cameo
        assert cameo in labels
    mapped = {code: gdelt.state(code) for code, _ in rows}
    assert mapped["ROM"] == "ROU" and mapped["USA"] == "USA" and mapped["RUS"] == "RUS"
    assert mapped["AFR"] is None and mapped["BAG"] is None  # a region and a city
    assert sum(1 for v in mapped.values() if v) >= 190


def test_dry_run_reports_and_writes_nothing(
    client: TestClient, clean_graph: Driver, export: Path
) -> None:
    before = graph_state(clean_graph)
    report = upload(client, export, dry_run="true")
    assert report["dry_run"] is True
    assert report["rows"] == 2111 and report["bad_rows"] == 0
    assert report["kept"] == expected_from_file(export)[2]
    assert report["kept"] + sum(report["skipped"].values()) == report["rows"]
    assert report["skipped"]["event code not a tie"] > 0
    assert graph_state(clean_graph) == before


def test_counts_per_pair_and_type_match_the_file(
    client: TestClient, clean_graph: Driver, export: Path
) -> None:
    report = upload(client, export)
    events, mentions, _ = expected_from_file(export)
    assert report["events_new"] == sum(len(dates) for dates in events.values())
    records, _, _ = clean_graph.execute_query(
        "MATCH ()-[t:TIE]->() "
        "OPTIONAL MATCH (e:Event {dyad: t.dyad})-[m:REPORTED_IN]->() "
        "RETURN t.dyad AS dyad, t.events AS events, count(m) AS mentions"
    )
    graph = {r["dyad"]: (r["events"], r["mentions"]) for r in records}
    assert graph == {d: (len(events[d]), len(mentions[d])) for d in events}
    assert {d.split("|")[0] for d in graph} >= {"VISIT", "MILITARY_AID"}
    # GDELT's own source count is kept on the mention, not counted as corroboration.
    kept, _, _ = clean_graph.execute_query(
        "MATCH ()-[m:REPORTED_IN]->() RETURN count(m.gdelt_num_sources) AS n, count(m) AS all"
    )
    assert kept[0]["n"] == kept[0]["all"] > 0


def test_a_second_import_changes_nothing(
    client: TestClient, clean_graph: Driver, export: Path
) -> None:
    before = graph_state(clean_graph)
    report = upload(client, export)
    assert report["mentions_new"] == 0 and report["events_new"] == 0
    assert graph_state(clean_graph) == before


def test_broken_rows_are_reported_with_line_numbers_and_the_rest_imported(
    client: TestClient, clean_graph: Driver, export: Path, tmp_path: Path
) -> None:
    lines = export.read_text().splitlines()
    kept_row = next(line for line in lines if isinstance(gdelt.parse_row(line), gdelt.GdeltMention))
    cols = kept_row.split("\t")
    unknown = "\t".join(cols[:7] + ["XYZ"] + cols[8:])
    fresh = "\t".join([cols[0], "20191023", *cols[2:]])  # another day: a new event
    bad_date = "\t".join([cols[0], "2019-10-2x", *cols[2:]])
    rows = [lines[0], kept_row[:200], "a\tb\tc", "", unknown, bad_date, fresh]
    path = tmp_path / "broken.CSV"
    path.write_text("\n".join(rows) + "\n")
    report = upload(client, path)
    assert report["rows"] == 7
    assert [b["line"] for b in report["bad_examples"]] == [2, 3, 4, 6]
    assert "columns" in report["bad_examples"][0]["reason"]
    assert report["skipped"].get("actor not a state") == 1
    assert report["events_new"] == 1


@pytest.mark.parametrize(
    ("day", "kept"),
    [("17991231", False), ("18000101", True), ("21001231", True), ("99991224", False)],
)
def test_rows_dated_outside_the_range_are_broken(export: Path, day: str, kept: bool) -> None:
    lines = export.read_text().splitlines()
    row = next(line for line in lines if isinstance(gdelt.parse_row(line), gdelt.GdeltMention))
    cols = row.split("\t")
    dated = "\t".join([cols[0], day, *cols[2:]])
    if kept:
        assert isinstance(gdelt.parse_row(dated), gdelt.GdeltMention)
    else:
        with pytest.raises(BadRow, match="outside 1800-01-01 to 2100-12-31"):
            gdelt.parse_row(dated)


def test_gz_and_zip_read_the_same_rows(export: Path, tmp_path: Path) -> None:
    data = export.read_bytes()
    (tmp_path / "e.CSV.gz").write_bytes(gzip.compress(data))
    with zipfile.ZipFile(tmp_path / "e.zip", "w") as archive:
        archive.writestr(export.name, data)
    counts = []
    for name in ("e.CSV.gz", "e.zip"):
        with open_text(tmp_path / name) as lines:
            counts.append(sum(1 for _ in lines))
    assert counts == [2111, 2111]


def test_upload_needs_a_key(client: TestClient, export: Path) -> None:
    with export.open("rb") as handle:
        response = client.post("/v1/imports/gdelt", files={"file": (export.name, handle)})
    assert response.status_code == 401
