"""Users' --lexicon files: validated with errors that name the file and the entry; same id overrides."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.conftest import arabic_document

from marsad.actors.document import resolve_document
from marsad.actors.lexicon import ActorLexicon
from marsad.errors import LexiconError

ROLE = "    roles:\n      - {code: LBN, sector: GOV, title: t, start: 2017-01-01}\n"
PERSON = "  - id: x-y\n    name: X\n    names: [س]\n"
PEOPLE_HEADER = 'name: mine\nversion: "1.0.0"\nschema: marsad.actors.people/1\nentries:\n'
AGENTS_HEADER = 'name: mine\nversion: "1.0.0"\nschema: marsad.actors.agents/1\nentries:\n'


def write(tmp_path: Path, body: str, header: str = PEOPLE_HEADER) -> Path:
    path = tmp_path / "my.yaml"
    path.write_text(header + body, encoding="utf-8")
    return path


def first_actor(lexicon: ActorLexicon, text: str, date: str = "2018-05-01") -> tuple[str | None, str | None]:
    actor = resolve_document(arabic_document(text, date), lexicon)[0].actor
    assert actor is not None
    return actor.code, actor.sector


def test_a_new_person_is_found(tmp_path: Path) -> None:
    path = write(tmp_path, "  - id: karim-nasser\n    name: Karim Nasser\n    names: [كريم ناصر, ناصر]\n"
                           "    roles:\n      - {code: LBN, sector: GOV, title: minister, start: 2017-01-01}\n")
    lexicon = ActorLexicon.load([path])
    assert first_actor(lexicon, "قال كريم ناصر إن الحكومة مستمرة") == ("LBN", "GOV")


def test_a_user_entry_overrides_the_shipped_one_with_the_same_id(tmp_path: Path) -> None:
    shipped = ActorLexicon.load()
    assert first_actor(shipped, "انتشر الجنود في المدينة") == (None, "MIL")
    path = write(tmp_path, "  - id: soldier\n    sector: PRM\n    names: [جندي, جنود]\n", AGENTS_HEADER)
    assert first_actor(ActorLexicon.load([path]), "انتشر الجنود في المدينة") == (None, "PRM")
    # the override replaces the names too: a name only the shipped entry had is gone
    assert "agent:soldier" in ActorLexicon.load([path]).entries


def test_the_shipped_lexicon_is_untouched_by_a_user_file(tmp_path: Path) -> None:
    path = write(tmp_path, "  - id: soldier\n    sector: PRM\n    names: [جندي]\n", AGENTS_HEADER)
    ActorLexicon.load([path])
    assert ActorLexicon.load().entries["agent:soldier"].sector == "MIL"


@pytest.mark.parametrize(("body", "expected"), [
    ("  - name: No Id\n    names: [أحد]\n    roles: []\n", "missing required field 'id'"),
    ("  - id: x-y\n    name: X\n    names: []\n" + ROLE, "'names' must be a non-empty list"),
    (PERSON + ROLE.replace("LBN", "XXX"), "code 'XXX' is not an ISO alpha-3"),
    (PERSON + ROLE.replace("GOV", "BOSS"), "sector 'BOSS' is not a PLOVER sector"),
    (PERSON + ROLE.replace("2017-01-01", "2017-31-01"), "start '2017-31-01' is not an ISO date"),
    (PERSON + ROLE.replace("2017-01-01", "2018-01-01, end: 2017-01-01"), "ends (2017-01-01) before it starts"),
    (PERSON.replace("x-y", "X Y") + ROLE, "id must be lower-case ASCII"),
    (PERSON + "    color: red\n" + ROLE, "unknown field(s) ['color']"),
])
def test_errors_name_the_file_the_entry_and_the_problem(tmp_path: Path, body: str, expected: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(LexiconError) as caught:
        ActorLexicon.load([path])
    message = str(caught.value)
    assert str(path) in message
    assert "entry 1" in message
    assert expected in message


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    body = ("  - id: a-b\n    name: A\n    names: [أ]\n    roles:\n      - {code: ZZZ, sector: GOV, title: t}\n"
            "  - id: a-b\n    name: B\n    names: [ب]\n    roles:\n      - {code: LBN, sector: NOPE, title: t}\n")
    with pytest.raises(LexiconError) as caught:
        ActorLexicon.load([write(tmp_path, body)])
    message = str(caught.value)
    assert "entry 1 (a-b)" in message and "entry 2 (a-b)" in message
    assert "duplicate id" in message and "ZZZ" in message and "NOPE" in message


@pytest.mark.parametrize(("header", "expected"), [
    ('name: mine\nversion: "1.0.0"\nschema: marsad.actors.friends/1\nentries: []\n',
     "schema 'marsad.actors.friends/1'"),
    ('name: mine\nschema: marsad.actors.people/1\nentries: []\n', "header lacks version"),
    ('name: mine\nversion: one\nschema: marsad.actors.people/1\nentries: []\n', "semver"),
    ("- just a list\n", "expected a mapping"),
])
def test_bad_headers_are_explained(tmp_path: Path, header: str, expected: str) -> None:
    with pytest.raises(LexiconError) as caught:
        ActorLexicon.load([write(tmp_path, "", header)])
    assert expected in str(caught.value) and str(tmp_path) in str(caught.value)


def test_a_missing_file_is_explained(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read"):
        ActorLexicon.load([tmp_path / "absent.yaml"])


def test_dated_roles_in_a_user_file(tmp_path: Path) -> None:
    path = write(tmp_path, "  - id: karim-nasser\n    name: Karim Nasser\n    names: [كريم ناصر]\n    roles:\n"
                           "      - {code: LBN, sector: GOV, title: minister, start: 2017-01-01, end: 2019-01-01}\n")
    lexicon = ActorLexicon.load([path])
    assert first_actor(lexicon, "قال كريم ناصر إن الحكومة مستمرة", "2018-01-01") == ("LBN", "GOV")
    assert first_actor(lexicon, "قال كريم ناصر إن الحكومة مستمرة", "2020-01-01") == ("LBN", "ELI")
    assert dt.date(2018, 1, 1) < dt.date(2019, 1, 1)
