"""Spanish content: atlas names, the reasoning aid's words and the condition texts."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from spinetutor.core.atlas import load_atlas
from spinetutor.core.atlas_i18n import TERM_SECTIONS, term_text
from spinetutor.core.conditions import load_conditions
from spinetutor.core.conditions import missing_translations as missing_condition_words
from spinetutor.core.lessons import Lesson
from spinetutor.core.reasoning import PHRASES, describe, localize
from spinetutor.core.reasoning_i18n import missing_translations as missing_reasoning_words
from spinetutor.core.reasoning_patterns import load_knowledge
from spinetutor.core.translations import content_translation, text

L5_FINDINGS = {
    "side": "left", "numb": ["dorsum_of_foot", "great_toe"],
    "weak": ["ankle_dorsiflexion", "great_toe_extension"],
    "normal_strength": ["ankle_inversion"], "reflex": {"achilles": "normal"},
    "tests": {"slr": "positive"},
    "history": {"back_pain": True, "triggers": ["sitting_cough_sneeze"]},
}


def test_every_atlas_name_and_lay_word_has_spanish() -> None:
    """A Spanish-speaking patient never sees an English structure name in the atlas."""
    atlas = load_atlas()
    data = content_translation("atlas", "es")
    missing = []
    for section in TERM_SECTIONS:
        for term_id in atlas.terms(section):
            missing += [f"{section}.{term_id}.{f}" for f in ("name", "lay")
                        if not text(data, section, term_id, f)]
    for nerve in atlas.nerve_ids:
        missing += [f"nerves.{nerve}.{f}" for f in ("name", "lay")
                    if not text(data, "nerves", nerve, f)]
    missing += [f"roots.{r}.name" for r in atlas.root_ids if not text(data, "roots", r, "name")]
    for target in atlas.targets():
        if target.startswith("landmark:"):
            mark = target.removeprefix("landmark:")
            missing += [f"landmarks.{mark}.{f}" for f in ("name", "lay")
                        if not text(data, "landmarks", mark, f)]
    missing += [f"formats.{k}" for k in ("disc", "vertebra") if not text(data, "formats", k)]
    assert missing == []


def test_atlas_names_in_spanish_and_english_by_default() -> None:
    """Names switch to Spanish only when asked; English stays the default."""
    atlas = load_atlas()
    assert atlas.name_of("root:L5") == "L5 nerve root"
    assert atlas.name_of("root:L5", language="es") == "Raíz nerviosa L5"
    assert atlas.name_of("nerve:common_peroneal", language="es").startswith("Nervio peroneo común")
    assert atlas.name_of("disc:L4-L5", language="es") == "disco L4-L5"
    assert atlas.name_of("vertebra:L4", language="es") == "vértebra L4"
    assert atlas.name_of("region:dorsum_of_foot", lay=True, language="es").startswith("empeine")
    patch = next(p for p in atlas.patches() if p.region == "dorsum_of_foot")
    assert atlas.name_of(f"patch:{patch.id}", language="es") == "Dorso del pie"
    assert term_text(atlas, "reflexes", "achilles", "name", "es") == "Reflejo aquíleo"
    assert term_text(atlas, "reflexes", "achilles", "name") == atlas.term(
        "reflexes", "achilles").name


def test_every_reasoning_word_has_spanish() -> None:
    """Every label, template, lesion name, evidence sentence, red flag and the disclaimer."""
    assert missing_reasoning_words(load_knowledge(), "es") == []


def test_every_condition_text_has_spanish() -> None:
    """Each condition's title, medical name, explanation and 'what helps', and lesion names."""
    assert missing_condition_words("es") == []
    spanish = load_conditions(language="es")
    english = load_conditions()
    for es, en in zip(spanish.conditions, english.conditions, strict=True):
        assert es.id == en.id and es.target == en.target and es.sources == en.sources
        assert es.what != en.what and es.helps != en.helps
    assert spanish.lesion("L5").plain.startswith("La raíz nerviosa L5")
    assert english.lesion("L5").plain.startswith("The L5 nerve root")


