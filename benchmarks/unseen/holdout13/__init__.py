"""Thirteenth holdout group of unseen-CMS sites (issue #8): never read or tuned on."""

import benchmarks.unseen.text_h13  # noqa: F401  (registers the ga, is, mt, az, cy, mk banks)
