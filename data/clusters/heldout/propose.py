"""How data/clusters/heldout was proposed (the judging was by hand; see ../README.md, "Held-out gold").

usage: python3 propose.py ../shared/polnear TRAIN.jsonl DEV.jsonl [QUOTES_DIR] > groups.txt
TRAIN/DEV.jsonl are `cluster-dump --data ../shared/polnear/{train,dev} --out ...` (the library's claims, for speaker
keys). The proposal rule is the one of ../propose.py, unchanged, now over the train and dev attributions together.
The held-out candidates are all candidate pairs neither of whose claims is in the tuned-on gold (../gold.tsv): the
train pairs that were never read, and the pairs with a dev attribution (dev x dev, dev x train). So the two golds share
no claim. Groups are the
connected components of these pairs, split as in ../propose.py. All of them are printed (none sampled), each member
with outlet, date, source, the words before the content and the content, to be read and judged; nothing from the
articles is stored.

With QUOTES_DIR, also the second proposal, for the misquote flags: every two claims outside the tuned-on gold whose
contents both quote and share five words in a row (1,704 pairs), written to QUOTES_DIR/gold.tsv as two-claim clusters
so that `cluster-evaluate --data ... --gold QUOTES_DIR --show gold-flags` lists the pairs the quotation comparer flags.
Only those (7) were read; the 5 not already in a group above were added as groups q0-q4.
"""
import os, re, glob, collections, itertools, json, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else '../shared/polnear'
PREDS = {'train': sys.argv[2] if len(sys.argv) > 2 else None, 'dev': sys.argv[3] if len(sys.argv) > 3 else None}
HERE = os.path.dirname(os.path.abspath(__file__))
STOP = set("a an the and or but nor of to in on at for with by from as into onto over under about after before up down out off than then so too very just also if because while that this these those there here what which who whom whose when where why how all any some not no is are was were be been being am do does did have has had will would can could should may might must shall it its i me my mine you your yours he him his she her hers we us our ours they them their theirs said say says saying told tell going get got s t re ve ll d m".split())
PRON = set("he she they i we you it him her them his their who which that".split())


def words(s): return re.findall(r"[a-z0-9]+", s.lower().replace('’', "'").replace("'s ", " "))
def stem(w): return w[:-1] if len(w) > 3 and w.endswith('s') and not w.endswith(('ss', 'us', 'is')) else w
def letters(text, spans): return {i for a, b in spans for i in range(a, b) if text[i].isalnum()}


texts = {}


def load(split):
    D = f'{ROOT}/{split}'
    pred = {}
    if PREDS[split]:
        for line in open(PREDS[split]):
            r = json.loads(line); pred[r['doc']] = r['claims']
    out = []
    for d in sorted(f[:-4] for f in os.listdir(D + '/text')):
        text = open(f'{D}/text/{d}.txt', encoding='utf-8').read()
        texts[d] = text
        anns = sorted(glob.glob(f'{D}/attributions/{d}_*.ann'))
        if not anns: continue
        spans = {}; ev = []
        for line in open(anns[0], encoding='utf-8'):
            p = line.rstrip('\n').split('\t')
            if p[0].startswith('T') and len(p) > 1:
                lab, rng = p[1].split(' ', 1)
                spans[p[0]] = [tuple(map(int, r.split())) for r in rng.split(';')]
            elif p[0].startswith('E'):
                ev.append(p[1].split())
        for e in ev:
            c = []; s = []
            for a in e:
                k, v = a.split(':')
                if k.startswith('Content'): c += spans[v]
                if k.startswith('Source'): s += spans[v]
            if not c: continue
            c.sort(); s.sort()
            ctext = ' '.join(text[a:b] for a, b in c)
            stext = ' '.join(text[a:b] for a, b in s)
            cw = [stem(w) for w in words(ctext) if w not in STOP]
            key = None
            if d in pred:
                L = letters(text, c); best = 0
                for pc in pred[d]:
                    P = letters(text, [tuple(x) for x in pc['spans']])
                    dice = 2 * len(L & P) / max(1, len(L) + len(P))
                    if dice >= 0.5 and dice > best: best = dice; key = pc['key']
            sw = [w for w in re.findall(r"[A-Za-z]+", stext) if w[0].isupper() and w.lower() not in PRON]
            skey = key or ('p:' + sw[-1].lower() if sw else None)
            out.append(dict(doc=d, split=split, c=c, s=s, st=stext, ct=ctext, cw=cw, key=skey))
    return out


