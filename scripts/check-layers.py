#!/usr/bin/env python3
"""Holds the code to the plan of the house: which part of `app/src` may import which.

Each file belongs to one part by its path; every `use crate::…` and inline `crate::…` path is an
import of the part it names. The script fails (exit 1) on an import the plan forbids and on SQL
outside the storage layer (in `app/src` and `server/src`), and says where.

    scripts/check-layers.py            (run by `make lint`)
"""
import os
import re
import sys

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "app", "src")

# Longest prefix first.
PARTS = [
    ("domain/", "Domain"),
    ("indicators/", "Indicators"),
    ("i18n/", "Texts"),
    ("store/", "Store"),
    ("web/", "Web"),
    ("pages/", "Ui"),
    ("components/", "Ui"),
    ("app.rs", "Shell"),
    ("lib.rs", "Root"),
]

# What may import what (besides itself). Anything else is refused.
ALLOWED = {
    "Domain": set(),
    "Indicators": {"Domain"},
    "Texts": {"Domain"},
    "Store": {"Domain"},
    "Web": {"Store", "Domain", "Indicators", "Texts", "Shell"},
    "Ui": {"Web", "Domain", "Texts"},
    "Shell": {"Ui"},
    "Root": {"Shell", "Ui", "Web", "Store", "Domain", "Indicators", "Texts"},
}

MODULE_PARTS = {
    "domain": "Domain",
    "indicators": "Indicators",
    "i18n": "Texts",
    "store": "Store",
    "web": "Web",
    "pages": "Ui",
    "components": "Ui",
    "app": "Shell",
}


def part_of(rel):
    for prefix, part in PARTS:
        if rel == prefix or rel.startswith(prefix):
            return part
    return None


def strip(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r'r#*"(?:.|\n)*?"#*', '""', text)
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', text)
    return text


def imported_modules(text):
    """Top-level modules of the crate that the file names: `crate::x::…` and `use crate::{x, …}`."""
    found = set(re.findall(r"\bcrate::([a-z_][a-z0-9_]*)", text))
    for group in re.findall(r"\buse\s+crate::\{((?:[^{}]|\{[^{}]*\}|\{(?:[^{}]|\{[^{}]*\})*\})*)\}", text):
        depth = 0
        token = ""
        for c in group + ",":
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            if depth == 0 and c == ",":
                head = token.strip().split("::")[0].strip()
                if head:
                    found.add(head)
                token = ""
            else:
                token += c
    return found


def main():
    problems = []
    edges = {}
    for root, _, names in os.walk(SRC):
        for name in names:
            if not name.endswith(".rs"):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, SRC).replace(os.sep, "/")
            part = part_of(rel)
            if part is None:
                problems.append(f"{rel}: belongs to no part of the plan")
                continue
            text = strip(open(path, encoding="utf-8").read())
            for module in sorted(imported_modules(text)):
                target = MODULE_PARTS.get(module)
                if target and target != part and target not in ALLOWED[part]:
                    problems.append(f"{rel}: {part} imports {target} (crate::{module})")
            if part != "Store" and re.search(r"\bsqlx::query", text):
                problems.append(f"{rel}: SQL outside the storage layer")
    server = os.path.join(SRC, "..", "..", "server", "src")
    for root, _, names in os.walk(server):
        for name in names:
            if name.endswith(".rs"):
                path = os.path.join(root, name)
                if re.search(r"\bsqlx::query", strip(open(path, encoding="utf-8").read())):
                    rel = os.path.relpath(path, os.path.join(SRC, "..", ".."))
                    problems.append(f"{rel}: SQL outside the storage layer")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} imports against the plan (see README, Where things are)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
