"""Link discovery on huge pages: CPU seconds of page_links and pagination_links by link count.

    uv run python benchmarks/links.py [--links 20000 100000]

The page mixes <a href> and <link href> elements (as a homepage with a link farm does), the
case where the old XPath union `//link[@href] | //a[@href]` took quadratic time.
"""

from __future__ import annotations

import argparse
import time

from newsarchive.discovery import page_links, pagination_links


def page(n: int) -> str:
    """A homepage with n <a> and n <link> elements, plus one rel=next and one paged link."""
    links = "".join(
        f"<div><p><a href='/a/{i}'>x</a> <link href='/l/{i}'></p></div>" for i in range(n)
    )
    head = "<html><head><link rel=next href='/page/2'></head><body>"
    return head + links + "<a href='/page/3'>3</a></body></html>"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, nargs="+", default=[20_000, 100_000])
    for n in parser.parse_args().links:
        html = page(n)
        for func in (pagination_links, page_links):
            start = time.process_time()
            found = func(html, "http://site.example/")
            print(
                f"{func.__name__:16} {n:>7} links: {len(found):>7} found, "
                f"{time.process_time() - start:.2f} CPU s"
            )


if __name__ == "__main__":
    main()
