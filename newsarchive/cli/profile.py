"""`newsarchive profile SITE`: what the archive learned about a site's template."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer

from newsarchive.cli import ArchiveOpt, app, fail

if TYPE_CHECKING:  # lxml and rich load only when a profile is shown or used
    from newsarchive.extraction.profile import SiteProfile
SECTIONS = (
    ("chrome", "Chrome (blocks removed from every article)"),
    ("labels", "Info-block labels (rows removed by their lead)"),
    ("titles", "Headings that name the site or section, not the article"),
    ("title_affixes", "Constant parts of <title> (the site's affix)"),
    ("regions", "Comment regions (removed as a whole)"),
    ("edge_words", "Credit-line words (short lines at the text's ends with them are removed)"),
)


def stored_profile(site: str, archive: str | None, version: str | None = None) -> SiteProfile:
    """The site's profile from the archive, or exit with a message when there is none."""
    from newsarchive.archive.profiles import load_profile
    from newsarchive.archive.storage import open_storage
    from newsarchive.errors import UnsafeKeyError
    from newsarchive.settings import Settings

    storage = open_storage(Settings.from_env(archive_uri=archive).archive_uri)
    try:
        profile = load_profile(storage, site, version)
    except UnsafeKeyError:
        raise fail(
            f"not a profile version: {version!r} (16 hex digits, as records name it)", 2
        ) from None
    if profile is None and version is not None:
        raise fail(f"no profile version {version} of site {site!r} in {storage.uri}", 1)
    if profile is None:
        raise fail(f"no profile learned for site {site!r} in {storage.uri} (crawl it first)", 1)
    return profile


def render(profile: SiteProfile) -> list[str]:
    """The learned section of PROFILE as readable lines."""
    data = profile.to_dict()
    lines = [
        f"site {profile.site}  version {profile.version}  "
        f"({'trusted' if profile.trusted else 'not trusted yet: too few articles'})",
        f"learned from {profile.articles} articles ({profile.pages} pages)",
    ]
    for name, heading in SECTIONS:
        items = data["learned"][name]
        lines.append("")
        lines.append(f"{heading}: {len(items)}")
        lines.extend(f"  - {item.replace(chr(9), ': ')}" for item in items)
    return lines


@app.command()
def profile(
    site: Annotated[str, typer.Argument(help="The site's name (as in the config).")],
    archive: ArchiveOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="The stored profile as JSON.")] = False,
    version: Annotated[
        str | None,
        typer.Option("--version", help="A stored version, as a record's profile_version names it."),
    ] = None,
) -> None:
    """Show what the archive learned about a site's template (chrome, titles, comments)."""
    learned = stored_profile(site, archive, version)
    if as_json:
        print(json.dumps(learned.to_dict(), ensure_ascii=False, indent=1))
        return
    from rich.console import Console

    out = Console()
    for line in render(learned):
        out.print(line, highlight=False, markup=False, soft_wrap=True)
