#!/usr/bin/env python3
"""Concatenates README_head.md and tables.md (from validate.py) into README.md."""
import os
H = os.path.dirname(os.path.abspath(__file__))
head = open(os.path.join(H, "README_head.md"), encoding="utf-8").read()
tables = open(os.path.join(H, "tables.md"), encoding="utf-8").read()
open(os.path.join(H, "README.md"), "w", encoding="utf-8").write(head + "\n" + tables + "\nValidation: `python3 validate.py` prints VALID (all checks above pass).\n")
