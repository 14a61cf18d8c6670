"""What a phone may answer to each kind of class question, and what the chart then counts."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter

from spinetutor.core.classroom_poll import InvalidChoice, TapMap, poll_for
from spinetutor.core.classroom_words import WORDS
from spinetutor.core.quizzes import Question

QUESTION = TypeAdapter(Question)
BASE = {"prompt": "p", "explanation": "e", "about": ["root:L5"]}


def _q(**fields: object) -> Question:
    return QUESTION.validate_python({**BASE, **fields})


def test_spanish_phone_page_has_every_word() -> None:
    """A Spanish-speaking student never meets an English word on the phone page."""
    assert set(WORDS["es"]) == set(WORDS["en"])
    assert all(text.strip() and text != WORDS["en"][key] for key, text in WORDS["es"].items())


def test_true_false_has_two_bars_in_the_pages_language() -> None:
    """A true/false question shows Verdadero/Falso in Spanish and marks the right one."""
    poll = poll_for(_q(id="tf", type="true_false", answer=False), str, "es")
    assert [(o.key, o.label) for o in poll.options] == [("true", "Verdadero"),
                                                        ("false", "Falso")]
    poll.record("false")
    assert poll.bars() == [("true", "Verdadero", 0, False), ("false", "Falso", 1, True)]


def test_multiple_choice_counts_each_chosen_option() -> None:
    """Choosing two options adds one to each; an empty, repeated or unknown pick is refused."""
    poll = poll_for(_q(id="mc", type="multiple_choice", options=[
        {"id": "a", "text": "A", "correct": True}, {"id": "b", "text": "B", "correct": True},
        {"id": "c", "text": "C"}]), str)
    assert poll.record(["a", "c"]) == ("a", "c")
    for bad in ([], ["a", "a"], ["z"], "a", [1]):
        with pytest.raises(InvalidChoice):
            poll.record(bad)
    assert poll.counts() == (1, {"a": 1, "c": 1})


def test_order_question_counts_right_and_other_orders() -> None:
    """Steps put in the authored order count as right; any other full order as another."""
    poll = poll_for(_q(id="ord", type="order_pathway", items=["root", "plexus", "nerve"]),
                    str)
    assert sorted(o.label for o in poll.options) == ["nerve", "plexus", "root"]
    assert [o.label for o in poll.options] != ["root", "plexus", "nerve"]  # shown shuffled
    assert poll.record(["0", "1", "2"]) == ("right",)
    assert poll.record(["1", "0", "2"]) == ("other",)
    with pytest.raises(InvalidChoice):
        poll.record(["0", "1"])
    assert [b[2] for b in poll.bars()] == [1, 1]


def test_case_vignette_names_lesions_from_the_atlas() -> None:
    """A case option without text reads as the lesion's name."""
    poll = poll_for(QUESTION.validate_python({
        **BASE, "id": "case", "type": "case_vignette", "case": "A runner.",
        "findings": ["weak toe extension"], "options": [
            {"id": "a", "lesion": "root:L5", "correct": True},
            {"id": "b", "lesion": "nerve:common_peroneal", "text": "Peroneal"}]}),
        lambda t: f"name of {t}")
    assert [o.label for o in poll.options] == ["name of root:L5", "Peroneal"]
    assert poll.findings == ("weak toe extension",)


def test_mark_regions_counts_each_region_once_per_phone() -> None:
    """Several taps on the same region count it once; a tap on bare skin is refused."""
    question = _q(id="mark", type="mark_regions", expected=["great_toe"])
    tap_map = TapMap(2, 1, ("region:great_toe", "region:heel"), (1, 2))
    poll = poll_for(question, str, picture_png=b"png", tap_map=tap_map)
    assert poll.record([[0.1, 0.5], [0.2, 0.5], [0.9, 0.5]]) == ("region:great_toe",
                                                                "region:heel")
    with pytest.raises(InvalidChoice):
        poll.record([[0.1, 0.5]] * 13)
    assert poll.correct_bars == {"region:great_toe"}
    with pytest.raises(ValueError, match="plate picture"):
        poll_for(question, str)


def test_tap_map_refuses_inconsistent_grids() -> None:
    """A map whose cells do not fill the grid or name unknown targets is an error."""
    with pytest.raises(ValueError):
        TapMap(2, 2, ("a",), (1, 0, 0))
    with pytest.raises(ValueError):
        TapMap(1, 1, ("a",), (2,))
    assert TapMap(1, 1, ("a",), (1,)).target_at(float("nan"), 0.5) == ""


def test_plate_chart_does_not_give_the_answer_away_before_it_is_revealed() -> None:
    """Before the reveal the bars are the tapped structures by count; after, the right one
    leads even when nobody tapped it."""
    question = _q(id="tap", type="click_diagram", accepted=["disc:L4-L5"])
    tap_map = TapMap(3, 1, ("disc:L4-L5", "disc:L5-S1", "root:L5"), (1, 2, 3))
    poll = poll_for(question, str, picture_png=b"png", tap_map=tap_map)
    for x in (0.5, 0.9, 0.9):
        poll.record([x, 0.5])
    assert [(k, n) for k, _l, n, _r in poll.bars(reveal=False)] == [("root:L5", 2),
                                                                    ("disc:L5-S1", 1)]
    assert [(k, n, r) for k, _l, n, r in poll.bars(reveal=True)] == [
        ("disc:L4-L5", 0, True), ("root:L5", 2, False), ("disc:L5-S1", 1, False)]
