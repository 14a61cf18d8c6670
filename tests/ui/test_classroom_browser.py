"""A student's phone browser (real headless Chromium) opens the class page and answers.

Needs Debian's `chromium` and `chromium-driver` (.ci/run installs them) and selenium; skipped
when they are missing locally, but never in CI. Servers bind loopback only.
"""

from __future__ import annotations

import os
import shutil

import pytest
from pydantic import TypeAdapter
from PySide6.QtCore import QPointF

from spinetutor.core.atlas import load_atlas
from spinetutor.core.classroom_poll import poll_for
from spinetutor.core.classroom_server import ClassroomServer
from spinetutor.core.quizzes import Question
from spinetutor.ui.diagram.scene import PlateScene
from spinetutor.ui.present.plate_picture import plate_picture, question_area

PIN = "2604"
CHOICE = TypeAdapter(Question).validate_python({
    "id": "which-root", "type": "single_choice",
    "prompt": "An L4-L5 posterolateral disc herniation usually compresses which root?",
    "explanation": "The traversing root.", "about": ["root:L5"], "options": [
        {"id": "l4", "text": "L4"}, {"id": "l5", "text": "L5", "correct": True},
        {"id": "s1", "text": "S1"}]})
TAP = TypeAdapter(Question).validate_python({
    "id": "tap-disc", "type": "click_diagram", "prompt": "Tap the L4-L5 disc.",
    "explanation": "x", "about": ["disc:L4-L5"], "accepted": ["disc:L4-L5"],
    "zoom": "lumbar_detail"})


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: CI must run the browser test (.ci/run installs it)")
    pytest.skip(reason)


@pytest.fixture
def browser(tmp_path):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium is not installed")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if chromium is None or driver_path is None:
        _missing("Debian's chromium and chromium-driver are not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--window-size=412,915",
                 f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _status(browser, expected: str) -> str:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 15).until(
        lambda d: expected in d.find_element("id", "status").text)
    return browser.find_element("id", "status").text


def _send(browser, pin: str) -> None:
    box = browser.find_element("id", "pin")
    box.clear()
    box.send_keys(pin)
    browser.find_element("id", "send").click()


def test_browser_answers_a_choice_question(browser) -> None:
    """A student taps B, types the PIN and sends; the chart counts one L5 and the page thanks."""
    with ClassroomServer(poll_for(CHOICE, str), PIN, "127.0.0.1", 0) as room:
        browser.get(room.student_url)
        assert "compresses which root" in browser.find_element("class name", "prompt").text
        buttons = browser.find_elements("css selector", ".choices button")
        assert [b.text for b in buttons] == ["A L4", "B L5", "C S1"]
        browser.find_element("id", "send").click()
        _status(browser, "Choose an answer first")
        buttons[1].click()
        assert buttons[1].get_attribute("aria-pressed") == "true"
        _send(browser, "1111")
        _status(browser, "Wrong PIN")
        assert room.poll.counts() == (0, {})
        _send(browser, PIN)
        _status(browser, "your answer is counted")
        assert not browser.find_element("id", "send").is_displayed()
        assert room.poll.counts() == (1, {"l5": 1})
        browser.refresh()   # the same phone again: it has answered
        _status(browser, "has answered this question already")
        assert room.poll.counts() == (1, {"l5": 1})


def test_browser_taps_the_plate_picture(browser, qapp) -> None:
    """A tap on the L4-L5 disc in the phone's picture counts as the L4-L5 disc."""
    atlas = load_atlas()
    scene = PlateScene(atlas)
    picture, tap_map = plate_picture(scene, TAP)
    rect = scene.area_rect(question_area(TAP))
    detail = [i for i in scene.items_for("disc:L4-L5") if rect.contains(i.sceneBoundingRect())]
    point: QPointF = detail[0].sceneBoundingRect().center()
    assert scene.target_at(point) == "disc:L4-L5"
    fx = (point.x() - rect.left()) / rect.width()
    fy = (point.y() - rect.top()) / rect.height()
    poll = poll_for(TAP, atlas.name_of, picture_png=picture, tap_map=tap_map)
    with ClassroomServer(poll, PIN, "127.0.0.1", 0, language="es") as room:
        browser.get(room.student_url)
        assert "Toca la estructura" in browser.find_element("class name", "hint").text
        image = browser.find_element("css selector", ".plate img")
        # scroll the disc to the middle of the screen, then tap it where a finger would
        x, y = browser.execute_script(
            "var r=arguments[0].getBoundingClientRect();"
            "window.scrollBy(0, r.top + arguments[2]*r.height - innerHeight/2);"
            "r=arguments[0].getBoundingClientRect();"
            "return [r.left + arguments[1]*r.width, r.top + arguments[2]*r.height];",
            image, fx, fy)
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.actions.action_builder import ActionBuilder

        tap = ActionBuilder(browser)
        tap.pointer_action.move_to_location(round(x), round(y)).click()
        tap.perform()
        ActionChains(browser).perform()
        assert len(browser.find_elements("css selector", ".plate .mark")) == 1
        _send(browser, PIN)
        _status(browser, "tu respuesta está contada")
        assert room.poll.counts() == (1, {"disc:L4-L5": 1})
