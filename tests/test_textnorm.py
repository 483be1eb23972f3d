"""One quotation-mark normaliser and one fuzzy "same name" test, and no private copies of them."""

from __future__ import annotations

import ast
from pathlib import Path

from factcheck import textnorm
from factcheck.headline.text import fold
from factcheck.textnorm import key, same, straighten
from factcheck.tokens import tokenize

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"


def test_straighten_turns_curly_quotes_straight() -> None:
    assert straighten("Okafor’s ‘plan’ is “dead”, „sagte“ er") == "Okafor's 'plan' is \"dead\", \"sagte\" er"
    assert straighten("plain ASCII stays as it is") == "plain ASCII stays as it is"
    assert straighten("a dash — stays") == "a dash — stays"  # only quotation marks


def test_the_stages_read_a_curly_apostrophe_as_a_straight_one() -> None:
    [tok] = tokenize("Okafor’s", 0, 8)
    assert tok.low == "okafor's" and tok.possessive
    assert fold("Okafor’s “plan”") == "Okafor's \"plan\""


def test_key_ignores_case_quotes_punctuation_and_spacing() -> None:
    assert key("  Rail strike:  what WE know ") == key("rail strike - what we know") == "rail strike what we know"
    assert key("Fares up 4.5% – Okafor’s figures") == "fares up 4.5% okafor's figures"
    assert key(None) == ""


def test_same_allows_a_typo_but_not_another_name() -> None:
    assert same("Rail strike: what we know", "Rail strike - what we know")
    assert same("Ruritanian Ministry of Transport", "Ruritanian Ministry of Transprot")
    assert not same("Ruth Okafor", "Ruth Okoro")
    assert not same("", "") and not same(None, "Okafor")
    assert textnorm.SAME_CUTOFF == 90  # the one cutoff (docs/ARCHITECTURE.md says why)


def _private_copies(path: Path) -> list[str]:
    """Hand-made curly-quote replacements and fuzzy "same" functions outside factcheck.textnorm."""
    out = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace" \
                and node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value in textnorm.QUOTES:
            out.append(f"{node.lineno}: replace({node.args[0].value!r})")
        if isinstance(node, ast.FunctionDef) and node.name in ("_same", "same_name", "_same_name"):
            out.append(f"{node.lineno}: def {node.name}")
    return out


def test_no_module_keeps_its_own_quote_normaliser_or_same_function() -> None:
    found = {p.relative_to(PACKAGE).as_posix(): c for p in sorted(PACKAGE.rglob("*.py"))
             if p.name != "textnorm.py" and (c := _private_copies(p))}
    assert not found


def test_the_scan_finds_a_private_copy(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text('def _same(a, b):\n    return a.replace("\u2019", "\'") == b\n', encoding="utf-8")
    assert len(_private_copies(probe)) == 2
