"""The course as an Anki deck: opened with Anki's own library, every question a note, plate
questions with pictures, and a second import updating rather than duplicating."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinetutor.core.atlas import load_atlas
from spinetutor.core.export_anki import write_apkg
from spinetutor.core.export_items import export_questions
from spinetutor.core.lesson_pack import load_pack
from spinetutor.paths import lessons_dir
from spinetutor.ui.export_pictures import PlatePictures

anki = pytest.importorskip("anki.collection", reason="Anki's library (test extra) not installed")


def _import(collection_path: Path, apkg: Path):
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    col = anki.Collection(str(collection_path))
    col.import_anki_package(ImportAnkiPackageRequest(
        package_path=str(apkg), options=ImportAnkiPackageOptions(with_scheduling=False)))
    return col


def test_the_whole_course_opens_in_anki(qapp, tmp_path: Path) -> None:
    """Every question of the course is a note in Anki; plate questions show plate pictures on
    both sides; importing the same deck again adds no copies."""
    atlas = load_atlas()
    pack = load_pack(lessons_dir(), atlas.knows, atlas.targets())
    items = export_questions(pack, atlas.name_of)
    out = tmp_path / "course.apkg"
    skipped = write_apkg(items, out, "SpineTutor", "spinetutor-course", PlatePictures(atlas))
    assert skipped == []
    col = _import(tmp_path / "collection.anki2", out)
    try:
        note_ids = col.find_notes("")
        assert len(note_ids) == len(items) == 201
        plate = [i for i in items if i.uses_plate]
        media = [p for p in Path(col.media.dir()).iterdir() if p.suffix == ".jpg"]
        assert len(media) == 2 * len(plate)
        assert all(p.stat().st_size > 10_000 for p in media)  # real pictures, not empty files
        click = next(i for i in plate if i.kind == "click_diagram")
        (note_id,) = col.find_notes(f'"Id:*question:{click.id}"')
        note = col.get_note(note_id)
        assert "<img" in note["Question"] and "<img" in note["Answer"]
        assert click.question.explanation.split()[0] in note["Explanation"]
        assert f"spinetutor::{click.lesson_id}" in note.tags
        # a second import matches the notes by their stable guid (the question's URN)
        from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

        col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(out), options=ImportAnkiPackageOptions(with_scheduling=False)))
        assert len(col.find_notes("")) == 201
    finally:
        col.close()


def test_choices_and_answers_read_right_on_the_card(tmp_path: Path) -> None:
    """A single-choice card lists the choices on the front and only the right one on the
    back; no plate picture is needed, so no Qt is involved."""
    atlas = load_atlas()
    pack = load_pack(lessons_dir(), atlas.knows, atlas.targets())
    items = [i for i in export_questions(pack, atlas.name_of) if i.kind == "single_choice"][:3]
    out = tmp_path / "few.apkg"
    assert write_apkg(items, out, "SpineTutor", "spinetutor-course") == []
    col = _import(tmp_path / "c.anki2", out)
    try:
        for item in items:
            (note_id,) = col.find_notes(f'"Id:*question:{item.id}"')
            note = col.get_note(note_id)
            right = [c.text for c in item.choices if c.correct]
            wrong = [c.text for c in item.choices if not c.correct]
            assert note["Question"].count("<li>") == len(item.choices)
            assert right[0].split()[0] in note["Answer"]
            assert not any(w in note["Answer"] for w in wrong if w not in right[0])
    finally:
        col.close()
