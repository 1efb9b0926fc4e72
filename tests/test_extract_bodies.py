"""Bodies: which council, summit or ministerial a phrase names, and of which organisation."""

from __future__ import annotations

import pytest

from cischronicle import extract


def bodies(text: str) -> list[tuple[str, str]]:
    """(event type, body) of every meeting claim extracted from ``text``."""
    return [
        (type(e).__name__, e.meeting.body.value)
        for e in extract(text, article_id="a")[1:]
        if type(e).__name__ != "DecisionAdopted"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The CIS Council of Foreign Ministers convened in Minsk.",
        "The Council of Foreign Ministers of the CIS met in Minsk.",
        "The CIS Foreign Ministers' Council was held in Minsk.",
        "A meeting of the Council of Ministers of Foreign Affairs of the CIS was held in Minsk.",
        "The CIS CFM session took place in Minsk.",
        "The session of the CIS Council of Foreign Ministers (CMFA) took place in Minsk.",
        "Foreign ministers of the Commonwealth met in Minsk.",
        "Заседание СМИД СНГ прошло в Минске.",
    ],
)
def test_ways_of_naming_the_cis_council_of_foreign_ministers(text: str) -> None:
    """Long names, abbreviations, participants and the Russian name are all cis-cfm."""
    assert bodies(text) == [("MeetingHeld", "cis-cfm")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The summit of the CIS heads of state was held in Minsk.", "cis-chs"),
        ("The CIS Heads of State Council met in Minsk.", "cis-chs"),
        ("The CIS summit took place in Minsk.", "cis-chs"),
        ("The CIS Council of Heads of Government met in Minsk.", "cis-chg"),
        ("The Supreme Eurasian Economic Council met in Minsk.", "eaeu-sec"),
        ("The Eurasian Intergovernmental Council met in Minsk.", "eaeu-ic"),
        ("The SCO Council of Foreign Ministers met in Astana.", "sco-cfm"),
        ("The CSTO Council of Foreign Ministers met in Yerevan.", "csto-cfm"),
        ("Совет глав государств СНГ прошел в Минске.", "cis-chs"),
    ],
)
def test_each_body_of_the_vocabulary(text: str, body: str) -> None:
    """Heads of state and government, EAEU councils, SCO and CSTO ministers."""
    assert bodies(text) == [("MeetingHeld", body)]


def test_shared_wording_takes_the_organisation_of_the_article() -> None:
    """'Council of Foreign Ministers ... next meeting' belongs to the article's organisation."""
    sco = (
        "The Shanghai Cooperation Organization (SCO) held talks. The SCO members met. "
        "The next meeting of the Council of Foreign Ministers will be held in Beijing."
    )
    assert bodies(sco) == [("NextMeetingScheduled", "sco-cfm")]
    csto = (
        "Ministers of the Collective Security Treaty Organization (CSTO) met. "
        "The next meeting of the Council of Foreign Ministers will be held in Yerevan."
    )
    assert bodies(csto) == [("NextMeetingScheduled", "csto-cfm")]


def test_central_asia_russia_ministerial_stays_a_separate_meeting() -> None:
    """The same-day Central Asia + Russia ministerial is its own meeting."""
    text = (
        "On April 11, the CIS Council of Foreign Ministers convened in Almaty, alongside the"
        ' 8th ministerial meeting in the "Central Asia — Russia" format.'
    )
    found = {(e.meeting.body.value, str(e.meeting.date)) for e in extract(text, article_id="a")[1:]}
    assert found == {("cis-cfm", "XXXX-04-11"), ("ca-russia-fm", "XXXX-04-11")}


@pytest.mark.parametrize(
    "text",
    [
        "The SCO summit was held in Astana.",
        "The Russia-Central Asia summit was held in Astana.",
        "Lavrov held a meeting with his Armenian counterpart. The meeting took place in Moscow.",
        "The CIS Economic Council met in Moscow.",
        "A local council met in Moscow.",
        "Heads of state have in the past attended CIS summits selectively.",
    ],
)
def test_meetings_outside_the_vocabulary_are_left_out(text: str) -> None:
    """Other bodies, bilateral meetings, indefinite councils and generic plurals: nothing."""
    assert bodies(text) == []


def test_the_meeting_refers_to_the_meeting_last_talked_about() -> None:
    """Anaphors take the body of the latest meeting named or claimed."""
    text = (
        "The CIS Council of Foreign Ministers convened in Almaty on April 11. "
        "The session opened with a welcoming address."
    )
    assert bodies(text) == [("MeetingHeld", "cis-cfm")]
