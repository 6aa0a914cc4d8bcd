"""ASSAULT triggers that report no attack, and the victims an attack takes from its sentence."""

from __future__ import annotations

import pytest
from tests.events.dyads import candidate_reasons

import marsad
from marsad.api import as_document
from marsad.events import assault, coder
from marsad.events.attach import ActorSource, Arguments
from marsad.model import Event, Mention, MentionKind, Span
from marsad.pipeline import EventStage, Pipeline


def _assaults(text: str, date: str = "2019-06-01") -> list[Event]:
    return [e for e in marsad.code(text, date=date) if e.event == "ASSAULT" and not e.negated]


def _reasons(text: str) -> dict[str, str | None]:
    """Each ASSAULT candidate's trigger text and why it reports no attack (None: it may)."""
    return candidate_reasons(text, "ASSAULT", lambda doc, index, candidate, stage: coder.not_an_attack(
        doc, index, candidate, stage.lexicon, stage.modality))


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("هاجم وزير الخارجية الإيراني السياسة الأميركية قائلا إنها فاشلة", "هاجم", "figurative"),
        ("اعتقلت الشرطة رجلين بتهمة التخطيط لهجوم على السفارة في عمان", "لهجوم", "aim"),
        ("أجرت القوات الإيرانية تدريبات تحسبا لأي ضربة جوية على منشآتها", "ضربة", "aim"),
        ("تحدث مسؤولون عن ضربة جوية محتملة على المنشآت النووية الإيرانية", "ضربة", "aim"),
        ("فككت قوات الأمن العراقية عبوة ناسفة قرب سوق في بغداد", "عبوة", "defused"),
        ("فجرت كوريا الشمالية قنبلة هيدروجينية تحت الأرض", "فجرت", "test"),
        ("شيع العراقيون الضابط الذي اغتاله مسلحون قبل عشر سنوات", "اغتاله", "relative"),
        ("يرفض الأزهر بشدة قتل الأبرياء", "قتل", "verbal noun"),
        ("بحث المسؤولون خيار شن ضربات جوية ضد معسكرات المسلحين", "شن", "aim"),
        ("تحدثت الصحيفة عن هجوم كانت ميليشيا مسلحة تعتزم شنه على مواقع الجيش", "هجوم", "aim"),
        ("قالت الشرطة إن السيارة المفخخة التي عثر عليها في لندن كانت محملة بالمسامير", "السيارة", "defused"),
        ("أحيا اللبنانيون الذكرى السنوية لتفجير السفارة في بيروت", "لتفجير", "aim"),
        ("نظمت الجالية إحياء ذكرى مجزرة صبرا وشاتيلا في بيروت", "مجزرة", "anniversary"),
        ("قصفت الطائرات الروسية مواقع المعارضة في ريف إدلب", "قصفت", None),
        ("أعلن تنظيم الدولة مسؤوليته عن الهجوم الذي استهدف حافلة في المنيا", "استهدف", None),
    ],
)
def test_why_an_assault_word_reports_no_attack(text: str, trigger: str, reason: str | None) -> None:
    assert _reasons(text)[trigger] == reason


def test_an_armed_doer_makes_an_attack_word_an_attack() -> None:
    # the same words as a verbal attack, but the doer bears arms and the sentence has a weapon
    coded = _assaults("هاجم مسلحون مجهولون حاجزا للشرطة العراقية بالأسلحة الرشاشة في الموصل")
    assert coded and coded[0].actor[0].sector == "UAF"


def test_a_verbal_attack_on_someone_is_a_criticism() -> None:
    events = marsad.code("شنت المعارضة التركية هجوما حادا على الحكومة التركية بسبب انهيار الليرة",
                         date="2018-08-14")
    assert [(e.event, e.mode) for e in events if not e.negated] == [("ACCUSE", "disapprove")]


def test_the_subject_of_a_passive_kill_verb_is_the_victim() -> None:
    coded = _assaults("قال الجيش الأميركي إن جنديين أميركيين قتلا في هجوم شنته حركة طالبان في ولاية هلمند")
    assert [([a.code for a in e.actor], [(r.code, r.sector) for r in e.recipient]) for e in coded] == \
        [(["AFG"], [("USA", "MIL")])]


