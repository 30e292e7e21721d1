"""Extraction: bytes of one page to clean text, metadata and its kind (article or not)."""
