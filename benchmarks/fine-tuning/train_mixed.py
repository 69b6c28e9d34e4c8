import os
# ESCO (label <-> description, look-alike labels as extra negatives) mixed with labelled task pairs
# (home outcome <-> equivalent host outcome, the home's hard-negative host outcome as extra negative).
import csv, random, re, sys, time, torch, torch.nn.functional as F
from collections import defaultdict
from minilm import *
from esco import skills_with_lookalikes
import pairs as evalpairs
torch.manual_seed(7); random.seed(7); torch.set_num_threads(2)
M = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../src/Ecvet.Matching.Semantic/obj/default-model/')
STEPS=int(sys.argv[1]); LR=float(sys.argv[2]); ESCO_BS=int(sys.argv[3]); TASK_BS=int(sys.argv[4]); TASKSETS=sys.argv[5].split(','); OUT=sys.argv[6]
skills, neg = skills_with_lookalikes(True)
task = []
sets = {'older': evalpairs.older, 'hold1': evalpairs.hold}
for name in TASKSETS:
    if not name: continue
    pairs = sets[name]; hard = defaultdict(list)
    for k,h,q in pairs:
        if k == 'hard-negative': hard[h].append(q)
    for k,h,q in pairs:
        if k.startswith('equivalent'): task.append((h, q, hard[h]))
print(f'{len(skills)} ESCO pairs, {len(task)} task pairs', flush=True)
tok = Tok(M+'vocab.txt'); tok.max = 64
model = load_onnx(M+'model.onnx'); model.train(); model.word.weight.requires_grad_(False)
opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=LR, weight_decay=0.01)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s+1)/(0.1*STEPS)) * max(0.0, (STEPS - s)/STEPS))
scale = 20.0; t0 = time.time()
def mnrl(anchors, positives, extra):
    A = model(*tok.batch(anchors)); P = model(*tok.batch(positives))
    cand = P if not extra else torch.cat([P, model(*tok.batch(extra))])
    n = len(anchors)
    return (F.cross_entropy(scale * A @ cand.T, torch.arange(n)) + F.cross_entropy(scale * P @ A.T, torch.arange(n))) / 2
for step in range(STEPS):
    loss = 0
    if ESCO_BS:
        ids_ = random.sample(range(len(skills)), ESCO_BS)
        loss = loss + mnrl([skills[i][1] for i in ids_], [skills[i][0] for i in ids_], [skills[neg[i]][0] for i in ids_ if neg[i] is not None])
    if TASK_BS and task:
        batch = []; seen = set()
        for t in random.sample(task, len(task)):
            if t[0] in seen: continue
            seen.add(t[0]); batch.append(t)
            if len(batch) == TASK_BS: break
        loss = loss + mnrl([t[0] for t in batch], [t[1] for t in batch], [random.choice(t[2]) for t in batch if t[2]])
    opt.zero_grad(); loss.backward(); opt.step(); sched.step()
    if step % 10 == 0: print(f'step {step}/{STEPS} loss {loss.item():.3f} {time.time()-t0:.0f}s', flush=True)
torch.save(model.state_dict(), OUT)
evalpairs.evaluate(model.eval(), tok, OUT)
