"""Actor mentions of every kind, in our own sentences: clitics, longest match, composition, titles, dated
roles, renamings, document coreference, pronouns and ambiguity."""

from __future__ import annotations

import pytest
from tests.conftest import arabic_document

from marsad.actors.document import resolve_document
from marsad.actors.lexicon import ActorLexicon
from marsad.model import Ambiguity, Mention


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return ActorLexicon.load()


def mentions(text: str, lexicon: ActorLexicon, *, date: str = "2018-05-01",
             story: str | None = None) -> list[Mention]:
    return resolve_document(arabic_document(text, date), lexicon, story_country=story)


def found(text: str, lexicon: ActorLexicon, **options: str) -> dict[str, tuple[str | None, str | None]]:
    """``{surface text: (code, sector)}`` of the non-pronoun mentions."""
    doc = arabic_document(text, options.get("date", "2018-05-01"))
    out = {}
    for m in resolve_document(doc, lexicon, story_country=options.get("story")):
        if not m.pronoun and m.actor is not None:
            out[doc.text[m.span.start : m.span.end]] = (m.actor.code, m.actor.sector)
    return out


@pytest.mark.parametrize(("text", "surface", "code", "sector"), [
    ("وصلت الطائرة وبموسكو عقد اللقاء", "وبموسكو", "RUS", "GOV"),
    ("وجه المحتجون انتقادات للحكومة العراقية", "للحكومة العراقية", "IRQ", "GOV"),
    ("قدمت المنظمة شكوى لروسيا", "لروسيا", "RUS", "GOV"),
    ("وقال والأميركيون بدورهم إنهم سيردون", "والأميركيون", "USA", "CVL"),
    ("أعلنت فالسعودية رفضها للقرار", "فالسعودية", "SAU", "GOV"),
])
def test_clitics_are_stripped(lexicon: ActorLexicon, text: str, surface: str, code: str, sector: str) -> None:
    assert found(text, lexicon)[surface] == (code, sector)


def test_longest_match_wins(lexicon: ActorLexicon) -> None:
    got = found("رحبت المملكة العربية السعودية بالاتفاق", lexicon)
    assert got == {"المملكة العربية السعودية": ("SAU", "GOV")}


@pytest.mark.parametrize(("text", "surface", "code", "sector"), [
    ("تقدم الجيش التركي نحو البلدة", "الجيش التركي", "TUR", "MIL"),
    ("أصدرت حكومة العراق بيانا جديدا", "حكومة العراق", "IRQ", "GOV"),
    ("خرج متظاهرون لبنانيون إلى الشوارع", "متظاهرون لبنانيون", "LBN", "CVL"),
    ("قال مسؤول عراقي إن الوضع هادئ", "مسؤول عراقي", "IRQ", "GOV"),
    ("أطلقت الشرطة العراقية سراح المعتقلين", "الشرطة العراقية", "IRQ", "COP"),
    ("قصفت الطائرات الحربية الروسية القرية", "الطائرات الحربية الروسية", "RUS", "MIL"),
    ("قتل 15 جنديا أميركيا في الهجوم", "جنديا أميركيا", "USA", "MIL"),
    ("قتل 12 فلسطينيا برصاص الجنود", "فلسطينيا", "PSE", "CVL"),
])
def test_role_nouns_compose_with_a_country(lexicon: ActorLexicon, text: str, surface: str, code: str,
                                           sector: str) -> None:
    assert found(text, lexicon)[surface] == (code, sector)


def test_an_accusative_adjective_of_a_thing_is_no_actor(lexicon: ActorLexicon) -> None:
    (adjective,) = [m for m in mentions("نفذت الطائرات هجوما أميركيا جديدا", lexicon) if m.actor
                    and m.actor.entity_text == "أميركيا"]
    assert adjective.adjective