def test_an_active_kill_verb_keeps_its_subject() -> None:
    coded = _assaults("قالت الشرطة إن قوات الأمن الباكستانية قتلت ثلاثة مسلحين في وزيرستان")
    assert coded and coded[0].actor[0].code == "PAK" and coded[0].actor[0].sector == "COP"


def test_counted_victims_behind_a_partitive_are_the_recipient() -> None:
    coded = _assaults("قتل أمس أربعة من عناصر الشرطة الأفغانية في هجوم تبنته حركة طالبان في ولاية غزني")
    assert [(r.code, r.sector) for e in coded for r in e.recipient] == [("AFG", "COP")]


def test_a_nationality_adjective_names_the_doer_of_a_strike() -> None:
    coded = _assaults("قتل خمسة من مقاتلي حركة الشباب في ضربة جوية أميركية جنوب الصومال")
    assert [(a.code, a.sector) for a in coded[0].actor] == [("USA", "MIL")]


def test_a_victim_before_a_suicide_attack_noun_is_not_its_doer() -> None:
    events = _assaults("تحدثت الصحف عن اغتيال رئيسة الوزراء الباكستانية في هجوم انتحاري")
    assert all(a.sector != "GOV" for e in events for a in e.actor)


def _mention(start: int) -> Mention:
    return Mention(Span(start, start + 1), MentionKind.ACTOR, None, token_start=start, token_end=start + 1)


def test_share_victims_lends_the_casualties_and_the_doer() -> None:
    pipeline = Pipeline.default()
    stage = next(s for s in pipeline.stages if isinstance(s, EventStage))
    doc = pipeline(as_document({"id": "t", "text": "مقتل جنديين في هجوم شنه مسلحون", "date": "2019-06-01"}))
    killing, attack = coder.sentence_candidates(doc, 0, stage.lexicon, stage.modality)[:2]
    victims, doers = [_mention(1)], [_mention(5)]
    killing_args = Arguments([], list(victims))
    attack_args = Arguments(list(doers), [], actor_source=ActorSource.SUBJECT_AFTER)
    assault.share_victims([(killing.match, True, killing_args), (attack.match, True, attack_args)])
    assert attack_args.recipient == victims
    assert killing_args.actor == doers and killing_args.actor_from_context


def test_the_cues_are_loaded_as_match_keys() -> None:
    cues = assault.AssaultCues.load()
    assert "ar.assault.kill" in cues.passive_prone_rules
    assert "MIL" in cues.armed_sectors
    assert cues.version.startswith("assault@")


def test_coordinated_attack_nouns_share_their_target() -> None:
    coded = _assaults("واصلت مقاتلات التحالف قصف واستهداف مواقع الحوثيين في محافظة صعدة", date="2019-03-22")
    assert [(r.code, r.sector) for e in coded for r in e.recipient] == [("YEM", "REB")]


def test_a_verb_whose_subject_is_the_attack_noun_gives_it_the_target() -> None:
    coded = _assaults("فجر مسلحون عبوة ناسفة استهدفت دورية للشرطة الأفغانية في ولاية ننغرهار", date="2019-06-30")
    assert [([(a.code, a.sector) for a in e.actor], [(r.code, r.sector) for r in e.recipient]) for e in coded] == \
        [([("AFG", "UAF")], [("AFG", "COP")])]


def test_a_verb_after_an_attack_noun_takes_no_doer_from_another_event() -> None:
    text = "اتهمت وزارة الداخلية حركة فتح بإثارة الفوضى في غزة بعد انفجارين استهدفا منزل قيادي في حماس"
    assert all(a.sector != "GOV" for e in _assaults(text, date="2008-07-26") for a in e.actor)


def test_a_subject_whose_own_soldiers_were_killed_is_the_recipient() -> None:
    coded = _assaults("أعلن الجيش البريطاني مقتل اثنين من جنوده في انفجار عبوة ناسفة في ولاية هلمند", date="2008-06-10")
    assert coded and all(a.code != "GBR" for e in coded for a in e.actor)
    assert ("GBR", "MIL") in [(r.code, r.sector) for e in coded for r in e.recipient]