def candidate_pairs(items, wanted):
    """The rule of ../propose.py over items; `wanted(a, b)` picks which pairs to consider."""
    idx = collections.defaultdict(set)
    for i, it in enumerate(items):
        for w in set(it['cw']): idx[w].add(i)
    cand = set()
    for w, ids in idx.items():
        if len(ids) > 2000: continue
        for a, b in itertools.combinations(sorted(ids), 2):
            if wanted(a, b): cand.add((a, b))
    pairs = []
    bg = lambda w: {(w[k], w[k + 1]) for k in range(len(w) - 1)}
    for a, b in sorted(cand):
        A = set(items[a]['cw']); B = set(items[b]['cw'])
        m = min(len(A), len(B))
        if m < 5: continue
        shared = len(A & B)
        if shared < 3 or shared < 0.5 * m: continue
        ka, kb = items[a]['key'], items[b]['key']
        if ka and kb and ka != kb: continue
        if not (ka and kb) and shared < 0.7 * m: continue
        if shared < 0.6 * m or (not (bg(items[a]['cw']) & bg(items[b]['cw'])) and shared < 0.8 * m): continue
        pairs.append((a, b))
    return pairs


def comps(pairs):
    par = {}
    def f(x):
        while par.get(x, x) != x:
            par[x] = par.get(par[x], par[x]); x = par[x]
        return x
    for a, b in pairs: par[f(a)] = f(b)
    comp = collections.defaultdict(set)
    for a, b in pairs: comp[f(a)] |= {a, b}
    return list(comp.values())


def groups_of(items, pairs):
    def strength(a, b):
        A = set(items[a]['cw']); B = set(items[b]['cw'])
        return len(A & B) / min(len(A), len(B)), len(A & B)
    thr = [0.5, 0.65, 0.8, 0.9, 1.01]
    def split(c, t):
        ps = [(a, b) for a, b in pairs if a in c and b in c and strength(a, b)[0] >= t and strength(a, b)[1] >= 3]
        return comps(ps)
    res = []
    for c in comps(pairs):
        stack = [(c, 0)]
        while stack:
            c, l = stack.pop()
            if len(c) <= 14 or l + 1 >= len(thr): res.append(c); continue
            for s in split(c, thr[l + 1]): stack.append((s, l + 1))
    res.sort(key=lambda c: min(c))
    return [sorted(c) for c in res]


train = load('train')
dev = load('dev')
items = train + dev
n_train = len(train)

# Claims of the tuned-on gold are left out, so that no claim is in both golds and no pair read there is read again.
def key(it): return it['doc'] + '@' + ';'.join(f'{a}-{b}' for a, b in it['c'])
tuned = set()
for line in open(os.path.join(HERE, '..', 'gold.tsv'), encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    r = line.rstrip('\n').split('\t'); tuned.add(r[2] + '@' + r[3])
# (a) train pairs never read (the unsampled groups of ../propose.py; the sample itself is not reproduced, since the
# library's speaker keys have moved since), and (b) pairs with a dev attribution: every candidate pair of train + dev
# whose two claims are outside the tuned-on gold.
all_pairs = candidate_pairs(items, lambda a, b: True)
pairs = [p for p in all_pairs if key(items[p[0]]) not in tuned and key(items[p[1]]) not in tuned]
groups = groups_of(items, pairs)

if len(sys.argv) > 4:
    quoted = lambda t: any(c in t for c in '“”"') or "''" in t
    grams = collections.defaultdict(set)
    for k, it in enumerate(items):
        if key(it) in tuned or not quoted(it['ct']): continue
        w = words(it['ct'])
        for j in range(len(w) - 4): grams[tuple(w[j:j + 5])].add(k)
    quote_pairs = {p for ids in grams.values() if len(ids) <= 20 for p in itertools.combinations(sorted(ids), 2)}
    os.makedirs(sys.argv[4], exist_ok=True)
    with open(os.path.join(sys.argv[4], 'gold.tsv'), 'w', encoding='utf-8') as out:
        for n, (a, b) in enumerate(sorted(quote_pairs)):
            for it in (items[a], items[b]):
                out.write(f"q{n}\tquotes\t{it['doc']}\t{';'.join(f'{x}-{y}' for x, y in it['c'])}\n")
    print(f'{len(quote_pairs)} quotation pairs sharing five words in a row', file=sys.stderr)
print(f'{len(train)} train and {len(dev)} dev attributions; {len(all_pairs)} candidate pairs, {len(pairs)} outside the tuned-on gold '
      f'({sum(1 for a, b in pairs if b >= n_train)} with dev) in {len(groups)} groups of {sum(len(g) for g in groups)} attributions',
      file=sys.stderr)

pairs_in = collections.defaultdict(list)
for a, b in pairs:
    for k, g in enumerate(groups):
        if a in g and b in g: pairs_in[k].append(f'{g.index(a)}-{g.index(b)}')
for k, g in enumerate(groups):
    print(f"## H{k} pairs: {' '.join(pairs_in[k])}")
    for j, i in enumerate(g):
        it = items[i]; d = it['doc']; t = texts[d]
        a = it['c'][0][0]
        s0 = it['s'][0][0] if it['s'] else a
        ctx = t[max(0, min(a, s0) - 100):a]
        print(f" {j}) {it['split'][0]} {d} {';'.join(f'{x}-{y}' for x, y in it['c'])} | {it['st'][:40]} [{it['key']}]\n"
              f"     ctx: {ctx!r}\n     C: {it['ct'][:400]!r}")
