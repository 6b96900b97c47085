"""Schema-aware fuzzing of GridGov's `POST /graphql`, run by CI against a live server.

Why: the API tests check the stories someone thought of. This throws what nobody thought of
at a running server: queries and mutations generated from `api/schema.graphql` by
hypothesis-graphql (custom scalars get plausible and junk values), documents that break the
schema, mangled text, parser and validator bombs (deep nesting, fragment cycles, fragment
fan-outs, alias and directive floods) and malformed HTTP bodies, each sent anonymously and
with a signed-in token (a county admin, a grid worker, a department, in turn).

The server may refuse any of it, but only the way a client can handle: a JSON answer below
500, within the time bound, whose errors all carry `extensions.code` (never `INTERNAL`),
and no "panicked" in its log. Anything else fails the run. Cases are drawn from a fixed seed,
so a run is repeatable; the closing line is `fuzz: N passed, M failed` (cases).

    tests/fuzz/fuzz_graphql.py --url http://127.0.0.1:8080 [--cases 1500] [--timeout 5]
                               [--seed 2026] [--server-log server.log]
"""

import argparse
import collections
import datetime
import http.client
import json
import os
import re
import sys
import time
import urllib.parse
from pathlib import Path

import graphql
import hypothesis_graphql as hg
from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
from hypothesis import strategies as st
from hypothesis_graphql import nodes

TENANT, PASSWORD = "371599", "GridGov#2026"
USERS = ("admin", "grid.qh01", "dept.cg")
NOT_GENERATED = {"logout"}  # it would revoke the fuzzer's own token
JSON_BODY = "application/json"

# --- values -------------------------------------------------------------------------------

NAMES = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True)
JUNK_TEXT = st.text(max_size=40) | st.sampled_from(
    ["", " ", "null", "0", "-1", "9" * 40, "\x00", "\u202e\u200b", "😀" * 8, "'; drop table x;--",
     "../../etc/passwd", "%s%n", "2026-02-30", "1e309", "NaN", "v1:key:AAAA", "UmVnaW9uOjE="])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | JUNK_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(NAMES, inner, max_size=4),
    max_leaves=12,
)


def literal(value):
    """A JSON value as a GraphQL literal node."""
    if isinstance(value, list):
        return nodes.List([literal(v) for v in value])
    if isinstance(value, dict):
        return nodes.Object([graphql.ObjectFieldNode(name=graphql.NameNode(value=k), value=literal(v))
                             for k, v in value.items()])
    leaves = {type(None): lambda _: nodes.Null, bool: nodes.Boolean, int: nodes.Int, float: nodes.Float,
              str: nodes.String}
    return leaves[type(value)](value)


JUNK_LITERALS = JSON_VALUES.map(literal)
UTC = st.just(datetime.timezone.utc)
DATETIMES = st.datetimes(datetime.datetime(1900, 1, 1), datetime.datetime(2100, 1, 1), timezones=UTC)
DATES = st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 1, 1)).map(str) | st.sampled_from(
    ["2024-02-29", "2023-02-29", "0000-00-00", "99999-01-01", "2026-1-1", "20260101"])
PLAUSIBLE = {  # per scalar name; any other custom scalar only gets junk
    "DateTime": DATETIMES.map(lambda d: d.isoformat().replace("+00:00", "Z")) | st.sampled_from(
        ["2026-13-01T00:00:00Z", "2026-01-01T00:00:00+25:00", "9999-12-31T23:59:59.999999999Z",
         "2026-01-01", "-000001-01-01T00:00:00Z"]),
    "NaiveDate": DATES,
    "Date": DATES,
    "UUID": st.uuids().map(str),
    "Decimal": st.decimals(allow_nan=False, allow_infinity=False).map(str),
    "JSON": JSON_VALUES,
}


def mostly(usual, rare, odds=10):
    """`usual` `odds` times as often as `rare` (`st.one_of` would pick each alike)."""
    return st.sampled_from([usual] * odds + [rare]).flatmap(lambda strategy: strategy)


def custom_scalars(schema, ids):
    """Every custom scalar, plus `ID` so that arguments also name the demo county's real rows."""
    builtin = {"Int", "Float", "String", "ID", "Boolean"}
    scalars = [n for n, t in schema.type_map.items()
               if isinstance(t, graphql.GraphQLScalarType) and n not in builtin]
    # Mostly plausible values, so that most documents get past validation into the resolvers.
    chosen = {n: mostly(PLAUSIBLE[n].map(literal), JUNK_LITERALS) if n in PLAUSIBLE else JUNK_LITERALS
              for n in scalars}
    if ids:
        chosen["ID"] = mostly(st.sampled_from(ids).map(nodes.String), JUNK_TEXT.map(nodes.String) | JUNK_LITERALS)
    return chosen


