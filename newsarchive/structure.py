"""Structure repair before extraction: unwrap layout tables, rejoin article bodies split in chunks."""

from __future__ import annotations

from collections import defaultdict

from lxml.html import HtmlElement

__all__ = ["chunk_paragraphs", "find_split_body", "join_chunks", "unwrap_layout_tables"]

_LONG_CELL = 250


def _is_layout_table(table: HtmlElement) -> bool:
    """A table used for page layout rather than data: nested tables or prose-sized cells."""
    if table.xpath("./thead|./caption|./tr/th|./tbody/tr/th"):
        return False
    if table.xpath(".//table"):
        return True
    for cell in table.xpath("./tr/td|./tbody/tr/td"):
        if len(cell.xpath(".//p|.//br")) >= 3 or len(cell.text_content().strip()) > _LONG_CELL:
            return True
    return False


def unwrap_layout_tables(tree: HtmlElement) -> int:
    """Turn layout tables into plain blocks so each cell is judged on its own, in place."""
    tables = [t for t in tree.iter("table") if _is_layout_table(t)]
    parts = [
        el
        for table in tables
        for el in table.iter("tbody", "thead", "tfoot", "tr", "td", "th")
        if _nearest_table(el) is table
    ]
    for el in [*tables, *parts]:
        el.tag = "div"
        for attr in ("colspan", "rowspan"):
            el.attrib.pop(attr, None)
    return len(tables)


def _nearest_table(el: HtmlElement) -> HtmlElement | None:
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


_CHUNK_MIN_TEXT = 150


def _signature(el: HtmlElement, depth: int = 2) -> tuple[str, ...]:
    parts = []
    node: HtmlElement | None = el
    for _ in range(depth + 1):
        if node is None:
            break
        parts.append(f"{node.tag}.{' '.join(sorted((node.get('class') or '').split()))}")
        node = node.getparent()
    return tuple(parts)


def _own_paragraph_text(el: HtmlElement) -> int:
    return sum(len(p.text_content().strip()) for p in el if p.tag == "p")


_TEXT_XPATH = (
    ".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
)


def _text_len(el: HtmlElement) -> int:
    return sum(len(t.strip()) for t in el.xpath(_TEXT_XPATH))


def _only_chunks_between(members: list[HtmlElement]) -> bool:
    """True when the members' common ancestor holds little text besides them (ads, embeds):
    moving the chunks together then cannot reorder article text."""
    chains = [list(m.iterancestors()) for m in members]
    common = next((a for a in chains[0] if all(a in c for c in chains[1:])), None)
    if common is None:
        return False
    inner = sum(_text_len(m) for m in members)
    return _text_len(common) - inner <= max(200, 0.1 * inner)


def find_split_body(tree: HtmlElement) -> list[HtmlElement]:
    """Same-classed chunks (same tag, class and parent classes) that together hold the article.

    CMSs cut long bodies into several containers between ads; extractors pick one container and
    lose the rest. Returns the chunks in document order, or [] when the body is not split.
    """
    groups: dict[tuple[str, ...], list[HtmlElement]] = defaultdict(list)
    total = 0
    for el in tree.iter("div", "section"):
        text = _own_paragraph_text(el)
        total += text
        if text >= _CHUNK_MIN_TEXT and el.get("class"):
            groups[_signature(el)].append(el)
    if not groups or not total:
        return []
    _key, members = max(groups.items(), key=lambda kv: sum(map(_own_paragraph_text, kv[1])))
    if len(members) < 2 or sum(map(_own_paragraph_text, members)) < 0.5 * total:
        return []
    return members if _only_chunks_between(members) else []


def chunk_paragraphs(members: list[HtmlElement]) -> list[str]:
    """The direct paragraph texts of the chunks."""
    return [p.text_content().strip() for m in members for p in m if p.tag == "p"]


def join_chunks(members: list[HtmlElement]) -> None:
    """Wrap the chunks in one container (in place, order kept) so extractors see one body."""
    first = members[0]
    wrapper = first.makeelement(first.tag, {"class": first.get("class", "")})
    first.addprevious(wrapper)
    for member in members:
        if any(anc is first for anc in member.iterancestors()):
            continue
        if member.tail and member.tail.strip():
            continue  # keep loose text where it is
        wrapper.append(member)
