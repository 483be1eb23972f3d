"""PolNeAR error analysis by category: the false negatives, false positives and wrong source
spans of score_polnear.py's units, each put in the first category that fits.

    python scripts/polnear_categories.py ../shared/eval/data/polnear/dev [--show CATEGORY] [-n 20]
        [--dump FILE]

Reads the data and the scorer at run time (nothing of either is copied into the project); uses
the scorer's own units, gold and prediction logic, so the totals printed first equal the
scorer's summary line. Categories (first match wins):

false negatives (gold attributed, we attribute nothing)
  headline          the unit is on the first line
  quote_cont        a quotation open from an earlier unit of the paragraph runs into this one
  quote_para        the unit's paragraph is all quotation (opens with a mark) and names no cue
  content_multi     the gold cue is in another unit; the gold Content spans several units
  cue_elsewhere     the gold cue is in another unit (one-unit Content)
  no_source         cue in the unit, no gold Source at all ("is expected to")
  in_statement      "In a statement/interview/letter, ..."
  argue_verbs       cue is one of the argue/insist/warn/note family (lexicon cue verbs)
  known_cue         cue word is in our cue-verb lexicon but the rules did not fire
  possessive_plan   "X's plan/proposal would ..." (Source is a possessor in the Content)
  thing_subject     the gold Source is a document or thing word ('the bill', 'the report')
  other_cue         any other cue in the unit (stances and actions): the cue words are counted

false positives (we attribute, gold does not)
  fp_headline, fp_fragment (unit is part of one of our sentences the scorer's splitter cut),
  fp_inherited (carried from a quotation/earlier speaker), fp_agentless (no mention),
  fp_stance (the stance fallback: not a reporting verb), fp_cue:<cue>

wrong source spans (gold attributed, ours do not overlap the gold Source)
  src_none (we give no span), src_inherited, src_pronoun (gold or ours a pronoun),
  src_other_unit (gold Source outside the unit), src_same_unit
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys

PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "him", "her", "them", "us", "who", "which", "that"}
THINGS = {"bill", "report", "plan", "proposal", "poll", "survey", "study", "law", "budget", "order", "memo",
          "letter", "statement", "document", "data", "figures", "numbers", "ad", "campaign", "website",
          "analysis", "book", "video", "article", "story", "email", "emails", "legislation", "measure",
          "platform", "agreement", "deal", "policy", "rule", "ruling", "decision", "lawsuit", "suit",
          "complaint", "filing", "record", "records", "tweet", "post", "release", "speech", "remarks"}
ARGUE = {"argued", "argues", "argue", "arguing", "insisted", "insists", "insist", "insisting", "warned", "warns",
         "warn", "warning", "noted", "notes", "note", "noting", "stressed", "stresses", "emphasized", "contended",
         "contends", "maintained", "maintains", "acknowledged", "acknowledges", "conceded", "concedes",
         "suggested", "suggests", "predicted", "predicts", "complained", "complains", "countered", "counters"}
STATEMENT = re.compile(r"^\W*in an? (statement|interview|letter|email|op-ed|post|speech|tweet|video|memo|"
                       r"release|news conference|press conference|editorial|column|filing|report)\b", re.I)
POSS_PLAN = re.compile(r"\b\w+(?:'s|’s|s'|s’) (plan|proposal|agenda|policy|policies|platform|budget|bill|tax plan|"
                       r"campaign|approach|strategy|position|stance)\b", re.I)


def load_scorer(path: str):
    sys.path.insert(0, os.path.abspath(path))
    import score_polnear as sp  # the scorer's own unit and gold logic
    return sp


def events_of(spans, events, text):
    out = []
    for args in events.values():
        def parts(key, args=args):
            return [p for t in args.get(key, []) for p in spans[t][1]]
        content = parts("Content") + parts("Content2")
        out.append(dict(cue=parts("Cue"), src=parts("Source"), content=content,
                        cue_text=" ".join(text[a:b] for a, b in parts("Cue")),
                        src_text=" ".join(text[a:b] for a, b in parts("Source"))))
    return out


def overlap(a, b, spans):
    return any(x < b and a < y for x, y in spans)


def quote_open_before(text, para_start, pos):
    """Is a double quotation open at `pos`, counted from the paragraph start?"""
    seg = text[para_start:pos].replace("''", '" ').replace("``", '" ')
    state = None
    for ch in seg:
        if ch in '"“”':
            if state is None and ch in '"“':
                state = ch
            elif state == '"' and ch == '"' or state == "“" and ch == "”":
                state = None
    return state is not None


def categorise(text, u, evs, units_in_para, para_start, para_text, first_line_end, att, srcs, sents, cues_lex):
    a, b = u["start"], u["end"]
    utext = text[a:b]
    mine = [e for e in evs if any(x < b and a < y for x, y in e["content"]) and
            any(text[i].isalnum() for x, y in e["content"] for i in range(max(x, a), min(y, b)))]
    ga = u["attributed"]
    if ga and not att:
        if a < first_line_end:
            return "headline", mine
        if quote_open_before(text, para_start, a):
            return "quote_cont", mine
        in_unit = [e for e in mine if overlap(a, b, e["cue"])]
        if not in_unit:
            if para_text.lstrip()[:1] in '"“' and not any(overlap(para_start, para_start + len(para_text), e["cue"])
                                                      for e in mine):
                return "quote_para", mine
            multi = any(sum(1 for x, y in units_in_para if any(p < y and x < q for p, q in e["content"])) > 1
                        for e in mine)
            return ("content_multi" if multi else "cue_elsewhere"), mine
        e = in_unit[0]
        cue = e["cue_text"].lower()
        if not e["src"]:
            return "no_source", mine
        if STATEMENT.match(utext):
            return "in_statement", mine
        if any(w in ARGUE for w in cue.split()):
            return "argue_verbs", mine
        src_words = re.findall(r"[\w']+", e["src_text"].lower())
        if POSS_PLAN.search(utext) and e["src_text"] and POSS_PLAN.search(e["src_text"] + " " + text[
                e["src"][0][1]:e["src"][0][1] + 30]):
            return "possessive_plan", mine
        if any(w in cues_lex for w in cue.split()):
            return "known_cue", mine
        if src_words and src_words[-1] in THINGS:
            return "thing_subject", mine
        return "other_cue", mine
    if att and not ga:
        covered = [s for s in sents if s.get("start", 0) < b and a < s.get("end", 0)]
        atts = [x for s in covered for x in s.get("attributions") or []]
        if a < first_line_end:
            return "fp_headline", atts
        if covered and any(s["start"] < a - 1 or s["end"] > b + 1 for s in covered if s.get("attributions")):
            return "fp_fragment", atts
        if atts and all(x.get("inherited") for x in atts):
            return "fp_inherited", atts
        if atts and all(x.get("span") is None for x in atts):
            return "fp_agentless", atts
        if atts and all(x.get("reports") is False for x in atts):
            return "fp_stance", atts
        return "fp_cue:" + (atts[0]["cue"].lower() if atts else "?"), atts
    if ga and u["sources"] and att:
        if srcs and any(x[0] < y[1] and x[1] > y[0] for x in srcs for y in u["sources"]):
            return None, mine
        covered = [s for s in sents if s.get("start", 0) < b and a < s.get("end", 0)]
        atts = [x for s in covered for x in s.get("attributions") or []]
        gold_txt = [text[x:y].lower() for x, y in u["sources"]]
        ours = [text[x:y].lower() for x, y in srcs]
        if not srcs:
            return "src_none", mine
        if atts and all(x.get("inherited") for x in atts):
            return "src_inherited", mine
        if any(g in PRONOUNS for g in gold_txt) or any(o in PRONOUNS for o in ours):
            return "src_pronoun", mine
        if not any(a <= x < b for x, y in u["sources"]):
            return "src_other_unit", mine
        return "src_same_unit", mine
    return None, mine


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("split_dir")
    ap.add_argument("--eval", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
    ap.add_argument("--show", action="append", default=[], help="print the units of a category (repeatable)")
    ap.add_argument("-n", type=int, default=25, help="how many units to print per shown category")
    ap.add_argument("--dump", help="write every categorised unit as JSON lines here")
    ap.add_argument("--all", action="store_true", help="dump the right units too (ok_tp, ok_tn)")
    args = ap.parse_args()
    sp = load_scorer(args.eval)

    from factcheck.attribution import lexicons as lx
    from factcheck.pipeline import analyze_text

    cues_lex = set(lx.cue_verbs())
    adir = os.path.join(args.split_dir, "attributions")
    stems = sorted({f.rsplit("_", 1)[0] for f in os.listdir(adir) if f.endswith(".ann")})
    counts: collections.Counter[str] = collections.Counter()
    other_cues: collections.Counter[str] = collections.Counter()
    shown: collections.Counter[str] = collections.Counter()
    c = collections.Counter()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for stem in stems:
        with open(os.path.join(args.split_dir, "text", stem + ".txt"), encoding="utf-8") as f:
            text = f.read()
        first = sorted(f for f in os.listdir(adir) if f.rsplit("_", 1)[0] == stem)[0]
        spans, events = sp.parse_ann(os.path.join(adir, first))
        evs = events_of(spans, events, text)
        sents = [s.to_dict() for s in analyze_text(text).sentences]
        first_line_end = text.find("\n") if "\n" in text else len(text)
        paras = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
        units = sp.gold_units(text, spans, events, 0.0)
        for u in units:
            att, srcs = sp.predict(u, sents)
            ga = u["attributed"]
            c["tp" if ga and att else "fp" if att else "fn" if ga else "tn"] += 1
            if ga and u["sources"]:
                c["gold_src"] += 1
            if srcs:
                c["pred_src"] += 1
                if ga and any(x[0] < y[1] and x[1] > y[0] for x in srcs for y in u["sources"]):
                    c["src_ok"] += 1
            para_start, para_text = next((p, t) for p, t in paras if p <= u["start"] < p + len(t))
            in_para = [(x["start"], x["end"]) for x in units if para_start <= x["start"] < para_start + len(para_text)]
            cat, related = categorise(text, u, evs, in_para, para_start, para_text, first_line_end, att, srcs, sents,
                                      cues_lex)
            if cat is None:
                if not args.all:
                    continue
                cat = "ok_tp" if ga else "ok_tn"
            if cat.startswith("ok_"):
                if dump:
                    dump.write(json.dumps(dict(article=stem, cat=cat, unit=text[u["start"]:u["end"]]),
                                          ensure_ascii=False) + "\n")
                continue
            counts[cat] += 1
            if cat == "other_cue" or cat == "known_cue":
                e = next(e for e in related if overlap(u["start"], u["end"], e["cue"]))
                other_cues[(cat[:5] + ":" + e["cue_text"].lower())] += 1
            record = dict(article=stem, cat=cat, unit=text[u["start"]:u["end"]],
                          gold_cues=[e["cue_text"] for e in related if "cue_text" in e],
                          gold_sources=[text[x:y] for x, y in u["sources"]],
                          ours=[text[x:y] for x, y in srcs],
                          our_cues=[x.get("cue") for x in related if "cue" in x and isinstance(x.get("cue"), str)
                                    and "cue_text" not in x])
            if dump:
                dump.write(json.dumps(record, ensure_ascii=False) + "\n")
            if any(cat.startswith(s) for s in args.show) and shown[cat] < args.n:
                shown[cat] += 1
                print(f"[{cat}] {record['unit'][:260]!r}\n    gold cue={record['gold_cues']} "
                      f"src={record['gold_sources']} ours={record['ours']} our_cues={record['our_cues']}")
    ap_, ar, af = sp.prf(c["tp"], c["fp"], c["fn"]) if hasattr(sp, "prf") else (0, 0, 0)
    up, ur, uf = sp.prf(c["tn"], c["fn"], c["fp"])
    sp_ = c["src_ok"] / c["pred_src"] if c["pred_src"] else 0.0
    sr = c["src_ok"] / c["gold_src"] if c["gold_src"] else 0.0
    sf = 2 * sp_ * sr / (sp_ + sr) if sp_ + sr else 0.0
    print(f"units tp={c['tp']} fp={c['fp']} fn={c['fn']} tn={c['tn']} attr_F1={af:.3f} unattr_F1={uf:.3f} "
          f"src_F1={sf:.3f} (src_ok={c['src_ok']} pred_src={c['pred_src']} gold_src={c['gold_src']})")
    for group, prefix in (("false negatives", ""), ("false positives", "fp_"), ("wrong source spans", "src_")):
        rows = [(k, v) for k, v in counts.items() if (k.startswith(prefix) if prefix else
                                                      not k.startswith(("fp_", "src_")))]
        if prefix == "fp_":
            merged: collections.Counter[str] = collections.Counter()
            for k, v in rows:
                merged["fp_cue" if k.startswith("fp_cue:") else k] += v
            rows = list(merged.items())
        print(f"{group}: {sum(v for _, v in rows)}")
        for k, v in sorted(rows, key=lambda kv: -kv[1]):
            print(f"  {k:18s} {v}")
    print("fp cues:", [(k[7:], v) for k, v in counts.most_common() if k.startswith("fp_cue:")][:25])
    print("missed cue words:", other_cues.most_common(40))


if __name__ == "__main__":
    main()
