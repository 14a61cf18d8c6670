"""Walk every slide in the real Present window with real key presses (run through
walk_slides.sh, which starts Xvfb with a fresh HOME).

It starts SpineTutor through its own `run_gui` (theme, settings, the learner dialog: it goes on
as a guest), presses F5 and then Page Down with xdotool, as a clicker does, and after each
slide saves the whole screen as NNN-lesson-section[-page].png and checks what the room sees:
- the slide's text: any of it below the text area (clipped), or type under the legible floor;
- the title: cut off by its box;
- the plate: every label on screen at least 18 px tall at 1080 lines (12 px at 720).
Before the walk it opens the presenter view (F6), gives it the keyboard focus and checks that
the clicker's keys (Page Down, Page Up, B, F6) still drive the slides; after the last slide it
presses Esc and checks that Study opens at the lesson and section that were on the projector.
It writes report.json (one entry per slide, problems first) and prints a summary. It only
reads the app: it never changes a file of the project.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

STEP_MS = 700
GUEST_WORDS = ("guest", "invitado", "invitada")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lessons", type=Path, default=None)
    args = parser.parse_args()
    if not os.environ.get("SPINETUTOR_WALK_HOME"):
        print("run tools/present/walk_slides.sh (it makes a fresh HOME)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    from PySide6 import QtWidgets
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    original = QtWidgets.QApplication
    report: dict[str, object] = {"slides": [], "problems": []}
    state: dict[str, object] = {"count": 0, "last": None, "tries": 0, "end": None}

    def key(name: str) -> None:
        subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=False)

    def window() -> QtWidgets.QMainWindow | None:
        mains = [w for w in original.topLevelWidgets()
                 if isinstance(w, QtWidgets.QMainWindow) and w.isVisible()]
        return max(mains, key=lambda w: w.width() * w.height()) if mains else None

    def later(ms: int, step) -> None:
        QTimer.singleShot(ms, step)

    def start() -> None:
        """Wait for the staged start to finish and the learner dialog to come up, then go on
        as a guest before pressing F5."""
        found = False
        for top in original.topLevelWidgets():
            if isinstance(top, QtWidgets.QDialog) and top.isVisible():
                found = True
                for button in top.findChildren(QtWidgets.QAbstractButton):
                    if any(word in button.text().lower() for word in GUEST_WORDS):
                        button.click()
                        break
                else:
                    top.reject()
        win = window()
        state["tries"] += 1
        state["dialog"] = state.get("dialog") or found
        # the learner dialog comes last in a fresh start: wait for it (10 s at most)
        ready = win is not None and "study" in getattr(win, "modes", {}) and not found \
            and (state["dialog"] or state["tries"] > 15)
        if not ready and state["tries"] < 30:
            later(STEP_MS, start)
            return
        state["tries"] = 0
        later(STEP_MS, present)

    def present() -> None:
        win = window()
        if win is None:
            later(STEP_MS, present)
            return
        win.activateWindow()
        subprocess.run(["xdotool", "mousemove", "2", "2"], check=False)
        key("F5")
        later(STEP_MS * 2, presenter_keys)

    def presenter_keys() -> None:
        """F6, focus the presenter's window, then the clicker's keys must still work."""
        win = window()
        mode = win.modes.get("present") if win is not None else None
        if mode is None or mode.cursor is None:
            report["problems"].append("Present did not start on F5")
            finish()
            return
        key("F6")
        QTimer.singleShot(STEP_MS, lambda: focus_presenter(mode))

    def focus_presenter(mode) -> None:
        presenter = mode.presenter
        if presenter is None or not presenter.isVisible():
            report["problems"].append("F6 did not open the presenter view")
            later(STEP_MS, look)
            return
        subprocess.run(["xdotool", "windowfocus", "--sync", str(int(presenter.winId()))],
                       check=False)
        start = mode.cursor.key
        checks = [("Next", lambda: mode.cursor.key != start, "Page Down"),
                  ("Prior", lambda: mode.cursor.key == start, "Page Up"),
                  ("b", lambda: mode.stage.blanked, "B (black screen)"),
                  ("b", lambda: not mode.stage.blanked, "B again"),
                  ("F6", lambda: not presenter.isVisible(), "F6 (close the presenter view)")]

        def step(i: int = 0) -> None:
            if i == 0:
                report["presenter_focused"] = bool(presenter.isActiveWindow())
                if not presenter.isActiveWindow():
                    report["problems"].append("the presenter view did not get the focus")
            if i > 0:
                name, ok, what = checks[i - 1]
                if not ok():
                    report["problems"].append(
                        f"{what} did nothing with the presenter view focused")
            if i == len(checks):
                win = window()
                win.activateWindow()
                subprocess.run(["xdotool", "windowfocus", "--sync", str(int(win.winId()))],
                               check=False)
                later(STEP_MS, lambda: save_scene(mode))
                return
            key(checks[i][0])
            later(STEP_MS, lambda: step(i + 1))

        later(STEP_MS, step)

    def save_scene(mode) -> None:
        """Ctrl+Shift+S on the first slide, named by typing; two slides on; O and Enter must
        bring back the first slide (its title and counter) with the scene."""
        state["scene_slide"] = (mode.cursor.key, mode.stage.slide.title.text())
        key("ctrl+shift+s")
        later(STEP_MS, lambda: name_scene(mode))

    def name_scene(mode) -> None:
        subprocess.run(["xdotool", "type", "--delay", "20", "walk check"], check=False)
        key("Return")
        later(STEP_MS, lambda: (focus_main(), key("Next"), later(STEP_MS, lambda: (
            key("Next"), later(STEP_MS, lambda: open_scene(mode))))))

    def focus_main() -> None:
        """Give the main window the focus back, as a window manager does when a dialog
        closes (Xvfb has none)."""
        win = window()
        if win is not None:
            subprocess.run(["xdotool", "windowfocus", "--sync", str(int(win.winId()))],
                           check=False)

    def open_scene(mode) -> None:
        if not any(s.name == "walk check" for s in getattr(mode, "saved_scenes", [])):
            report["problems"].append("Ctrl+Shift+S did not save a scene")
        if mode.cursor.key == state["scene_slide"][0]:
            report["problems"].append("Page Down after saving a scene did not move")
        key("o")
        later(STEP_MS, lambda: pick_scene(mode))

    def pick_scene(mode) -> None:
        listing = getattr(mode, "scene_list", None)
        if listing is None or not listing.isVisible():
            report["problems"].append("O did not list the saved scenes")
            later(STEP_MS, look)
            return
        subprocess.run(["xdotool", "windowfocus", "--sync", str(int(listing.winId()))],
                       check=False)
        key("Return")
        later(STEP_MS, lambda: scene_opened(mode))

    def scene_opened(mode) -> None:
        key_and_title = (mode.cursor.key, mode.stage.slide.title.text())
        report["scene_reopened"] = key_and_title == state["scene_slide"]
        if key_and_title != state["scene_slide"]:
            report["problems"].append(
                f"O opened the scene on {key_and_title}, not {state['scene_slide']}")
        focus_main()
        later(STEP_MS, look)

    def look() -> None:
        from spinetutor.ui.present.fit import min_body_px
        from spinetutor.ui.present.framing import label_px
        from spinetutor.ui.present.plate_labels import labels_on_screen

        win = window()
        mode = win.modes.get("present") if win is not None else None
        if mode is None or not mode.presenting() or mode.cursor is None:
            state["tries"] += 1
            if state["tries"] > 5:
                report["problems"].append("Present did not start on F5")
                finish()
            else:
                later(STEP_MS, look)
            return
        cursor = mode.cursor
        where = (*cursor.key, cursor.page)
        if where == state["last"]:   # the key press has not arrived yet
            state["tries"] += 1
            if state["tries"] <= 5:
                later(STEP_MS, look)
                return
            report["problems"].append(f"Page Down did not move past {where}")
            finish()
            return
        state["tries"] = 0
        state["last"] = where
        screen = QGuiApplication.primaryScreen()
        height = screen.geometry().height()
        slide = mode.stage.slide
        text = slide.text
        problems: list[str] = []
        hidden = text.document().size().height() - text.viewport().height()
        if hidden > 1:
            problems.append(f"text clipped: {hidden:.0f} px below the text area")
        body = text.font().pixelSize()
        if body < round(min_body_px(height)):
            problems.append(f"text {body} px, under the {min_body_px(height):.0f} px floor")
        title = slide.title
        if title.isVisible() and title.heightForWidth(title.width()) > title.height() + 1:
            problems.append("title cut off")
        view = win.view
        floor = label_px(height)
        labels = labels_on_screen(view) if view.isVisible() else []
        small = sorted((round(px, 1), label.text) for label, px in labels if px < floor - 0.05)
        if small:
            problems.append(f"{len(small)} plate labels under {floor:.0f} px: {small[:6]}")
        state["count"] += 1
        page = f"-{cursor.page + 1}" if cursor.pages > 1 else ""
        name = f"{state['count']:03d}-{cursor.key[0]}-{cursor.key[1]}{page}.png"
        screen.grabWindow(0).save(str(args.out / name))
        report["slides"].append({
            "png": name, "lesson": cursor.key[0], "section": cursor.key[1],
            "page": f"{cursor.page + 1}/{cursor.pages}", "body_px": body,
            "labels": len(labels),
            "smallest_label_px": round(min((px for _, px in labels), default=0.0), 1),
            "problems": problems})
        if problems:
            report["problems"].append(f"{name}: " + "; ".join(problems))
        if cursor.peek() is None:
            state["end"] = cursor.key
            key("Escape")
            later(STEP_MS * 2, back_in_study)
            return
        key("Next")
        later(STEP_MS, look)

    def back_in_study() -> None:
        """Esc leaves Present for Study at the lesson and section that were on screen."""
        win = window()
        study = win.modes.get("study") if win is not None else None
        shown = None
        if study is not None and getattr(study, "lesson_view", None) is not None:
            view = study.lesson_view
            shown = (view.lesson.id, view.section.id) if view.lesson and view.section else None
        if win is None or win.mode is None or win.mode.name != "study":
            report["problems"].append("Esc did not leave Present for Study")
        elif shown != state["end"]:
            report["problems"].append(f"Study shows {shown}, not the presented {state['end']}")
        finish()

    def finish() -> None:
        slides = report["slides"]
        sizes = [s["smallest_label_px"] for s in slides if s["labels"]]
        report["summary"] = {
            "slides": len(slides),
            "with_problems": sum(1 for s in slides if s["problems"]),
            "smallest_label_px": min(sizes, default=None),
            "smallest_body_px": min((s["body_px"] for s in slides), default=None)}
        (args.out / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
        print(json.dumps(report["summary"]))
        for line in report["problems"]:
            print(line)
        later(STEP_MS, original.instance().quit)

    class Armed(original):  # type: ignore[misc, valid-type]
        def __init__(self, *a, **kw) -> None:
            super().__init__(*a, **kw)
            QTimer.singleShot(STEP_MS * 3, start)

    QtWidgets.QApplication = Armed
    from spinetutor.ui.app import run_gui

    run_gui(args.lessons)
    return 1 if report["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
