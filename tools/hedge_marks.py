#!/usr/bin/env python3
"""Turn hedge marks on PolNeAR train attributions into data/hedges/train.jsonl.

Markers read input lines {"doc", "i", "content": [[s, e]], "cue": [[s, e]], "content_text", "cue_text", ...}
(the field texts are the spans' texts joined by " … ") and wrote one line per input line:
{"doc", "i", "hedges": [{"field": "content"|"cue", "text", "nth", "category"}]}.
This resolves each mark (the nth occurrence of text in its field) to offsets into the article and writes the
format of ../shared/eval/hedges/dev.jsonl, one line per attribution:
{"doc", "content": [[s, e]], "cue": [[s, e]], "hedges": [{"start", "end", "text", "category", "in"}]}
Offsets are the PolNeAR (brat) character offsets, as in dev.jsonl. Only hedge words leave the article.
An article is written only when every one of its attributions has been marked, so that unmarked lines are
never read as "no hedge".

The train file is built from the adjudicated marks (--adjudicated: MARKS.adjudicated.jsonl beside each MARKS
file, in the same format): every would/'d/could/may/might/if/whether/should/can in a content or cue field
decided again by one reader under one reading of the guideline, all other marks as the markers left them
(see data/hedges/README.md).

Usage: hedge_marks.py --pair INPUT MARKS [--pair INPUT MARKS ...] --text DIR --out FILE [--skip-docs FILE]
                      [--adjudicated]
"""
import argparse, json, re, sys
from collections import OrderedDict

SEPARATOR = ' … '

# The guideline's tentative reporting verbs ("In the CUE, mark verbs like believes, suggested, speculated, thinks,
# suspects, estimated, appears", and "seem", "guess", "assume" of its epistemic verbs): every form of them in a cue
# field is a hedge, except "think about/through/of/over" (a topic, not a belief) and an imperative ("Think X").
CUE_VERBS = {form for stem, forms in {
    'believe': 'believe believes believed believing', 'suggest': 'suggest suggests suggested suggesting',
    'speculate': 'speculate speculates speculated speculating', 'think': 'think thinks thought thinking',
    'suspect': 'suspect suspects suspected suspecting', 'estimate': 'estimate estimates estimated estimating',
    'appear': 'appear appears appeared appearing', 'seem': 'seem seems seemed seeming',
    'guess': 'guess guesses guessed guessing', 'assume': 'assume assumes assumed assuming'}.items()
    for form in forms.split()}
CATEGORIES = {'modal', 'epistemic_verb', 'adverb', 'approximator', 'shield', 'conditional'}


def resolve(spans, field_text, text, nth):
    """Offsets of the nth occurrence of text in the joined field, mapped onto the article spans."""
    at = -1
    for _ in range(nth + 1):
        at = field_text.find(text, at + 1)
        if at < 0:
            return None
    pos = 0
    for s, e in spans:
        if pos <= at and at + len(text) <= pos + (e - s):
            return s + at - pos, s + at - pos + len(text)
        pos += (e - s) + len(SEPARATOR)
    return None  # straddles two spans


def cue_verb_marks(article, cue_spans, hedges):
    """The guideline's tentative reporting verbs in the cue that no mark covers, as epistemic_verb marks."""
    added = []
    for s, e in cue_spans:
        for m in re.finditer(r"[A-Za-z]+", article[s:e]):
            start, end = s + m.start(), s + m.end()
            word = m.group().lower()
            after = article[end:end + 9].lstrip().lower()
            before = article[max(0, start - 3):start].strip()
            if word.startswith('think') and re.match(r"(about|through|of|over)\b", after) \
                    or word in ('think', 'believe', 'guess', 'assume', 'suppose') and (before == '' or before[-1] in '.!?"\'“‘'):
                continue
            if word in CUE_VERBS and not any(h['start'] < end and start < h['end'] for h in hedges + added):
                added.append({'start': start, 'end': end, 'text': m.group(), 'category': 'epistemic_verb', 'in': 'cue'})
    return added


