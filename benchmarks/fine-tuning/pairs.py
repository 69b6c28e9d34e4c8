import os
import torch, numpy as np, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../tests/Ecvet.Core.Tests/Matching/Data/')
def load(f, sector):
    out=[]
    for l in list(open(D+f, encoding='utf-8'))[1:]:
        c=l.rstrip('\n').split('\t')
        if len(c)<3: continue
        out.append((c[0], c[2], c[3]) if sector else (c[0], c[1], c[2]))
    return out
older = [p for p in load('vet-outcome-pairs.tsv', False) + load('vet-outcome-pairs-host-voice.tsv', True) if p[0] != 'other-language']
hold = load('vet-outcome-pairs-holdout.tsv', True)
homes = sorted(set(p[1] for p in older + hold))
def embed(model, tok, texts, bs=64):
    out=[]
    with torch.no_grad():
        for i in range(0, len(texts), bs):
            ids, mask = tok.batch(texts[i:i+bs]); out.append(model(ids, mask))
    return torch.cat(out)
def evaluate(model, tok, name):
    model.eval()
    H = embed(model, tok, homes); idx = {h:i for i,h in enumerate(homes)}
    res = {}
    for setname, pairs in [('older', older), ('hold1', hold)]:
        Q = embed(model, tok, [p[2] for p in pairs])
        cos = (Q @ H.T).numpy()
        own = np.array([cos[i, idx[p[1]]] for i,p in enumerate(pairs)])
        kinds = np.array([p[0] for p in pairs])
        low = kinds == 'equivalent-low-overlap'; hard = kinds == 'hard-negative'
        ranks = np.array([(cos[i] > own[i]).sum() + 1 for i in range(len(pairs))])
        p1 = (ranks[low] == 1).mean(); r5 = (ranks[low] <= 5).mean()
        hn = np.sort(own[hard]); t10 = hn[int(np.ceil(0.9*len(hn)))-1]  # 90th percentile of hard negatives
        rec10 = (own[low] > t10).mean(); rec0 = (own[low] > hn[-1]).mean()
        res[setname] = (p1, r5, rec10, rec0)
        print(f'{name:>12} {setname:>5}: low P@1 {p1:.3f}  R@5 {r5:.3f}  low above 90% of hard negs {rec10:.3f}  above all {rec0:.3f}  (n low {low.sum()}, hard {hard.sum()})', flush=True)
    model.train()
    return res
if __name__ == '__main__':
    from minilm import *
    M = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../src/Ecvet.Matching.Semantic/obj/default-model/')
    torch.set_num_threads(2)
    evaluate(load_onnx(M+'model.onnx'), Tok(M+'vocab.txt'), 'base')