def test_twin_attacks_of_one_doer_pool_their_recipients() -> None:
    text = "قتل مدني وأصيب آخرون في انفجار سيارة مفخخة لدى مرور دورية للجيش الأميركي في بعقوبة"
    coded = _assaults(text, date="2007-04-14")
    assert "USA" in {r.code for e in coded for r in e.recipient}


def test_an_unnamed_bomber_is_of_the_story_country() -> None:
    coded = _assaults("قتل ستة أشخاص في انفجار سيارة مفخخة في سوق شعبي بمدينة كركوك", date="2008-05-02")
    assert [(a.code, a.sector) for e in coded for a in e.actor] == [("IRQ", "UAF")]


def test_a_suicide_attack_noun_with_the_victims_killed_before_it_names_its_target() -> None:
    text = "قال مسؤول إن أربعة حراس قتلوا أمس في هجوم انتحاري على شركة أمنية بريطانية في مدينة البصرة"
    coded = _assaults(text, date="2007-09-03")
    assert "GBR" in {r.code for e in coded for r in e.recipient}


def test_victims_counted_by_a_vague_number_are_the_recipient() -> None:
    coded = _assaults("قال الجيش الأفغاني إنه قتل عددا من مقاتلي حركة طالبان في ولاية قندهار", date="2009-05-11")
    assert ("AFG", "REB") in [(r.code, r.sector) for e in coded for r in e.recipient]


def test_a_killing_that_an_attack_led_to_gives_it_the_victims() -> None:
    text = "أطلقت طائرة إسرائيلية صاروخا على سيارة في رفح، الأمر الذي أدى إلى مقتل اثنين من عناصر سرايا القدس"
    coded = _assaults(text, date="2008-02-10")
    assert [(r.code, r.sector) for e in coded for r in e.recipient] == [("PSE", "REB")]


def test_a_sentence_initial_kidnap_verb_is_the_verb() -> None:
    coded = _assaults("خطف مسلحون مجهولون ثلاثة مهندسين أتراك في مدينة كركوك أمس", date="2007-05-20")
    assert [(a.sector, [(r.code, r.sector) for r in e.recipient]) for e in coded for a in e.actor] == \
        [("UAF", [("TUR", "CVL")])]


def test_a_kidnapping_noun_inside_a_clause_is_no_kidnap_verb() -> None:
    # تكرار خطف الصحافيين: the noun, a topic with no doer
    assert not _assaults("قالت النقابة إن تكرار خطف الصحافيين الأجانب مؤشر خطير", date="2007-03-14")


def test_an_accusative_country_name_abducted_is_a_national() -> None:
    coded = _assaults("اختطف مسلحون بريطانيا يعمل في شركة نفط قرب البصرة", date="2007-05-30")
    assert [(r.code, r.sector) for e in coded for r in e.recipient] == [("GBR", "CVL")]


def test_a_disguise_is_no_object() -> None:
    text = "خطف مسلحون يرتدون زي الجيش العراقي ثلاثة أتراك من موقع بناء في بغداد"
    coded = _assaults(text, date="2007-05-30")
    assert [(r.code, r.sector) for e in coded for r in e.recipient] == [("TUR", "CVL")]


def test_opening_fire_names_the_shooters_and_their_target() -> None:
    coded = _assaults("فتح مجهولون النار على سيارة تقل ضابطا في الشرطة الباكستانية في بيشاور", date="2012-04-02")
    assert coded and all(r.code != "PSE" for e in coded for r in e.recipient)


