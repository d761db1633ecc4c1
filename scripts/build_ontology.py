"""Build the project's compact ontology data (CAMEO codes, PLOVER types) from the shared ontology facts.

Usage: python scripts/build_ontology.py [../shared/eval]  (writes src/eventwire/dictionaries/data/ontology.json)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval")
    cameo = json.loads((src / "cameo_codes.json").read_text())
    plover = json.loads((src / "plover_ontology.json").read_text())
    codes = {}
    for code, c in cameo["codes"].items():
        codes[code] = {
            "label": c["label"],
            "root": c["root"],
            "goldstein": c["goldstein"],
            "quad_class": c["quad_class"],
            "plover": c.get("plover"),
        }
    types = {}
    for name, t in plover["event_types"].items():
        types[name] = {
            "quad_code": t["quad_code"],
            "plover_score": t["plover_score"],
            "modes": t["modes"],
            "mode_scores": t["mode_scores"],
            "cameo_roots": t["cameo_roots"],
        }
    out = {
        "name": "eventwire.ontology",
        "version": 1,
        "sources": {"cameo": cameo["_meta"]["sources"], "plover": plover["source"]},
        "cameo": codes,
        "plover": types,
        "contexts": plover["contexts"],
        "sectors": sorted(set(plover["sector_codes"]) | {"IGO", "NGO"}),
        "nonstate_codes": plover["nonstate_country_codes"],
    }
    dest = Path(__file__).resolve().parents[1] / "src/eventwire/dictionaries/data/ontology.json"
    dest.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {dest} ({len(codes)} CAMEO codes, {len(types)} PLOVER types)")


if __name__ == "__main__":
    main()
