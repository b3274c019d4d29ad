"""Assemble the spaCy pipeline (stages and rule patterns) and save it to --out."""

from __future__ import annotations

import argparse
import sys

NAME = "build-model"
HELP = "assemble the spaCy pipeline and save it under models/"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", default="models/pipeline", metavar="DIR", help="where to save the pipeline")


def run(args: argparse.Namespace) -> int:
    from ..nlp import build_nlp, save_nlp

    nlp = build_nlp()
    save_nlp(nlp, args.out)
    print(f"saved pipeline {nlp.pipe_names} to {args.out}", file=sys.stderr)
    return 0
