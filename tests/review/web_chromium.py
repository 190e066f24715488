#!/usr/bin/env python3
"""The web review session driven by a real browser: headless Chromium through
chromedriver (WebDriver, spoken with urllib). The browser opens the address the session
prints, follows the first finding's link, types a note, clicks "Confirmed"; the verdict
must then be in the store, and the page must show the progress. Also checks what the
server refuses: no token, a wrong token, another Host, a cross-origin form.

usage: web_chromium.py CROSSCHECK_BINARY   (exit 77 when chromium or chromedriver is missing)
"""
import json
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import common


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(url, data=None, headers=None, method=None):
    """(status, headers, body) of one request, without following redirects."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def raw_request(port, text):
    """Sends bytes as they are (urllib would fix the Host header) and returns the status."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(text.encode())
        reply = s.recv(4096).decode(errors="replace")
    return int(reply.split(" ")[1])


class WebDriver:
    """The few WebDriver commands the test needs (W3C protocol)."""

    ELEMENT = "element-6066-11e4-a52e-4f735466cecf"

    def __init__(self, port, profile):
        self.base = f"http://127.0.0.1:{port}"
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        options = {"binary": chromium,
                   "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                            "--disable-dev-shm-usage", f"--user-data-dir={profile}"]}
        value = self.call("POST", "/session", {
            "capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}})
        self.session = f"/session/{value['sessionId']}"

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read())["value"]
        except urllib.error.HTTPError as error:
            common.fail(f"webdriver {method} {path}: {error.read().decode()[:500]}")

    def go(self, url):
        self.call("POST", self.session + "/url", {"url": url})

    def find(self, css):
        value = self.call("POST", self.session + "/element",
                          {"using": "css selector", "value": css})
        common.check(isinstance(value, dict) and self.ELEMENT in value, f"no element {css}: {value}")
        return value[self.ELEMENT]

    def click(self, element):
        self.call("POST", f"{self.session}/element/{element}/click", {})

    def type(self, element, text):
        self.call("POST", f"{self.session}/element/{element}/value", {"text": text})

    def attribute(self, element, name):
        return self.call("GET", f"{self.session}/element/{element}/attribute/{name}")

    def url(self):
        return self.call("GET", self.session + "/url")

    def source(self):
        return self.call("GET", self.session + "/source")

    def quit(self):
        self.call("DELETE", self.session)


def read_address(process, timeout=60):
    deadline = time.time() + timeout
    text = ""
    while time.time() < deadline:
        ready, _, _ = select.select([process.stderr], [], [], 0.5)
        if ready:
            line = process.stderr.readline()
            if not line:
                break
            text += line
            match = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]+)", line)
            if match:
                return match.group(0), int(match.group(1)), match.group(2)
    common.fail(f"the session printed no address; stderr so far:\n{text}")


def check_refusals(address, port, token, finding):
    base = f"http://127.0.0.1:{port}"
    status, headers, body = http(address)
    common.check(status == 200, f"GET with the token: {status}")
    policy = headers.get("Content-Security-Policy", "")
    common.check("default-src 'none'" in policy and "script" not in policy,
                 f"content security policy allows too much: {policy}")
    common.check("<script" not in body, "the page carries a script")
    common.check(http(base + "/")[0] == 403, "GET without the token was not refused")
    common.check(http(base + "/?token=" + "0" * 32)[0] == 403, "a wrong token was not refused")
    common.check(raw_request(port, f"GET /?token={token} HTTP/1.1\r\nHost: evil.example:{port}\r\n"
                                   "\r\n") == 403, "another Host was not refused")
    form = f"token={token}&id={finding}&verdict=dismissed&note=x&filter=all".encode()
    status, _, _ = http(base + "/mark", data=form, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Origin": "http://evil.example"})
    common.check(status == 403, f"a cross-origin form was not refused: {status}")
    status, _, _ = http(base + "/mark", data=form.replace(token.encode(), b"0" * 32),
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    common.check(status == 403, f"a form without the right token was not refused: {status}")


def main():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if not chromium or not chromedriver:
        common.skip("chromium and chromedriver are needed (apt-get install chromium chromium-driver)")
    tmp = common.workspace()
    store = os.path.join(tmp, "verdicts.db")
    expected = common.findings(tmp)
    common.check(len(expected) >= 2, "the seeds should give at least two findings")
    session = subprocess.Popen(
        [common.binary(), "review", "story", "--web", "--store", store, "--reviewer", "webtester"],
        cwd=tmp, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True)
    driver_process = None
    driver = None
    try:
        address, port, token = read_address(session)
        check_refusals(address, port, token, expected[0]["id"])
        common.check(common.rows(store) == [], "a refused request wrote to the store")

        driver_port = free_port()
        driver_process = subprocess.Popen([chromedriver, f"--port={driver_port}"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{driver_port}/status", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        driver = WebDriver(driver_port, os.path.join(tmp, "profile"))
        driver.go(address)
        common.check("0 of" in driver.source(), "the overview shows no progress")
        first = driver.find("a.finding")
        common.check(expected[0]["id"] in driver.attribute(first, "href"),
                     "the first link is not the first finding")
        driver.click(first)
        note = driver.find("textarea[name=note]")
        driver.type(note, "Checked against the wire copy <b>in the browser</b>")
        driver.click(driver.find("button[value=confirmed]"))

        # The form redirects to the next finding, and the progress counts the verdict.
        for _ in range(50):
            if expected[1]["id"] in driver.url():
                break
            time.sleep(0.1)
        common.check(expected[1]["id"] in driver.url(),
                     f"after the verdict the browser is at {driver.url()}")
        page = driver.source()
        common.check("1 of " + str(len(expected)) + " reviewed" in page,
                     "the next page does not show 1 reviewed")

        verdicts = common.current(store)
        row = verdicts.get(expected[0]["id"])
        common.check(row is not None, "the verdict clicked in the browser is not in the store")
        common.check(row["verdict"] == "confirmed", f"stored verdict {row['verdict']}")
        common.check(row["note"] == "Checked against the wire copy <b>in the browser</b>",
                     f"stored note {row['note']!r}")
        common.check(row["reviewer"] == "webtester", f"stored reviewer {row['reviewer']}")
        common.check(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", row["at"]),
                     f"time is not UTC ISO-8601: {row['at']}")
        common.check(row["evidence"] and row["snapshot"], "evidence was not kept with the verdict")

        # The note is shown back escaped, not as markup.
        driver.go(address.replace("/?", f"/finding?id={expected[0]['id']}&"))
        page = driver.source()
        common.check("&lt;b&gt;in the browser&lt;/b&gt;" in page, "the note is not escaped")
        common.check("<b>in the browser</b>" not in page, "the note became markup")
    finally:
        if driver:
            driver.quit()
        if driver_process:
            driver_process.terminate()
            driver_process.wait(timeout=10)
        session.send_signal(signal.SIGINT)
        code = session.wait(timeout=20)
        rest = session.stderr.read()
    common.check(code == 0, f"the session ended with {code} on SIGINT: {rest}")
    common.check("stopped" in rest, f"the session did not say it stopped: {rest}")
    shutil.rmtree(tmp, ignore_errors=True)
    print("ok: verdict given in Chromium is in the store")


if __name__ == "__main__":
    main()