def test_fire_that_belongs_to_an_attack_noun_is_no_verb_phrase() -> None:
    assert _reasons("اتهمت فتح حماس بإطلاق النار على أنصارها في غزة").get("فتح") == "borrowed object"


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("قال الشيخ إنه ضد أي اعتداء يقتل أناسا أبرياء", "يقتل", "habitual"),
        ("أكد الوزير أن إسرائيل تقمع الفلسطينيين وتقصف منازلهم", "وتقصف", "habitual"),
        ("تفجير انتحاري في فندق بكابول يقتل 20 شخصا", "يقتل", None),
        ("قال شاهد إنه رأى مسلحين يطلقون النار على المارة", "يطلقون", None),
        ("أدت مثل هذه التفجيرات إلى نزوح آلاف العائلات", "التفجيرات", "anaphoric"),
        ("أثارت تلك المذبحة غضبا واسعا في البلاد", "المذبحة", "anaphoric"),
    ],
)
def test_generic_and_anaphoric_attack_words(text: str, trigger: str, reason: str | None) -> None:
    assert _reasons(text)[trigger] == reason


def test_an_attack_placed_decades_back_is_background() -> None:
    assert not _assaults("فجرت منظمة يسارية متطرفة مطعما في روما في الثمانينات", date="2008-01-01")
    # an age is no decade: the assassination is news
    assert _assaults("اغتال مسلحون مجهولون أمس ضابطا في الثلاثينات من عمره في بغداد", date="2007-05-10")


def test_the_people_a_bomber_blew_himself_up_among_are_hit() -> None:
    coded = _assaults("فجر انتحاري نفسه بين المصلين في مسجد بمدينة بيشاور", date="2009-10-16")
    assert [(m.code, m.sector) for m in coded[0].recipient] == [("PAK", "CVL")]



@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("وخطف النائب الميكروفون من يد رئيس الجلسة في البرلمان الأردني", "وخطف", "other sense"),
        ("خطفت المغنية اللبنانية الأضواء في مهرجان قرطاج", "خطفت", "other sense"),
        ("اعترف المسؤول بأن الشرطة دمرت أشرطة التحقيق مع المتهمين", "دمرت", "other sense"),
        ("رأى النائب أن الاغتيال استهدف ضرب الاستقرار في لبنان", "استهدف", "other sense"),
        ("خطف مسلحون مهندسا تركيا في شمال العراق", "خطف", None),
        ("دمرت الطائرات الإسرائيلية مخزنا للأسلحة في غزة", "دمرت", None),
        ("قال المتحدث إن لغة الحرب لا تعني سوى قتل الأبرياء", "قتل", "generic"),
        ("قال شاهد إن الجيش «خطفه» من منزله في الخليل", "خطفه", "quoted"),
        ("أدانت الحكومة الغارات الجوية التي شنتها الطائرات الأميركية أمس على صنعاء", "الغارات", None),
        ("شنت الطائرات الأميركية غارات على مواقع القاعدة باستخدام طائرات بدون طيار", "طائرات", "instrument"),
    ],
)
def test_other_senses_rhetoric_and_campaigns(text: str, trigger: str, reason: str | None) -> None:
    assert _reasons(text)[trigger] == reason


def test_other_senses_are_loaded_per_rule() -> None:
    cues = assault.AssaultCues.load()
    assert "ar.assault.abduct2" in cues.other_senses
    assert "ar.assault.kill" not in cues.other_senses


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("شن الجيش الباكستاني الحرب على الإرهاب في وزيرستان", "شن", "other sense"),
        ("أخلت الشرطة السوق بعد إنذار بوجود سيارة مفخخة قرب المدخل", "سيارة", "defused"),
        ("تحدث الكاتب عما أصاب أهالي الضحايا من حزن", "أصاب", "other sense"),
        ("أصاب قناص إسرائيلي فتى فلسطينيا في الخليل", "أصاب", None),
        ("بكت والدة الرهينة الكوري الذي قتلته طالبان الأسبوع الماضي", "قتلته", "relative"),
        ("أعلن الجيش أن الهجوم الذي قتل فيه ثلاثة جنود نفذته طالبان", "قتل", None),
    ],
)
def test_other_senses_devices_said_to_be_there_and_participants(text: str, trigger: str, reason: str | None) -> None:
    assert _reasons(text)[trigger] == reason


