"""How data/clusters/gold.tsv was proposed (the judging was by hand; see README.md).

usage: python3 propose.py ../shared/polnear/train PRED.jsonl > groups.txt
PRED.jsonl is `cluster-dump --data ../shared/polnear/train --out PRED.jsonl` (the library's claims, for speaker keys).
Prints the sampled groups, each member with outlet, date, source, the library's speaker key and the content, to be read
and judged; nothing from the articles is stored.
"""
import os,re,glob,collections,itertools,json,sys
D=sys.argv[1] if len(sys.argv)>1 else '../shared/polnear/train'
PRED=sys.argv[2] if len(sys.argv)>2 else None
STOP=set("a an the and or but nor of to in on at for with by from as into onto over under about after before up down out off than then so too very just also if because while that this these those there here what which who whom whose when where why how all any some not no is are was were be been being am do does did have has had will would can could should may might must shall it its i me my mine you your yours he him his she her hers we us our ours they them their theirs said say says saying told tell going get got s t re ve ll d m".split())
PRON=set("he she they i we you it him her them his their who which that".split())
def words(s): return re.findall(r"[a-z0-9]+", s.lower().replace('’',"'").replace("'s ", " "))
def stem(w): return w[:-1] if len(w)>3 and w.endswith('s') and not w.endswith(('ss','us','is')) else w
def letters(text, spans):
    return {i for a,b in spans for i in range(a,b) if text[i].isalnum()}
docs=sorted(f[:-4] for f in os.listdir(D+'/text'))
pred={}
if PRED:
    for line in open(PRED):
        r=json.loads(line); pred[r['doc']]=r['claims']
items=[]
for d in docs:
    text=open(f'{D}/text/{d}.txt',encoding='utf-8').read()
    anns=sorted(glob.glob(f'{D}/attributions/{d}_*.ann'))
    if not anns: continue
    spans={};ev=[]
    for line in open(anns[0],encoding='utf-8'):
        p=line.rstrip('\n').split('\t')
        if p[0].startswith('T') and len(p)>1:
            lab,rng=p[1].split(' ',1)
            spans[p[0]]=[tuple(map(int,r.split())) for r in rng.split(';')]
        elif p[0].startswith('E'):
            ev.append(p[1].split())
    for e in ev:
        c=[];s=[]
        for a in e:
            k,v=a.split(':')
            if k.startswith('Content'): c+=spans[v]
            if k.startswith('Source'): s+=spans[v]
        if not c: continue
        c.sort()
        ctext=' '.join(text[a:b] for a,b in c)
        stext=' '.join(text[a:b] for a,b in s)
        cw=[stem(w) for w in words(ctext) if w not in STOP]
        # speaker key: the library's, for the predicted claim with the best letter Dice >= 0.5
        key=None
        if d in pred:
            L=letters(text,c); best=0
            for pc in pred[d]:
                P=letters(text,[tuple(x) for x in pc['spans']])
                dice=2*len(L&P)/max(1,len(L)+len(P))
                if dice>=0.5 and dice>best: best=dice; key=pc['key']
        sw=[w for w in re.findall(r"[A-Za-z]+", stext) if w[0].isupper() and w.lower() not in PRON]
        skey = key or ('p:'+sw[-1].lower() if sw else None)
        items.append(dict(doc=d,c=c,st=stext,ct=ctext,cw=cw,key=skey))
idx=collections.defaultdict(set)
for i,it in enumerate(items):
    for w in set(it['cw']): idx[w].add(i)
pairs=[]
cand=collections.Counter()
for w,ids in idx.items():
    if len(ids)>2000: continue
    for a,b in itertools.combinations(sorted(ids),2): cand[(a,b)]+=1
for (a,b),n in cand.items():
    A=set(items[a]['cw']);B=set(items[b]['cw'])
    m=min(len(A),len(B))
    if m<5: continue
    shared=len(A&B)
    if shared<3 or shared < 0.5*m: continue
    ka,kb=items[a]['key'],items[b]['key']
    if ka and kb and ka!=kb: continue
    if not (ka and kb) and shared < 0.7*m: continue
    bg=lambda w:{(w[k],w[k+1]) for k in range(len(w)-1)}
    if shared < 0.6*m or (not (bg(items[a]['cw'])&bg(items[b]['cw'])) and shared < 0.8*m): continue
    pairs.append((a,b))
print(len(items),'attributions',len(pairs),'pairs',file=sys.stderr)

# Connected components of the candidate pairs; components over 14 claims are split with stricter overlap.
import random
def comps(pairs):
    par={}
    def f(x):
        while par.get(x,x)!=x:
            par[x]=par.get(par[x],par[x]); x=par[x]
        return x
    for a,b in pairs: par[f(a)]=f(b)
    comp=collections.defaultdict(set)
    for a,b in pairs: comp[f(a)]|={a,b}
    return list(comp.values())
def strength(a,b):
    A=set(items[a]['cw']);B=set(items[b]['cw'])
    return len(A&B)/min(len(A),len(B)), len(A&B)
work=comps(pairs)
thr=[0.5,0.65,0.8,0.9,1.01]
def split(c,t):
    ps=[(a,b) for a,b in pairs if a in c and b in c and strength(a,b)[0]>=t and strength(a,b)[1]>=3]
    return comps(ps)
res=[]
for c in work:
    stack=[(c,0)]
    while stack:
        c,l=stack.pop()
        if len(c)<=14 or l+1>=len(thr): res.append(c); continue
        for s in split(c,thr[l+1]): stack.append((s,l+1))
sz=collections.Counter(len(v) for v in res)
res.sort(key=lambda c:min(c))
groups=[sorted(c) for c in res]

# The sample judged: every group of three or more, 75 pairs (seed 17), then 90 more pairs (seed 18).
rng=random.Random(17)
big=[g for g in groups if len(g)>=3]; two=[g for g in groups if len(g)==2]
sample=rng.sample(big,len(big))+rng.sample(two,75)
have={tuple(g) for g in sample}
sample+=random.Random(18).sample([g for g in groups if tuple(g) not in have],90)
texts={}
for k,g in enumerate(sample):
    print(f"## G{k}")
    for j,i in enumerate(g):
        it=items[i]; d=it['doc']
        if d not in texts: texts[d]=open(f'{D}/text/{d}.txt',encoding='utf-8').read()
        a=it['c'][0][0]
        print(f" {j}) {d[:40]} | {it['st'][:40]} [{it['key']}] (ctx: {texts[d][max(0,a-90):a]!r}) | {it['ct']!r}")