# --- documents and bodies -----------------------------------------------------------------
# A case is (kind, body bytes, content type or None); its body is sent twice.


def body(doc, **extra):
    return json.dumps({"query": doc, **extra}).encode()


def mangle(draw, doc):
    """A small edit that most likely breaks a valid document."""
    at = draw(st.integers(0, len(doc)))
    edits = {
        "truncate": lambda: doc[:at],
        "brace": lambda: doc[:at] + draw(st.sampled_from("{}()[]:$@.\"")) * draw(st.integers(1, 3)) + doc[at:],
        "unknown field": lambda: doc.replace("{", "{ noSuchField(x: 1) { y } ", 1),
        "control chars": lambda: doc[:at] + draw(st.text(st.sampled_from(
            "\x00\x01\x07\x08\x0b\x1b\x7f\x85\u2028\ufeff\U0010ffff"), min_size=1, max_size=4)) + doc[at:],
        "huge number": lambda: doc[:at] + draw(st.sampled_from(
            ["99999999999999999999999999", "-9223372036854775809", "1e999", "0x1F", "-0", ".5"])) + doc[at:],
        "cut span": lambda: doc[:at] + doc[at + draw(st.integers(1, 30)):],
        "keyword": lambda: draw(st.sampled_from(
            ["subscription ", "mutation ", "query Q($x: Int) ", "fragment F on Query ", "extend type Query "]))
        + doc.lstrip().removeprefix("mutation").removeprefix("query"),
        "directive": lambda: doc.replace("}", draw(st.sampled_from(
            ["@skip(if: true)", "@include(if: $nope)", "@deprecated", "@noSuchDirective",
             "@skip(if: false)" * 12])) + " }", 1),
    }
    name = draw(st.sampled_from(sorted(edits)))
    return f"mangled/{name}", edits[name]()


