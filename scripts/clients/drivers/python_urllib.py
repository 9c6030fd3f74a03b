"""Python's urllib.request as a program calls it: urlopen, or an opener with a Basic auth handler
when credentials are given. Tasks come as JSON on stdin, outcomes go as JSON to stdout."""
import concurrent.futures
import json
import sys
import urllib.error
import urllib.request

BODY_PREFIX = 2000


def describe(error):
    if isinstance(error, urllib.error.URLError) and not isinstance(error, urllib.error.HTTPError):
        return "raises URLError (%s)" % type(error.reason).__name__
    return "raises %s" % type(error).__name__


def opener_for(task):
    if task["kind"] != "credentials":
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, task["url"], "harness", "secret")
    return urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(passwords))


def run(task):
    opener = opener_for(task)
    calls = []
    for _ in range(task["times"]):
        data = b"x" * task["body"] if task["body"] else None
        request = urllib.request.Request(task["url"], data=data, method=task["method"])
        try:
            with opener.open(request, timeout=task["timeoutMs"] / 1000) as response:
                body = response.read(BODY_PREFIX).decode("latin-1")
                calls.append({"status": response.status, "error": None, "body": body})
        except urllib.error.HTTPError as error:
            try:
                body = error.read(BODY_PREFIX).decode("latin-1")
            except Exception:
                body = ""
            calls.append({"status": error.code, "error": "raises HTTPError", "body": body})
        except Exception as error:
            calls.append({"status": None, "error": describe(error), "body": ""})
    return {"path": task["path"], "calls": calls}


if __name__ == "__main__":
    if sys.argv[1:] == ["--version"]:
        print(sys.version.split()[0])
        sys.exit(0)
    tasks = json.load(sys.stdin)
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as workers:
        json.dump(list(workers.map(run, tasks)), sys.stdout)
