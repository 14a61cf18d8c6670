"""Condition texts for patients: complete, on the plate, sourced from the clinical reference."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinetutor.core.atlas import load_atlas
from spinetutor.core.conditions import ConditionsError, load_conditions
from spinetutor.core.findings import load_vocabulary

SHARED = Path(__file__).resolve().parents[3] / "shared" / "reference"
needs_reference = pytest.mark.skipif(
    not (SHARED / "clinical_facts.yaml").exists(), reason="shared clinical reference not present"
)
ASKED_FOR = ("herniated_disc", "bulging_disc", "spinal_stenosis", "spondylolisthesis", "sciatica",
             "foot_drop", "peroneal_neuropathy", "tarsal_tunnel", "sural_entrapment",
             "morton_neuroma", "meralgia", "cauda_equina")


def test_every_requested_condition_is_explained():
    """Each condition a clinician can pick has a title, a plain text and what helps."""
    lib = load_conditions()
    assert [c.id for c in lib.conditions] == list(ASKED_FOR)
    for cond in lib.conditions:
        assert len(cond.what) > 80 and len(cond.helps) > 40, cond.id
        assert cond.sources and cond.helps_sources, cond.id


def test_every_condition_and_lesion_shows_on_the_plate():
    """Every condition and every ranked lesion names a real atlas target (or none at all)."""
    atlas, lib = load_atlas(), load_conditions()
    for cond in lib.conditions:
        assert atlas.knows(cond.target), (cond.id, cond.target)
    vocab = load_vocabulary()
    assert set(lib.lesions) == set(vocab.answer_vocabulary)
    for view in lib.lesions.values():
        assert not view.target or atlas.knows(view.target), (view.lesion, view.target)
    assert lib.lesion("common_peroneal_at_fibular_head").target == "nerve:common_peroneal"
    assert lib.lesion("lumbar_spinal_stenosis").herniation == "central"
    assert lib.lesion("L5").target == "root:L5"


def test_unknown_lesion_falls_back_to_a_readable_name():
    """A lesion added to the aid but not yet named here still reads as words, not an id."""
    assert load_conditions().lesion("new_thing").plain == "new thing"


@needs_reference
def test_fact_sources_come_from_the_reference():
    """Each condition's facts cite pages that the shared clinical reference actually read."""
    text = (SHARED / "clinical_facts.yaml").read_text(encoding="utf-8")
    for cond in load_conditions().conditions:
        for url in cond.sources:
            assert f'"{url}"' in text, (cond.id, url)


def test_disc_facts_agree_with_the_reference_rules():
    """The texts teach the reference's rules: L4-L5 disc -> L5 root, stenosis at L4-L5."""
    lib = load_conditions()
    assert "L4-L5 disc presses on the L5 root" in lib.condition("herniated_disc").what
    assert "L4-L5" in lib.condition("spinal_stenosis").what
    assert "emergency" in lib.condition("cauda_equina").helps.lower()
    assert "inwards" in lib.condition("foot_drop").what


@pytest.mark.parametrize(("bad", "message"), [
    ("conditions: []\nlesions: {}\n", "non-empty list"),
    ("conditions:\n  - {id: x, title: t}\nlesions: {}\n", "'medical' must be non-empty"),
    ("conditions:\n  - {id: x, title: t, medical: m, target: 'root:L5', herniation: sideways,"
     " what: w, helps: h, sources: [http://a], helps_sources: [http://b]}\nlesions: {}\n",
     "herniation 'sideways'"),
    ("conditions:\n  - {id: x, title: t, medical: m, target: 'root:L5', what: w, helps: h,"
     " sources: [not-a-url], helps_sources: [http://b]}\nlesions: {}\n", "list of URLs"),
    ("conditions:\n  - {id: x, title: t, medical: m, target: 'root:L5', what: w, helps: h,"
     " sources: [http://a], helps_sources: [http://b]}\nlesions: {L5: {plan: typo}}\n",
     "unknown field"),
])
def test_bad_yaml_names_the_entry(tmp_path, bad, message):
    """A typo in the condition file fails loudly, naming the entry, instead of showing blanks."""
    path = tmp_path / "conditions.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(ConditionsError, match=message):
        load_conditions(path)
