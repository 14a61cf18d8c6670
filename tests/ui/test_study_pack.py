"""Study mode and lesson packs: the shipped course, broken files, safe text, live reload."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QProgressDialog

from spinetutor import paths
from spinetutor.ui.study.safe_text import SafeTextBrowser
from tests.ui.test_study_support import (
    LESSON,
    broken_file,
    click_target,
    make_pack,
    open_study,
    write_image,
)

IMAGE = QTextDocument.ResourceType.ImageResource.value


def test_shipped_course_loads_and_every_first_section_drives_the_plate(window, qtbot):
    """The default lessons/ open with no problems and each lesson's first section runs."""
    study = open_study(qtbot, window, paths.lessons_dir())
    assert study.pack.problems == ()
    assert len(study.pack.lessons) >= 14
    assert not study.browser.problems_box.isVisible()
    listed = study.browser.visible_lesson_ids()
    assert sorted(listed) == sorted(lesson.id for lesson in study.pack.lessons)
    status = window.statusBar()
    for lesson in study.pack.lessons:
        status.clearMessage()
        study.open_lesson(lesson.id)
        assert study.lesson_view.section is lesson.sections[0]
        assert status.currentMessage() == "", (lesson.id, status.currentMessage())
        assert study.lesson_view.text.toPlainText().strip()


def test_broken_file_is_listed_while_good_lessons_open(window, qtbot, tmp_path):
    """A file with a mistake shows as file:line:column in Problems; the good lesson opens."""
    pack = make_pack(tmp_path / "pack")
    broken_file(pack)
    study = open_study(qtbot, window, pack)
    assert [lesson.id for lesson in study.pack.lessons] == ["l5-story"]
    assert study.browser.problems_box.isVisible()
    problems = [study.browser.problems.item(i).text()
                for i in range(study.browser.problems.count())]
    assert len(problems) == 1 and "zz-broken.yaml:5:" in problems[0]
    assert "Problems (1)" in study.browser.problems_title.text()
    assert study.stack.currentWidget() is study.lesson_view
    assert study.lesson_view.lesson.id == "l5-story"


def test_search_filters_lessons_by_objective_text(window, qtbot):
    """Typing 'foot drop' keeps only lessons that mention it; clearing brings all back."""
    study = open_study(qtbot, window, paths.lessons_dir())
    everything = study.browser.visible_lesson_ids()
    qtbot.keyClicks(study.browser.search, "zzz-nothing")
    assert study.browser.visible_lesson_ids() == []
    study.browser.search.clear()
    qtbot.keyClicks(study.browser.search, "foot drop")
    found = study.browser.visible_lesson_ids()
    assert 0 < len(found) < len(everything)
    study.browser.search.clear()
    assert study.browser.visible_lesson_ids() == everything


def test_search_finds_words_in_lesson_text_and_says_when_nothing_matches(window, qtbot):
    """'EHL' finds the lessons that teach extensor hallucis longus (only in their sections),
    opening one lands on the matching section; a word nowhere in the course says so."""
    study = open_study(qtbot, window, paths.lessons_dir())
    qtbot.keyClicks(study.browser.search, "EHL")
    found = study.browser.visible_lesson_ids()
    assert "exam-bedside" in found and not study.browser.no_results.isVisible()
    qtbot.keyClicks(study.browser.search, " toe")
    study.browser.select_lesson("exam-bedside")
    section = study.lesson_view.section
    assert "extensor hallucis longus" in section.text.lower() and "toe" in section.text.lower()
    study.browser.search.clear()
    qtbot.keyClicks(study.browser.search, "Babinski")
    assert "serious-pathology-screening" in study.browser.visible_lesson_ids()
    study.browser.search.clear()
    qtbot.keyClicks(study.browser.search, "zzz-nothing")
    assert study.browser.visible_lesson_ids() == []
    assert study.browser.no_results.isVisible()
    assert "zzz-nothing" in study.browser.no_results.text()
    study.browser.search.clear()
    assert not study.browser.no_results.isVisible()


