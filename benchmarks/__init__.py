"""Benchmarks (not part of `make test`): accuracy.py and speed.py append to RESULTS.md."""
