"""The information card in Spanish: every line a learner can open, for every structure."""

from __future__ import annotations

import re

from spinetutor.core.atlas import HERNIATIONS, load_atlas
from spinetutor.core.atlas_localized import localized_atlas, missing_translations
from spinetutor.core.cards import Card, build_card, has_card, missing_card_words

# A line made only of ids (root lists such as "L4, L5, S1") reads the same in both languages.
ID_ONLY = re.compile(r"^[\sA-Z0-9,.\-()]*$")


def _lines(card: Card) -> list[str]:
    return [card.title, card.subtitle,
            *(h for h, _ in card.sections), *(line for _, lines in card.sections
                                              for line in lines)]


def _every_card(atlas, language: str) -> dict[str, Card]:
    cards = {}
    for target in sorted(atlas.targets()):
        for herniation in (HERNIATIONS if target.startswith("disc:") else ("posterolateral",)):
            cards[f"{target} {herniation}"] = build_card(
                atlas, atlas.highlight(target, herniation), language)
    for pid in sorted(atlas.pathologies):
        if has_card(shown := atlas.pathology_highlight(pid)):
            cards[f"pathology {pid}"] = build_card(atlas, shown, language)
    return cards


def test_every_card_text_has_spanish() -> None:
    """Each root, nerve, landmark, vertebra group, disc rule, skin note and drawn condition,
    and the card's own headings, have Spanish words."""
    atlas = load_atlas()
    assert missing_translations(atlas, "es") == []
    assert missing_card_words("es") == []


def test_no_english_line_on_any_spanish_card() -> None:
    """Whatever a Spanish-speaking learner opens (every structure, every herniation type,
    every condition drawn), no title, heading or line is left in English."""
    atlas = load_atlas()
    english, spanish = _every_card(atlas, "en"), _every_card(atlas, "es")
    left = []
    for key, en_card in english.items():
        es_lines = set(_lines(spanish[key]))
        left += [f"{key}: {line}" for line in _lines(en_card)
                 if line and line in es_lines and not ID_ONLY.match(line)]
    assert left == []


def test_spanish_cards_keep_the_facts_and_the_sources() -> None:
    """Same sections in the same order, the same sources (titles are proper names), and a
    Spanish card for L5, S1, the common peroneal nerve and a drawn condition."""
    atlas = load_atlas()
    for target in ("root:L5", "root:S1", "nerve:common_peroneal", "disc:L4-L5"):
        en = build_card(atlas, atlas.highlight(target))
        es = build_card(atlas, atlas.highlight(target), "es")
        assert len(es.sections) == len(en.sections)
        assert [len(lines) for _, lines in es.sections] == [len(x) for _, x in en.sections]
        assert es.sources == en.sources
    l5 = build_card(atlas, atlas.highlight("root:L5"), "es")
    assert l5.title == "Raíz nerviosa L5"
    assert any("Pie caído" in line for line in l5.section("Cómo se presenta la debilidad"))
    s1 = build_card(atlas, atlas.highlight("root:S1"), "es")
    assert s1.section("Reflejo") == ("Reflejo aquíleo disminuido o abolido.",)
    morton = build_card(atlas, atlas.pathology_highlight("entrapment.morton"), "es")
    assert morton.subtitle.startswith("Neuroma de Morton")
    assert build_card(atlas, atlas.highlight("vertebra:L4"), "es").title == "Vértebra L4"
    assert build_card(atlas, atlas.highlight("disc:L4-L5", "far_lateral"), "es").subtitle == (
        "Hernia discal lateral lejana (foraminal) en L4-L5")


def test_a_lesson_step_card_lists_the_other_structures_in_spanish() -> None:
    """A lesson section that shows several structures names them all in Spanish."""
    from dataclasses import replace

    atlas = load_atlas()
    parts = (atlas.highlight("disc:L4-L5"), atlas.highlight("root:L5"))
    card = build_card(atlas, replace(parts[-1], parts=parts), "es")
    assert card.sections[0] == ("También se muestra en la lámina",
                                ("disco L4-L5 (hernia posterolateral)",))


def test_english_atlas_is_unchanged_by_a_translation() -> None:
    """Asking for Spanish never changes what an English-speaking learner reads."""
    atlas = load_atlas()
    spanish = localized_atlas(atlas, "es")
    assert spanish is not atlas and localized_atlas(atlas, "en") is atlas
    assert atlas.root("L5").weakness.startswith("Foot drop")
    assert spanish.root("L5").weakness.startswith("Pie caído")
    assert spanish.highlight("disc:L1-L2").notes[-1].startswith("El cono medular")
    assert atlas.highlight("disc:L1-L2").notes[-1].startswith("The conus medullaris")
