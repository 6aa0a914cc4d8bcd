"""``marsad demo``: code the bundled example articles and show the events as a table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from marsad.config import Config
from marsad.datafiles import data_path
from marsad.pipeline import Pipeline
from marsad.run import run

EXAMPLES = ("examples/articles.jsonl", "examples/scraped_page.txt", "examples/page.html")
# The scraped page and the HTML page carry no date of their own in the file name;
# they are dated like the story they tell.
EXAMPLE_DATE = "2018-05-20"
EVIDENCE_CHARS = 90
PIPED_WIDTH = 170


def _actors(entities: list[dict[str, Any]]) -> str:
    return "\n".join(f"{e['entity_text']} ({e['code'] or '?'} {e['sector'] or '?'})" for e in entities) or "—"


def _evidence(record: dict[str, Any]) -> str:
    text: str = record["event_text"]
    trigger = record["trigger"]["start"] - record["text_info"]["start"]
    start = max(0, trigger - EVIDENCE_CHARS // 2)
    snippet = text[start : start + EVIDENCE_CHARS]
    return ("…" if start else "") + snippet + ("…" if start + EVIDENCE_CHARS < len(text) else "")


def run_demo(*, limit: int, db: Path | None = None) -> int:
    """Print the events of the example articles (and store them in ``db``); returns the exit status."""
    import datetime as dt

    console = Console()
    if not console.is_terminal:
        # piped or captured output has no width of its own; 80 columns would fold the Arabic evidence
        console = Console(width=PIPED_WIDTH)
    inputs = [str(data_path(name)) for name in EXAMPLES]
    config = Config()
    summary, coded = run(inputs, pipeline=Pipeline.default(config=config), config=config,
                         default_date=dt.date.fromisoformat(EXAMPLE_DATE))
    table = Table(title="marsad demo: events coded from the bundled example articles", show_lines=True)
    for column in ("date", "actor", "event", "mode", "recipient", "place", "evidence (Arabic)", "rule"):
        table.add_column(column, overflow="fold")
    shown = 0
    for _doc, records in coded:
        for record in records:
            if record["negated"] or shown >= limit:
                continue
            loc = record["event_loc"] or {}
            place = f"{loc['extracted_place']} ({loc.get('country_code') or '?'})" if loc else "—"
            table.add_row(record["date"] or "—", _actors(record["actor"]), record["event"], record["mode"] or "—",
                          _actors(record["recipient"]), place, _evidence(record), record["coder"]["rule"])
            shown += 1
    console.print(table)
    console.print(f"documents read {summary.read}, coded {summary.coded}, "
                  f"duplicates {sum(summary.duplicates.values())}, "
                  f"rejected {len(summary.rejected) + len(summary.failed)}; events shown {shown}")
    console.print("Code your own articles: marsad code articles.jsonl -o events.jsonl")
    if db is None:
        console.print("Browse them in the dashboard: marsad demo --db demo.duckdb, then marsad serve --db demo.duckdb",
                      markup=False, highlight=False, soft_wrap=True)
        return 0
    from marsad.cli.store import run_ingest
    from marsad.engine.runner import Engine

    status = run_ingest(inputs, db=db, default_date=dt.date.fromisoformat(EXAMPLE_DATE), lexicons=(),
                        keep_duplicates=False, quiet=True, workers=1, engine=Engine.LOCAL, scheduler=None)
    if status == 0:
        console.print(f"Open the dashboard on this store: marsad serve --db {db}  (then http://127.0.0.1:8000/)",
                      markup=False, highlight=False, soft_wrap=True)
    return status
