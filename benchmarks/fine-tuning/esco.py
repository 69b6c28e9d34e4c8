import os, csv, re
from collections import defaultdict

# ESCO skills as (preferred label, description) pairs, each with its look-alike: the other skill whose label shares
# the most words with it (Jaccard over content words; words shared by 400 or more labels are too common to count).
STOP = set('a an and the of in on for to with by or as at from into its their own other such'.split())
CSV = os.environ.get('ECVET_ESCO_CSV', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/data/esco-v1.1.1-en/skills_en.csv'))

def words(s): return [w for w in re.findall(r'[a-z]+', s.lower()) if w not in STOP]

def skills_with_lookalikes(lookalikes=True):
    rows = list(csv.DictReader(open(CSV, encoding='utf-8')))
    skills = [(r['preferredLabel'].strip(), r['description'].strip()) for r in rows if r['description'].strip() and r['preferredLabel'].strip()]
    if not lookalikes:
        return skills, [None] * len(skills)
    inv = defaultdict(list)
    for i, (label, _) in enumerate(skills):
        for w in set(words(label)): inv[w].append(i)
    def lookalike(i):
        lw = set(words(skills[i][0])); best, bs = None, 0; cands = set()
        for w in lw:
            if len(inv[w]) < 400: cands.update(inv[w])
        for j in cands:
            if j == i: continue
            jw = set(words(skills[j][0])); s = len(lw & jw) / len(lw | jw)
            if s > bs: best, bs = j, s
        return best
    return skills, [lookalike(i) for i in range(len(skills))]
