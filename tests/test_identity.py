"""Identity on one site: a page naming an archived article's URL as its canonical takes that
article over only when it is the same text (or nearly); else it is an article of its own."""

from __future__ import annotations

from pathlib import Path

from tests.crawl_helpers import archived, path_of, run_cli
from tests.news_site import NewsSite, article

DAY = "2026-11-02"
STORY = "The council approved the new harbour wall after a long debate. " * 20
COMMENT = "I live by the harbour and the wall will block the view of the boats. " * 12


def test_a_comment_permalink_claiming_the_story_canonical_does_not_replace_it(
    tmp_path: Path,
) -> None:
    uri = str(tmp_path / "archive")
    with NewsSite() as site:
        story_url = f"{site.url}/story"
        site.pages["/"] = "<html><body><a href='/story'>story</a></body></html>"
        site.pages["/story"] = article("Harbour wall approved", STORY, DAY, story_url)
        config = site.config(tmp_path / "sites.yaml")
        args = ["crawl", "--config", str(config), "--archive", uri]
        assert run_cli(args, tmp_path).code == 0
        before = {path_of(r.canonical_url): r for r in archived(uri).values()}
        assert list(before) == ["/story"]

        # a comment permalink and a share link, both naming the story as their canonical
        site.pages["/"] = (
            "<html><body><a href='/story'>story</a> <a href='/story/comment-7'>comment</a>"
            " <a href='/2026/11/02/harbour-wall'>again</a></body></html>"
        )
        site.pages["/story/comment-7"] = article("Re: Harbour wall", COMMENT, DAY, story_url)
        # the same story under another address: its claim holds (an alias, nothing replaced)
        site.pages["/2026/11/02/harbour-wall"] = article(
            "Harbour wall approved", STORY, DAY, story_url
        )
        again = run_cli(args, tmp_path)
        assert again.code == 0, again.stderr
        assert site.hits["/story/comment-7"] == 1 and site.hits["/2026/11/02/harbour-wall"] == 1
    after = {path_of(r.canonical_url): r for r in archived(uri).values()}
    assert sorted(after) == ["/story", "/story/comment-7"]
    story = after["/story"]
    assert story.text == before["/story"].text and story.version == 1  # untouched
    assert story.article_id == before["/story"].article_id
    comment = after["/story/comment-7"]
    assert "block the view" in comment.text and comment.article_id != story.article_id
    report = again.reports[0]
    assert report["articles_archived"] == 1 and report["articles_updated"] == 0, report
    assert report["skipped"]["unchanged"] == 1  # the same story: an alias of it
