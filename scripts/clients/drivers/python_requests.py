"""The requests library as a program calls it: one Session per task, requests.Session.request with
the method, data and a timeout, auth=(user, password) when credentials are given. Tasks come as
JSON on stdin, outcomes go as JSON to stdout."""
import concurrent.futures
import json
import sys

import requests
import urllib3

BODY_PREFIX = 2000


def run(task):
    session = requests.Session()
    auth = ("harness", "secret") if task["kind"] == "credentials" else None
    calls = []
    for _ in range(task["times"]):
        data = b"x" * task["body"] if task["body"] else None
        try:
            response = session.request(task["method"], task["url"], data=data, auth=auth, timeout=task["timeoutMs"] / 1000)
            calls.append({"status": response.status_code, "error": None, "body": response.content[:BODY_PREFIX].decode("latin-1")})
        except Exception as error:
            calls.append({"status": None, "error": "raises %s" % type(error).__name__, "body": ""})
    session.close()
    return {"path": task["path"], "calls": calls}


if __name__ == "__main__":
    if sys.argv[1:] == ["--version"]:
        print("%s (urllib3 %s)" % (requests.__version__, urllib3.__version__))
        sys.exit(0)
    tasks = json.load(sys.stdin)
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as workers:
        json.dump(list(workers.map(run, tasks)), sys.stdout)