@pytest.mark.parametrize(("text", "date", "name", "code", "sector"), [
    ("قال الرئيس السوري إن الحرب انتهت", "2018-05-01", "Bashar al-Assad", "SYR", "GOV"),
    ("قال الرئيس الأمريكي إن الاتفاق سيئ", "2018-05-01", "Donald Trump", "USA", "GOV"),
    ("قال الرئيس الأمريكي إن الاتفاق سيئ", "2010-05-01", "Barack Obama", "USA", "GOV"),
    ("استقبل الملك السعودي ضيوفه", "2018-05-01", "King Salman", "SAU", "GOV"),
    ("وصل وزير الخارجية الروسي إلى الرياض", "2018-05-01", "Sergey Lavrov", "RUS", "GOV"),
])
def test_titles_resolve_to_the_office_holder_of_the_date(lexicon: ActorLexicon, text: str, date: str, name: str,
                                                         code: str, sector: str) -> None:
    first = mentions(text, lexicon, date=date)[0]
    assert first.actor is not None
    assert (first.actor.name, first.actor.code, first.actor.sector) == (name, code, sector)


def test_a_former_office_holder_is_elite(lexicon: ActorLexicon) -> None:
    first = mentions("قال الرئيس الأمريكي السابق إن الاتفاق سيئ", lexicon)[0]
    assert first.actor is not None
    assert (first.actor.code, first.actor.sector, first.actor.name) == ("USA", "ELI", None)


def test_a_bare_title_takes_the_story_country_and_its_holder(lexicon: ActorLexicon) -> None:
    (president,) = mentions("قال الرئيس إن الجيش سينتصر", lexicon, story="SYR")[:1]
    assert president.actor is not None
    assert (president.actor.code, president.actor.name) == ("SYR", "Bashar al-Assad")


@pytest.mark.parametrize(("date", "code", "sector"), [
    ("2018-05-01", "USA", "GOV"),
    ("2023-05-01", "USA", "ELI"),
    ("2025-06-01", "USA", "GOV"),
])
def test_dated_roles_follow_a_change_of_office(lexicon: ActorLexicon, date: str, code: str, sector: str) -> None:
    assert found("انتقد ترامب الاتفاق النووي", lexicon, date=date)["ترامب"] == (code, sector)


def test_a_renamed_group_is_the_same_actor(lexicon: ActorLexicon) -> None:
    old = mentions("أعلنت جبهة النصرة سيطرتها على البلدة", lexicon, date="2015-01-01")[0]
    new = mentions("أعلنت هيئة تحرير الشام سيطرتها على البلدة", lexicon, date="2018-01-01")[0]
    assert old.entry_id == new.entry_id
    assert old.actor is not None and (old.actor.code, old.actor.sector) == ("SYR", "REB")


def test_a_name_after_a_role_is_learned_and_found_again_by_surname(lexicon: ActorLexicon) -> None:
    text = "قال قائد لواء المعتصم مصطفى سيجري إن الهجوم فشل. وأضاف سيجري أن مقاتليه صامدون."
    got = mentions(text, lexicon, date="2016-07-30")
    intro, later = got[0], next(m for m in got if m.actor and m.actor.entity_text == "سيجري")
    assert intro.actor is not None and later.actor is not None
    assert intro.actor.entity_text == "قائد لواء المعتصم مصطفى سيجري"
    assert (intro.actor.code, intro.actor.sector) == ("SYR", "REB")
    assert (later.actor.code, later.actor.sector, later.actor.name) == ("SYR", "REB", "مصطفى سيجري")
    assert later.entry_id == intro.entry_id


def test_a_name_after_a_role_ends_before_its_predicate(lexicon: ActorLexicon) -> None:
    # غير مقتنع, بل, ليس: what is said of the person is no part of the name
    text = "السيناتور جون كورنين غير راض عن الاتفاق التجاري مع الصين، ويطالب بتعديله."
    got = mentions(text, lexicon, date="2019-01-10")
    assert got[0].actor is not None and got[0].actor.entity_text == "السيناتور جون كورنين"


@pytest.mark.parametrize(("text", "surface", "code", "sector"), [
    ("ومنع عناصر من الشرطة السودانية الصحفيين من دخول القاعة", "عناصر من الشرطة السودانية", "SDN", "COP"),
    ("واعتقل أفراد من الجيش اللبناني مطلوبين قرب الحدود", "أفراد من الجيش اللبناني", "LBN", "MIL"),
])
def test_members_of_a_body_act_as_the_body(lexicon: ActorLexicon, text: str, surface: str, code: str,
                                           sector: str) -> None:
    # أفراد alone would be people (CVL): with من and a body, they are that body's members
    assert found(text, lexicon)[surface] == (code, sector)


