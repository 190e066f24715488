#!/usr/bin/env python3
"""Renders HTML reports in headless Chromium and checks what a reader gets.

usage: test_report.py BINARY [OUT_DIR]

- reports/seeds.html (kept fresh by the reports:fresh test): one card per finding of
  reports/seeds.json; the filters (level, type, source) change what is visible, by mouse
  click and by keyboard; a "Show in source" link outlines the claim in the full text; the
  report's own script and style run under its Content-Security-Policy with no violation;
  landmarks and labels are there; on a phone-sized screen nothing overflows sideways.
- tests/cases/report-hostile: articles full of <script>, onerror=, </div> payloads. The
  report is built with BINARY, and no payload may run or become an element.

Screenshots (desktop and phone) are written to OUT_DIR (default: a temporary folder) so a
person can look at them. Exits 77 (ctest: skipped) when Chromium is not installed.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, find_chromium  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SKIP = 77


class Failures:
    def __init__(self):
        self.items = []

    def check(self, condition, message):
        print(("ok   " if condition else "FAIL ") + message)
        if not condition:
            self.items.append(message)


def visible_cards(page):
    return page.evaluate(
        "Array.from(document.querySelectorAll('.finding[data-level]'))"
        ".filter(c => c.offsetParent !== null).map(c => c.id)")


def wait_for(page, expression, seconds=5):
    """Evaluates `expression` until it is true (events such as hashchange run later)."""
    deadline = time.monotonic() + seconds
    while True:
        value = page.evaluate(expression)
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.05)


def status(page):
    return page.evaluate("document.getElementById('filter-status').textContent")


def click(page, selector):
    """A real mouse click in the middle of the element, after scrolling it into view."""
    box = page.evaluate(
        f"(function(){{var e=document.querySelector({json.dumps(selector)});"
        "e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
        "return [r.left + r.width/2, r.top + r.height/2];})()")
    for kind in ("mousePressed", "mouseReleased"):
        page.call("Input.dispatchMouseEvent",
                  {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1})


# WCAG 2 contrast of every visible text against its nearest opaque background: at least
# 4.5:1, or 3:1 for large text. Returns the elements below that.
LOW_CONTRAST = """(function () {
  function parse(c) {
    var m = /rgba?\\(([^)]+)\\)/.exec(c);
    if (!m) return null;
    var p = m[1].split(',').map(parseFloat);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  }
  function luminance(c) {
    function channel(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  }
  function background(e) {
    for (; e; e = e.parentElement) {
      var c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return {r: 255, g: 255, b: 255, a: 1};
  }
  var low = [];
  document.querySelectorAll('body *').forEach(function (e) {
    if (e.closest('.sr-only, [hidden], details:not([open])')) return;
    var hasText = Array.prototype.some.call(e.childNodes, function (n) {
      return n.nodeType === 3 && n.textContent.trim();
    });
    if (!hasText) return;
    var style = getComputedStyle(e);
    var a = luminance(parse(style.color)), b = luminance(background(e));
    var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    var size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    if (ratio < (size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5))
      low.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + ratio.toFixed(2));
  });
  return low;
})()"""


def check_contrast(browser, url, f):
    for scheme in ("light", "dark"):
        page = browser.open(url, width=1280, height=900)
        page.call("Emulation.setEmulatedMedia",
                  {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        low = page.evaluate(LOW_CONTRAST)
        f.check(not low, f"{scheme} scheme: every text meets WCAG AA contrast ({sorted(set(low))[:3]})")


def check_seeds(browser, out_dir, f):
    with open(os.path.join(ROOT, "reports", "seeds.json"), encoding="utf-8") as handle:
        expected = [finding["id"] for finding in json.load(handle)["findings"]]
    url = "file://" + os.path.join(ROOT, "reports", "seeds.html")
    page = browser.open(url, width=1280, height=900)
    page.call("Log.enable")

    cards = page.evaluate("Array.from(document.querySelectorAll('.finding')).map(c => c.id)")
    f.check(cards == ["f-" + i for i in expected],
            f"a card for each of the {len(expected)} findings in reports/seeds.json, in order")
    f.check(page.evaluate("document.getElementById('filters').hidden") is False,
            "the report's own script ran under its Content-Security-Policy (filters shown)")
    f.check(visible_cards(page) == cards, "all cards visible before filtering")

    levels = page.evaluate("Array.from(document.querySelectorAll('input[name=level]')).map(i => i.value)")
    for level in levels:
        expected_visible = page.evaluate(
            f"Array.from(document.querySelectorAll('.finding')).filter(c => c.dataset.level !== '{level}').map(c => c.id)")
        click(page, f"input[name=level][value='{level}']")
        f.check(visible_cards(page) == expected_visible,
                f"unticking level {level} hides its {len(cards) - len(expected_visible)} cards")
        f.check(status(page).startswith(f"Showing {len(expected_visible)} of {len(cards)}"),
                f"the status line counts them: {status(page)!r}")
        empty_shown = page.evaluate("!document.getElementById('filter-empty').hidden")
        f.check(empty_shown == (len(expected_visible) == 0), "the empty message matches")
        click(page, f"input[name=level][value='{level}']")
    f.check(visible_cards(page) == cards, "ticking the levels again shows every card")

    sources = page.evaluate("Array.from(document.querySelectorAll('input[name=source]')).map(i => i.value)")
    for source in sources:
        click(page, f"input[name=source][value='{source}']")
    f.check(visible_cards(page) == [], "unticking every source hides every card")
    last = sources[-1]
    click(page, f"input[name=source][value='{last}']")
    involved = page.evaluate(
        "Array.from(document.querySelectorAll('.finding')).filter(c => c.dataset.sources.split(' ')"
        f".includes('{last}')).map(c => c.id)")
    f.check(visible_cards(page) == involved and involved,
            f"ticking source {last} alone shows the {len(involved)} findings it takes part in")
    click(page, "#filter-reset")
    f.check(visible_cards(page) == cards, "Show all brings every card back")

    # Keyboard: Tab moves to the filter checkboxes, Space ticks and unticks.
    page.evaluate("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    first_type = page.evaluate("document.querySelector('input[name=type]').value")
    reached = False
    for _ in range(400):
        page.press("Tab", "Tab")
        if page.evaluate("document.activeElement.name === 'type'"):
            reached = True
            break
    f.check(reached, "the type filter is reachable with Tab")
    if reached:
        page.press(" ", "Space", text=" ")
        hidden = page.evaluate(
            f"Array.from(document.querySelectorAll('.finding')).filter(c => c.dataset.type === '{first_type}').length")
        f.check(len(visible_cards(page)) == len(cards) - hidden,
                f"Space on the focused checkbox unticks type {first_type}")
        page.press(" ", "Space", text=" ")
        f.check(visible_cards(page) == cards, "Space again ticks it")
    f.check(page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none",
            "the focused control shows a focus outline")

    # "Show in source" jumps to the claim in the full text and outlines it.
    link = page.evaluate("document.querySelector('.finding .evidence-where a').getAttribute('href')")
    click(page, ".finding .evidence-where a")
    f.check(wait_for(page, f"location.hash === {json.dumps(link)}"), f"Show in source opens {link}")
    claim = link.replace("#claim-", "")
    f.check(wait_for(page, f"document.querySelectorAll('[data-claims~=\"{claim}\"].is-target').length > 0"),
            "the claim is outlined in the full text")
    f.check(page.evaluate(f"document.getElementById('{link[1:]}').closest('.source-text') !== null"),
            "the anchor lies in a source's full text")

    f.check(page.evaluate("document.querySelectorAll('main').length === 1 && "
                          "!!document.querySelector('header') && !!document.querySelector('nav') && "
                          "!!document.querySelector('footer') && !!document.querySelector('h1')"),
            "landmarks: one main, a header, nav, footer and h1")
    f.check(page.evaluate("Array.from(document.querySelectorAll('input')).every(i => i.closest('label'))"),
            "every filter input has a label")
    f.check(page.evaluate("document.documentElement.lang") == "en", "the page declares its language")
    matrix_rows = page.evaluate("document.querySelectorAll('table.matrix tbody tr').length")
    f.check(matrix_rows > 0, f"the facts matrix has rows ({matrix_rows})")

    logs = [e["params"]["entry"] for e in browser.events
            if e.get("method") == "Log.entryAdded" and e.get("sessionId") == page.session]
    violations = [entry["text"] for entry in logs if "Content Security Policy" in entry.get("text", "")]
    f.check(not violations, f"no Content-Security-Policy violation ({violations[:1]})")
    errors = [e for e in browser.events
              if e.get("method") == "Runtime.exceptionThrown" and e.get("sessionId") == page.session]
    f.check(not errors, "no script error")

    page.evaluate("location.hash = ''; window.scrollTo(0, 0)")
    shot = page.screenshot(os.path.join(out_dir, "seeds-desktop.png"), full_page=False)
    f.check(os.path.getsize(shot) > 10000, f"desktop screenshot written ({shot})")

    check_contrast(browser, url, f)

    phone = browser.open(url, width=390, height=844, mobile=True, scale=2)
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    f.check(overflow <= 0, f"on a 390px phone nothing overflows sideways ({overflow}px)")
    f.check(phone.evaluate("parseFloat(getComputedStyle(document.querySelector('.sentence')).fontSize)") >= 14,
            "evidence text stays readable on a phone (>= 14px)")
    shot = phone.screenshot(os.path.join(out_dir, "seeds-phone.png"), full_page=False)
    f.check(os.path.getsize(shot) > 10000, f"phone screenshot written ({shot})")


def check_hostile(binary, browser, out_dir, f):
    case = os.path.join(ROOT, "tests", "cases", "report-hostile")
    report = os.path.join(out_dir, "hostile.html")
    result = subprocess.run([binary, "compare", "draft.md", "wire.txt", "page.html", "--format",
                             "html", "--fail-on", "never", "-q", "-o", report],
                            cwd=case, capture_output=True, timeout=120)
    f.check(result.returncode == 0, "the hostile report is written")
    page = browser.open("file://" + report, width=1280, height=900)
    f.check(page.evaluate("typeof window.pwned") == "undefined", "no payload from an article ran")
    f.check(page.evaluate("document.querySelectorAll('script').length") == 1,
            "the only script element is the report's own")
    f.check(page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0,
            "no image, svg or frame element came from an article")
    f.check(page.evaluate("Array.from(document.querySelectorAll('*')).every(e => "
                          "Array.from(e.attributes).every(a => !a.name.startsWith('on')))"),
            "no element has an event-handler attribute")
    text = page.evaluate("document.body.innerText")
    f.check("<script>window.pwned=1</script>" in text, "the <script> payload shows as text")
    f.check("<img src=x onerror=window.pwned=2>" in text, "the onerror payload shows as text")
    f.check("</div></article>" in text, "closing tags show as text")
    f.check("{{headline}}" in text, "template tags show as text")
    title = page.evaluate("document.title")
    f.check("</title><script>" in title, f"the title keeps the payload as text ({title!r})")
    # The draft drops a "not" both other articles print: one finding, three sentences.
    f.check(page.evaluate("document.querySelectorAll('.finding').length") == 1,
            "the one finding is shown as a card")
    f.check(page.evaluate("document.querySelectorAll('.finding .evidence').length") == 3,
            "the card shows the draft's sentence and both articles'")
    page.screenshot(os.path.join(out_dir, "hostile.png"), full_page=False)


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    if not find_chromium():
        print("skipped: chromium is not installed (scripts/deps --test installs it)")
        return SKIP
    binary = os.path.abspath(argv[0])
    out_dir = argv[1] if len(argv) > 1 else tempfile.mkdtemp(prefix="crosscheck-browser-")
    os.makedirs(out_dir, exist_ok=True)
    f = Failures()
    with Browser() as browser:
        check_seeds(browser, out_dir, f)
        check_hostile(binary, browser, out_dir, f)
    print(f"{len(f.items)} failures; screenshots in {out_dir}")
    return 1 if f.items else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
