"""`eventwire train`: reproducible training of the shipped learned models, printing cross-validated scores."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

MODELS_DIR = Path(__file__).resolve().parents[1] / "models"
WHICH = {"sentence-class": "sentence-class.json", "plover-type": "plover-type.json"}


def cmd_train(args: argparse.Namespace) -> int:
    from eventwire.learn.train import train

    names = list(WHICH) if args.model == "all" else [args.model]
    for which in names:
        print(f"eventwire train {which}: cross-validating ({args.folds} folds) ...", file=sys.stderr, flush=True)
        model = train(which, Path(args.data), folds=args.folds, c=args.c)
        out = Path(args.out) / WHICH[which]
        model.save(out)
        print(json.dumps({"model": model.name, "written": str(out), **model.metrics}))
    return 0


def add_train_parser(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser(
        "train",
        help="train the learned models on the development data (needs scikit-learn)",
        description="Fit the sentence event-class model (ConfliBERT pentaclass train split) and the PLOVER type model "
        "(PLOVER records + CASE 2021 ACLED dev), print their cross-validated scores and write the JSON artefacts "
        "that eventwire loads at run time. Needs the test extra (scikit-learn).",
    )
    p.add_argument("model", nargs="?", choices=("all", *WHICH), default="all", help="which model (default all)")
    p.add_argument("--data", default="../shared/eval", help="folder with the development gold sets")
    p.add_argument("--out", default=str(MODELS_DIR), help="where to write the artefacts (default: the package)")
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    p.add_argument("-C", dest="c", type=float, default=10.0, help="inverse regularisation strength (default 10)")
    common(p)
    p.set_defaults(func=cmd_train)