def test_images_outside_the_pack_are_never_shown(qtbot, tmp_path):
    """Only pictures inside the pack are shown; ../, absolute, file:, web addresses and links
    out of the pack show the crossed "not shown" box, and Qt is asked for no other resource."""
    pack = make_pack(tmp_path / "pack")
    write_image(tmp_path / "outside.png")
    (pack / "images" / "link.png").symlink_to(tmp_path / "outside.png")
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.pack_root = str(pack)
    outside = str(tmp_path / "outside.png")
    names = ["images/l5.png", "../outside.png", outside,
             "images/../../outside.png", "https://example.org/x.png", "qrc:/x.png",
             "images/link.png", "images/%2e%2e/%2e%2e/outside.png"]
    browser.set_markdown(" ".join(f"![p]({name})" for name in names), pack)
    shown = browser.shown_pictures()
    assert len(shown) == len(names)
    assert shown[0].size() == QImage(str(pack / "images" / "l5.png")).size()
    refused = shown[1]
    for image in shown[1:]:
        assert image == refused  # the same crossed box, never the red outside picture
    assert refused.pixelColor(refused.width() // 2, 5) != QColor("#e69f00")
    # anything Qt asks for by itself gets the box or empty bytes, never a file
    for url in (QUrl("../outside.png"), QUrl.fromLocalFile(outside), QUrl("images/l5.png")):
        answer = browser.loadResource(IMAGE, url)
        assert isinstance(answer, QImage) and answer == refused
    assert browser.loadResource(IMAGE + 1, QUrl.fromLocalFile(outside)).isEmpty()
    browser.pack_root = None
    browser.set_markdown("![p](images/l5.png)", pack)
    assert browser.shown_pictures() == [refused]


def test_raw_html_in_text_is_shown_as_text(qtbot, tmp_path):
    """HTML typed into lesson text appears literally and loads nothing."""
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.pack_root = str(tmp_path)
    browser.set_markdown(f'Raw <b>bold</b> <img src="{tmp_path}/x.png"> <script>x</script>',
                         tmp_path)
    text = browser.toPlainText()
    assert "<b>bold</b>" in text and "<img" in text and "<script>" in text


def test_saving_a_lesson_file_reloads_and_keeps_the_section(window, qtbot, tmp_path):
    """Editing the open lesson on disk updates the text and stays on the same section."""
    pack = make_pack(tmp_path / "pack")
    study = open_study(qtbot, window, pack)
    study.lesson_view.show_section(1)
    assert study.lesson_view.section.id == "the-root"
    edited = LESSON.replace("The L5 root runs on to the foot.",
                            "The L5 root runs on to the foot (edited).")
    edited = edited.replace("    - id: the-disc\n", "    - id: intro\n      title: Intro\n"
                            "      text: New first section.\n    - id: the-disc\n")
    with qtbot.waitSignal(study.pack_loaded, timeout=5000):
        (pack / "l5.yaml").write_text(edited, encoding="utf-8")
    view = study.lesson_view
    assert view.section.id == "the-root" and view.index == 2
    assert "(edited)" in view.text.toPlainText()
    assert window.selection.target == "root:L5"
    # a section that disappears leaves the learner at the nearest one
    with qtbot.waitSignal(study.pack_loaded, timeout=5000):
        (pack / "l5.yaml").write_text(edited.replace("id: the-root", "id: renamed"),
                                      encoding="utf-8")
    assert view.section.id == "renamed" and view.index == 2
    # a broken save mid-class lists the problem and keeps the last good version on screen,
    # with a notice naming the file and line
    with qtbot.waitSignal(study.pack_loaded, timeout=5000):
        (pack / "l5.yaml").write_text(edited.replace("level: intro", "level: expert"),
                                      encoding="utf-8")
    problems = [study.browser.problems.item(i).text()
                for i in range(study.browser.problems.count())]
    assert any("l5.yaml:5:" in problem for problem in problems)
    assert [lesson.id for lesson in study.pack.lessons] == ["l5-story"]
    assert study.stack.currentWidget() is view and view.section.id == "renamed"
    assert "(edited)" in view.text.toPlainText()
    assert view.notice.isVisible() and "l5.yaml:5:" in view.notice.text()
    assert "last good version" in view.notice.text()
    assert study.browser.visible_lesson_ids() == ["l5-story"]
    # fixing the file shows the new version and the notice goes
    with qtbot.waitSignal(study.pack_loaded, timeout=5000):
        (pack / "l5.yaml").write_text(edited.replace("(edited)", "(fixed)"), encoding="utf-8")
    assert not view.notice.isVisible() and "(fixed)" in view.text.toPlainText()
    # deleting the file on purpose does remove the lesson
    with qtbot.waitSignal(study.pack_loaded, timeout=5000):
        (pack / "l5.yaml").unlink()
    assert "l5-story" not in [lesson.id for lesson in study.pack.lessons]


def test_leaving_study_mode_hides_its_panels_and_frees_the_plate(window, qtbot, tmp_path):
    """Switching to another mode hides the lesson panels; plate clicks select again."""
    from spinetutor.ui.modes.base import Mode

    study = open_study(qtbot, window, make_pack(tmp_path / "pack"))
    other = Mode(window)
    other.name, other.title = "other", "Other"
    window.add_mode(other)
    study.start_questions(["q-click"], "Review")
    window.set_mode("other")
    assert not study.lessons_dock.isVisible() and not study.study_dock.isVisible()
    assert window.card_dock.isVisible()
    assert not study.open_action.isVisible()
    click_target(qtbot, window, "disc:L4-L5")
    assert window.selection.target == "disc:L4-L5"
    window.set_mode("study")
    assert study.lessons_dock.isVisible() and study.open_action.isVisible()


def test_open_pack_switches_to_the_new_lessons(window, qtbot, tmp_path):
    """Opening another pack lists its lessons and shows the first one."""
    study = open_study(qtbot, window, paths.lessons_dir())
    pack = make_pack(tmp_path / "mine")
    study.open_pack(pack)
    assert study.browser.visible_lesson_ids() == ["l5-story"]
    assert study.lesson_view.lesson.id == "l5-story"
    assert "mine" in study.browser.pack_label.text()
    study.open_pack(tmp_path / "missing")
    assert study.stack.currentIndex() == 3 and study.browser.problems.count() == 1
    qtbot.keyClick(window, Qt.Key.Key_Escape)


def test_a_large_pack_shows_how_far_it_has_opened(window, qtbot, tmp_path, monkeypatch):
    """Opening a pack that takes a while shows "N of M files" as it loads, then goes away
    and the lessons are there."""
    from spinetutor.ui.study import pack_progress

    pack = tmp_path / "big"
    pack.mkdir()
    for n in range(40):
        (pack / f"l{n:02d}.yaml").write_text(
            LESSON.replace("id: l5-story", f"id: story-{n}"), encoding="utf-8")
    write_image(pack / "images" / "l5.png")
    monkeypatch.setattr(pack_progress, "DELAY_MS", 0)
    seen: list[tuple[str, bool]] = []
    original = pack_progress.PackProgress.report

    def report(self, done, total):
        original(self, done, total)
        if self.dialog is not None:
            seen.append((self.dialog.labelText(), self.dialog.isVisible()))

    monkeypatch.setattr(pack_progress.PackProgress, "report", report)
    study = open_study(qtbot, window, paths.lessons_dir())
    seen.clear()
    study.open_pack(pack)
    assert len(study.pack.lessons) == 40 and study.pack.problems == ()
    assert seen and all(shown for _, shown in seen)
    assert seen[0][0].startswith("Opening the lesson pack: 1 of 40 files")
    assert seen[-1][0].startswith("Opening the lesson pack: 40 of 40 files")
    qtbot.waitUntil(lambda: not [w for w in QApplication.topLevelWidgets()
                                 if isinstance(w, QProgressDialog) and w.isVisible()])

