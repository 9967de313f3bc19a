#!/usr/bin/env python3
"""Writes the hostile-input corpus: one data file per case under data/, and cases.json saying what error
each must produce. Run from this folder; the output is committed, this script only documents its origin."""
import copy, json, os

def base(n):
    p = f"c{n:03d}"
    return {
        "dataset": {"id": f"{p}-set", "title": f"Corpus case {n}", "asOf": "2026-11-01"},
        "sources": [{"id": f"{p}-src", "publisher": "Corpus", "title": "Hostile input corpus", "date": "2026-11-01"}],
        "places": [
            {"id": f"{p}-home", "kind": "city", "name": "Home", "nativeName": "家", "country": "CN", "sourceId": f"{p}-src"},
            {"id": f"{p}-away", "kind": "city", "name": "Away", "nativeName": "Далеко", "country": "RU", "sourceId": f"{p}-src"},
        ],
        "partnerships": [{
            "id": f"{p}-pair", "title": "Corpus partnership", "placeIds": [f"{p}-home", f"{p}-away"], "stage": "contact",
            "since": "2020-05", "sourceId": f"{p}-src",
            "sectors": [{"sector": "energy", "status": "agreed", "sourceId": f"{p}-src"}],
        }],
        "trade": [{"id": f"{p}-t1", "reporterId": f"{p}-home", "counterpartId": f"{p}-away", "period": "2025", "value": 1000000, "currency": "CNY", "sourceId": f"{p}-src"}],
        "events": [{"id": f"{p}-e1", "name": "Forum", "kind": "forum", "placeId": f"{p}-home", "start": "2026-11-10", "sourceId": f"{p}-src"}],
    }

