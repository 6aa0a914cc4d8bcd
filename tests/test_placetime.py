"""The place and date each event gets from its sentence, its clause and the story around it."""

from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.geo.gazetteer import Gazetteer
from marsad.lang.ar.document import segment_document
from marsad.model import Document, Event, Provenance, Span
from marsad.placetime import PlaceTime

SATURDAY = dt.date(2018, 8, 18)  # a Saturday: الخميس is 16 August


@pytest.fixture(scope="module")
def placetime() -> PlaceTime:
    return PlaceTime(Gazetteer.load())


def _document(text: str, events: list[tuple[str, str]]) -> Document:
    """A document whose events are (PLOVER type, trigger word as written); each trigger occurs once."""
    doc = segment_document(Document("test", text, SATURDAY))
    for kind, trigger in events:
        start = text.index(trigger)
        sentence = next(i for i, s in enumerate(doc.sentences) if s.span.start <= start < s.span.end)
        doc.events.append(Event(kind, None, [], [], [], Span(start, start + len(trigger)), trigger, sentence,
                                False, 0.9, Provenance("test", "test", "test")))
    return doc


# (text, event type, trigger, expected date)
DATE_CASES: list[tuple[str, str, str, str]] = [
    # a date behind a relative pronoun or a subordinator after the trigger dates another event
    ("دعت الحكومة إلى تحقيق في الهجوم الذي استهدف السوق الخميس.", "REQUEST", "دعت", "2018-08-18"),
    ("أرسلت الحكومة قافلة إلى المنطقة بعد الفيضانات التي ضربتها في 3 آب.", "AID", "أرسلت", "2018-08-18"),
    ("أدان الوزير المجزرة التي ارتكبتها القوات الخميس.", "ACCUSE", "أدان", "2018-08-18"),
    ("وافق الطرفان على الهدنة قبيل الجلسة المقررة في 25 آب.", "AGREE", "وافق", "2018-08-18"),
    # ... unless the relative clause describes the trigger's own noun
    ("قتل ثلاثة مدنيين في الهجوم الذي وقع الخميس.", "ASSAULT", "الهجوم", "2018-08-16"),
    # "right after" happened at the same time
    ("أصيب خمسة أشخاص عقب انفجار عبوة ناسفة صباح الخميس.", "ASSAULT", "أصيب", "2018-08-16"),
    ("قتل جندي إثر انفجار لغم الخميس.", "ASSAULT", "قتل", "2018-08-16"),
    # a date before the trigger (a reporting verb's) stays
    ("وقال الوزير الخميس إن الطائرات قصفت مواقع المسلحين.", "ASSAULT", "قصفت", "2018-08-16"),
    ("أعلن الجيش أمس مقتل عشرة مسلحين.", "ASSAULT", "مقتل", "2018-08-17"),
    # the nearest date in the clause wins
    ("التقى الوزير نظيره الخميس بعد وصوله أمس.", "CONSULT", "التقى", "2018-08-16"),
    # since: a month or year, or an approximate span, starts a state, not the event
    # (acts told so are no occasion and are dropped: test_acts_over_a_long_span_are_dropped)
    ("تطالب المنظمة بالإفراج عن الناشط منذ عام 2016.", "REQUEST", "تطالب", "2018-08-18"),
    ("تندد المنظمة باعتقال الناشط منذ شهر آذار.", "ACCUSE", "تندد", "2018-08-18"),
    ("يناقش المجلس المشروع منذ نحو أسبوعين.", "CONSULT", "يناقش", "2018-08-18"),
    ("يطالب السكان برفع الحصار منذ أكثر من عشر سنوات.", "REQUEST", "يطالب", "2018-08-18"),
    # ... but "منذ" with an exact count of days is "ago"
    ("قتل جندي منذ ثلاثة أيام في كمين.", "ASSAULT", "قتل", "2018-08-15"),
    # no date at all: the publication day
    ("قصفت الطائرات مواقع المسلحين.", "ASSAULT", "قصفت", "2018-08-18"),
    # "day after day" is not a date
    ("تتدهور الأوضاع الإنسانية يوما بعد يوم.", "COERCE", "تتدهور", "2018-08-18"),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "expected"), DATE_CASES,
                         ids=[f"{i:02d}" for i in range(len(DATE_CASES))])
def test_event_date(placetime: PlaceTime, text: str, kind: str, trigger: str, expected: str) -> None:
    [event] = placetime.annotate(_document(text, [(kind, trigger)]))
    assert event.date is not None
    assert event.date.value == expected