def test_a_citizen_named_after_his_nationality_keeps_it(lexicon: ActorLexicon) -> None:
    text = "اعتقلت السلطات المواطن الأردني سامر خليل العبادي. وطالبت عمان بالإفراج عن العبادي."
    got = found(text, lexicon)
    assert got["المواطن الأردني سامر خليل العبادي"] == ("JOR", "CVL")
    assert got["العبادي"] == ("JOR", "CVL")


def test_a_surname_refers_to_the_person_named_in_full_not_a_namesake(lexicon: ActorLexicon) -> None:
    text = "قال المتحدث باسم التحالف تركي المالكي إن الصاروخ اعترض. وأضاف المالكي أن التحقيق مستمر."
    later = mentions(text, lexicon, story="YEM")[-1]
    assert later.actor is not None
    assert (later.actor.code, later.actor.name) == ("SAU", "Turki al-Maliki")
    assert later.ambiguity == Ambiguity.SEVERAL_ENTRIES
    assert "marsad:person:nouri-al-maliki" in {a.identifier_id for a in later.alternatives}


def test_a_ruling_house_in_a_name_gives_the_country(lexicon: ActorLexicon) -> None:
    got = found("استقبل الشيخ سلمان بن حمد آل خليفة الوفد", lexicon)
    assert got["الشيخ سلمان بن حمد آل خليفة"] == ("BHR", "GOV")


def test_a_bare_role_noun_is_the_person_introduced_with_it(lexicon: ActorLexicon) -> None:
    text = "استقبل وزير الخارجية الروسي سيرغي لافروف نظيره. وقال الوزير إن المحادثات مثمرة."
    minister = mentions(text, lexicon)[-1]
    assert minister.actor is not None
    assert (minister.actor.code, minister.actor.name) == ("RUS", "Sergey Lavrov")


def test_the_kingdom_and_the_coalition_are_the_storys(lexicon: ActorLexicon) -> None:
    got = found("قالت المملكة إن قوات التحالف ردت على الهجوم", lexicon, story="YEM")
    assert got["المملكة"] == ("SAU", "GOV")
    assert got["قوات التحالف"] == ("SAU", "MIL")
    jordan = found("قال الأردن إن المملكة لن تتدخل وإن الملك الأردني يرفض", lexicon)
    assert jordan["المملكة"] == ("JOR", "GOV")


def _pronouns(text: str, lexicon: ActorLexicon) -> list[tuple[str, str | None]]:
    doc = arabic_document(text)
    return [(doc.text[m.span.start : m.span.end], m.actor.entity_text if m.actor else None)
            for m in resolve_document(doc, lexicon) if m.pronoun]


def test_a_pronoun_takes_an_agreeing_actor_across_a_clause(lexicon: ActorLexicon) -> None:
    # هم is plural: not Moscow (feminine, and in its own clause); the fighters of the sentence before
    text = "اجتمع المقاتلون في الريف الشمالي. وكشف القائد أن موسكو عرضت عليهم السلاح."
    assert _pronouns(text, lexicon) == [("هم", "المقاتلون")]


def test_a_pronoun_is_never_the_subject_of_its_own_clause(lexicon: ActorLexicon) -> None:
    assert _pronouns("عرضت موسكو عليها السلاح", lexicon) == []


def test_a_feminine_pronoun_takes_a_state(lexicon: ActorLexicon) -> None:
    text = "رفضت تركيا الاتهامات. وقال المتحدث إن واشنطن وجهت لها رسالة."
    assert _pronouns(text, lexicon) == [("ها", "تركيا")]


def test_a_relative_refers_to_the_phrase_before_it(lexicon: ActorLexicon) -> None:
    text = "اعتقلت الشرطة المسلحين الذين هاجموا الحاجز"
    assert ("الذين", "المسلحين") in _pronouns(text, lexicon)


