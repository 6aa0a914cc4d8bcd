"""Nouns and participles that name a standing relation, not an act: support as a topic, the backed as an
epithet, forces based somewhere, homographs and the mode of a march (our own sentences)."""

from __future__ import annotations

from tests.events.dyads import dyads, moded_dyads, of_type


def test_support_affirmed_by_a_statement_is_coded_and_support_as_a_topic_is_not() -> None:
    affirmed = "أكد وزير خارجية البحرين الشيخ خالد بن أحمد آل خليفة، الجمعة، على دعم بلاده للمملكة العربية السعودية"
    assert [d for d in of_type(affirmed, "SUPPORT", "2018-10-12") if ("SAU", "GOV") in d[2]], dyads(affirmed)
    assert of_type("وجدد العاهل الأردني دعم بلاده للشعب الفلسطيني", "SUPPORT", "2018-10-12")
    for topic in ("وأعربت فرنسا عن قلقها في إشارة إلى دعم إيران للحوثيين",
                  "وأثار دعم الولايات المتحدة للقوات الكردية في سوريا غضب تركيا",
                  "وأكد الوزير أن دعم إيران للحوثيين يهدد أمن المنطقة"):
        assert not of_type(topic, "SUPPORT", "2018-10-12"), topic


def test_backed_with_the_article_is_an_epithet_without_it_a_circumstance() -> None:
    epithet = "وقال المتحدث إن ميليشيات الحوثي المدعومة من إيران تواصل خرق الهدنة في الحديدة"
    assert not of_type(epithet, "AID", "2018-10-12")
    circumstance = "وتقدمت قوات الجيش اليمني مدعومة بطيران التحالف نحو مدينة الحديدة أمس"
    assert [d for d in of_type(circumstance, "AID", "2018-10-12") if ("YEM", "MIL") in d[2]]


def test_where_forces_are_based_is_no_mobilization_taking_positions_is() -> None:
    assert not of_type("وتقع البلدة في منطقة تتمركز فيها قوات أميركية شرق سوريا", "MOBILIZE", "2018-10-12")
    assert of_type("وتمركزت قوات الجيش التركي في محيط مدينة عفرين أمس", "MOBILIZE", "2018-01-25")


def test_a_single_face_is_no_neutralizing() -> None:
    assert not of_type("وقال إن الحكومة الجديدة ليست سوى وجه وحيد لنظام قديم", "ASSAULT", "2018-10-12")


def test_a_march_gives_no_drone_mode_a_drone_does() -> None:
    shot = "وقتلت القوات الإسرائيلية فلسطينيا بالرصاص خلال مسيرة العودة شرق غزة"
    assert next(m for m in moded_dyads(shot, "2018-04-12") if m[0] == "ASSAULT")[1] == "firearms"
    drone = "وقصفت طائرة مسيرة أمريكية سيارة لمسلحين في مأرب أمس"
    assert next(m for m in moded_dyads(drone, "2018-04-12") if m[0] == "ASSAULT")[1] == "drone"