cases = []
def case(name, mutate=None, raw=None, path=None, reason=None, generate=None):
    n = len(cases) + 1
    file = f"{n:03d}-{name}.json"
    if generate is None:
        if raw is None:
            doc = base(n)
            mutate(doc, f"c{n:03d}")
            text = json.dumps(doc, ensure_ascii=False, indent=1)
        else:
            text = raw(base(n), f"c{n:03d}") if callable(raw) else raw
        with open(os.path.join("data", file), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    cases.append({"file": file, "subject": f"c{n:03d}-pair", "path": path, "reason": reason, "generate": generate})

def setp(obj, keys, value):
    for k in keys[:-1]:
        obj = obj[k]
    obj[keys[-1]] = value

# Malformed and truncated JSON.
full = json.dumps(base(0))
for i, cut in enumerate([1, 10, 50, 100, 200, 400]):
    case(f"truncated-{cut}", raw=lambda d, p, c=cut: json.dumps(d)[:c], reason="not valid JSON")
for name, text in [("empty", ""), ("whitespace", "   \n "), ("bare-word", "hello"), ("trailing-comma", '{"dataset": {"id": "x",},}'),
                   ("single-quotes", "{'dataset': 1}"), ("nan-literal", '{"dataset": NaN}'), ("infinity-literal", '{"x": Infinity}'),
                   ("unclosed-string", '{"dataset": "abc'), ("two-roots", '{} {}'), ("bom-garbage", "\ufeff\u0000{}"),
                   ("lone-bracket", "]"), ("control-in-json", '{"dataset": "\u0001"}')]:
    case(name, raw=text, reason="")
case("root-array", raw="[1, 2, 3]", path="$", reason="expected an object")
case("root-string", raw='"data"', path="$", reason="expected an object")
case("deeply-nested", raw=lambda d, p: '{"dataset":' + "[" * 200 + "]" * 200 + "}", reason="not valid JSON")
case("deep-objects", raw=lambda d, p: '{"x":' * 100 + "1" + "}" * 100, reason="not valid JSON")

# Wrong types.
for name, keys, value, path in [
    ("value-as-string", ["trade", 0, "value"], "1 million", "$.trade[0].value"),
    ("value-as-object", ["trade", 0, "value"], {"amount": 1}, "$.trade[0].value"),
    ("name-as-number", ["places", 0, "name"], 42, "$.places[0].name"),
    ("placeids-as-string", ["partnerships", 0, "placeIds"], "a,b", "$.partnerships[0].placeIds"),
    ("sectors-as-object", ["partnerships", 0, "sectors"], {"energy": True}, "$.partnerships[0].sectors"),
    ("synthetic-as-string", ["dataset", "synthetic"], "yes", "$.dataset.synthetic"),
    ("sources-as-object", ["sources"], {"id": "x"}, "$.sources"),
    ("date-as-number", ["events", 0, "start"], 20261110, "$.events[0].start"),
    ("id-as-number", ["partnerships", 0, "id"], 7, "$.partnerships[0].id"),
    ("place-as-array", ["places", 0], [1, 2], "$.places[0]"),
    ("count-as-float", ["trade", 0, "value"], True, "$.trade[0].value"),
]:
    case(name, lambda d, p, k=keys, v=value: setp(d, k, v), path=path, reason="expected")

# Missing required fields.
for name, keys, path in [
    ("missing-dataset", ["dataset"], "$.dataset"), ("missing-asof", ["dataset", "asOf"], "$.dataset.asOf"),
    ("missing-place-name", ["places", 0, "name"], "$.places[0].name"), ("missing-native-name", ["places", 1, "nativeName"], "$.places[1].nativeName"),
    ("missing-country", ["places", 0, "country"], "$.places[0].country"), ("missing-stage", ["partnerships", 0, "stage"], "$.partnerships[0].stage"),
    ("missing-source-ref", ["partnerships", 0, "sourceId"], "$.partnerships[0].sourceId"), ("missing-currency", ["trade", 0, "currency"], "$.trade[0].currency"),
    ("missing-trade-value", ["trade", 0, "value"], "$.trade[0].value"), ("missing-period", ["trade", 0, "period"], "$.trade[0].period"),
]:
    def rm(d, p, k=keys):
        o = d
        for x in k[:-1]:
            o = o[x]
        del o[k[-1]]
    case(name, rm, path=path, reason="required")

# Vocabularies.
for name, keys, value, path in [
    ("unknown-sector", ["partnerships", 0, "sectors", 0, "sector"], "basket-weaving", "$.partnerships[0].sectors[0].sector"),
    ("unknown-currency", ["trade", 0, "currency"], "XYZ", "$.trade[0].currency"),
    ("lowercase-currency", ["trade", 0, "currency"], "cny", "$.trade[0].currency"),
    ("unknown-stage", ["partnerships", 0, "stage"], "married", "$.partnerships[0].stage"),
    ("unknown-country", ["places", 0, "country"], "ZZ", "$.places[0].country"),
    ("unknown-status", ["partnerships", 0, "sectors", 0, "status"], "maybe", "$.partnerships[0].sectors[0].status"),
    ("unknown-event-kind", ["events", 0, "kind"], "rave", "$.events[0].kind"),
    ("unknown-place-kind", ["places", 0, "kind"], "village", "$.places[0].kind"),
]:
    case(name, lambda d, p, k=keys, v=value: setp(d, k, v), path=path, reason="unknown")

# Numbers.
for name, value, reason in [("negative-value", -1, "below the minimum"), ("absurd-value", 1e18, "above the plausible maximum"),
                            ("huge-literal", None, "too large to represent")]:
    if value is None:
        case(name, raw=lambda d, p: json.dumps(d).replace('"value": 1000000', '"value": 1e400'), path="$.trade[0].value", reason=reason)
    else:
        case(name, lambda d, p, v=value: setp(d, ["trade", 0, "value"], v), path="$.trade[0].value", reason=reason)
case("huge-digits", raw=lambda d, p: json.dumps(d).replace('"value": 1000000', '"value": ' + "9" * 5000), path="$.trade[0].value", reason="too large")
case("rate-zero", lambda d, p: setp(d, ["trade", 0, "conversions"], [{"currency": "USD", "value": 1, "rate": 0, "sourceId": f"{p}-src"}]), path="$.trade[0].conversions[0].rate", reason="below the minimum")
case("inconsistent-conversion", lambda d, p: setp(d, ["trade", 0, "conversions"], [{"currency": "USD", "value": 999999, "rate": 0.14, "rateDate": "2025", "sourceId": f"{p}-src"}]), path="$.trade[0].conversions[0].value", reason="does not match")
case("self-conversion", lambda d, p: setp(d, ["trade", 0, "conversions"], [{"currency": "CNY", "value": 1000000, "rate": 1, "rateDate": "2025", "sourceId": f"{p}-src"}]), path="$.trade[0].conversions[0].currency", reason="into itself")

# Strings.
case("huge-name", lambda d, p: setp(d, ["places", 0, "name"], "A" * 300_000), path="$.places[0].name", reason="characters long")
case("long-word-note", lambda d, p: setp(d, ["partnerships", 0, "sectors", 0, "notes"], "x" * 100_000), path="$.partnerships[0].sectors[0].notes", reason="characters long")
case("control-char", lambda d, p: setp(d, ["places", 0, "name"], "Ho\u0007me"), path="$.places[0].name", reason="control character")
case("nul-char", lambda d, p: setp(d, ["places", 0, "name"], "Ho\u0000me"), path="$.places[0].name", reason="control character")
case("escape-sequence", lambda d, p: setp(d, ["places", 0, "name"], "\u001b[31mred"), path="$.places[0].name", reason="control character")
for cp in [0x202E, 0x202D, 0x2066, 0x2067, 0x2069]:
    case(f"bidi-{cp:04x}", lambda d, p, c=cp: setp(d, ["places", 0, "name"], f"Ho{chr(c)}me"), path="$.places[0].name", reason="bidirectional")
case("lone-high-surrogate", raw=lambda d, p: json.dumps(d).replace('"Home"', '"Ho\\ud800me"'), path="$.places[0].name", reason="surrogate")
case("lone-low-surrogate", raw=lambda d, p: json.dumps(d).replace('"Home"', '"Ho\\udc00me"'), path="$.places[0].name", reason="surrogate")
case("blank-name", lambda d, p: setp(d, ["places", 0, "name"], "   "), path="$.places[0].name", reason="blank")
case("misspelt-property", lambda d, p: setp(d, ["places", 0, "nativName"], "家"), path="$.places[0].nativName", reason="unknown property")
case("javascript-url", lambda d, p: setp(d, ["sources", 0, "url"], "javascript:alert(1)"), path="$.sources[0].url", reason="not an absolute http")
case("file-url", lambda d, p: setp(d, ["sources", 0, "url"], "file:///etc/passwd"), path="$.sources[0].url", reason="not an absolute http")

# Unsafe ids: traversal, encoding, absolute paths, reserved names.
for name, value in [("traversal", "../../etc/passwd"), ("traversal-backslash", "..\\..\\windows"), ("dot-dot", ".."), ("encoded-dots", "%2e%2e"),
                    ("encoded-slash", "a%2fb"), ("absolute", "/etc/passwd"), ("windows-absolute", "C:\\x"), ("reserved-con", "con"),
                    ("reserved-nul", "nul"), ("reserved-com1", "com1"), ("uppercase", "Pair"), ("space", "a b"), ("unicode-id", "пара"),
                    ("leading-hyphen", "-pair"), ("too-long", "a" * 65), ("empty-id", ""), ("query-chars", "a?b=c"), ("null-byte-id", "a\u0000b")]:
    case(f"id-{name}", lambda d, p, v=value: setp(d, ["partnerships", 0, "id"], v), path="$.partnerships[0].id", reason="")

# Dates.
for name, value, reason in [("feb-30", "2026-02-30", "not a day"), ("month-13", "2026-13", "does not exist"), ("year-0", "0000-01", "outside"),
                            ("far-future", "9999-01-01", "outside"), ("month-00", "2026-00", "does not exist"), ("us-format", "05/12/2024", "not a date"),
                            ("iso-time", "2026-11-10T10:00:00Z", "not a date"), ("feb-29-non-leap", "2025-02-29", "not a day")]:
    case(f"date-{name}", lambda d, p, v=value: setp(d, ["events", 0, "start"], v), path="$.events[0].start", reason=reason)
case("period-day", lambda d, p: setp(d, ["trade", 0, "period"], "2025-05-01"), path="$.trade[0].period", reason="not a day")
case("period-unknown-no-basis", lambda d, p: setp(d, ["trade", 0, "period"], "unknown"), path="$.trade[0].periodNote", reason="stated basis")
case("end-before-start", lambda d, p: setp(d, ["events", 0, "end"], "2026-11-01"), path="$.events[0].end", reason="before it starts")
case("asof-partial", lambda d, p: setp(d, ["dataset", "asOf"], "2026-11"), path="$.dataset.asOf", reason="full date")
case("since-null-no-note", lambda d, p: setp(d, ["partnerships", 0, "since"], None), path="$.partnerships[0].sinceNote", reason="must say why")

# Duplicates and references to nothing.
case("duplicate-place", lambda d, p: d["places"].append(copy.deepcopy(d["places"][0])), path="$.places[2].id", reason="duplicate id")
case("duplicate-partnership", lambda d, p: d["partnerships"].append(copy.deepcopy(d["partnerships"][0])), path="$.partnerships[1].id", reason="duplicate id")
case("duplicate-source", lambda d, p: d["sources"].append(copy.deepcopy(d["sources"][0])), path="$.sources[1].id", reason="duplicate id")
case("duplicate-seed-id", lambda d, p: setp(d, ["places", 1, "id"], "dalian") or setp(d, ["partnerships", 0, "placeIds"], [f"{p}-home", "dalian"]), path=None, reason="refers to place")
case("missing-source", lambda d, p: setp(d, ["partnerships", 0, "sourceId"], "nowhere"), path="$.partnerships[0].sourceId", reason="no valid data file declares")
case("missing-place", lambda d, p: setp(d, ["partnerships", 0, "placeIds"], [f"{p}-home", "atlantis"]), path="$.partnerships[0].placeIds[1]", reason="no valid data file declares")
case("self-partnership", lambda d, p: setp(d, ["partnerships", 0, "placeIds"], [f"{p}-home", f"{p}-home"]), path="$.partnerships[0].placeIds[1]", reason="listed twice")
case("three-places", lambda d, p: setp(d, ["partnerships", 0, "placeIds"], [f"{p}-home", f"{p}-away", f"{p}-home"]), path="$.partnerships[0].placeIds", reason="exactly 2")
case("trade-with-itself", lambda d, p: setp(d, ["trade", 0, "counterpartId"], f"{p}-home"), path="$.trade[0].counterpartId", reason="itself")
case("person-other-place", lambda d, p: setp(d, ["partnerships", 0, "people"], [{"name": "X", "role": "Mayor", "placeId": "dalian", "capacity": "signatory", "sourceId": f"{p}-src"}]), path="$.partnerships[0].people[0].placeId", reason="not one of the partnership")
case("missing-event-source", lambda d, p: setp(d, ["events", 0, "sourceId"], "ghost"), path="$.events[0].sourceId", reason="no valid data file declares")

# Translations of free text: language tags, types, one text per language and field.
case("translation-bad-tag", lambda d, p: setp(d, ["partnerships", 0, "translations"], {"ru_RU": {"title": "Партнёрство"}}), path="$.partnerships[0].translations.ru_RU", reason="not a well-formed BCP 47")
case("translation-not-string", lambda d, p: setp(d, ["partnerships", 0, "translations"], {"ru": {"title": 42}}), path="$.partnerships[0].translations.ru.title", reason="expected a string")
case("translation-duplicate-language", lambda d, p: setp(d, ["partnerships", 0, "translations"], {"ru": {"title": "Партнёрство"}, "RU": {"title": "Сотрудничество"}}), path="$.partnerships[0].translations.RU", reason="translated twice")
case("translation-unknown-field", lambda d, p: setp(d, ["events", 0, "translations"], {"zh-Hans": {"summary": "论坛"}}), path="$.events[0].translations.zh-Hans.summary", reason="unknown property")
case("translation-absent-field", lambda d, p: setp(d, ["partnerships", 0, "translations"], {"ru": {"sinceNote": "Дата не указана."}}), path="$.partnerships[0].translations.ru.sinceNote", reason="which this item does not give")

# Size: a 50 MB file is generated by the test itself (not committed).
cases.append({"file": "generated-50mb.json", "subject": "c999-pair", "path": "$", "reason": "at most", "generate": "50MB"})

with open("cases.json", "w", encoding="utf-8") as f:
    json.dump(cases, f, indent=1, ensure_ascii=False)
print(len(cases), "cases")