def test_a_singular_role_noun_is_not_them(lexicon: ActorLexicon) -> None:
    text = "التقى الوزير بالمتظاهرين. ووعد لهم بالحوار."
    assert _pronouns(text, lexicon) == [("هم", "بالمتظاهرين")]


def test_a_capital_after_a_locative_is_flagged(lexicon: ActorLexicon) -> None:
    (moscow,) = [m for m in mentions("عقد الاجتماع في موسكو أمس", lexicon) if m.entry_id == "capital:RUS"]
    assert moscow.ambiguity == Ambiguity.PLACE_OR_GOVERNMENT
    (agent,) = [m for m in mentions("قالت موسكو إن الاجتماع مفيد", lexicon) if m.entry_id == "capital:RUS"]
    assert agent.ambiguity is None


@pytest.mark.parametrize(("date", "code"), [("2008-06-17", "PSE"), ("2016-02-01", "SYR")])
def test_a_name_two_groups_bore_is_the_one_of_the_date(lexicon: ActorLexicon, date: str, code: str) -> None:
    assert found("قصفت الطائرات مواقع جيش الإسلام", lexicon, date=date)["جيش الإسلام"] == (code, "REB")


def test_tamil_rebels_are_the_tigers(lexicon: ActorLexicon) -> None:
    assert found("هاجم المتمردون التاميل قاعدة بحرية", lexicon, date="2008-03-01")["المتمردون التاميل"] == \
        ("LKA", "REB")


def test_a_possessive_on_a_member_noun_is_its_owner(lexicon: ActorLexicon) -> None:
    owners = [m for m in mentions("أعلن الجيش الأميركي مقتل أحد جنوده في العراق", lexicon) if m.pronoun]
    assert [(m.actor.code, m.actor.sector) for m in owners if m.actor is not None] == [("USA", "MIL")]


def test_a_plural_subject_does_not_swallow_its_object(lexicon: ActorLexicon) -> None:
    # مسلحون keeps its ن: it is no construct state, and the patrol is the army's
    assert found("هاجم مسلحون دورية للجيش الأميركي في بعقوبة", lexicon, date="2007-04-14") == {
        "مسلحون": (None, "UAF"), "دورية للجيش الأميركي": ("USA", "MIL")}


@pytest.mark.parametrize(("text", "surface", "people"), [
    ("خطف مسلحون أمس أميركيا في البصرة", "أميركيا", True),
    ("قتل الجيش 15 فلسطينيا في غزة", "فلسطينيا", True),
    ("شنت الطائرات هجوما أميركيا على المواقع", "أميركيا", False),
])
def test_an_accusative_nationality_word_is_a_person_unless_it_qualifies_a_noun(
        lexicon: ActorLexicon, text: str, surface: str, people: bool) -> None:
    doc = arabic_document(text, "2007-01-05")
    by_text = {doc.text[m.span.start : m.span.end]: m for m in resolve_document(doc, lexicon)}
    assert by_text[surface].adjective is not people


def test_unknown_qualifies_the_gunmen_before_it(lexicon: ActorLexicon) -> None:
    assert found("هاجم مسلحون صوماليون مجهولون ثكنة في مقديشو", lexicon, date="2007-08-06")[
        "مسلحون صوماليون مجهولون"] == ("SOM", "UAF")


def test_the_hamas_executive_force_is_palestinian_police(lexicon: ActorLexicon) -> None:
    assert found("انتشرت القوة التنفيذية في شوارع غزة", lexicon, date="2007-01-10")["القوة التنفيذية"] == \
        ("PSE", "COP")


@pytest.mark.parametrize(("text", "surface", "code", "sector"), [
    ("قصف الجيش المالي مواقع للمتمردين قرب كيدال", "الجيش المالي", "MLI", "MIL"),
    ("أعلنت الحكومة المالية حالة الطوارئ", "الحكومة المالية", "MLI", "GOV"),
    ("التقى رئيس الوزراء المالي نظيره الفرنسي", "رئيس الوزراء المالي", "MLI", "GOV"),
])
def test_mali_is_the_adjective_of_a_state_role(lexicon: ActorLexicon, text: str, surface: str, code: str,
                                               sector: str) -> None:
    assert found(text, lexicon)[surface] == (code, sector)


