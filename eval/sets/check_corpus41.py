#!/usr/bin/env python3
"""Checker for eval/sets/corpus41.jsonl: the checks of check_corpus6.py (read its docstring), for
the articles of eval/corpus41/ and ids numbered y001, y002, ... in file order.
Usage: python3 eval/sets/check_corpus41.py [path-to-jsonl]
"""
import os
import runpy

here = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(here, "check_corpus6.py"), init_globals={"SET": "corpus41", "PREFIX": "y"}, run_name="__main__")
