"""Crawl leases stored with the archive, on both backends (local folder, moto S3 server)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsarchive.archive.lock import Lease, LockHeld, LockLost, acquire, lock_key, release, renew
from newsarchive.archive.storage import open_storage
from tests.conftest import S3Server, point_boto3_at


@pytest.fixture(scope="module")
def serial_s3() -> Iterator[S3Server]:
    """An S3-protocol server that decides racing conditional writes atomically, as S3 does
    (the suite's shared moto server does not: see tests/conftest.py)."""
    server = S3Server(serial=True)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["local", "s3"])
def storage(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    if request.param == "local":
        uri = str(tmp_path / "archive")
    else:
        server = request.getfixturevalue("serial_s3")
        point_boto3_at(server, monkeypatch)
        bucket = f"lock-{uuid.uuid4().hex[:12]}"
        server.client().create_bucket(Bucket=bucket)
        uri = f"s3://{bucket}/archive"
    store = open_storage(uri)
    store.check(create=True)
    return store


def expired(store, site: str, owner: str) -> Lease:  # type: ignore[no-untyped-def]
    """A lease whose expiry has passed by the time anyone looks at it (ttl of a microsecond)."""
    lease = acquire(store, site, owner, ttl=1e-6)
    time.sleep(0.01)  # only ever makes it more expired: no timing needed to pass
    return lease


def race(n: int, attempt: Callable[[str], Lease]) -> tuple[list[Lease], list[Exception]]:
    """n threads call attempt(owner) at the same moment."""
    barrier = threading.Barrier(n)
    won: list[Lease] = []
    lost: list[Exception] = []

    def one(i: int) -> None:
        barrier.wait()
        try:
            won.append(attempt(f"crawler-{i}"))
        except (LockHeld, LockLost) as exc:
            lost.append(exc)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return won, lost


def test_held_lease_refuses_a_second_crawl_until_released(storage) -> None:  # type: ignore[no-untyped-def]
    lease = acquire(storage, "alpha", "crawl run-1", ttl=600)
    with pytest.raises(
        LockHeld,
        match=r"another crawl of alpha holds the archive lock since .* \(owner crawl run-1,",
    ):
        acquire(storage, "alpha", "crawl run-2", ttl=600)
    other = acquire(storage, "beta", "crawl run-2", ttl=600)  # other sites are independent
    assert storage.exists(lock_key("alpha")) and storage.exists(lock_key("beta"))
    release(lease)
    assert not storage.exists(lock_key("alpha"))
    again = acquire(storage, "alpha", "crawl run-3", ttl=600)
    assert again.owner == "crawl run-3"
    release(again)
    release(other)


def test_renew_extends_and_an_expired_lease_is_taken_over(storage) -> None:  # type: ignore[no-untyped-def]
    lease = acquire(storage, "alpha", "first", ttl=600)
    longer = renew(lease, ttl=1200)
    assert longer.expires_at > lease.expires_at
    release(longer)

    old = expired(storage, "alpha", "dead machine")
    new = acquire(storage, "alpha", "second", ttl=600)
    assert new.owner == "second"
    with pytest.raises(LockLost):
        renew(old)
    release(old)  # not ours any more: leaves the new holder's lease alone
    assert storage.exists(lock_key("alpha"))
    with pytest.raises(LockHeld, match=r"\(owner second,"):
        acquire(storage, "alpha", "third", ttl=600)
    release(new)


def test_two_concurrent_acquirers_one_wins(storage) -> None:  # type: ignore[no-untyped-def]
    won, lost = race(6, lambda owner: acquire(storage, "alpha", owner, ttl=600))
    assert len(won) == 1 and len(lost) == 5, (won, lost)
    for lease in won:
        release(lease)


def test_concurrent_takeover_of_an_expired_lease_one_wins(storage) -> None:  # type: ignore[no-untyped-def]
    expired(storage, "alpha", "dead machine")
    won, lost = race(6, lambda owner: acquire(storage, "alpha", owner, ttl=600))
    assert len(won) == 1 and len(lost) == 5, (won, lost)
    held = json.loads(storage.get_bytes(lock_key("alpha")))
    assert held["owner"] == won[0].owner and held["expires_at"] > time.time()
    release(won[0])


def test_local_lock_of_a_dead_process_on_this_host_is_taken_over(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = open_storage(str(tmp_path / "archive"))
    store.check(create=True)
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from newsarchive.archive.lock import acquire; "
            "from newsarchive.archive.storage import open_storage; "
            "acquire(open_storage(sys.argv[1]), 'alpha', 'killed crawl', ttl=3600)",
            str(tmp_path / "archive"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    held = json.loads(store.get_bytes(lock_key("alpha")))
    assert held["owner"] == "killed crawl" and held["expires_at"] > time.time() + 3000
    lease = acquire(store, "alpha", "next crawl", ttl=600)  # its pid is gone: stale
    assert lease.owner == "next crawl"
    release(lease)
