"""Hand-written Arabic articles (our own sentences) for the store, dedupe and engine tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# Two outlets report the same Russian air strike on Khan Shaykhun; a third reports one on Douma.
SAME_STRIKE_A = {"id": "wire-1", "outlet": "وكالة الشمال", "date": "2019-05-16",
                 "text": "قصفت الطائرات الحربية الروسية مدينة خان شيخون في ريف إدلب الجنوبي أمس، "
                         "ما أدى إلى مقتل خمسة مدنيين وإصابة آخرين."}
SAME_STRIKE_B = {"id": "paper-7", "outlet": "صحيفة الساحل", "date": "2019-05-16",
                 "text": "شنت طائرات حربية روسية غارات على مدينة خان شيخون جنوبي إدلب أمس، وقتل خمسة مدنيين."}
OTHER_STRIKE = {"id": "wire-2", "outlet": "وكالة الشمال", "date": "2019-05-16",
                "text": "قصفت الطائرات الحربية الروسية مدينة دوما في الغوطة الشرقية بريف دمشق أمس."}
# The same arrests told by two outlets, and a strike on Khan Shaykhun a week later.
ARRESTS_A = {"id": "cairo-1", "outlet": "صحيفة النيل", "date": "2019-09-21",
             "text": "اعتقلت قوات الأمن المصرية عشرات المتظاهرين في القاهرة أمس."}
ARRESTS_B = {"id": "cairo-2", "outlet": "موقع الميدان", "date": "2019-09-21",
             "text": "اعتقلت الشرطة المصرية عددا من المحتجين وسط القاهرة يوم الجمعة."}
LATER_STRIKE = {"id": "wire-9", "outlet": "وكالة الشمال", "date": "2019-05-23",
                "text": "قصفت الطائرات الحربية الروسية مدينة خان شيخون في ريف إدلب الجنوبي أمس."}

ARTICLES = [SAME_STRIKE_A, SAME_STRIKE_B, OTHER_STRIKE, ARRESTS_A, ARRESTS_B, LATER_STRIKE]

_ACTORS = ["الطائرات الحربية الروسية", "قوات الأمن المصرية", "الجيش التركي", "الشرطة العراقية"]
_VERBS = ["قصفت", "اعتقلت", "هاجمت", "داهمت"]
_PLACES = ["مدينة حلب", "بلدة سراقب", "مدينة الموصل", "حي الشيخ مقصود", "مدينة عفرين", "بلدة معرة النعمان"]


def many_articles(count: int) -> list[dict[str, Any]]:
    """``count`` distinct short articles built from our own sentence parts (for speed and resume tests)."""
    out = []
    for i in range(count):
        actor, verb = _ACTORS[i % len(_ACTORS)], _VERBS[(i // 4) % len(_VERBS)]
        place = _PLACES[(i // 16) % len(_PLACES)]
        day = 1 + i % 28
        text = (f"{verb} {actor} {place} أمس، وقالت مصادر محلية إن {i % 9 + 2} أشخاص قتلوا. "
                f"وأضافت المصادر أن العملية رقم {i} استمرت عدة ساعات قبل أن تنسحب القوات.")
        out.append({"id": f"gen-{i:05d}", "text": text, "date": f"2018-03-{day:02d}", "outlet": f"outlet-{i % 5}"})
    return out


def write_jsonl(path: Path, articles: list[dict[str, Any]], *, extra_lines: tuple[str, ...] = ()) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for article in articles:
            f.write(json.dumps(article, ensure_ascii=False) + "\n")
        for line in extra_lines:
            f.write(line + "\n")
    return path
