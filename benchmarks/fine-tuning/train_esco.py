import os
import csv, random, re, sys, time, torch, torch.nn.functional as F
from collections import defaultdict
from minilm import *
from esco import skills_with_lookalikes
import pairs as evalpairs
torch.manual_seed(7); random.seed(7); torch.set_num_threads(2)
M = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../src/Ecvet.Matching.Semantic/obj/default-model/')
EPOCHS=float(sys.argv[1]) if len(sys.argv)>1 else 1; LR=float(sys.argv[2]) if len(sys.argv)>2 else 3e-5; BS=int(sys.argv[3]) if len(sys.argv)>3 else 48
HARD = (sys.argv[4] if len(sys.argv)>4 else 'hard') == 'hard'; OUT = sys.argv[5] if len(sys.argv)>5 else 'ft.pt'
skills, neg = skills_with_lookalikes(HARD)
print(f'{len(skills)} skills, look-alikes for {sum(n is not None for n in neg)}', flush=True)
tok = Tok(M+"vocab.txt"); tok.max = 64
model = load_onnx(M+"model.onnx"); model.train(); model.word.weight.requires_grad_(False)
opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
order = list(range(len(skills))); steps = int(len(order) * EPOCHS) // BS
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s+1)/(0.1*steps)) * max(0.0, (steps - s)/steps))
scale = 20.0; step = 0; t0 = time.time()
while step < steps:
    random.shuffle(order)
    for b in range(0, len(order) - BS + 1, BS):
        if step >= steps: break
        ids_ = order[b:b+BS]
        labels = [skills[i][0] for i in ids_]; descs = [skills[i][1] for i in ids_]
        negs = [skills[neg[i]][0] for i in ids_ if neg[i] is not None]
        L = model(*tok.batch(labels)); Dd = model(*tok.batch(descs))
        cands = Dd
        lossA = F.cross_entropy(scale * L @ Dd.T, torch.arange(BS))   # label -> description
        targets = Dd if not negs else torch.cat([L, model(*tok.batch(negs))])
        lossB = F.cross_entropy(scale * Dd @ targets.T, torch.arange(BS))  # description -> label (look-alike labels as extra negatives)
        loss = (lossA + lossB) / 2
        opt.zero_grad(); loss.backward(); opt.step(); sched.step(); step += 1
        if step % 5 == 0 or step < 4: print(f'step {step}/{steps} loss {loss.item():.3f} {time.time()-t0:.0f}s', flush=True)
torch.save(model.state_dict(), OUT)
evalpairs.evaluate(model.eval(), tok, f'ft{EPOCHS}-{LR}')
