"""Run gxkg ingest on each converted held-out article (convert.py output) with a copy of the project data at
argv[3]; write the proposed mention texts, the gold mention texts and the article text per article to argv[2]."""
import json, subprocess, sys, yaml
from pathlib import Path
src = Path(sys.argv[1]); out = {}
for art in sorted(src.glob("*.txt")):
    exp = yaml.safe_load(art.with_suffix(".expected.yaml").read_text())
    r = subprocess.run([sys.executable, "-m", "gxkg.cli", "--data", sys.argv[3], "ingest", str(art), "--date", str(exp["date"]),
                        "--publisher", exp["publisher"], "--id", "m", "--force", "-f", "json"], capture_output=True, text=True,
                       env={"GXKG_CACHE_DIR": sys.argv[3] + "/cache", "PATH": "/usr/bin:/bin"})
    d = json.loads(r.stdout[r.stdout.index("{"):])
    out[art.stem] = {"ingest": sorted({m["text"] for m in d["mentions"]}),
                     "gold": sorted({m["text"] for m in exp.get("mentions") or []}),
                     "gold_cls": {m["text"]: m.get("class") for m in exp.get("mentions") or []},
                     "text": art.read_text()}
json.dump(out, open(sys.argv[2], "w"), ensure_ascii=False)
