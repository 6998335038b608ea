#!/usr/bin/env python3
"""Agreement between two readers' hedge marks on the same attributions (issue 13's second reader).

Usage: hedge_agreement.py INPUT FIRST_MARKS SECOND_MARKS
INPUT is the markers' input file (its attributions and field texts; it holds article text, so it stays outside the
repository); the marks files are theirs (one line per input line, as tools/hedge_marks.py reads them). Only lines
both readers marked are compared. Prints hedge P/R/F1 of the second reader with the first as gold (a hedge agrees
when its article span overlaps one of the first reader's on the same attribution), category agreement on agreeing
hedges, and Cohen's kappa over candidates: every guideline-lexicon word in the content and cue texts, plus every
marked span, each marked hedge or not by each reader.
"""
import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hedge_marks import resolve, SEPARATOR

LEXICON = re.compile(r"\b(may|might|could|would|can|should|suggest\w*|indicat\w*|appear\w*|seem\w*|believ\w*|think\w*|"
                     r"thought|suspect\w*|guess\w*|estimat\w*|speculat\w*|assum\w*|doubt\w*|expect\w*|tend\w*|possibl\w*|"
                     r"probabl\w*|perhaps|maybe|likely|unlikely|potential\w*|presumabl\w*|apparent\w*|seemingly|arguabl\w*|"
                     r"conceivabl\w*|virtually|largely|generally|relatively|somewhat|partly|unclear|uncertain|about|around|"
                     r"roughly|approximately|nearly|almost|some|reported\w*|alleged\w*|supposed\w*|purported\w*|if|unless|"
                     r"whether|mostly|mainly|essentially|basically|usually|often|sometimes|kind of|sort of|a little|a bit|"
                     r"predict\w*|project\w*|anticipat\w*)\b", re.I)


def spans_of(rec, hedges):
    out = []
    for h in hedges:
        f = h['field']
        at = resolve(rec[f], rec[f + '_text'], h['text'], int(h.get('nth', 0)))
        if at:
            out.append((at, h['category']))
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    inputs = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
    first = {(m['doc'], m['i']): m['hedges'] for m in map(json.loads, filter(str.strip, open(sys.argv[2], encoding='utf-8')))}
    second = {(m['doc'], m['i']): m['hedges'] for m in map(json.loads, filter(str.strip, open(sys.argv[3], encoding='utf-8')))}
    tp = fp = fn = same_category = 0
    both = only_second = only_first = neither = 0
    lines = docs = 0
    seen_docs = set()
    for rec in inputs:
        key = (rec['doc'], rec['i'])
        if key not in first or key not in second:
            continue
        lines += 1
        seen_docs.add(rec['doc'])
        gold, pred = spans_of(rec, first[key]), spans_of(rec, second[key])
        used = set()
        for span, category in pred:
            hit = next((j for j, (g, _) in enumerate(gold) if j not in used and overlaps(span, g)), None)
            if hit is None:
                fp += 1
            else:
                used.add(hit)
                tp += 1
                same_category += category == gold[hit][1]
        fn += len(gold) - len(used)
        candidates = []
        for field in ('content', 'cue'):
            text = rec[field + '_text']
            for m in LEXICON.finditer(text):
                pos = 0
                for s, e in rec[field]:
                    if pos <= m.start() and m.end() <= pos + (e - s):
                        candidates.append((s + m.start() - pos, s + m.end() - pos))
                        break
                    pos += (e - s) + len(SEPARATOR)
        for span, _ in gold + pred:
            if not any(overlaps(span, c) for c in candidates):
                candidates.append(span)
        for c in candidates:
            a = any(overlaps(c, g) for g, _ in gold)
            b = any(overlaps(c, p) for p, _ in pred)
            both += a and b
            only_first += a and not b
            only_second += b and not a
            neither += not a and not b
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    n = both + only_first + only_second + neither
    observed = (both + neither) / n if n else 0.0
    expected = (((both + only_first) * (both + only_second)) + ((neither + only_second) * (neither + only_first))) / (n * n) if n else 0.0
    kappa = (observed - expected) / (1 - expected) if expected < 1 else 1.0
    print('%d articles, %d attributions; hedges: first %d, second %d' % (len(seen_docs), lines, tp + fn, tp + fp))
    print('second vs first as gold: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d); category agreement %.3f' %
          (p, r, f, tp, fp, fn, same_category / tp if tp else 0.0))
    print('candidates %d: both %d, first only %d, second only %d, neither %d; kappa %.3f' %
          (n, both, only_first, only_second, neither, kappa))


if __name__ == '__main__':
    main()