def bomb(draw, max_levels):
    """Documents whose cost grows much faster than their size."""
    shape = draw(st.sampled_from(
        ["deep selection", "deep list", "deep object", "fragment cycle", "fragment bomb",
         "aliases", "repeated field", "directives", "operations", "long string"]))
    n = draw(st.integers(1, 6000))
    label = f"bomb/{shape} {n}"
    if shape == "deep selection":
        doc = "{" + "a{" * n + "a" + "}" * (n + 1)
    elif shape == "deep list":
        doc = "{ node(id: " + "[" * n + "1" + "]" * n + ") { id } }"
    elif shape == "deep object":
        doc = "{ node(id: " + "{a:" * n + "1" + "}" * n + ") { id } }"
    elif shape == "fragment cycle":
        k = draw(st.integers(1, 4))
        doc = "{ ...F0 } " + " ".join(f"fragment F{i} on Query {{ __typename ...F{(i + 1) % k} }}"
                                       for i in range(k))
    elif shape == "fragment bomb":
        levels, fan = draw(st.integers(2, max_levels)), draw(st.integers(2, 3))
        leaf = draw(st.sampled_from(["__typename", "me { id }", "regions(first: 1) { nodes { id } }"]))
        doc = "query { ...F0 } " + " ".join(
            f"fragment F{i} on Query {{ {f'...F{i + 1} ' * fan}}}" for i in range(levels)
        ) + f" fragment F{levels} on Query {{ {leaf} }}"
        label = f"bomb/fragment bomb {levels}x{fan}"
    elif shape == "aliases":
        doc = "{ " + " ".join(f"a{i}: __typename" for i in range(n)) + " }"
    elif shape == "repeated field":
        doc = "{ " + "__typename " * n + "}"
    elif shape == "directives":
        doc = "{ __typename " + "@skip(if: false) " * (n // 10 + 1) + "}"
    elif shape == "operations":
        doc = " ".join(f"query Q{i} {{ __typename }}" for i in range(n // 10 + 2))
        return label, body(doc, operationName=draw(st.sampled_from([None, "Q1", "Q999999", ""]))), JSON_BODY
    else:
        doc = '{ node(id: "' + "x" * (n * 150) + '") { id } }'
    return label, body(doc), JSON_BODY


def variables_case(draw, schema):
    """A root field with every argument passed as a variable: declared right or wrong, and
    given a plausible, junk or missing JSON value."""
    root = draw(st.sampled_from(["query", "mutation"]))
    fields = (schema.query_type if root == "query" else schema.mutation_type).fields
    name = draw(st.sampled_from(sorted(f for f, d in fields.items() if d.args and f not in NOT_GENERATED)))
    field = fields[name]
    declared, values = [], {}
    for arg, spec in field.args.items():
        wrong = draw(st.sampled_from([None, None, "Int", "String!", "[ID!]!", "JSON", "NoSuchType"]))
        declared.append(f"${arg}: {wrong or spec.type}")
        if draw(st.booleans()):
            values[arg] = draw(JSON_VALUES | st.floats() | st.integers(2**53, 2**80))
    leaf = isinstance(graphql.get_named_type(field.type), (graphql.GraphQLScalarType, graphql.GraphQLEnumType))
    args = ", ".join(f"{a}: ${a}" for a in field.args)
    doc = f"{root} V({', '.join(declared)}) {{ {name}({args}) {'' if leaf else '{ __typename }'} }}"
    variables = draw(st.sampled_from([values, values, [values], "x", None]))
    return "variables", body(doc, variables=variables), JSON_BODY


def multipart(doc, parts):
    chunks = [f'--B\r\nContent-Disposition: form-data; name="{n}"{f"; filename={n}.jpg" if f else ""}'
              f'\r\n\r\n'.encode() + v + b"\r\n" for n, v, f in parts]
    return b"".join(chunks) + b"--B--\r\n"


def http_case(draw, doc):
    """Bodies and content types that are not a well-formed GraphQL-over-HTTP request."""
    good = body(doc)
    photos = 'mutation($p: [Upload!]!) { attachEventPhotos(input: {id: "x", photos: $p}) { __typename } }'
    ops = json.dumps({"query": photos, "variables": {"p": [None, None]}}).encode()
    shapes = {
        "batch": lambda: json.dumps([{"query": doc}] * draw(st.integers(0, 3))).encode(),
        "json scalar": lambda: draw(st.sampled_from([b"1", b'"{ __typename }"', b"null", b"true", b"{}", b""])),
        "wrong shape": lambda: json.dumps(draw(st.dictionaries(
            st.sampled_from(["query", "variables", "operationName", "extensions"]), JSON_VALUES))).encode(),
        "raw document": lambda: doc.encode(),
        "random bytes": lambda: draw(st.binary(max_size=300)),
        "flipped byte": lambda: (lambda i: good[:i] + bytes([draw(st.integers(0, 255))]) + good[i + 1:])(
            draw(st.integers(0, len(good) - 1))),
        "lone surrogate": lambda: b'{"query": "{ node(id: \\"\\ud800\\") { id } }"}',
        "duplicate keys": lambda: b'{"query": "{ __typename }", "query": ' + json.dumps(doc).encode() + b"}",
        "deep json": lambda: (lambda n: b'{"query": "{ __typename }", "variables": {"a": '
                              + b"[" * n + b"]" * n + b"}}")(draw(st.integers(50, 5000))),
        "oversized": lambda: b'{"query": "' + b"x" * (1 << 20) + b'"}',
        "multipart": lambda: multipart(doc, draw(st.sampled_from([
            [("operations", ops, False), ("map", b'{"0": ["variables.p.0"], "1": ["variables.p.1"]}', False),
             ("0", b"\xff\xd8\xff\xe0junk", True), ("1", b"", True)],
            [("operations", ops, False), ("map", b'{"0": ["variables.nope.9.x"]}', False), ("0", b"x", True)],
            [("operations", ops, False), ("map", b"not json", False)],
            [("map", b"{}", False)],
            [("operations", b"[" + ops + b"]", False), ("map", b"{}", False)],
        ]))),
    }
    name = draw(st.sampled_from(sorted(shapes)))
    payload = shapes[name]()
    if name == "multipart":
        kind = draw(st.sampled_from(["multipart/form-data; boundary=B", "multipart/form-data",
                                     "multipart/form-data; boundary=Z"]))
    elif name == "raw document":
        kind = draw(st.sampled_from(["application/graphql", "text/plain", None]))
    else:
        kind = draw(st.sampled_from([JSON_BODY, JSON_BODY, None, "text/plain", "application/json; charset=utf-16",
                                     "application/x-www-form-urlencoded", "application/graphql-response+json"]))
    return f"http/{name}", payload, kind


def cases(schema, ids, max_levels):
    scalars = custom_scalars(schema, ids)
    mutation_fields = [f for f in schema.mutation_type.fields if f not in NOT_GENERATED]
    queries = hg.queries(schema, custom_scalars=scalars)
    mutations = hg.mutations(schema, fields=mutation_fields, custom_scalars=scalars)
    valid = queries | mutations
    negative = (hg.queries(schema, custom_scalars=scalars, mode=hg.Mode.NEGATIVE)
                | hg.mutations(schema, fields=mutation_fields, custom_scalars=scalars, mode=hg.Mode.NEGATIVE))

    @st.composite
    def case(draw):
        kind = draw(st.sampled_from(["query"] * 6 + ["mutation"] * 4 + ["negative"] * 2 + ["mangled"] * 3
                                    + ["variables"] * 2 + ["bomb"] * 2 + ["http"] * 2))
        if kind == "query":
            return kind, body(draw(queries)), JSON_BODY
        if kind == "mutation":
            return kind, body(draw(mutations)), JSON_BODY
        if kind == "negative":
            return kind, body(draw(negative)), JSON_BODY
        if kind == "mangled":
            name, doc = mangle(draw, draw(valid))
            return name, body(doc), JSON_BODY
        if kind == "variables":
            return variables_case(draw, schema)
        if kind == "bomb":
            return bomb(draw, max_levels)
        return http_case(draw, draw(valid))

    return case()


# --- the server ---------------------------------------------------------------------------


class Server:
    def __init__(self, url, timeout, log_path):
        parts = urllib.parse.urlsplit(url)
        self.host, self.port, self.timeout = parts.hostname, parts.port or 80, timeout
        self.log_path, self.log_offset = log_path, 0
        self.tokens = {}

    def send(self, method, path, payload=b"", content_type=None, token=None, timeout=None):
        """(status, body, seconds, connection error)."""
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout or self.timeout + 1)
        headers = {"Content-Length": str(len(payload))}
        if content_type:
            headers["Content-Type"] = content_type
        if token:
            headers["Authorization"] = f"Bearer {token}"
        start = time.monotonic()
        try:
            conn.request(method, path, body=payload, headers=headers)
            response = conn.getresponse()
            return response.status, response.read(), time.monotonic() - start, None
        except (OSError, http.client.HTTPException) as error:
            return None, b"", time.monotonic() - start, f"{type(error).__name__}: {error}"
        finally:
            conn.close()

    def sign_in(self, user):
        """Whether `user` signed in; a fuzzed mutation may have disabled it since."""
        query = "mutation($i: LoginInput!) { login(input: $i) { accessToken } }"
        variables = {"i": {"tenantCode": TENANT, "username": user, "password": PASSWORD}}
        status, data, _, error = self.send("POST", "/graphql", body(query, variables=variables), JSON_BODY,
                                           timeout=30)
        try:
            self.tokens[user] = json.loads(data)["data"]["login"]["accessToken"]
            return True
        except (ValueError, TypeError, KeyError):
            print(f"fuzz: cannot sign in as {user}: {error or status} {data[:200]!r}", flush=True)
            return False

    def harvest_ids(self, schema, user):
        """Ids of real rows, in the server's order: each root list or connection without required
        arguments, read once as `user`."""
        ids = []
        for name, field in schema.query_type.fields.items():
            named = graphql.get_named_type(field.type)
            if any(graphql.is_required_argument(a) for a in field.args.values()) \
                    or not isinstance(named, graphql.GraphQLObjectType):
                continue
            selection = "{ nodes { id } }" if "nodes" in named.fields else "{ id }" if "id" in named.fields else None
            if selection:
                first = "(first: 100)" if "first" in field.args else ""
                data = self.send("POST", "/graphql", body(f"{{ {name}{first} {selection} }}"), JSON_BODY,
                                 self.tokens[user], timeout=30)[1]
                ids += re.findall(r'"id":"([^"]+)"', data.decode(errors="replace"))
        return list(dict.fromkeys(ids))

    def ready(self, within):
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if self.send("GET", "/readyz", timeout=2)[0] == 200:
                return True
            time.sleep(1)
        return False

    def new_panics(self):
        """Lines of the server's log since the last call that say it panicked or aborted."""
        if not self.log_path or not os.path.exists(self.log_path):
            return []
        with open(self.log_path, "rb") as log:
            log.seek(self.log_offset)
            text = log.read()
            self.log_offset = log.tell()
        return [line.decode(errors="replace").strip() for line in text.splitlines()
                if re.search(rb"panicked|overflowed its stack|fatal runtime error", line)]


class Stopped(Exception):
    """The server stopped answering: the run ends before CI's time does."""


def verdict(status, data, seconds, error, bound):
    """Why this answer fails, or None; and the error code it carried, for the tally."""
    if error:
        return f"no answer ({error})", None
    if status >= 500:
        return f"server error {data[:160]!r}", None
    if seconds > bound:
        return f"slower than {bound}s", None
    try:
        answer = json.loads(data)
    except ValueError:
        return f"body is not JSON: {data[:80]!r}", None
    if not isinstance(answer, dict) or not isinstance(answer.get("errors", []), list):
        return f"not a GraphQL response: {data[:120]!r}", None
    codes = []
    for error_ in answer.get("errors") or []:
        code = (error_.get("extensions") or {}).get("code") if isinstance(error_, dict) else None
        if not isinstance(code, str):
            return f"error without extensions.code: {json.dumps(error_)[:160]}", None
        if code == "INTERNAL":
            return f"INTERNAL error: {json.dumps(error_)[:160]}", code
        codes.append(code)
    return None, (codes[0] if codes else "data")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("GRIDGOV_URL", "http://127.0.0.1:8080"))
    parser.add_argument("--schema", default=str(Path(__file__).resolve().parents[2] / "api/schema.graphql"))
    parser.add_argument("--cases", type=int, default=1500)
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds one answer may take")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--server-log", help="the server's log, watched for 'panicked' and aborts")
    parser.add_argument("--show", type=int, default=20, help="failures listed in full")
    parser.add_argument("--bomb-levels", type=int, default=25, help="deepest fragment fan-out bomb")
    args = parser.parse_args()

    schema = graphql.build_schema(Path(args.schema).read_text())
    server = Server(args.url, args.timeout, args.server_log)
    if not all([server.sign_in(user) for user in USERS]):
        print("fuzz: 0 passed, 1 failed")
        return 1
    ids = server.harvest_ids(schema, USERS[0])
    print(f"fuzzing {args.url} with {args.cases} cases ({len(ids)} real ids), seed {args.seed}", flush=True)
    failures, seen = [], collections.Counter()
    run = {"cases": 0, "failed": 0, "no answer": 0, "stopped": False}
    slowest = (0.0, 0, "")
    case_strategy = cases(schema, ids, args.bomb_levels)
    started = time.monotonic()

    @seed(args.seed)
    @settings(max_examples=args.cases, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck), verbosity=Verbosity.quiet)
    @given(st.data())
    def fuzz(data):
        nonlocal slowest
        kind, payload, content_type = data.draw(case_strategy)
        if run["stopped"]:
            raise Stopped  # Hypothesis replays the failing case once before it reports
        run["cases"] += 1
        user = USERS[run["cases"] % len(USERS)]
        problems = []
        for who in ("anonymous", user):
            status, answer, seconds, error = server.send(
                "POST", "/graphql", payload, content_type, server.tokens.get(who))
            problem, code = verdict(status, answer, seconds, error, args.timeout)
            seen[f"{status} {code}" if status else "no answer"] += 1
            slowest = max(slowest, (round(seconds, 2), run["cases"], kind))
            problem = problem or "; ".join(server.new_panics()) or None
            if problem:
                problems.append(f"{who}, {f'HTTP {status}, ' if status else ''}{seconds:.2f}s: {problem}")
            if code == "UNAUTHENTICATED" and who in server.tokens and not server.sign_in(who):
                del server.tokens[who]  # a fuzzed mutation disabled it: go on without
            if error:  # a wedged worker loses every other connection: stop before CI's time runs out
                run["no answer"] += 1
                if run["no answer"] >= 5 or not server.ready(within=30):
                    problems += server.new_panics() + ["the server stopped answering: the run ends here"]
                    run["stopped"] = True
                    break
        if problems:
            run["failed"] += 1
            failures.append(f"#{run['cases']} {kind} [{content_type}] {payload[:300]!r}\n      "
                            + "\n      ".join(problems))
        if run["stopped"]:
            raise Stopped
        if run["cases"] % 250 == 0:
            print(f"  {run['cases']}/{args.cases} cases, {run['failed']} failed, "
                  f"{time.monotonic() - started:.0f}s", flush=True)

    try:
        fuzz()
    except Stopped:
        pass
    not_run = args.cases - run["cases"] if run["stopped"] else 0
    late_panics = server.new_panics()
    if late_panics:
        failures.append("server log: " + "; ".join(late_panics[:5]))
    print("answers seen (HTTP status, first error code): "
          + ", ".join(f"{k} ×{v}" for k, v in seen.most_common()))
    print(f"slowest answer: {slowest[0]}s (case #{slowest[1]}, {slowest[2]})")
    for failure in failures[: args.show]:
        print(f"  FAIL {failure}")
    if len(failures) > args.show:
        print(f"  … and {len(failures) - args.show} more")
    failed = run["failed"] + not_run + (1 if late_panics else 0)
    print(f"{run['cases']} cases in {time.monotonic() - started:.0f}s (seed {args.seed}, bound {args.timeout}s)"
          + (f"; {not_run} not run" if not_run else ""))
    print(f"fuzz: {run['cases'] - run['failed']} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
