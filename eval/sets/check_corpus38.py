#!/usr/bin/env python3
"""Checker for eval/sets/corpus38.jsonl: the checks of check_corpus6.py (read its docstring), for
the articles of eval/corpus38/ and ids numbered w001, w002, ... in file order.
Usage: python3 eval/sets/check_corpus38.py [path-to-jsonl]
"""
import os
import runpy

here = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(here, "check_corpus6.py"), init_globals={"SET": "corpus38", "PREFIX": "w"}, run_name="__main__")