def test_whatever_they_did_is_a_concessive_conditional() -> None:
    assert not _assaults("قال الزعيم إنهم مهما فعلوا من تفجير وقتل فلن نتراجع عن مطالبنا")


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("اعتقلت الشرطة التونسية ثلاثة رجال لعلاقتهم بمحاولة شن هجوم على فندق في سوسة", "شن", "aim"),
        ("طلبت بغداد تسليم خمسة مسلحين متهمين بالضلوع في هجوم مسلح على سجن أبو غريب", "هجوم", "aim"),
        ("أبدى مسؤولون عراقيون مخاوف جدية من اندلاع معارك بين العشائر في الأنبار", "معارك", "aim"),
        ("رجح مسؤولون أمريكيون توجيه ضربات جوية وقصف مواقع الحوثيين في الحديدة", "ضربات", "aim"),
        ("رجح مسؤولون أمريكيون توجيه ضربات جوية وقصف مواقع الحوثيين في الحديدة", "وقصف", "aim"),
        ("قال المرشح إنه سيسمح بتنفيذ غارات جوية على معاقل طالبان", "غارات", "aim"),
        ("قالت الجماعة إنها ستعيد احتجاز الرهائن إذا لم تدفع الفدية", "احتجاز", "aim"),
        ("ضبطت الشرطة معدات لتصنيع طائرة بدون طيار لمهاجمة مواقع الجيش", "طائرة", "aim"),
        # a weapon noun after لـ is the bombing's own weapon, not its aim
        ("شهدت مدينة كركوك أمس سلسلة تفجيرات لسيارات ملغومة أسفرت عن مقتل أربعة أشخاص", "تفجيرات", None),
        ("تعد ولاية هلمند الأكثر عرضة لهجمات طالبان في أفغانستان", "لهجمات", "aim"),
        ("قالت الشرطة إن القافلة تعرضت لهجوم مسلح قرب قندهار", "لهجوم", None),
        # a guess about the doer, after أن, leaves the attack a fact
        ("رجح المسؤول أن الهجوم نفذه تنظيم القاعدة في اليمن", "الهجوم", None),
        # a finite verb after a plan word's attack noun opens its own clause
        ("رفضت الجماعة المسلحة وقف إطلاق النار واحتجزت عشرة رهائن في الفندق", "واحتجزت", None),
    ],
)
def test_charges_fears_expectations_permissions_and_weapons_for_an_attack(text: str, trigger: str,
                                                                         reason: str | None) -> None:
    assert _reasons(text)[trigger] == reason


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("شيع آلاف اللبنانيين النائب الذي قتل في انفجار سيارة مفخخة في بيروت", "سيارة", "relative"),
        ("استقبل الرئيس الوزير الذي نجا من تفجير انتحاري في كابول", "تفجير", "relative"),
        ("انفجرت سيارة مفخخة قرب مقر الشرطة في كركوك فقتلت خمسة أشخاص", "سيارة", None),
        # the wounded of clashes are those of the fighting the story tells
        ("نقل المصابون الذين أصيبوا في اشتباكات مع الجيش إلى المستشفى", "اشتباكات", None),
        ("أعدمت السلطات رجلين أدينا في جريمة «خطف وقتل» طفل", "وقتل", "verbal noun"),
    ],
)
def test_a_bombing_in_a_relative_clause_and_a_quoted_crime(text: str, trigger: str, reason: str | None) -> None:
    assert _reasons(text)[trigger] == reason


def test_attacks_tallied_since_a_date_before_the_news_window_are_background() -> None:
    since = "قتلت حركة طالبان أكثر من مئتي جندي أفغاني في هجمات على الحواجز منذ عام 2015"
    assert not _assaults(since, date="2019-03-01")
    # a span opened within the window, or an attack dated on its own, is news
    assert _assaults("قتلت حركة طالبان عشرين جنديا أفغانيا في هجمات على الحواجز منذ نحو أسبوعين", date="2019-03-01")
    assert _assaults("قصفت الطائرات الروسية أمس مواقع للمعارضة في الغوطة المحاصرة منذ عام 2013", date="2018-03-01")


