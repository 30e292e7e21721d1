"""The vectorised simhash gives exactly the values of the pure-Python loop archived records carry."""

from __future__ import annotations

import hashlib
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from newsarchive.extraction.fingerprint import (
    DAY_TWIN_BITS,
    TWIN_BITS,
    NearTwins,
    _features,
    hamming,
    simhash,
    word_count,
)


def reference_simhash(text: str) -> str:
    """The original implementation (kept verbatim): one Python loop over 64 bits per shingle."""
    weights = [0] * 64
    for feature in _features(text):
        h = int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if (h >> bit) & 1 else -1
    value = 0
    for bit, weight in enumerate(weights):
        if weight > 0:
            value |= 1 << bit
    return f"{value & ((1 << 64) - 1):016x}"


# Word pools in several scripts; texts mix them with punctuation, digits and odd whitespace.
_FULLWIDTH = " ".join("".join(chr(ord(c) + 0xFEE0) for c in w) for w in ("Fullwidth", "forms"))
_POOLS = [
    line.split()
    for line in (
        "the flood river council said on monday that roads were closed",
        "le conseil municipal a voté lundi la fermeture des routes après la crue",
        "Überschwemmung Straße geschlossen Bürgermeister sagte am Montag",
        "наводнение река совет заявил понедельник дороги закрыты",
        "الفيضان النهر المجلس قال يوم الاثنين الطرق مغلقة",
        "洪水 河流 议会 星期一 表示 道路 已 关闭",
        "洪水 川 議会 月曜日 道路 閉鎖 され ました",
        "홍수 강 의회 월요일 도로 폐쇄",
        "बाढ़ नदी परिषद सोमवार सड़कें बंद",
        "πλημμύρα ποτάμι συμβούλιο Δευτέρα δρόμοι κλειστοί",
        _FULLWIDTH + " café cafe\u0301 ǅemal ß ẞ İstanbul \ufb01nance",
    )
]
_SEPARATORS = [" ", "  ", "\n", "\n\n", "\t", ", ", ". ", " — ", "\u00a0", "\u3000", "!? "]


def _generated_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = ["", " ", "\n\t", "...", "one", "one two", "one two three", "Ω", "a b c d"]
    for _ in range(count):
        pools = rng.sample(_POOLS, rng.randint(1, 3))
        words = [rng.choice(rng.choice(pools)) for _ in range(rng.choice([1, 2, 3, 4, 7, 30, 150]))]
        if rng.random() < 0.3:
            words = [w.upper() if rng.random() < 0.5 else w for w in words]
        if rng.random() < 0.2:
            words.insert(rng.randrange(len(words) + 1), str(rng.randrange(10**6)))
        texts.append("".join(w + rng.choice(_SEPARATORS) for w in words))
    return texts


def test_equal_to_the_reference_on_generated_texts() -> None:
    texts = _generated_texts(1200, seed=12)
    mismatches = [t for t in texts if simhash(t) != reference_simhash(t)]
    assert mismatches == []
    # the corpus exercises both halves of every bit: not all hashes are alike or zero
    values = {simhash(t) for t in texts}
    assert len(values) > 900
    assert {bit for v in values for bit in range(64) if (int(v, 16) >> bit) & 1} == set(range(64))


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=400))
def test_equal_to_the_reference_on_any_unicode(text: str) -> None:
    assert simhash(text) == reference_simhash(text)


def test_ties_leave_the_bit_clear() -> None:
    # two shingles with opposite bits tie at weight 0 on those bits: clear, as in the loop
    text = "alpha beta gamma delta"
    assert len(_features(text)) == 2
    assert simhash(text) == reference_simhash(text)
    a, b = (
        int.from_bytes(hashlib.blake2b(f.encode(), digest_size=8).digest(), "big")
        for f in _features(text)
    )
    assert int(simhash(text), 16) == a & b


def test_empty_and_short_texts() -> None:
    assert simhash("") == reference_simhash("") == "0000000000000000"
    assert simhash("   \n ") == "0000000000000000"
    for text in ["x", "two words", "Три слова здесь", "日本"]:
        assert simhash(text) == reference_simhash(text)
        assert len(simhash(text)) == 16


def test_near_duplicates_stay_near() -> None:
    base = " ".join(max(_generated_texts(20, seed=3), key=len).split()[:100])
    assert len(base.split()) == 100
    edited = base.replace(base.split()[50], "changed", 1)
    assert hamming(simhash(base), simhash(edited)) < hamming(simhash(base), simhash("other text"))


_CLAUSES = [
    "市人大代表呼吁对城乡公交一体化进行独立评估",
    "多名代表在表决时投了弃权票",
    "公众意见征集将持续到月底",
    "有关部门表示将进一步听取群众意见",
    "施工期间相关路段将封闭七十七天",
    "有专家认为预算中没有包括后期维护费用",
    "首批工程合同预计在九十七周内签订",
    "市民可到市图书馆查阅规划图纸",
]


