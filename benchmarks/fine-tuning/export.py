import os
import sys, torch, torch.nn as nn
from minilm import *
M = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../src/Ecvet.Matching.Semantic/obj/default-model/')
src, out = sys.argv[1], sys.argv[2]
model = load_onnx(M+'model.onnx')
if src != 'base': model.load_state_dict(torch.load(src))
model.eval()
class Hidden(nn.Module):
    def __init__(s, m): super().__init__(); s.m = m
    def forward(s, input_ids, attention_mask, token_type_ids):
        m = s.m; L = input_ids.shape[1]
        x = m.ln(m.word(input_ids) + m.pos(torch.arange(L).unsqueeze(0)) + m.typ(token_type_ids))
        bias = (1.0 - attention_mask[:, None, None, :].float()) * -10000.0
        for l in m.layers: x = l(x, bias)
        return x
ids = torch.ones(2, 8, dtype=torch.long)
torch.onnx.export(Hidden(model), (ids, ids, torch.zeros_like(ids)), out, input_names=['input_ids','attention_mask','token_type_ids'],
    output_names=['last_hidden_state'], dynamic_axes={n:{0:'batch',1:'sequence'} for n in ['input_ids','attention_mask','token_type_ids','last_hidden_state']}, opset_version=14)
print('exported', out)
