"""A site's learned profile in the archive: load, save and merge it over the Storage protocol."""

from __future__ import annotations

import json
import logging

from newsarchive.archive import keys
from newsarchive.archive.storage import Storage
from newsarchive.extraction.profile import PageFeatures, SiteProfile, learn_profile

__all__ = ["load_profile", "save_profile", "update_profile"]

LOGGER = logging.getLogger(__name__)


def load_profile(storage: Storage, site: str, version: str | None = None) -> SiteProfile | None:
    """The site's stored profile (or its stored VERSION); None when there is none or it
    cannot be read (logged)."""
    key = keys.profile_key(site) if version is None else keys.profile_version_key(site, version)
    try:
        raw = storage.get_bytes(key)
    except KeyError:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return SiteProfile.from_dict(data)
    except (ValueError, TypeError, AttributeError) as exc:
        # a damaged profile is relearned from the next run's pages, never fatal
        LOGGER.warning("site profile of %s unreadable, relearning it: %s", site, exc)
        return None


def save_profile(
    storage: Storage, profile: SiteProfile, site: str | None = None, current: bool = True
) -> str:
    """Store PROFILE as readable JSON under its version's key (records name it) and, when
    CURRENT, at the site's profile key (what the next run starts from); returns the key."""
    name = site or profile.site
    profile.site = name
    data = profile.to_json().encode("utf-8")
    key = keys.profile_version_key(name, profile.version)
    storage.put_bytes(key, data, content_type="application/json")
    if current:
        key = keys.profile_key(name)
        storage.put_bytes(key, data, content_type="application/json")
    return key


def update_profile(storage: Storage, site: str, pages: list[PageFeatures]) -> SiteProfile:
    """Learn from this run's pages on top of the stored profile, store and return the result."""
    profile = learn_profile(pages, previous=load_profile(storage, site), site=site)
    if pages:
        save_profile(storage, profile, site)
    return profile
