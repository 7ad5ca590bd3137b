#!/usr/bin/python3
"""What a screen reader gets from GluteGuide, read over the real accessibility bus (AT-SPI).

Run inside a private D-Bus session and X display (check-accessibility.sh sets them up). Starts
the AT-SPI bus and the app, then walks the app's accessible tree as Orca would see it through
pyatspi, on the session screen during a repetition and during a rest, on the summary after a
pain stop, and on Home. Every control must have a name, and what a person needs from each
screen must be there as text or value. Exits 0 when all holds, 1 with the problems otherwise.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi

CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU, pyatspi.ROLE_MENU_ITEM,
}

problems = []


def fail(message):
    problems.append(message)
    print("FAIL:", message, flush=True)


class Node:
    """One showing accessible object, read once."""

    def __init__(self, accessible):
        self.role = accessible.getRole()
        self.role_name = accessible.getRoleName()
        self.name = accessible.name or ""
        self.description = accessible.description or ""
        self.value = None
        try:
            self.value = accessible.queryValue().currentValue
        except NotImplementedError:
            pass
        self.accessible = accessible

    def __repr__(self):
        value = "" if self.value is None else f" value={self.value}"
        return f"{self.role_name} {self.name!r} ({self.description!r}){value}"


def showing(accessible, found):
    try:
        states = accessible.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        found.append(Node(accessible))
        for i in range(accessible.childCount):
            child = accessible.getChildAtIndex(i)
            if child is not None:
                showing(child, found)
    except Exception:  # an object that went away while it was read: the next read has it
        pass


def find_app(timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == "GluteGuide":
                return app
        time.sleep(0.2)
    return None


def screen(app):
    found = []
    for i in range(app.childCount):
        window = app.getChildAtIndex(i)
        if window is not None:
            showing(window, found)
    return found


def wait_for(app, what, test, timeout):
    """Reads the screen until test(nodes) gives something; returns it and the nodes."""
    deadline = time.monotonic() + timeout
    nodes = []
    while time.monotonic() < deadline:
        nodes = screen(app)
        result = test(nodes)
        if result:
            return result, nodes
        time.sleep(0.05)
    fail(f"{what}: not seen within {timeout} s; the screen had:\n  "
         + "\n  ".join(map(repr, nodes)))
    return None, nodes


def every_control_named(nodes, where):
    for node in nodes:
        if node.role in CONTROL_ROLES and not re.search(r"\w", node.name):
            fail(f"{where}: a {node.role_name} has no name ({node!r})")


def one(nodes, predicate):
    for node in nodes:
        if predicate(node):
            return node
    return None


def counter(nodes, pattern):
    node = one(nodes, lambda n: n.description == "Repetition count")
    if node and re.fullmatch(pattern, node.name):
        return node
    return None


def press(nodes, name_start):
    button = one(nodes, lambda n: n.role == pyatspi.ROLE_PUSH_BUTTON
                 and n.name.startswith(name_start))
    if button is None:
        fail(f"no button named '{name_start}…'")
        return
    action = button.accessible.queryAction()
    action.doAction(0)


def logged_cue_texts(log_path):
    texts = set()
    with open(log_path, encoding="utf-8") as log:
        for line in log:
            event = json.loads(line)
            if event.get("event") == "cue":
                texts.add(event.get("text"))
    return texts


def main():
    binary = sys.argv[1]
    scratch = tempfile.mkdtemp(prefix="gluteguide-a11y-")
    runtime = os.path.join(scratch, "runtime")
    os.makedirs(runtime, mode=0o700)
    log_path = os.path.join(scratch, "events.jsonl")
    environment = dict(os.environ,
                       QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
                       LC_ALL="C.UTF-8", LANGUAGE="",
                       XDG_CONFIG_HOME=os.path.join(scratch, "config"),
                       XDG_DATA_HOME=os.path.join(scratch, "data"),
                       XDG_RUNTIME_DIR=runtime)
    # Under AddressSanitizer: libxkbcommon-x11 (Debian 12) hands strndup() a keymap name that is
    # not NUL-terminated within its buffer, which strict string checks report as an overflow in
    # the system library before our code runs. The real X connection is this test's point, so
    # that one check is relaxed here; the other suites keep it.
    if "ASAN_OPTIONS" in environment:
        environment["ASAN_OPTIONS"] += ":strict_string_checks=0:intercept_strndup=0"
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                           env=environment)
    time.sleep(0.5)
    # Eight times real time: a repetition and a rest both come within seconds.
    app_process = subprocess.Popen([binary, "--start", "--mute", "--speed", "8",
                                    "--event-log", log_path], env=environment)
    try:
        app = find_app(30)
        if app is None:
            fail("GluteGuide never appeared on the accessibility bus")
            return 1

        # During a repetition: the count and its total, the caption's words, time left, the
        # session's progress as a value.
        rep, nodes = wait_for(app, "a repetition's count",
                              lambda nodes: counter(nodes, r"(\d+) of (\d+)"), 40)
        if rep:
            count, total = map(int, re.fullmatch(r"(\d+) of (\d+)", rep.name).groups())
            if total != 15 or not 0 <= count <= 15:
                fail(f"the counter says '{rep.name}', not a count of 15")
            every_control_named(nodes, "session")
            caption = one(nodes, lambda n: n.description == "Caption")
            if caption is None or not caption.name.strip():
                fail("the caption's words are not its name: " + repr(caption))
            elif caption.name not in logged_cue_texts(log_path):
                fail(f"the caption '{caption.name}' is no cue the app said")
            if not one(nodes, lambda n: re.fullmatch(r"\d+:\d\d left", n.name)):
                fail("no 'm:ss left' on the session screen")
            progress = one(nodes, lambda n: n.role == pyatspi.ROLE_PROGRESS_BAR
                           and n.name == "Whole session progress")
            if progress is None or progress.value is None or not 0 < progress.value <= 100:
                fail(f"the session's progress has no value in percent: {progress!r}")
            print("rep:", rep, "|", caption, "|", progress, flush=True)

        # During a rest: the seconds counting down and what comes next.
        rest, nodes = wait_for(app, "a rest's countdown",
                               lambda nodes: counter(nodes, r"\d+ seconds")
                               and one(nodes, lambda n: n.name.startswith("Next: ")), 40)
        if rest:
            print("rest:", counter(nodes, r"\d+ seconds"), flush=True)

        # The pain stop, pressed as a screen reader user would, and the summary's figures.
        press(screen(app), "Pain")
        figures, nodes = wait_for(
            app, "the summary's figures",
            lambda nodes: one(nodes, lambda n: re.fullmatch(
                r"\d+ of 450 repetitions · time taken \d+:\d\d", n.name)), 20)
        if figures:
            every_control_named(nodes, "summary")
            if not one(nodes, lambda n: n.name == "Stopped for pain"):
                fail("the summary does not say it stopped for pain")
            cells = [n for n in nodes if n.role == pyatspi.ROLE_TABLE_CELL]
            done = [n for n in cells if re.fullmatch(r"\d+ / \d+", n.name)]
            if not done:
                fail("the summary's table gives no 'done / prescribed' cells: "
                     + ", ".join(map(repr, cells[:12])))
            print("summary:", figures, "|", len(done), "cells like", done[:1], flush=True)

        press(nodes, "Back to home")
        home, nodes = wait_for(app, "Home", lambda nodes: one(
            nodes, lambda n: n.role == pyatspi.ROLE_PUSH_BUTTON and n.name.startswith("Start")),
            20)
        if home:
            every_control_named(nodes, "home")
            print("home:", home, flush=True)
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
        bus.terminate()
        bus.wait(10)

    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("everything a screen reader needs is there")
    return 0


if __name__ == "__main__":
    sys.exit(main())