# (text, event type, trigger, expected place as written or None, expected country)
PLACE_CASES: list[tuple[str, str, str, str | None, str | None]] = [
    # the place of the trigger's clause, not one behind a boundary
    ("أرسلت روسيا منظومة دفاع إلى سوريا بعد حادث قبالة السواحل اللبنانية.", "AID", "أرسلت", "سوريا", "SYR"),
    ("قال مسؤول في دمشق إن الطائرات التي قصفت مدينة حلب عادت إلى قواعدها.", "ASSAULT", "قصفت", "حلب", "SYR"),
    ("اعتقلت الشرطة ثلاثة أشخاص في مدينة الموصل.", "COERCE", "اعتقلت", "الموصل", "IRQ"),
    # إلى: where aid or troops were sent; not the place of a statement
    ("أرسلت مصر مساعدات إنسانية عاجلة إلى الخرطوم.", "AID", "أرسلت", "الخرطوم", "SDN"),
    ("دفعت تركيا بتعزيزات عسكرية إلى الحدود السورية.", "MOBILIZE", "دفعت", "الحدود السورية", "SYR"),
    ("دعا المبعوث الأممي إلى اليمن الأطراف إلى الحوار.", "REQUEST", "دعا", None, None),
    ("لا يستند الاتهام إلى أساس.", "ACCUSE", "الاتهام", None, None),
    # a country's land, coast or waters, and seas
    ("سقطت قذيفة داخل الأراضي السورية.", "ASSAULT", "سقطت", "الأراضي السورية", "SYR"),
    ("استهدف الحوثيون ناقلة نفط في البحر الأحمر.", "ASSAULT", "استهدف", "البحر الأحمر", None),
    ("أعاد البرلمان فرز الأصوات في عموم العراق.", "COERCE", "فرز", "العراق", "IRQ"),
    # an adjective after المدينة ends the cue: المطلة is "overlooking", not Metula
    ("حاصرت القوات المدينة الساحلية المطلة على البحر الأحمر.", "COERCE", "حاصرت", "البحر الأحمر", None),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "place", "country"), PLACE_CASES,
                         ids=[f"{i:02d}" for i in range(len(PLACE_CASES))])
def test_event_place(placetime: PlaceTime, text: str, kind: str, trigger: str, place: str | None,
                     country: str | None) -> None:
    [event] = placetime.annotate(_document(text, [(kind, trigger)]))
    assert (event.loc.extracted_place if event.loc else None) == place
    assert (event.loc.country_code if event.loc else None) == country


# (text, event type, trigger in a later sentence, expected place as written or None)
STORY_CASES: list[tuple[str, str, str, str | None]] = [
    # anaphors stand for the last place of their kind
    ("سيطرت القوات على مدينة منبج. وقصفت الطائرات أطراف المدينة.", "ASSAULT", "وقصفت", "منبج"),
    ("تظاهر الآلاف في قطاع غزة. وأطلقت المدفعية قذائف على الحدود الشرقية للقطاع.", "ASSAULT", "وأطلقت",
     "قطاع غزة"),
    ("زار الوزير مخيم الزعتري. والتقى اللاجئين في المخيم.", "CONSULT", "والتقى", "مخيم الزعتري"),
    ("تراجع النمو في قطاع غزة. ودعا الوزير القطاع الخاص إلى الاستثمار.", "REQUEST", "ودعا", None),
    # a physical event with no place of its own takes the story's place; a statement does not
    ("انفجرت سيارة مفخخة في مدينة كركوك. وقتل خمسة أشخاص وأصيب عشرة.", "ASSAULT", "وقتل", "كركوك"),
    ("انفجرت سيارة مفخخة في مدينة كركوك. وطالب النواب بتحقيق عاجل.", "REQUEST", "وطالب", None),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "place"), STORY_CASES,
                         ids=[f"{i:02d}" for i in range(len(STORY_CASES))])
def test_place_from_the_story(placetime: PlaceTime, text: str, kind: str, trigger: str,
                              place: str | None) -> None:
    [event] = placetime.annotate(_document(text, [(kind, trigger)]))
    assert (event.loc.extracted_place if event.loc else None) == place


def test_inherited_place_points_at_its_name(placetime: PlaceTime) -> None:
    text = "سيطرت القوات على مدينة منبج. وقصفت الطائرات أطراف المدينة."
    [event] = placetime.annotate(_document(text, [("ASSAULT", "وقصفت")]))
    assert event.loc is not None and event.loc.span is not None
    assert text[event.loc.span.start:event.loc.span.end] == event.loc.extracted_place


def test_background_events_are_dropped(placetime: PlaceTime) -> None:
    doc = _document("وكانت القوات قد قصفت المدينة في آذار 2017. واعتقلت الشرطة عشرة أشخاص.",
                    [("ASSAULT", "قصفت"), ("COERCE", "واعتقلت")])
    kept = placetime.annotate(doc)
    assert [e.event for e in kept] == ["COERCE"]
    assert [e.index for e in kept] == [0]


def test_acts_over_a_long_span_are_dropped(placetime: PlaceTime) -> None:
    # coding guide §1: a standing state or a tally is no occasion; a first time since one is
    for text, kind, trigger in (("تحاصر القوات البلدة منذ عام 2016.", "COERCE", "تحاصر"),
                                ("يحاصر الجيش المدينة منذ أكثر من عشر سنوات.", "COERCE", "يحاصر"),
                                ("قتل مئة مدني في الغارات منذ بدء الحملة.", "ASSAULT", "قتل")):
        assert not placetime.annotate(_document(text, [(kind, trigger)])), text
    first = _document("اعتقلت الشرطة أكبر عدد من المحتجين منذ عام 2011.", [("COERCE", "اعتقلت")])
    assert placetime.annotate(first)


def test_a_site_is_the_place_not_the_city_that_locates_it() -> None:
    events = marsad.code("سمحت السلطات السعودية للحجاج القطريين بالدخول فور وصولهم إلى مطار الملك خالد في الرياض",
                         date="2018-08-17")
    places = {e.loc.extracted_place for e in events if e.loc}
    assert places == {"مطار الملك خالد"}, places


def test_this_year_dates_an_event_no_finer_than_publication() -> None:
    events = marsad.code("جددت السعودية ترحيبها بالحجاج لهذا العام، وسمحت لهم بالتسجيل عند وصولهم",
                         date="2018-08-17")
    assert events and all(e.date is not None and e.date.value == "2018-08-17" for e in events), events
