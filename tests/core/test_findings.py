"""Bad finding sets are refused with a message naming the key, the value and what is allowed."""

from __future__ import annotations

from typing import Any

import pytest

from spinetutor.core.findings import FindingsError, load_vocabulary, parse_findings
from spinetutor.core.reasoning import localize


def error_for(findings: Any) -> FindingsError:
    with pytest.raises(FindingsError) as info:
        localize(findings)
    return info.value


def test_findings_error_is_a_value_error() -> None:
    """Callers that catch ValueError also catch bad findings."""
    assert issubclass(FindingsError, ValueError)


def test_unknown_top_level_key() -> None:
    """A misspelt key ('numbness') is named, with the keys that exist."""
    err = error_for({"numbness": ["sole"]})
    assert err.key == "numbness"
    assert "numbness" in str(err) and "numb" in str(err) and "reflex" in str(err)


def test_unknown_region_id() -> None:
    """An unknown region is named with its key and the list of regions."""
    err = error_for({"numb": ["sole", "big_toe"]})
    assert err.key == "numb" and err.value == "big_toe"
    assert "'big_toe'" in str(err) and "great_toe" in str(err)


def test_unknown_movement_reflex_and_test_ids() -> None:
    """Movement, reflex and test ids are checked against their own vocabularies."""
    assert error_for({"weak": ["foot_lift"]}).key == "weak"
    assert error_for({"normal_strength": ["ankle_dorsiflexon"]}).key == "normal_strength"
    assert error_for({"reflex": {"knee": "reduced"}}).key == "reflex"
    err = error_for({"tests": {"lasegue": "positive"}})
    assert err.key == "tests" and "slr" in str(err) and "tinel_sural" in str(err)


def test_wrong_reflex_value_names_the_reflex() -> None:
    """'weak' is not a reflex grade: the message names the reflex and lists the grades."""
    err = error_for({"reflex": {"achilles": "weak"}})
    assert err.key == "reflex.achilles"
    assert "'weak'" in str(err)
    for grade in ("normal", "reduced", "absent", "brisk"):
        assert grade in str(err)


def test_wrong_test_side_and_history_values() -> None:
    """Every enumerated value is checked, including the history block."""
    assert error_for({"tests": {"slr": "yes"}}).key == "tests.slr"
    assert error_for({"side": "both"}).key == "side"
    assert error_for({"history": {"bladder": "leaking"}}).key == "history.bladder"
    assert error_for({"history": {"back_pain": "yes"}}).key == "history.back_pain"
    assert error_for({"history": {"gait": "limp"}}).key == "history.gait"
    err = error_for({"history": {"triggers": ["cycling"]}})
    assert err.key == "history.triggers" and "leg_crossing" in str(err)
    assert error_for({"history": {"fever": True}}).key == "history.fever"


def test_wrong_shapes() -> None:
    """A bare string where a list belongs, or a list where a mapping belongs, is refused."""
    assert error_for({"numb": "sole"}).key == "numb"
    assert error_for({"reflex": ["achilles"]}).key == "reflex"
    assert error_for({"history": ["back_pain"]}).key == "history"
    assert error_for(["numb"]).key == "findings"


def test_movement_cannot_be_both_weak_and_normal() -> None:
    """Contradictory strength findings are refused rather than silently cancelled."""
    err = error_for({"weak": ["ankle_inversion"], "normal_strength": ["ankle_inversion"]})
    assert err.value == "ankle_inversion"


def test_absent_keys_and_none_values_mean_not_recorded() -> None:
    """A partial form is fine: missing keys and empty answers are simply not used."""
    parsed = parse_findings({"numb": ["sole"], "reflex": None, "history": {"gait": None}})
    assert parsed.atoms == {"numb:sole"}
    assert parsed.informative


def test_every_schema_vocabulary_id_is_accepted() -> None:
    """All ids copied from the shared schema validate, including extra test ids."""
    vocab = load_vocabulary()
    findings = {
        "side": "bilateral",
        "pain": list(vocab.regions),
        "weak": list(vocab.movements),
        "reflex": dict.fromkeys(vocab.reflexes, "brisk"),
        "tests": dict.fromkeys(vocab.tests, "negative"),
        "history": {"back_pain": False, "bladder": "normal", "bowel": "constipation",
                    "saddle_sensation": "normal", "foot_pulses": "absent",
                    "distribution": "focal", "gait": "antalgic", "onset": "gradual",
                    "course": "stable", "triggers": list(vocab.triggers)},
    }
    parsed = parse_findings(findings)
    assert "test:tinel_superficial_peroneal:negative" in parsed.atoms
    assert "trigger:diabetes" in parsed.atoms
    assert "foot_pulses:low" in parsed.atoms
    assert len(vocab.regions) == 34 and len(vocab.movements) == 14
