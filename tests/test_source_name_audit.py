"""scripts/source_name_audit.py: what it counts as a person listed twice or a name cut short."""

from __future__ import annotations

from script_modules import load_script


def test_the_audit_counts_a_bare_surname_beside_the_full_name_and_cut_names() -> None:
    audit = load_script("source_name_audit").audit
    assert audit(["Ann Okafor", "Okafor", "the council"]) == (1, 0)
    assert audit(["Ann Okafor's", "Jennifer Ngo-", "Okafor"]) == (0, 2)
    # a surname alone with no fuller name beside it, or two different people, is no double
    assert audit(["Okafor", "Ray Reyes"]) == (0, 0)