def adjudicated_path(marks_path):
    """marks-X.jsonl -> marks-X.adjudicated.jsonl (the consistency pass over the modal and conditional words)."""
    stem = marks_path[:-len('.jsonl')] if marks_path.endswith('.jsonl') else marks_path
    return stem + '.adjudicated.jsonl'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--pair', nargs=2, action='append', required=True, metavar=('INPUT', 'MARKS'))
    ap.add_argument('--text', required=True, help='folder of the article texts (polnear/train/text)')
    ap.add_argument('--out', required=True)
    ap.add_argument('--skip-docs', help='file of article names to leave out (one a line)')
    ap.add_argument('--adjudicated', action='store_true',
                    help='read MARKS.adjudicated.jsonl (beside each MARKS file) instead of MARKS')
    a = ap.parse_args()
    skip = set(open(a.skip_docs).read().split()) if a.skip_docs else set()
    out, problems = [], []
    counts = {'articles': 0, 'attributions': 0, 'hedges': 0, 'partial_articles': 0, 'cue_verbs_added': 0}
    for input_path, marks_path in a.pair:
        if a.adjudicated:
            marks_path = adjudicated_path(marks_path)
        lines = [json.loads(l) for l in open(input_path, encoding='utf-8') if l.strip()]
        marks = {}
        for n, l in enumerate(open(marks_path, encoding='utf-8')):
            if not l.strip():
                continue
            try:
                m = json.loads(l)
            except json.JSONDecodeError:
                problems.append('%s line %d: not JSON (still being written?)' % (marks_path, n + 1))
                continue
            marks[(m['doc'], m['i'])] = m
        by_doc = OrderedDict()
        for rec in lines:
            by_doc.setdefault(rec['doc'], []).append(rec)
        for doc, recs in by_doc.items():
            if doc in skip:
                continue
            if not all((r['doc'], r['i']) in marks for r in recs):
                counts['partial_articles'] += any((r['doc'], r['i']) in marks for r in recs)
                continue
            article = open('%s/%s.txt' % (a.text, doc), encoding='utf-8').read()
            counts['articles'] += 1
            for r in recs:
                hedges = []
                for h in marks[(doc, r['i'])].get('hedges') or []:
                    field = h.get('field')
                    spans = r['content'] if field == 'content' else r['cue'] if field == 'cue' else None
                    category = h.get('category')
                    if spans is None or category not in CATEGORIES:
                        problems.append('%s %d: bad field or category %r' % (doc, r['i'], h))
                        continue
                    at = resolve(spans, r[field + '_text'], h['text'], int(h.get('nth', 0)))
                    if at is None or article[at[0]:at[1]] != h['text']:
                        problems.append('%s %d: %r not found in its %s' % (doc, r['i'], h['text'], field))
                        continue
                    hedges.append({'start': at[0], 'end': at[1], 'text': h['text'], 'category': category, 'in': field})
                if a.adjudicated:
                    added = cue_verb_marks(article, r['cue'], hedges)
                    counts['cue_verbs_added'] += len(added)
                    hedges += added
                hedges.sort(key=lambda x: (x['start'], x['end']))
                out.append({'doc': doc, 'content': r['content'], 'cue': r['cue'], 'hedges': hedges})
                counts['attributions'] += 1
                counts['hedges'] += len(hedges)
    with open(a.out, 'w', encoding='utf-8') as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    for p in problems:
        print('warning: ' + p, file=sys.stderr)
    print('%(articles)d articles, %(attributions)d attributions, %(hedges)d hedges '
          '(%(partial_articles)d articles partly marked, left out; %(cue_verbs_added)d tentative cue verbs marked by the '
          'cue-verb adjudication)' % counts, file=sys.stderr)


if __name__ == '__main__':
    main()
