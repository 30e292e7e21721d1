"""Reading the archive: queries, exports, the Parquet index and per-day stats."""