def test_localize_in_spanish_ranks_the_same_and_speaks_spanish() -> None:
    """The consultation explains the same ranking in Spanish sentences."""
    en = localize(L5_FINDINGS)
    es = localize(L5_FINDINGS, language="es")
    assert [c.lesion for c in es.candidates] == [c.lesion for c in en.candidates]
    assert [c.score for c in es.candidates] == [c.score for c in en.candidates]
    top = es.candidates[0]
    assert top.lesion == "L5" and top.name == "Raíz nerviosa L5"
    assert any("encaja con la raíz nerviosa L5" in s for s in top.why)
    assert any(s.startswith("Debilidad al levantar el pie") for s in top.why)
    assert all(s != t for s, t in zip(top.why, en.candidates[0].why, strict=True))
    assert es.disclaimer.startswith("Esta es una ayuda educativa")
    assert en.disclaimer.startswith("This is an educational aid")
    assert en.candidates[0].name == "L5 nerve root"


def test_spanish_red_flags() -> None:
    """Urgent warnings reach a Spanish-speaking patient in Spanish."""
    result = localize({"side": "bilateral", "weak": ["ankle_dorsiflexion"],
                       "history": {"saddle_sensation": "reduced"}}, language="es")
    assert result.urgent
    assert any("busque atención médica urgente" in f for f in result.red_flags)
    assert any("dos piernas" in f for f in result.red_flags)


def test_every_template_fills_in_spanish() -> None:
    """Each Spanish template takes the same placeholders as the English one."""
    spanish = load_knowledge(language="es").vocab.phrases
    for key, english in PHRASES.items():
        fields = {name: "x" for name in ("region", "movement", "reflex", "test", "value",
                                         "label", "ref")}
        assert spanish[key].format(**fields)
        for name in fields:
            assert ("{" + name + "}" in english) == ("{" + name + "}" in spanish[key]), key
    vocab = load_knowledge(language="es").vocab
    assert describe("test:slr:positive", vocab).startswith("Elevación de la pierna recta")
    assert describe("back_pain:false", vocab) == "Sin dolor de espalda"
    assert describe("reflex:any:low", vocab) == "Un reflejo disminuido o ausente"


def _lesson(**extra: object) -> Lesson:
    return Lesson.model_validate({
        "id": "l5", "title": "The L5 root", "topic": "Roots", "level": "intro", "minutes": 5,
        "objectives": ["Name the L5 disc."], "sources": ["Gray's Anatomy"],
        "sections": [{"id": "disc", "title": "Which disc?", "text": "An L4-L5 disc."},
                     {"id": "foot", "title": "The foot", "text": "Top of the foot."}],
        **extra})


def test_lesson_translations_are_optional_and_shown_per_language() -> None:
    """A lesson shows its Spanish words in Spanish and the original otherwise."""
    plain = _lesson()
    assert plain.localized("es") is plain
    lesson = _lesson(translations={"es": {
        "title": "La raíz L5", "sections": {"disc": {"title": "¿Qué disco?", "text": "Un disco"}}}})
    es = lesson.localized("es")
    assert es.title == "La raíz L5"
    assert [s.title for s in es.sections] == ["¿Qué disco?", "The foot"]
    assert es.sections[0].text == "Un disco" and es.sections[0].id == "disc"
    assert lesson.localized("en").title == "The L5 root"


def test_lesson_translation_naming_an_unknown_section_is_refused() -> None:
    """A typo in a translated section id is reported instead of silently ignored."""
    with pytest.raises(ValidationError, match="no section"):
        _lesson(translations={"es": {"sections": {"dsic": {"title": "x"}}}})
    with pytest.raises(ValidationError, match="objectives"):
        _lesson(translations={"es": {"objectives": ["a", "b"]}})
