"""Strip the boilerplate scrapers leave around an article, conservatively."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from marsad.lang.ar import chars
from marsad.lang.ar.normalize import fold, normalize

# Related-link headers ("read also", "related news"), compared after normalize + fold
# (so hamza and tanween spellings match).
_RELATED_MARKERS = (
    "\u0627\u0642\u0631\u0627 \u0627\u064a\u0636\u0627",  # اقرأ أيضا
    "\u0627\u0642\u0631\u0627/\u064a \u0627\u064a\u0636\u0627",  # اقرأ/ي أيضا
    "\u0627\u0642\u0631\u0626\u064a \u0627\u064a\u0636\u0627",  # اقرئي أيضا
    "\u0627\u0642\u0631\u0627 \u0627\u0644\u0645\u0632\u064a\u062f",  # اقرأ المزيد
    "\u0634\u0627\u0647\u062f \u0627\u064a\u0636\u0627",  # شاهد أيضا
    "\u0637\u0627\u0644\u0639 \u0627\u064a\u0636\u0627",  # طالع أيضا
    "\u0645\u0648\u0627\u0636\u064a\u0639 \u0630\u0627\u062a \u0635\u0644\u0629",  # مواضيع ذات صلة
    "\u0627\u062e\u0628\u0627\u0631 \u0630\u0627\u062a \u0635\u0644\u0629",  # أخبار ذات صلة
    "\u0631\u0648\u0627\u0628\u0637 \u0630\u0627\u062a \u0635\u0644\u0629",  # روابط ذات صلة
    "\u0645\u0642\u0627\u0644\u0627\u062a \u0630\u0627\u062a \u0635\u0644\u0629",  # مقالات ذات صلة
)
# Footer headers: from the first of these in the second half of the page, the rest is
# comments, share buttons and copyright lines.
_FOOTER_MARKERS = (
    "\u0627\u0644\u062a\u0639\u0644\u064a\u0642\u0627\u062a",  # التعليقات
    "\u062a\u0639\u0644\u064a\u0642\u0627\u062a",  # تعليقات
    "\u0627\u062a\u0631\u0643 \u062a\u0639\u0644\u064a\u0642",  # اترك تعليق
    "\u0627\u062a\u0631\u0643 \u062a\u0639\u0644\u064a\u0642\u0627",  # اترك تعليقًا
    "\u0627\u062a\u0631\u0643 \u062a\u0639\u0644\u064a\u0642\u0643",  # اترك تعليقك
    "\u0627\u0636\u0641 \u062a\u0639\u0644\u064a\u0642",  # أضف تعليق
    "\u0627\u0636\u0641 \u062a\u0639\u0644\u064a\u0642\u0627",  # أضف تعليقًا
    "\u0627\u0636\u0641 \u062a\u0639\u0644\u064a\u0642\u0643",  # أضف تعليقك
    "\u0634\u0627\u0631\u0643 \u0647\u0630\u0627 \u0627\u0644\u0645\u0642\u0627\u0644",  # شارك هذا المقال
    "\u0634\u0627\u0631\u0643 \u0627\u0644\u062e\u0628\u0631",  # شارك الخبر
    "\u0634\u0627\u0631\u0643 \u0639\u0644\u064a",  # شارك على (alef maksura folded to yeh)
    "\u062a\u0627\u0628\u0639\u0648\u0646\u0627 \u0639\u0644\u064a",  # تابعونا على
    "\u062a\u0627\u0628\u0639\u0646\u0627 \u0639\u0644\u064a",  # تابعنا على
)
_COPYRIGHT_MARKERS = (
    # جميع الحقوق محفوظة
    "\u062c\u0645\u064a\u0639 \u0627\u0644\u062d\u0642\u0648\u0642 \u0645\u062d\u0641\u0648\u0638\u0629",
    # كل الحقوق محفوظة
    "\u0643\u0644 \u0627\u0644\u062d\u0642\u0648\u0642 \u0645\u062d\u0641\u0648\u0638\u0629",
    "\u00a9",  # ©
)
# Words of site menus and breadcrumbs; a short line made only of these is navigation.
_NAV_WORDS = frozenset(
    fold(normalize(word))
    for word in (
        "\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629",  # الرئيسية
        "\u0627\u0644\u0635\u0641\u062d\u0629",  # الصفحة
        "\u0623\u062e\u0628\u0627\u0631",  # أخبار
        "\u0627\u0644\u0623\u062e\u0628\u0627\u0631",  # الأخبار
        "\u0633\u064a\u0627\u0633\u0629",  # سياسة
        "\u0627\u0642\u062a\u0635\u0627\u062f",  # اقتصاد
        "\u0631\u064a\u0627\u0636\u0629",  # رياضة
        "\u062b\u0642\u0627\u0641\u0629",  # ثقافة
        "\u0645\u0646\u0648\u0639\u0627\u062a",  # منوعات
        "\u062a\u0643\u0646\u0648\u0644\u0648\u062c\u064a\u0627",  # تكنولوجيا
        "\u0645\u0642\u0627\u0644\u0627\u062a",  # مقالات
        "\u0641\u064a\u062f\u064a\u0648",  # فيديو
        "\u0639\u0631\u0628\u064a",  # عربي
        "\u0648\u062f\u0648\u0644\u064a",  # ودولي
        "\u062f\u0648\u0644\u064a",  # دولي
        "\u0645\u062d\u0644\u064a\u0627\u062a",  # محليات
        "\u0627\u062a\u0635\u0644",  # اتصل
        "\u0628\u0646\u0627",  # بنا
        "\u0646\u062d\u0646",  # نحن
        "\u0628\u062d\u062b",  # بحث
        "\u0627\u0644\u0642\u0627\u0626\u0645\u0629",  # القائمة
        "home",
        "news",
        "menu",
    )
)
_HOME = fold(normalize("\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629"))  # الرئيسية
_CRUMB_SEPARATOR = re.compile(r"\s(?:>|\u00bb|\u203a|/|\||::)\s")
_BLANK = re.compile(f"[{chars.INVISIBLE}\\s]*")
_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_PUNCT = re.compile(rf"[^{chars.ARABIC_LETTERS}\w/\u00a9 ]+")
_WORD = re.compile(rf"[{chars.ARABIC_LETTERS}]+|[^\W_]+")
_SENTENCE_END = re.compile(f"[{re.escape(chars.SENTENCE_FINAL)}]\\W*$")

# A link line under a related-links header is a headline: short, no final stop.
MAX_LINK_LINE_WORDS = 15
MAX_LINK_LINES = 8
# A header line (related links, footer) is short; longer lines are prose.
MAX_MARKER_LINE_WORDS = 8
MAX_RELATED_LINE_WORDS = 20
MAX_CRUMB_SEGMENT_WORDS = 4
# Paragraphs shorter than this may repeat legitimately ("قال:"), so we never dedupe them.
MIN_REPEAT_WORDS = 6
# Word-bigram containment above which two paragraphs are the same paragraph, and the
# length ratio below which the shorter one is a different, shorter statement.
NEAR_REPEAT_CONTAINMENT = 0.85
NEAR_REPEAT_MIN_LENGTH_RATIO = 0.5
# Near repeats are looked for among the first paragraphs only (the lead area).
LEAD_WINDOW = 12


def _key(line: str) -> str:
    """The comparison key of a line: normalized, folded, punctuation dropped, lowercased."""
    return " ".join(_PUNCT.sub(" ", fold(normalize(line))).lower().split())


def _words(line: str) -> list[str]:
    return _WORD.findall(fold(normalize(line)).lower())


def _ends_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line) is not None


def _starts_with(key: str, markers: Sequence[str]) -> bool:
    return any(key == m or key.startswith(m + " ") for m in markers)


def _related_header(line: str, key: str) -> bool | None:
    """True for a bare related-links header, False for a header with a link, None otherwise."""
    if not _starts_with(key, _RELATED_MARKERS) or len(key.split()) > MAX_RELATED_LINE_WORDS:
        return None
    if any(key == m for m in _RELATED_MARKERS):
        return True
    # "اقرأ أيضا: <headline>" is a link; a full sentence starting with the same words is prose.
    if ":" in line or not _ends_sentence(line):
        return False
    return None


def _is_link_line(line: str) -> bool:
    return len(_words(line)) <= MAX_LINK_LINE_WORDS and not _ends_sentence(line)


def _is_footer(line: str, key: str) -> bool:
    if len(key.split()) > MAX_MARKER_LINE_WORDS or _ends_sentence(line):
        return False
    if any(m in key for m in _COPYRIGHT_MARKERS):
        return True
    return _starts_with(key, _FOOTER_MARKERS)


def _is_navigation(line: str, key: str) -> bool:
    segments = _CRUMB_SEPARATOR.split(line)
    if len(segments) >= 3 and all(
        0 < len(_words(s)) <= MAX_CRUMB_SEGMENT_WORDS and not _ends_sentence(s) for s in segments
    ):
        return True
    words = _words(line)
    if not words or len(words) > 12:
        return False
    if words[0] == _HOME and len(segments) >= 2:
        return True
    return all(w in _NAV_WORDS for w in words)


def _is_title_repeat(key: str, title_key: str) -> bool:
    if not key or not title_key:
        return False
    # "<h1>" repeated as the page's "<title>" often carries a " - site name" tail.
    return key == title_key or (len(key) >= 10 and title_key.startswith(key + " "))


def _drop_boilerplate_lines(lines: list[str]) -> list[str]:
    """Drop related-link blocks and everything from a footer marker on."""
    kept: list[str] = []
    half = len(lines) // 2
    index = 0
    while index < len(lines):
        line = lines[index]
        key = _key(line)
        if index > 0 and index >= half and _is_footer(line, key):
            break
        related = _related_header(line, key)
        if related is not None:
            index += 1
            if related:
                followers = 0
                while index < len(lines) and followers < MAX_LINK_LINES and _is_link_line(lines[index]):
                    index += 1
                    followers += 1
            continue
        kept.append(line)
        index += 1
    return kept


def _bigrams(words: list[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(words))


def _drop_repeats(lines: list[str]) -> list[str]:
    """Drop paragraphs repeated verbatim anywhere, or nearly verbatim in the lead area."""
    word_lists = [_words(line) for line in lines]
    dropped: set[int] = set()
    seen: set[tuple[str, ...]] = set()
    for i, words in enumerate(word_lists):
        if len(words) < MIN_REPEAT_WORDS:
            continue
        signature = tuple(words)
        if signature in seen:
            dropped.add(i)
        seen.add(signature)
    window = [i for i in range(min(len(lines), LEAD_WINDOW)) if len(word_lists[i]) >= MIN_REPEAT_WORDS]
    grams = {i: _bigrams(word_lists[i]) for i in window}
    for a_pos, a in enumerate(window):
        for b in window[a_pos + 1 :]:
            if a in dropped or b in dropped:
                continue
            shorter, longer = (a, b) if len(word_lists[a]) < len(word_lists[b]) else (b, a)
            if len(word_lists[shorter]) / len(word_lists[longer]) < NEAR_REPEAT_MIN_LENGTH_RATIO:
                continue
            common = len(grams[a] & grams[b])
            if common / max(1, min(len(grams[a]), len(grams[b]))) < NEAR_REPEAT_CONTAINMENT:
                continue
            # Paragraphs that differ in a number report different facts ("3 killed" / "4 killed").
            changed = set(word_lists[a]) ^ set(word_lists[b])
            if not any(ch.isdigit() for word in changed for ch in word):
                dropped.add(shorter)
    return [line for i, line in enumerate(lines) if i not in dropped]


def clean_text(text: str, *, title: str | None = None) -> str:
    """Scraped page text without blank lines, menus, related links, footers and repeats."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    lines = [line for line in lines if not _BLANK.fullmatch(line) and not _is_navigation(line, _key(line))]
    if not lines:
        return ""
    title_key = _key(title) if title else ""
    if title_key:
        while len(lines) > 1 and _is_title_repeat(_key(lines[0]), title_key):
            lines = lines[1:]
    elif len(lines) > 1 and _is_title_repeat(_key(lines[1]), _key(lines[0])):
        # No separate title: a first line repeated right below it is a doubled title.
        lines = lines[:1] + lines[2:]
    lines = _drop_boilerplate_lines(lines)
    lines = _drop_repeats(lines)
    return "\n".join(lines)
