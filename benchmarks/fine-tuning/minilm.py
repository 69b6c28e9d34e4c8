import os
import math, unicodedata, re, onnx, numpy as np, torch, torch.nn as nn, torch.nn.functional as F
# Accents are kept, as the library's tokenizer keeps them; text with accents or rare symbols may still split
# slightly differently from it (the labelled pairs and ESCO texts used here are plain English).
STRIP = False
from onnx import numpy_helper

class Tok:
    def __init__(self, vocab_path, max_tokens=256):
        self.vocab = {}
        for i, l in enumerate(open(vocab_path, encoding='utf-8')):
            self.vocab[l.rstrip('\n')] = i
        self.max = max_tokens
    def _basic(self, text):
        text = ''.join(' ' if unicodedata.category(c) in ('Cc','Cf') and c not in '\t\n\r' else c for c in text if ord(c) != 0 and ord(c) != 0xfffd)
        out = []
        for c in text:
            cp = ord(c)
            if (0x4E00 <= cp <= 0x9FFF) or (0x3400 <= cp <= 0x4DBF) or (0xF900 <= cp <= 0xFAFF): out.append(' %s ' % c)
            else: out.append(c)
        text = ''.join(out).lower()
        text = unicodedata.normalize('NFD', text)
        text = ''.join(c for c in text if unicodedata.category(c) != 'Mn') if STRIP else unicodedata.normalize('NFC', text)
        words = []
        for w in text.split():
            cur = ''
            for c in w:
                cp = ord(c)
                if (33 <= cp <= 47) or (58 <= cp <= 64) or (91 <= cp <= 96) or (123 <= cp <= 126) or unicodedata.category(c).startswith('P'):
                    if cur: words.append(cur); cur = ''
                    words.append(c)
                else: cur += c
            if cur: words.append(cur)
        return words
    def _wordpiece(self, w):
        if len(w) > 100: return [self.vocab['[UNK]']]
        ids, start = [], 0
        while start < len(w):
            end, found = len(w), None
            while start < end:
                sub = w[start:end] if start == 0 else '##' + w[start:end]
                if sub in self.vocab: found = self.vocab[sub]; break
                end -= 1
            if found is None: return [self.vocab['[UNK]']]
            ids.append(found); start = end
        return ids
    def encode(self, text):
        ids = [self.vocab['[CLS]']]
        for w in self._basic(text): ids.extend(self._wordpiece(w))
        ids = ids[:self.max - 1] + [self.vocab['[SEP]']]
        return ids
    def batch(self, texts):
        enc = [self.encode(t) for t in texts]
        L = max(len(e) for e in enc)
        ids = torch.zeros(len(enc), L, dtype=torch.long); mask = torch.zeros(len(enc), L, dtype=torch.long)
        for i, e in enumerate(enc): ids[i,:len(e)] = torch.tensor(e); mask[i,:len(e)] = 1
        return ids, mask

class Layer(nn.Module):
    def __init__(s, h=384, heads=12, inter=1536):
        super().__init__(); s.heads = heads
        s.q, s.k, s.v, s.o = nn.Linear(h,h), nn.Linear(h,h), nn.Linear(h,h), nn.Linear(h,h)
        s.ln1 = nn.LayerNorm(h, eps=1e-12); s.i = nn.Linear(h, inter); s.out = nn.Linear(inter, h); s.ln2 = nn.LayerNorm(h, eps=1e-12)
    def forward(s, x, bias):
        B, L, H = x.shape; d = H // s.heads
        def sp(t): return t.view(B, L, s.heads, d).transpose(1, 2)
        a = torch.matmul(sp(s.q(x)), sp(s.k(x)).transpose(-1, -2)) / math.sqrt(d) + bias
        c = torch.matmul(F.softmax(a, -1), sp(s.v(x))).transpose(1, 2).reshape(B, L, H)
        x = s.ln1(s.o(c) + x)
        return s.ln2(s.out(F.gelu(s.i(x))) + x)

class MiniLM(nn.Module):
    def __init__(s, n=6):
        super().__init__()
        s.word = nn.Embedding(30522, 384); s.pos = nn.Embedding(512, 384); s.typ = nn.Embedding(2, 384); s.ln = nn.LayerNorm(384, eps=1e-12)
        s.layers = nn.ModuleList([Layer() for _ in range(n)])
    def forward(s, ids, mask):
        B, L = ids.shape
        x = s.ln(s.word(ids) + s.pos(torch.arange(L).unsqueeze(0)) + s.typ(torch.zeros_like(ids)))
        bias = (1.0 - mask[:, None, None, :].float()) * -10000.0
        for l in s.layers: x = l(x, bias)
        m = mask.unsqueeze(-1).float()
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return F.normalize(pooled, dim=-1)

def load_onnx(path):
    m = onnx.load(path)
    inits = {t.name: numpy_helper.to_array(t) for t in m.graph.initializer}
    mats = [n for n in m.graph.node if n.op_type == 'MatMul' and n.input[1] in inits]
    model = MiniLM()
    T = lambda a: torch.tensor(np.array(a, dtype=np.float32))
    with torch.no_grad():
        model.word.weight.copy_(T(inits['embeddings.word_embeddings.weight'])); model.pos.weight.copy_(T(inits['embeddings.position_embeddings.weight']))
        model.typ.weight.copy_(T(inits['embeddings.token_type_embeddings.weight']))
        model.ln.weight.copy_(T(inits['embeddings.LayerNorm.weight'])); model.ln.bias.copy_(T(inits['embeddings.LayerNorm.bias']))
        for i, l in enumerate(model.layers):
            w = [inits[n.input[1]] for n in mats[i*6:(i+1)*6]]
            p = f'encoder.layer.{i}.'
            for lin, wt, b in [(l.q, w[0], 'attention.self.query.bias'), (l.k, w[1], 'attention.self.key.bias'), (l.v, w[2], 'attention.self.value.bias'),
                               (l.o, w[3], 'attention.output.dense.bias'), (l.i, w[4], 'intermediate.dense.bias'), (l.out, w[5], 'output.dense.bias')]:
                lin.weight.copy_(T(wt).t()); lin.bias.copy_(T(inits[p + b]))
            l.ln1.weight.copy_(T(inits[p+'attention.output.LayerNorm.weight'])); l.ln1.bias.copy_(T(inits[p+'attention.output.LayerNorm.bias']))
            l.ln2.weight.copy_(T(inits[p+'output.LayerNorm.weight'])); l.ln2.bias.copy_(T(inits[p+'output.LayerNorm.bias']))
    return model
