"""Opens the form and submits it for each code on standard input, over one keep-alive
connection, as a phone would: GET /evaluering?kode=…, then POST /evaluering. Fails loudly if a
submission is not answered with 303 to the receipt; prints the seconds it took."""
import http.client
import time
import sys
import urllib.parse

port = int(sys.argv[1])
started = time.monotonic()
conn = http.client.HTTPConnection("127.0.0.1", port)
answers = {
    "overall": "very_satisfied",
    "collaboration": "satisfied",
    "difference": "agree",
    "involved": "dont_know",
    "comment": "",
}
for line in sys.stdin:
    code = line.strip()
    if not code:
        continue
    conn.request("GET", "/evaluering?kode=" + urllib.parse.quote(code), headers={"accept-encoding": "br"})
    page = conn.getresponse()
    page.read()
    assert page.status == 200, page.status
    body = urllib.parse.urlencode({"kode": code, **answers})
    conn.request(
        "POST",
        "/evaluering",
        body=body,
        headers={"content-type": "application/x-www-form-urlencoded", "origin": f"http://127.0.0.1:{port}"},
    )
    answer = conn.getresponse()
    answer.read()
    location = answer.getheader("location") or ""
    assert answer.status == 303 and location.startswith("/evaluering/kvittering?vis="), (answer.status, location)

print(f"{time.monotonic() - started:.1f}")