def test_an_attack_noun_takes_no_doer_from_a_meeting_about_it() -> None:
    # the ministers meet to discuss the attack: they are not its doers
    text = "عقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة لبحث الهجوم الكيميائي على خان شيخون"
    assert not _assaults(text, date="2017-04-06")
    # an attack noun after an attack keeps that attack's doer
    coded = _assaults("قصفت الطائرات الروسية أمس مدينة إدلب ، وأسفر القصف عن مقتل عشرة مدنيين", date="2017-04-06")
    assert coded and all(a.code == "RUS" for e in coded for a in e.actor)


def test_an_explosion_with_its_casualties_denied_implies_no_bomber() -> None:
    assert not _assaults("أوضح المتحدث أن الانفجار تسبب بأضرار مادية من دون سقوط إصابات في الموصل")
    assert _assaults("أوضح المتحدث أن الانفجار تسبب بسقوط إصابات في الموصل")


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("وصف وزير الدفاع الألماني ما جرى في قندوز بأنه «هجوم إرهابي جبان»", "هجوم", "characterized"),
        ("أو تلجأ واشنطن إلى ضربات جوية ضد قواعد الحرس الثوري في الخليج", "ضربات", "alternative"),
        ("وعذب الخليفة المعتصم الإمام أحمد بن حنبل رضي الله عنه في بغداد", "وعذب", "history"),
        ("عثر الجنود على عبوة ناسفة قرب الجسر وقام خبراء المتفجرات بتفجيرها في المكان", "بتفجيرها", "defused"),
        ("زرع مسلحون عبوة ناسفة قرب الجسر وقاموا بتفجيرها لدى مرور دورية للشرطة", "بتفجيرها", None),
        ("تحدث الشيخ عمن قتلتهم الغارات في غزة", "قتلتهم", "relative"),
    ],
)
def test_names_alternatives_history_and_controlled_detonations(text: str, trigger: str, reason: str | None) -> None:
    assert _reasons(text)[trigger] == reason


def test_civilians_before_an_attack_verb_are_its_doers() -> None:
    # هاجم reads as no passive (that is هوجم): the settlers attack, the farmers are hit
    coded = _assaults("قال رئيس البلدية إن مستوطنين إسرائيليين هاجموا مزارعين فلسطينيين قرب نابلس")
    assert [(a.code, a.sector) for a in coded[0].actor] == [("ISR", "CVL")]
    assert [(a.code, a.sector) for a in coded[0].recipient] == [("PSE", "AGR")]
    # a kill verb still reads as the passive it may be
    assert not _assaults("قال شهود إن مدنيين قتلوا في القصف على حلب")


def test_a_noun_after_the_object_of_an_attack_verb_is_no_subject() -> None:
    # a suicide attack named before the verb is its subject; the coast guard's building is its object
    coded = _assaults("قالت مصادر أمنية إن هجوما انتحاريا استهدف مبنى حرس السواحل في دلس مخلفا ستة قتلى و18 جريحا",
                      date="2008-08-11")
    assert coded and all(a.sector == "UAF" for e in coded for a in e.actor)


def test_the_owner_named_after_a_drone_is_the_attacker() -> None:
    coded = _assaults("أعلن مصدر أمني يمني مقتل أربعة مسلحين فجر اليوم بصاروخ أطلقته طائرة بدون طيار تابعة "
                      "للقوات الأميركية على سيارتهم في شبوة", date="2012-05-06")
    assert [(a.code, a.sector) for e in coded for a in e.actor] == [("USA", "MIL")]


