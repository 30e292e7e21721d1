"""HOLDOUT2 sites: do not read, print or tune against these modules; only run them through benchmarks/unseen.py."""
