"""The lexicon is data the code reads: every file is used, every pattern compiles, the quick
pre-checks come from the patterns they guard, and no module keeps a word list of its own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from factcheck import lexicon
from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues import find_in_sentence
from factcheck.lexicon.prefilter import required_literals

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "factcheck"
LEXICON = PACKAGE / "lexicon"
SAMPLES = ROOT / "samples"
# more string entries than this in one literal is a word list, and belongs in factcheck/lexicon/
HANDFUL = 8

# Modules still holding word lists in code, each with the reason. Remove a line when its
# module is converted; the test then keeps it converted.
STILL_IN_CODE: dict[str, str] = {}


def _word_lists(path: Path) -> list[str]:
    """Literals in a module holding more than a handful of words, as 'line: what'."""
    out = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    slots = {id(n.value) for n in ast.walk(tree)  # attribute names, not words
             if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__slots__" for t in n.targets)}
    for node in ast.walk(tree):
        if id(node) in slots:
            continue
        elts: list[ast.expr | None] = []
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            elts = list(node.elts)
        elif isinstance(node, ast.Dict) and all(isinstance(v, ast.Constant | ast.List | ast.Tuple)
                                                for v in node.values):
            elts = list(node.keys)
        words = [e.value for e in elts
                 if isinstance(e, ast.Constant) and isinstance(e.value, str) and re.search("[a-z]", e.value, re.I)]
        if len(words) > HANDFUL:
            out.append(f"{node.lineno}: {len(words)} words ({', '.join(words[:4])}, ...)")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
            words = node.func.value.value.split()  # "a b c ...".split()
            if len(words) > HANDFUL:
                out.append(f"{node.lineno}: {len(words)} words in a split string ({', '.join(words[:4])}, ...)")
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.count("|") > HANDFUL:
            alternatives = [a for a in re.split(r"[|()]", node.value) if re.fullmatch(r"[\w' .-]{2,}\??", a)]
            if len(alternatives) > HANDFUL:
                out.append(f"{node.lineno}: a regex of {len(alternatives)} words ({', '.join(alternatives[:4])}, ...)")
    return out


def _code_strings() -> set[str]:
    out = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.add(node.value)
    return out


def test_no_module_keeps_a_word_list_in_code() -> None:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        lists = _word_lists(path)
        if lists and rel not in STILL_IN_CODE:
            found[rel] = lists
    assert not found, f"word lists in code (move them to factcheck/lexicon/): {found}"


def test_the_allow_list_names_only_modules_that_still_need_it() -> None:
    # a converted module leaves the list, so a new list cannot creep back into it
    stale = [m for m in STILL_IN_CODE if not (ROOT / m).exists() or not _word_lists(ROOT / m)]
    assert not stale, f"converted or gone, remove from STILL_IN_CODE: {stale}"


def test_the_scan_finds_a_word_list(tmp_path: Path) -> None:
    # the scan itself must be able to fail
    probe = tmp_path / "probe.py"
    probe.write_text('W = frozenset({"a1", "b2", "c3", "d4", "e5", "f6", "g7", "h8", "i9"})\n'
                     'R = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"\n'
                     '__slots__ = ("a", "b", "c", "d", "e", "f", "g", "h", "i")\n'
                     'S = frozenset("one two three four five six seven eight nine".split())\n', encoding="utf-8")
    assert len(_word_lists(probe)) == 3


def test_every_lexicon_file_is_read_by_the_code() -> None:
    strings = _code_strings()
    unused = [p.name for p in sorted(LEXICON.iterdir()) if p.suffix in (".txt", ".toml") and p.stem not in strings]
    assert not unused, f"lexicon files no code reads: {unused}"


@pytest.mark.parametrize("path", sorted(LEXICON.glob("*.toml")), ids=lambda p: p.name)
def test_every_key_of_a_rules_lexicon_is_read_by_the_code(path: Path) -> None:
    strings = _code_strings()
    rules = lexicon.structured(path.stem)
    unused = [f"{section}.{key}" for section, table in rules.items() for key in table if key not in strings]
    assert not unused


@pytest.mark.parametrize("path", sorted(LEXICON.glob("*.txt")), ids=lambda p: p.name)
def test_every_entry_compiles_as_a_pattern(path: Path) -> None:
    for entry in lexicon.patterns(path.stem):
        re.compile(entry, re.I)  # raises re.error naming the pattern


def test_patterns_keep_their_case() -> None:
    # a lower-cased \S would be \s; the loader hands patterns over as written
    assert any(re.search(r"[A-Z]", p) for p in lexicon.patterns("documents"))
    assert all(w == w.lower() for w in lexicon.words("documents"))


@pytest.mark.parametrize("family", ["anonymous", "vague", "documents", "agentless"])
def test_each_pattern_has_a_word_every_match_needs(family: str) -> None:
    for p in lexicon.patterns(family):
        assert required_literals(p), p
    assert lx.precheck(family) is not None


@pytest.mark.parametrize("family", ["anonymous", "vague", "documents"])
def test_precheck_never_hides_a_match_in_the_samples(family: str) -> None:
    keys, rx = lx.precheck(family), lx.regex_list(family)
    assert keys is not None
    matched = 0
    for path in sorted(SAMPLES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if rx.search(line):
                matched += 1
                assert keys.could_match(line.lower()), line
    assert matched  # the samples exercise each family


def test_required_literals_of_a_pattern() -> None:
    assert required_literals(r"(?:an?|the)\s+(?:report|study)\s+published") == {"published"}
    assert required_literals(r"(?:figures|data)\s+by") == {"figures", "data"}
    assert required_literals(r"\w+\s+\w+") is None


def test_numbers_published_by_is_a_document_like_figures_published_by() -> None:
    # the bug a hand-kept pre-check caused: it lacked "numbers", which the pattern lists
    for noun in ("Figures", "Numbers", "Statistics"):
        text = f"{noun} published by the Census Bureau show that the town grew."
        [r] = find_in_sentence(text, 0, len(text))
        assert (r.mention, r.kind) == (f"{noun} published by the Census Bureau", "document"), noun
