"""``marsad explain``: why each event was coded or dropped, sentence by sentence."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from rich.console import Console
from rich.table import Table

from marsad.api import as_document, default_pipeline
from marsad.explain import explain_document

PIPED_WIDTH = 200


def run_explain(text: str, *, date: dt.date | None, as_json: bool) -> int:
    """Print the explanation of ``text``; returns the exit status."""
    console = Console()
    if not console.is_terminal:
        console = Console(width=PIPED_WIDTH)  # piped output: do not fold rule ids at 80 columns
    explanations = explain_document(as_document(text, date=date), default_pipeline())
    if as_json:
        print(json.dumps([dataclasses.asdict(e) for e in explanations], ensure_ascii=False, indent=1))
        return 0
    for sentence in explanations:
        console.rule(f"sentence {sentence.index}")
        console.print(sentence.text, markup=False, highlight=False)
        segmented = " ".join("+".join([*t["prefixes"], t["stem"]]) for t in sentence.tokens)
        console.print(f"[dim]tokens:[/dim] {segmented}", highlight=False)
        for actor in sentence.actors:
            console.print(f"[dim]actor:[/dim] {actor['text']} → {actor['code']} {actor['sector']} ({actor['entry']})",
                          highlight=False)
        if sentence.candidates:
            table = Table("trigger", "rule", "event", "mode", "status", "actor", "recipient", "decision")
            for c in sentence.candidates:
                table.add_row(c["trigger"], c["rule"], c["event"], c["mode"] or "—", c["status"],
                              ", ".join(c["actor"]) or "—", ", ".join(c["recipient"]) or "—", c["decision"])
            console.print(table)
    return 0
