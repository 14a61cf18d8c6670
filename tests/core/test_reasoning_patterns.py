"""The reasoning patterns agree with the shared clinical reference and refuse typos."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from spinetutor.core.reasoning import localize
from spinetutor.core.reasoning_patterns import PatternError, load_knowledge
from spinetutor.paths import assets_dir

SHARED = Path(__file__).resolve().parents[3] / "shared" / "reference"
needs_reference = pytest.mark.skipif(
    not (SHARED / "clinical_facts.yaml").exists(), reason="shared clinical reference not present"
)

# Bedside tests the app adds after the shared ids (upper-motor-neuron signs for a red flag).
EXTENSION_TESTS = ("babinski", "ankle_clonus")

# answer id -> key under peripheral_nerves in the reference
NERVES = {
    "common_peroneal_at_fibular_head": "common_peroneal",
    "deep_peroneal": "deep_peroneal",
    "superficial_peroneal": "superficial_peroneal",
    "sural": "sural",
    "saphenous": "saphenous",
    "sciatic_neuropathy": "sciatic",
    "morton_neuroma": "interdigital_morton_neuroma",
    "lateral_femoral_cutaneous": "lateral_femoral_cutaneous_meralgia",
}


@pytest.fixture(scope="module")
def facts() -> dict:
    return yaml.safe_load((SHARED / "clinical_facts.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def schema() -> dict:
    return yaml.safe_load((SHARED / "findings_schema.yaml").read_text(encoding="utf-8"))


def patterns() -> dict:
    return {p.lesion: p for p in load_knowledge().patterns}


@needs_reference
def test_every_source_url_comes_from_the_reference() -> None:
    """Each lesion cites pages that the clinical reference actually read."""
    text = (SHARED / "clinical_facts.yaml").read_text(encoding="utf-8")
    for pattern in patterns().values():
        assert pattern.sources, pattern.lesion
        for url in pattern.sources:
            assert f'"{url}"' in text, (pattern.lesion, url)
    flags = yaml.safe_load((assets_dir() / "reasoning" / "red_flags.yaml").read_text())
    for url in flags["sources"]:
        assert f'"{url}"' in text, url


@needs_reference
def test_vocabulary_is_a_faithful_copy_of_the_schema(facts: dict, schema: dict) -> None:
    """The bundled vocabulary holds every id of the shared schema and nothing renamed."""
    vocab = load_knowledge().vocab
    words = facts["region_vocabulary"]
    regions = [r for g in ("thigh_and_knee", "leg", "foot", "sacral") for r in words[g]]
    assert list(vocab.regions) == regions
    assert list(vocab.movements) == words["movements"]
    assert list(vocab.reflexes) == words["reflexes"]
    shared = words["tests"] + schema["extra_test_ids"]
    assert list(vocab.tests)[: len(shared)] == shared  # extensions may follow, never replace
    assert set(vocab.tests) - set(shared) == set(EXTENSION_TESTS)
    assert list(vocab.triggers) == list(schema["trigger_ids"])
    assert list(vocab.answer_vocabulary) == schema["answer_vocabulary"]
    for key, spec in schema["findings"]["history"].items():
        assert key in vocab.history
        if spec.startswith("list of") and ":" in spec:  # "list of ... ids: a, b, c (source)"
            values = [v.strip() for v in spec.split("(")[0].split(":", 1)[1].split(",")]
            assert list(vocab.history[key]) == values, key
        elif key not in ("triggers", "back_pain"):
            values = [v.strip() for v in spec.split("(")[0].split("|")]
            assert list(vocab.history[key]) == values, key


@needs_reference
def test_root_territories_match_the_reference(facts: dict) -> None:
    """Each root's core skin area holds its reference dermatome, and key reflexes match."""
    pats = patterns()
    for root in ("L2", "L3", "L4", "L5", "S1"):
        assert set(facts["roots"][root]["dermatome_regions"]) <= pats[root].core, root
    assert "achilles" in pats["S1"].reflexes and "patellar" in pats["L4"].reflexes
    assert {"ankle_inversion", "hip_abduction"} <= set(pats["L5"].motor)


@needs_reference
def test_nerve_territories_and_muscles_match_the_reference(facts: dict) -> None:
    """Nerve skin areas, weak muscles and spared muscles follow the reference."""
    pats = patterns()
    nerves = facts["peripheral_nerves"]
    for lesion, key in NERVES.items():
        skin = pats[lesion].core | pats[lesion].also
        assert set(nerves[key]["sensory_regions"]) <= skin, lesion
        assert set(nerves[key].get("motor_deficit", [])) <= set(pats[lesion].motor), lesion
        assert not set(nerves[key].get("spared", [])) & set(pats[lesion].motor), lesion
    for purely_sensory in ("sural", "saphenous", "lateral_femoral_cutaneous", "morton_neuroma"):
        assert not pats[purely_sensory].motor, purely_sensory
    assert "sole" in pats["tarsal_tunnel"].core
    assert "achilles" not in pats["tarsal_tunnel"].reflexes


def test_every_answer_has_a_pattern_with_name_kind_and_sources() -> None:
    """All nineteen answers are covered, each with a plain name."""
    know = load_knowledge()
    assert [p.lesion for p in know.patterns] == list(know.vocab.answer_vocabulary)
    assert len(know.patterns) == 19
    for pattern in know.patterns:
        assert pattern.name and pattern.kind and pattern.sources and pattern.summary


def copy_assets(tmp_path: Path, name: str = "reasoning") -> Path:
    folder = tmp_path / name  # a fresh folder each time: loading is cached per folder
    shutil.copytree(assets_dir() / "reasoning", folder)
    return folder


def test_typo_in_a_pattern_fails_loudly(tmp_path: Path) -> None:
    """A misspelt finding in lesions.yaml stops loading and names the lesion and the atom."""
    folder = copy_assets(tmp_path)
    path = folder / "lesions.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("trigger:leg_crossing: [2.0", "trigger:leg_crosing: [2.0"))
    with pytest.raises(PatternError, match="common_peroneal_at_fibular_head.*leg_crosing"):
        load_knowledge(folder)


def test_missing_lesion_fails_loudly(tmp_path: Path) -> None:
    """Dropping a lesion from the YAML is caught against the answer vocabulary."""
    folder = copy_assets(tmp_path)
    path = folder / "lesions.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data["lesions"]["sural"]
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(PatternError, match="sural"):
        load_knowledge(folder)


def test_editing_a_weight_in_yaml_changes_the_answer(tmp_path: Path) -> None:
    """The patterns are data: flipping one weight in YAML changes the ranking, no code edit."""
    findings = {"side": "left", "numb": ["dorsum_of_foot"], "weak": ["ankle_dorsiflexion"],
                "normal_strength": ["ankle_inversion"]}
    before = localize(findings, load_knowledge(copy_assets(tmp_path, "a"))).candidates[0].lesion
    folder = copy_assets(tmp_path, "b")
    path = folder / "lesions.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("normal:ankle_inversion: [-2.5,", "normal:ankle_inversion: [6.0,")
    path.write_text(text, encoding="utf-8")
    after = localize(findings, load_knowledge(folder)).candidates[0].lesion
    assert before == "common_peroneal_at_fibular_head"
    assert after == "L5"
