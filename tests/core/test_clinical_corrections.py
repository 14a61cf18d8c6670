"""Each error found by the clinical review of the content stays fixed (issue 16).

Every check reads the shipped words (lessons, atlas, reasoning and condition texts) the way a
learner or patient meets them, so an old wording that comes back fails here.
"""

from __future__ import annotations

import re

import pytest
import yaml

from spinetutor.core.atlas import load_atlas
from spinetutor.core.cards import build_card
from spinetutor.paths import assets_dir, lessons_dir

NEGATION = re.compile(r"\b(no|not|never|cannot|can ?not|without)\b", re.IGNORECASE)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _lesson_texts() -> dict[str, str]:
    return {p.name: _flat(p.read_text(encoding="utf-8"))
            for p in sorted(lessons_dir().glob("*.yaml"))}


def _asset_texts() -> dict[str, str]:
    return {str(p.relative_to(assets_dir())): _flat(p.read_text(encoding="utf-8"))
            for p in sorted(assets_dir().rglob("*.yaml"))}


def _all_texts() -> dict[str, str]:
    return {**_lesson_texts(), **_asset_texts()}


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;:!?])\s+", text) if s]


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


# --- wrong ---------------------------------------------------------------------------------
def test_deep_peroneal_at_the_ankle_is_never_taught_as_foot_drop(atlas):
    """Wherever the ankle (anterior tarsal tunnel) entrapment is named with foot drop, the
    sentence says it cannot cause one."""
    for name, text in _all_texts().items():
        for sentence in _sentences(text):
            low = sentence.lower()
            at_ankle = "tarsal tunnel" in low and "anterior" in low or "extensor retinaculum" in low
            if at_ankle and "foot drop" in low:
                assert NEGATION.search(sentence), (name, sentence)
    card = build_card(atlas, atlas.highlight("nerve:deep_peroneal"))
    trapped = " ".join(card.section("Where it gets trapped"))
    assert "anterior tarsal tunnel" in trapped and "NO foot drop" in trapped
    assert "In the leg" in trapped  # the two sites are taught apart


def test_deep_peroneal_reasoning_text_splits_the_two_sites():
    """The consultation's reason for tight boots says they numb the web space, not drop the
    foot; the lesion's summary names both sites."""
    lesions = yaml.safe_load((assets_dir() / "reasoning" / "lesions.yaml").read_text())
    deep = lesions["lesions"]["deep_peroneal"] if "lesions" in lesions else lesions["deep_peroneal"]
    why = deep["evidence"]["trigger:tight_footwear"][1]
    assert "cannot cause foot drop" in why
    assert "In the leg" in deep["summary"] and "never foot drop" in deep["summary"]


ROOT_DISC_VERTEBRA = ["root:L2", "root:L3", "root:L4", "root:L5", "root:S1", "root:S2",
                      "disc:L4-L5", "disc:L5-S1", "vertebra:L5", "vertebra:S1"]


@pytest.mark.parametrize("target", ROOT_DISC_VERTEBRA)
def test_nerve_pathway_never_chains_sibling_nerves(atlas, target):
    """Each line of a card's nerve pathway reads plexus to one end branch: every arrow goes from
    a nerve to one of its own branches (no "Sural -> Medial plantar")."""
    by_name = {atlas.nerve(n).name: n for n in atlas._nerves}  # noqa: SLF001
    lines = build_card(atlas, atlas.highlight(target)).section("Nerve pathway to the leg")
    assert lines, target
    for line in lines:
        ids = [by_name[name] for name in line.split(" \u2192 ")]
        for parent, child in zip(ids, ids[1:], strict=False):
            assert atlas.nerve(child).parent == parent, (target, line)


def test_s1_card_shows_one_line_per_tibial_branch(atlas):
    """The S1 card shows the tibial family as a tree: sural, medial and lateral plantar each
    on their own line."""
    lines = build_card(atlas, atlas.highlight("root:S1")).section("Nerve pathway to the leg")
    ends = {line.rsplit(" \u2192 ", 1)[-1] for line in lines}
    assert {"Sural nerve", "Medial plantar nerve", "Lateral plantar nerve"} <= ends


@pytest.mark.parametrize("vertebra", ["Co2", "Co3", "Co4"])
def test_lower_coccygeal_segments_have_no_nerve_of_their_own(atlas, vertebra):
    """Co2-Co4 say there is one coccygeal nerve, for the skin over the coccyx; never "the Co2
    nerve supplies the trunk"."""
    text = " ".join(build_card(atlas, atlas.highlight(f"vertebra:{vertebra}"))
                    .section("How this level works"))
    assert f"The {vertebra} nerve" not in text and "trunk" not in text
    assert "No nerve exits" in text and "skin over the coccyx" in text


# --- misleading ----------------------------------------------------------------------------
def test_a_low_bladder_residual_never_reassures():
    """No text says a small post-void residual makes CES unlikely; lesson 13 gives the 200 ml
    threshold and says a low residual does not exclude CES."""
    for name, text in _all_texts().items():
        assert not re.search(r"under 100 ?ml", text, re.IGNORECASE), name
        for sentence in _sentences(text):
            if "residual" in sentence and "unlikely" in sentence:
                assert NEGATION.search(sentence), (name, sentence)
    red = _lesson_texts()["13-red-flags.yaml"]
    assert "200 ml or more" in red and "does **not** exclude" in red