@pytest.mark.parametrize("text", [
    "قال وزير المالية إن الدعم المالي للمحافظات سيزداد",
    "تعاني الشركة من عجز مالي كبير",
    "أعلنت وزارة المالية الأوراق المالية الجديدة",
])
def test_financial_is_not_mali(lexicon: ActorLexicon, text: str) -> None:
    assert all(code != "MLI" for code, _ in found(text, lexicon).values())


def test_a_named_group_wins_the_words_it_shares_with_a_role_phrase(lexicon: ActorLexicon) -> None:
    got = found("قتل ثلاثة من عناصر جيش الإسلام في قصف على دوما", lexicon, date="2016-02-01")
    assert got == {"جيش الإسلام": ("SYR", "REB")}


def test_a_role_phrase_ending_in_a_complement_keeps_it(lexicon: ActorLexicon) -> None:
    got = found("تقدمت القوات الموالية للحكومة اليمنية نحو الحديدة", lexicon)
    assert got == {"القوات الموالية للحكومة اليمنية": ("YEM", "MIL")}


def test_fatah_is_the_verb_before_fire(lexicon: ActorLexicon) -> None:
    assert "فتح" not in found("فتح مسلحون النار على حافلة للركاب في كراتشي", lexicon)
    assert found("اتهمت فتح حماس بإطلاق النار على أنصارها", lexicon)["فتح"] == ("PSE", "PTY")


def test_the_sunset_prayer_is_not_morocco(lexicon: ActorLexicon) -> None:
    assert "المغرب" not in found("أطلق مسلحون النار على المصلين بعد صلاة المغرب", lexicon)
    assert found("زار وزير الخارجية الفرنسي المغرب", lexicon)["المغرب"] == ("MAR", "GOV")


def test_an_accusative_country_name_after_a_plural_is_no_adjective(lexicon: ActorLexicon) -> None:
    got = found("اختطف مسلحون بريطانيا قرب البصرة", lexicon)
    assert got["مسلحون"][1] == "UAF" and "بريطانيا" in got


@pytest.mark.parametrize(("text", "surface", "code"), [
    ("وصل مئات المحتجين القادمين من ولايات أمريكية عدة إلى ساحة التحرير في بغداد", "المحتجين", "USA"),
    ("عبر آلاف اللاجئين القادمين من سوريا معبر جابر الحدودي أمس", "اللاجئين", "SYR"),
    # no participle of arrival: the bare role noun keeps the story's country
    ("تجمع مئات المحتجين في ساحة التحرير وسط بغداد قبل وصول وفد أمريكي", "المحتجين", "IRQ"),
])
def test_people_coming_from_a_country_are_of_that_country(lexicon: ActorLexicon, text: str, surface: str,
                                                          code: str) -> None:
    assert found(text, lexicon, story="IRQ")[surface][0] == code


@pytest.mark.parametrize(("text", "surface", "code", "sector"), [
    ("قالت مصادر فلسطينية إن وحدة إسرائيلية خاصة اعتقلت ناشطا في نابلس", "وحدة إسرائيلية خاصة", "ISR", "MIL"),
    ("داهمت قوة أميركية خاصة منزلا في مدينة الرمادي", "قوة أميركية خاصة", "USA", "MIL"),
    ("انسحبت الوحدة الروسية الخاصة من مطار بريشتينا", "الوحدة الروسية الخاصة", "RUS", "MIL"),
])
def test_a_nationality_adjective_inside_a_role_name(lexicon: ActorLexicon, text: str, surface: str, code: str,
                                                    sector: str) -> None:
    assert found(text, lexicon)[surface] == (code, sector)


@pytest.mark.parametrize("text", [
    "احتفل اليمنيون في صنعاء بذكرى الوحدة اليمنية",  # unity
    "تحدث الوزير عن القوة الأميركية الناعمة في آسيا",  # soft power: no خاصة after it
    "وحدة إسرائيلية وخاصة في الجليل",  # no agreement of the three words as one phrase
])
def test_unity_and_strength_are_no_role(lexicon: ActorLexicon, text: str) -> None:
    assert all(sector != "MIL" for _, sector in found(text, lexicon).values())
