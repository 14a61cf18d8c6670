"""Helpers for the study-mode tests: a small lesson pack on disk and plate clicks (no tests here).

The pack has one lesson of three sections (each driving the plate), a practice quiz with one
question of every type, and a test quiz; shuffling is on so the seeded RNG matters.
"""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from spinetutor.ui.main_window import MainWindow
from spinetutor.ui.study import StudyMode
from tests.ui.conftest import click_scene_point

LESSON = """\
lesson:
  id: l5-story
  title: The L5 root, from disc to foot
  topic: Roots and the foot
  level: intro
  minutes: 10
  summary: Why an L4-L5 disc can make the top of the foot numb.
  objectives:
    - Name the disc whose usual herniation presses on the L5 root.
  sources:
    - "Test source"
  sections:
    - id: the-disc
      title: Which disc?
      text: |
        A **posterolateral** L4-L5 disc presses on [the L5 root](spinetutor:root:L5).
        See also [a web page](https://example.org/l5).
      actions:
        - clear: true
        - zoom: lumbar_detail
        - herniation: far_lateral
        - select: disc:L4-L5
    - id: the-root
      title: The root
      text: The L5 root runs on to the foot.
      actions:
        - herniation: posterolateral
        - select: root:L5
    - id: the-skin
      title: Where it is felt
      text: |
        The top of the foot and the big toe.

        ![The L5 area](images/l5.png)
      actions:
        - highlight_regions: [dorsum_of_foot, great_toe, first_web_space]
        - zoom: foot_dorsum
"""

PRACTICE = """\
quiz:
  id: l5-practice
  lesson: l5-story
  title: L5 practice
  mode: practice
  shuffle_options: true
  questions:
    - id: q-single
      type: single_choice
      prompt: A posterolateral L4-L5 herniation usually compresses which root?
      explanation: It catches the traversing root - L5.
      about: [root:L5, disc:L4-L5]
      options:
        - {id: l4, text: L4, feedback: L4 has already left.}
        - {id: l5, text: L5, correct: true, feedback: "Yes: the traversing root."}
        - {id: s1, text: S1}
    - id: q-multi
      type: multiple_choice
      prompt: Which movements does L5 weaken?
      explanation: Big-toe extension and hip abduction share L5.
      about: [root:L5]
      options:
        - {id: toe, text: Big-toe extension, correct: true}
        - {id: abd, text: Hip abduction, correct: true}
        - {id: knee, text: Knee extension}
    - id: q-tf
      type: true_false
      prompt: An L5 lesion abolishes the knee jerk.
      answer: false
      explanation: The knee jerk is L3-L4.
      about: [root:L4]
    - id: q-click
      type: click_diagram
      prompt: Click the disc whose herniation most often causes foot drop.
      explanation: L4-L5, through the L5 root.
      about: [disc:L4-L5]
      zoom: lumbar_detail
      accepted: [disc:L4-L5]
    - id: q-regions
      type: mark_regions
      prompt: Mark the foot regions of the L5 dermatome.
      explanation: Dorsum of the foot, great toe and the first web space.
      about: [root:L5]
      zoom: foot_dorsum
      expected: [dorsum_of_foot, great_toe, first_web_space]
    - id: q-case
      type: case_vignette
      case: A gardener has foot drop and weak hip abduction.
      findings: [Weak dorsiflexion, Weak hip abduction]
      options:
        - {id: root, lesion: root:L5, correct: true}
        - {id: cpn, lesion: nerve:common_peroneal}
      explanation: Weak hip abduction puts the lesion at the root.
      about: [root:L5, nerve:common_peroneal]
    - id: q-order
      type: order_pathway
      prompt: Put the path in order.
      explanation: Root, plexus, sciatic, peroneal.
      about: [root:L5]
      items: [L5 root, Sacral plexus, Sciatic nerve, Common peroneal nerve]
"""

TEST = """\
quiz:
  id: l5-test
  lesson: l5-story
  title: L5 check
  mode: test
  pass_mark: 70
  questions:
    - id: t-single
      type: single_choice
      prompt: Which root exits at the L4-L5 foramen?
      explanation: The exiting root at L4-L5 is L4.
      about: [root:L4]
      options:
        - {id: l4, text: L4, correct: true}
        - {id: l5, text: L5}
    - id: t-tf
      type: true_false
      prompt: The sural nerve supplies the lateral foot.
      answer: true
      explanation: The sural nerve supplies the outer border of the foot.
      about: [nerve:sural]
    - id: t-skin
      type: true_false
      prompt: L5 reaches the great toe.
      answer: true
      explanation: The great toe is L5 skin.
      about: [region:great_toe]
"""


def write_image(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#e69f00"))
    assert image.save(str(path))


def make_pack(root: Path) -> Path:
    """A small valid pack: one lesson, a practice quiz of every type and a test quiz."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "l5.yaml").write_text(LESSON, encoding="utf-8")
    (root / "l5-practice.yaml").write_text(PRACTICE, encoding="utf-8")
    (root / "l5-test.yaml").write_text(TEST, encoding="utf-8")
    write_image(root / "images" / "l5.png")
    return root


def broken_file(root: Path) -> Path:
    path = root / "zz-broken.yaml"
    path.write_text(textwrap.dedent("""\
        lesson:
          id: broken
          title: Broken
          topic: Broken
          level: expert
          minutes: 5
          objectives: [x]
          sources: [x]
          sections:
            - {id: a, title: A, text: a}
        """), encoding="utf-8")
    return path


def open_study(qtbot, window: MainWindow, pack: Path | None) -> StudyMode:
    """The study mode added to the window and switched on, with a fixed shuffle."""
    study = StudyMode(window, pack)
    study.rng_factory = lambda: random.Random(7)
    window.add_mode(study)
    window.set_mode("study")
    window.activateWindow()
    qtbot.waitUntil(lambda: study.stack.isVisible())
    return study


def click_target(qtbot, window: MainWindow, target: str) -> None:
    """Click the plate where `target` is drawn (the real position, through the viewport)."""
    point = window.scene.probe_point(target)
    assert point is not None, target
    click_scene_point(qtbot, window.view, point)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
