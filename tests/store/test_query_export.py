"""Query filters, read-only SQL and export formats that round-trip."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from marsad.errors import StoreError
from marsad.store.filters import Filters
from marsad.store.query import (
    ExportFormat,
    cameo_code,
    cameo_quad,
    cameo_table,
    export_events,
    run_sql,
    select_canonical,
    select_events,
)
from marsad.store.store import Store


def _all(store: Store) -> list[dict[str, object]]:
    return [json.loads(r[0]) for r in store.con.execute("SELECT record FROM events WHERE NOT negated").fetchall()]


@pytest.mark.parametrize("where", [
    Filters(actor="rus"), Filters(recipient="SYR"), Filters(types=("assault",)),
    Filters(country="EGY"), Filters(since=dt.date(2019, 9, 1)), Filters(until=dt.date(2019, 5, 15)),
    Filters(actor="RUS", types=("ASSAULT",), country="SYR"),
])
def test_filters_select_exactly_the_matching_events(filled_db: Path, where: Filters) -> None:
    with Store(filled_db, read_only=True) as store:
        expected = {r["id"] for r in _all(store) if
                    (not where.actor or where.actor.upper() in [a["code"] for a in r["actor"]])  # type: ignore[attr-defined]
                    and (not where.recipient or where.recipient in [a["code"] for a in r["recipient"]])  # type: ignore[attr-defined]
                    and (not where.types or r["event"] in [t.upper() for t in where.types])
                    and (not where.country or (r["event_loc"] or {}).get("country_code") == where.country)  # type: ignore[attr-defined]
                    and (not where.since or (r["date"] and str(r["date"]) >= where.since.isoformat()))
                    and (not where.until or (r["date"] and str(r["date"])[:10] <= where.until.isoformat()))}
        got = {row[-1] for row in select_events(store, where)}
    assert expected and got == expected


def test_filter_values_are_parameters_not_sql(filled_db: Path) -> None:
    with Store(filled_db, read_only=True) as store:
        assert select_events(store, Filters(actor="RUS') OR TRUE --")) == []


def test_canonical_query_counts_mentions(filled_db: Path) -> None:
    with Store(filled_db, read_only=True) as store:
        columns, rows = select_canonical(store, Filters(types=("ASSAULT",), actor="RUS"))
    assert "mentions" in columns and max(r[columns.index("mentions")] for r in rows) == 2


def test_sql_escape_hatch_is_read_only(filled_db: Path) -> None:
    columns, rows = run_sql(filled_db, "SELECT count(*) AS n FROM documents")
    assert columns == ["n"] and rows[0][0] > 0
    with pytest.raises(StoreError):
        run_sql(filled_db, "DELETE FROM events")


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_exports_round_trip(filled_db: Path, tmp_path: Path, fmt: ExportFormat) -> None:
    out = tmp_path / f"events.{fmt.value}"
    with Store(filled_db, read_only=True) as store:
        records = {r["id"]: r for r in _all(store)}
        count = export_events(store, Filters(), fmt, output=out)
    assert count == len(records)
    if fmt is ExportFormat.JSONL:
        back = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert {r["id"]: r for r in back} == records
    elif fmt is ExportFormat.PARQUET:
        table = pq.read_table(out).to_pylist()
        assert {row["id"]: json.loads(row["record"]) for row in table} == records
    else:
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")),
                                   delimiter="\t" if fmt is ExportFormat.CAMEO else ","))
        assert {row["id"] for row in rows} == set(records)
        for row in rows:
            record = records[row["id"]]
            if fmt is ExportFormat.CSV:
                assert (row["event"], row["doc_id"]) == (record["event"], record["doc_id"])
            else:
                assert row["cameo_code"] == cameo_code(str(record["event"]), record["mode"])[0]  # type: ignore[arg-type]


def test_every_plover_type_has_a_cameo_code() -> None:
    from marsad.datafiles import plover

    types = plover()["event_types"]
    for event in types if isinstance(types, list) else list(types):
        code, _name = cameo_code(event, None)
        assert 1 <= cameo_quad(code) <= 4
    assert cameo_code("ASSAULT", "aerial")[0] == "195"
    assert cameo_code("ASSAULT", "no-such-mode")[0] == "190"
    assert all(len(code) in (3, 4) and code.isdigit() for code, _ in cameo_table().values())
