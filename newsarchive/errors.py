"""Exceptions a user can meet, each carrying a message fit to print as it is."""

from __future__ import annotations


class NewsarchiveError(Exception):
    """Base class: the message is meant for the person running the tool."""


class ConfigError(NewsarchiveError):
    """The site config is missing, unreadable or invalid."""


class StorageError(NewsarchiveError):
    """The archive root cannot be used (bad URI, unreachable, not writable)."""


class UnsafeKeyError(StorageError):
    """A storage key would escape its prefix or is otherwise not allowed."""


class WarcError(NewsarchiveError):
    """A raw page cannot be read back: its WARC part is missing, truncated or corrupt."""


class WarcMissing(WarcError):
    """The WARC part (or referenced source file) a pointer names does not exist."""