def test_a_chinese_text_and_its_copy_with_one_clause_changed_are_near_twins() -> None:
    """Chinese is written without spaces: a 'word' of \\w+ is a whole clause, so a text had a
    handful of shingles and one changed clause moved its simhash like an unrelated text.
    Characters are its shingles' words, as Thai, Lao, Myanmar and Khmer letters."""
    rng = random.Random(5)
    base = "。".join(rng.sample(_CLAUSES, len(_CLAUSES)) * 2) + "。"
    edited = base.replace("七十七天", "九十一天", 1)
    unrelated = (
        "今年春天的樱花比往年开得早。游客们纷纷来到公园拍照留念。附近的餐馆生意格外兴隆。" * 3
    )
    assert hamming(simhash(base), simhash(edited)) <= TWIN_BITS
    assert hamming(simhash(base), simhash(unrelated)) > 3 * TWIN_BITS
    assert len(_features(base)) == len(base.replace("。", "")) - 2
    twins = NearTwins()
    twins.add("a1", simhash(base), "城乡公交一体化", base)
    assert twins.find(simhash(edited), "城乡公交一体化") == "a1"
    assert twins.find(simhash(unrelated), "城乡公交一体化") is None


def test_word_counts_of_unspaced_scripts() -> None:
    assert word_count("The council met, again — 2017.") == 6  # tokens, as str.split
    assert word_count("市人大代表呼吁对城乡公交一体化进行独立评估。") == 11  # 21 characters
    assert word_count("iPhone手机 很好") == 3
    assert word_count("서울 시민들이 모였다") == 3  # Korean is written with spaces
    assert word_count("ข่าววันนี้ดีมาก") == 4  # 15 Thai letters


def test_a_print_view_titled_with_the_sites_name_is_a_near_twin_of_that_days_story() -> None:
    """PHP-Nuke's print view is headed with the site's name and drops the story's 'Reader
    writes "…"' wrapper: another headline, a text a few words apart. Same day and a closer
    simhash make it the story's twin; on another day, or with the usual distance, it is not."""
    story = " ".join(max(_generated_texts(20, seed=9), key=len).split()[:150])
    printed = story.split(" ", 3)[3]  # the first three words gone
    assert hamming(simhash(story), simhash(printed)) <= DAY_TWIN_BITS
    twins = NearTwins()
    twins.add("a1", simhash(story), "Town approves the bridge", story, "2017-03-18")
    assert twins.find(simhash(printed), "Town News", "2017-03-18") == "a1"
    assert twins.find(simhash(printed), "Town News", "2017-03-19") is None
    assert twins.find(simhash(printed), "Town News") is None
    other = " ".join(max(_generated_texts(20, seed=10), key=len).split()[:150])
    assert twins.find(simhash(other), "Town News", "2017-03-18") is None


def test_a_short_story_and_its_print_view_with_a_footer_line_are_twins_by_their_lines() -> None:
    """A short Japanese story and its print view, which adds the site's footer lines: their
    simhashes are further apart than TWIN_BITS, but under one headline the story's lines are
    all in the print view and most of it. Another headline, or a text holding only part of the
    story's lines, make no twin."""
    story = (
        "市議会は三月の定例会で駅前広場の再整備に関する補正予算案を可決した。"
        "工事は来年春に始まり、完成は二年後の見込みだ。反対した会派は事業費の見直しを求めている。"
        "市は説明会を四月に開く予定で、住民の意見を設計に反映させるという。"
    )
    footer = "この記事は みなと市民ネット で更新されました (2017-04-02 08:15:00) 印刷用ページ"
    printed = f"{story}\n{footer}"
    assert hamming(simhash(story), simhash(printed)) > TWIN_BITS
    twins = NearTwins()
    twins.add("a1", simhash(story), "駅前広場の再整備", story)
    assert twins.find(simhash(printed), "駅前広場の再整備", text=printed) == "a1"
    assert twins.find(simhash(printed), "駅前広場の再整備") is None  # no text: simhash only
    assert twins.find(simhash(printed), "別の見出し", text=printed) is None
    half = story[: len(story) // 2]
    assert twins.find(simhash(half), "駅前広場の再整備", text=f"{half}\n{footer}") is None
    assert twins.find(simhash(footer), "駅前広場の再整備", text=f"{footer}\n{story}x") is None
    # the other order: the print view met first
    twins = NearTwins()
    twins.add("p1", simhash(printed), "駅前広場の再整備", printed)
    assert twins.find(simhash(story), "駅前広場の再整備", text=story) == "p1"
