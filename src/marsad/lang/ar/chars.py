"""Arabic character classes, spelled out as escapes so the code says exactly what it means."""

from __future__ import annotations

# Letters of the Arabic block proper (hamza .. yeh) and the extended letters used for
# Persian/Urdu loan spellings that also show up in Arabic news (پ چ ژ گ ڤ ی ک).
ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06ee-\u06ef\u06fa-\u06fc\u06ff"
# Harakat, shadda, sukun, superscript alef and Quranic annotation marks: removed by normalization.
DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
TATWEEL = "\u0640"
# Presentation forms A and B: legacy glyph codes that NFKC maps back to letters.
PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufefe"
# Invisible format characters: zero-width joiners, bidi marks, overrides and isolates, BOM.
INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
ARABIC_INDIC_DIGITS = "\u0660-\u0669"
PERSIAN_DIGITS = "\u06f0-\u06f9"

# Characters that belong inside a word token.
WORD_CHARS = (
    ARABIC_LETTERS + DIACRITICS + TATWEEL + PRESENTATION_FORMS + INVISIBLE
    + ARABIC_INDIC_DIGITS + PERSIAN_DIGITS + "A-Za-z0-9\u00c0-\u024f"
)

ARABIC_COMMA = "\u060c"
ARABIC_SEMICOLON = "\u061b"
ARABIC_QUESTION_MARK = "\u061f"
ARABIC_FULL_STOP = "\u06d4"
LEFT_GUILLEMET = "\u00ab"
RIGHT_GUILLEMET = "\u00bb"

# Sentence-final punctuation, Latin and Arabic.
SENTENCE_FINAL = "." + "!" + "?" + ARABIC_QUESTION_MARK + ARABIC_FULL_STOP + "\u2026"
# Clause punctuation: commas, semicolons, colons, dashes (used to bound argument search).
CLAUSE_PUNCTUATION = "," + ";" + ":" + ARABIC_COMMA + ARABIC_SEMICOLON + "\u2013\u2014"

ALEF = "\u0627"
ALEF_FORMS = "\u0622\u0623\u0625\u0671"  # آ أ إ ٱ
ALEF_MAKSURA = "\u0649"
YEH = "\u064a"
TEH_MARBUTA = "\u0629"
HEH = "\u0647"
FARSI_YEH = "\u06cc"
KEHEH = "\u06a9"
KAF = "\u0643"
DEFINITE_ARTICLE = ALEF + "\u0644"  # ال