def test_the_residual_question_keys_the_mri_not_reassurance():
    """The PVR question's right answer keeps the emergency MRI going."""
    quiz = yaml.safe_load((lessons_dir() / "13-red-flags.yaml").read_text())["quiz"]
    question = next(q for q in quiz["questions"] if q["id"] == "redflags-q-pvr")
    right = [o for o in question["options"] if o.get("correct")]
    assert len(right) == 1 and "MRI goes ahead" in right[0]["text"]


def test_nothing_at_the_bedside_comes_before_the_mri():
    """Lesson 13 names the emergency MRI before the bladder scan and says the scan must not
    delay it; the pathway question does not put a bladder scan before the MRI."""
    lesson = yaml.safe_load((lessons_dir() / "13-red-flags.yaml").read_text())
    act = next(s for s in lesson["lesson"]["sections"] if s["id"] == "assess-and-act")
    assert act["text"].index("emergency MRI") < act["text"].index("bladder scan")
    assert "never" in act["text"]
    pathway = next(q for q in lesson["quiz"]["questions"] if q["id"] == "redflags-q-pathway")
    before_mri = pathway["items"][:pathway["items"].index("Emergency MRI")]
    assert not any("bladder scan" in item for item in before_mri)


def test_spanish_bulging_disc_is_abombamiento():
    """A Spanish patient reads "Abombamiento discal"; on MRI reports "protrusión" is a focal
    herniation, a different finding."""
    es = yaml.safe_load((assets_dir() / "conditions" / "i18n" / "es.yaml").read_text())
    bulge = next(v for v in es.values() if isinstance(v, dict) and "bulging_disc" in v)
    entry = bulge["bulging_disc"]
    assert entry["title"].startswith("Abombamiento discal")
    assert "Protrusión discal" not in entry["title"] + entry["medical"]


def test_pelvic_compression_is_positive_when_it_relieves():
    """Every text defines a positive pelvic compression test as relief (Nouraei 2007), never
    as reproducing the symptoms."""
    for name, text in _all_texts().items():
        for sentence in _sentences(text):
            low = sentence.lower()
            if "pelvic compression" in low or "compresión pélvica" in low:
                assert "reproduces the burning" not in low, (name, sentence)
                assert not re.search(r"reproduc\w* (meralgia|the|los)", low) or NEGATION.search(
                    sentence) or "some texts" in low, (name, sentence)


def test_femoral_stretch_is_not_taught_as_proof_of_a_root():
    """Lesson 8's femoral-nerve option says the stretch test is positive in femoral neuropathy
    too and that hip adduction (obturator) separates them."""
    quiz = yaml.safe_load((lessons_dir() / "08-curvature.yaml").read_text())["quiz"]
    case = next(q for q in quiz["questions"] if q["id"] == "curvature-adult-case")
    femoral = next(o for o in case["options"] if o["id"] == "femoral")["feedback"]
    assert "femoral neuropathy too" in femoral and "adduction" in femoral
    assert "obturator" in femoral


def test_l4_key_point_is_the_malleolus_itself(atlas):
    """ISNCSCI tests L4 on the medial malleolus, not above it."""
    assert "above" not in atlas.root("L4").key_sensory_point_text
    for name, text in _lesson_texts().items():
        assert not re.search(r"malleolus\*?\*? \(tested just above", text), name


# --- oversimplified or unsourced -------------------------------------------------------------
FORBIDDEN = [
    (r"about a third of (those|people with spondylolysis)", "spondylolysis slip rate unsourced"),
    (r"three beats of (ankle )?clonus", "a few beats of clonus can be normal"),
    (r"largely S2", "bladder is S2-S4"),
    (r"up to 30% have no back pain|Up to \*\*30%\*\* of people with CES", "unsourced number"),
    (r"91%", "non-clinical source"),
    (r"three-quarters of the sole|outer quarter of the sole", "plantar split unsourced"),
    (r"calf cannot help", "test position disputed"),
    (r"Only the \*\*outer annulus\*\* has nerve endings", "healthy discs only"),
]


@pytest.mark.parametrize(("pattern", "why"), FORBIDDEN)
def test_oversimplified_claims_stay_out(pattern, why):
    """A claim the review found oversimplified or unsourced does not come back."""
    for name, text in _all_texts().items():
        assert not re.search(pattern, text), (name, why)


def test_l1_reflex_names_the_cremasteric(atlas):
    """The L1 card says the cremasteric reflex runs through L1-L2 instead of "No reflex"."""
    assert "cremasteric" in atlas.root("L1").reflex_text
    assert "larner_cremasteric" in atlas.root("L1").sources


def test_disc_innervation_is_qualified_as_healthy():
    """Lesson 6 says only the outer annulus is innervated in a healthy disc, not in every disc."""
    text = _lesson_texts()["06-herniated-bulging-disc.yaml"]
    for match in re.finditer(r"outer annulus", text):
        before = text[max(0, match.start() - 80):match.start()]
        assert "healthy" in before, before


def test_kortelainen_is_cited_from_the_original():
    """Every lesson quoting Kortelainen lists the 1985 paper itself, not only a summary."""
    for name, text in _lesson_texts().items():
        if "Kortelainen" in text:
            assert "Spine 1985;10(1):88-92" in text, name