def test_who_underwent_an_attack_is_hit_not_its_doer() -> None:
    coded = _assaults("وأوضح المتحدث أن القوات البريطانية تعرضت الليلة الماضية لقصف بقذائف الهاون قرب مطار البصرة",
                      date="2007-06-07")
    assert all(a.code != "GBR" for e in coded for a in e.actor)


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("خصصت الحكومة الجزائرية مساكن لعائلات ضحايا التفجيرات الانتحارية في بومرداس", "التفجيرات", "toll"),
        ("ارتفعت حصيلة التفجير الانتحاري في سوق بغداد إلى ثلاثين قتيلا", "التفجير", None),
        ("توقع مصدر طبي ارتفاع حصيلة الانفجار في كراتشي", "الانفجار", "aim"),
        ("تطوعت نساء يرغبن بالانتقام لأقاربهن الذين تم قتلهم من قبل القوات الأميركية", "قتلهم", "relative"),
    ],
)
def test_victims_tolls_and_relative_clauses_with_an_auxiliary(text: str, trigger: str, reason: str | None) -> None:
    assert _reasons(text)[trigger] == reason


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("قال الضابط إن المتمردين حشدوا مقاتليهم ليتمكنوا من شن هجوم على مدينة الفاشر", "شن", "aim"),
        ("اتهم الزعيم جماعات مسلحة أخذت على عاتقها قتل الصحافيين في مقديشو", "قتل", "aim"),
        ("أكد المتحدث أن الجيش تمكن من شن هجوم على مواقع المتمردين أمس", "شن", None),
        ("اعتدى القراصنة الصوماليون حتى الآن على سفن من عشر دول في خليج عدن", "اعتدى", "cumulative"),
        ("قتل المسلحون حتى الآن 30 شخصا في الهجوم على الفندق في مومباي", "قتل", None),
    ],
)
def test_purposes_undertakings_and_attacks_summed_so_far(text: str, trigger: str, reason: str | None) -> None:
    assert _reasons(text)[trigger] == reason


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("تقوم الطائرات الإسرائيلية بقصف القرى اللبنانية كلما اشتدت المواجهات", "بقصف", "habitual"),
        ("فتقوم جماعات متطرفة أخرى بتفجير ثلاثة مساجد في بغداد", "بتفجير", "habitual"),
        ("أدان الوزير التفجيرات التي يقوم بها التنظيم ضد المدنيين في الأنبار", "التفجيرات", "habitual"),
        ("قامت الطائرات الإسرائيلية أمس بقصف قرية في جنوب لبنان", "بقصف", None),
    ],
)
def test_attacks_carried_out_in_the_imperfect(text: str, trigger: str, reason: str | None) -> None:
    assert _reasons(text)[trigger] == reason


@pytest.mark.parametrize(
    ("text", "doer", "victim"),
    [
        ("زار المفتشون منشأة في الصحراء السورية هاجمتها الطائرات الإسرائيلية في السادس من أيلول", "ISR", None),
        ("عاد إلى باماكو جنود ماليون خطفهم مقاتلو الطوارق في كيدال قبل أسبوع", "REB", "MLI"),
    ],
)
def test_the_noun_after_a_verb_with_its_object_pronoun_is_its_subject(text: str, doer: str,
                                                                     victim: str | None) -> None:
    coded = _assaults(text, date="2007-09-20")
    assert coded
    assert all(doer in (a.code, a.sector) for a in coded[0].actor)
    assert victim is None or any(a.code == victim for a in coded[0].recipient)


def test_a_clash_takes_its_partner_only_from_its_own_with() -> None:
    assert not _assaults("قال القائد إن الاشتباكات مع البلدة انتهت أمس وإنه لا يوجد اتفاق مع الحوثيين")
    coded = _assaults("اندلعت أمس اشتباكات عنيفة مع الحوثيين في محافظة صعدة")
    assert any(a.code == "YEM" for e in coded for a in e.actor)


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("طالب الوزير بحماية الأطباء الذين باتوا هدفا للقتل والخطف على أيدي العصابات في البصرة", "والخطف", "aim"),
        ("تعرض الصحافيون أمس للضرب والخطف على أيدي مسلحين في الموصل", "والخطف", None),
    ],
)
def test_a_conjunct_is_for_what_its_first_conjunct_is_for(text: str, trigger: str, reason: str | None) -> None:
    assert _reasons(text)[trigger] == reason


def test_a_school_after_an_attack_verb_is_its_object_not_its_subject() -> None:
    coded = _assaults("عم الحزن بلدة دلس بعد هجوم انتحاري استهدف مدرسة للدرك أمس",
                      date="2008-08-25")
    assert coded
    assert all(a.sector != "EDU" for e in coded for a in e.actor)
    assert any(a.sector == "EDU" for e in coded for a in e.recipient)
