"""How well can a coder that follows the coding guide score on the GSR ASSAULT dev set?

    python scripts/guide_ceiling.py [--shared ../shared] [--pred .eval/gsr_pred.jsonl]

The GSR labels a sentence ``yes`` only when every annotator accepted it as an ASSAULT, and its
annotators did not work by ../shared/spec/CODING_GUIDE.md: they accept attacks with no named
attacker and old chronology, which the guide says not to code, and reject many attacks it codes.
``scripts/data/gsr_assault_guide_labels.jsonl`` says, for GSR dev sentences, whether the guide
codes an ASSAULT in them (``codable``) and, if not, why (``reason``: no-violence, not-happened,
generic, old, no-actor). Each sentence was labelled twice, independently (annotators A and B:
AI readers given the guide and a written brief, not the GSR labels; see the closing note of
session 5). Labelled: every ``yes`` and ``difficult no`` sentence, the ``easy no`` sentences
marsad flagged when they were made, and a random sample (``sampled``) of the other ``easy no``
ones, which stands for all of them.

The script prints the two labellings' agreement; the GSR scores of an oracle that flags exactly
the sentences the guide codes (the ceiling for a coder that follows the guide), with and without
the sampled easy-no sentences scaled up to their population; and, given marsad's predictions,
how marsad agrees with the guide labels. Only ids and labels are in the repository, no text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

LABELS = Path(__file__).resolve().parent / "data" / "gsr_assault_guide_labels.jsonl"
NEGATIVE = ("easy no", "difficult no")


@dataclass(frozen=True, slots=True)
class GuideLabel:
    """One annotator's reading of one sentence by the guide."""

    codable: bool
    reason: str
    borderline: bool


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 from (possibly weighted) counts."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (f"tp {self.tp:6.1f}  fp {self.fp:6.1f}  fn {self.fn:5.1f}  "
                f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}")


def read_jsonl(path: Path) -> Iterable[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def gsr_assault_labels(shared: Path) -> dict[str, str]:
    rows = read_jsonl(shared / "eval" / "gsr" / "dev_labels.jsonl")
    return {str(r["id"]): str(r["label"]) for r in rows if r["event_type"] == "ASSAULT"}


def guide_labels(path: Path) -> tuple[dict[str, dict[str, GuideLabel]], set[str]]:
    """Labels by sentence id and annotator, and the ids of the sampled easy-no sentences."""
    by_id: dict[str, dict[str, GuideLabel]] = {}
    sampled: set[str] = set()
    for row in read_jsonl(path):
        sentence = str(row["id"])
        by_id.setdefault(sentence, {})[str(row["annotator"])] = GuideLabel(
            bool(row["codable"]), str(row["reason"]), bool(row["borderline"]))
        if row["sampled"]:
            sampled.add(sentence)
    return by_id, sampled


def flagged(pred: Path) -> set[str]:
    """Sentences with a non-negated ASSAULT record, as the scorer counts them."""
    return {str(r["doc_id"]) for r in read_jsonl(pred) if r.get("event") == "ASSAULT" and not r.get("negated")}


def weights(gsr: dict[str, str], labelled: set[str], sampled: set[str], scale: bool) -> dict[str, float]:
    """How many GSR sentences each labelled sentence stands for: a sampled easy-no one, its share
    of the easy-no sentences nobody labelled otherwise (or nothing, when not scaling up)."""
    unlabelled_easy = [s for s, label in gsr.items() if label == "easy no" and (s not in labelled or s in sampled)]
    share = len(unlabelled_easy) / len(sampled) if scale and sampled else 0.0
    return {s: (share if s in sampled else 1.0) for s in labelled}


def oracle_score(gsr: dict[str, str], weight: dict[str, float], codes: Callable[[str], bool]) -> Score:
    tp = fp = fn = 0.0
    for sentence, w in weight.items():
        label = gsr[sentence]
        if label == "yes":
            tp, fn = (tp + w, fn) if codes(sentence) else (tp, fn + w)
        elif label in NEGATIVE and codes(sentence):
            fp += w
    return Score(tp, fp, fn)


def agreement_score(weight: dict[str, float], codes: Callable[[str], bool], marked: set[str]) -> Score:
    """marsad's flags against the guide labels, over the labelled sentences (weighted)."""
    tp = fp = fn = 0.0
    for sentence, w in weight.items():
        guide, ours = codes(sentence), sentence in marked
        tp += w * (guide and ours)
        fp += w * (ours and not guide)
        fn += w * (guide and not ours)
    return Score(tp, fp, fn)


def agreement_with_guide(shared: Path, pred: Path, labels: Path = LABELS) -> Score:
    """marsad's GSR ASSAULT flags against the sentences every annotator says the guide codes
    (sampled easy-no sentences scaled up): how closely marsad follows the guide there."""
    gsr = gsr_assault_labels(shared)
    by_id, sampled = guide_labels(labels)
    weight = weights(gsr, set(by_id), sampled, True)
    return agreement_score(weight, lambda s: all(label.codable for label in by_id[s].values()), flagged(pred))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--pred", type=Path, help="marsad GSR predictions (scripts/evaluate.py writes them)")
    args = parser.parse_args()
    gsr = gsr_assault_labels(args.shared)
    by_id, sampled = guide_labels(args.labels)
    unknown = sorted(set(by_id) - set(gsr))
    if unknown:
        parser.error(f"{args.labels}: {len(unknown)} ids are not GSR ASSAULT sentences, first {unknown[0]}")
    annotators = sorted({a for labels in by_id.values() for a in labels})
    both = [s for s, labels in by_id.items() if len(labels) == len(annotators)]
    same = sum(len({label.codable for label in by_id[s].values()}) == 1 for s in both)
    print(f"{len(by_id)} sentences labelled by {', '.join(annotators)}; same decision on {same} of {len(both)}")

    def by(annotator: str) -> Callable[[str], bool]:
        return lambda s: by_id[s][annotator].codable

    readings: dict[str, Callable[[str], bool]] = {a: by(a) for a in annotators}
    readings["all agree codable"] = lambda s: all(label.codable for label in by_id[s].values())
    readings["any codable or borderline"] = lambda s: any(label.codable or label.borderline
                                                          for label in by_id[s].values())
    print("\nGSR ASSAULT score of a coder that flags exactly what the guide codes:")
    for scale in (False, True):
        weight = weights(gsr, set(by_id), sampled, scale)
        note = "sampled easy-no scaled to all easy-no" if scale else "labelled sentences only"
        for name, codes in readings.items():
            print(f"  {name:28s} ({note}): {oracle_score(gsr, weight, codes).line()}")
    missed = Counter(tuple(sorted({label.reason for label in by_id[s].values()})) for s in both
                     if gsr[s] == "yes" and not any(label.codable for label in by_id[s].values()))
    print(f"\nGSR yes sentences the guide does not code ({sum(missed.values())} of "
          f"{sum(1 for s in gsr.values() if s == 'yes')}), by reason: "
          + ", ".join(f"{'/'.join(k)} {v}" for k, v in missed.most_common()))
    if args.pred:
        marked = flagged(args.pred)
        weight = weights(gsr, set(by_id), sampled, True)
        print("\nmarsad against the guide labels (sampled easy-no scaled up):")
        for name, codes in readings.items():
            print(f"  {name:28s}: {agreement_score(weight, codes, marked).line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
