import io

import pytest

from warmdesk.errors import Invalid, TooLarge
from warmdesk.tickets.attachment_service import safe_filename
from warmdesk.tickets.attachment_store import AttachmentStore
from warmdesk.tickets.forms import local_to_utc, split_tags
from warmdesk.tickets.html import clean_text, html_to_text, sanitize_html
from warmdesk.tickets.queries import Cursor, decode_cursor, parse_sort
from warmdesk.web.downloads import content_disposition


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        "<p style=\"background:url(javascript:alert(1))\" onclick='x()'>hi</p>",
        "<iframe src='//evil.example'></iframe>",
        "<svg><script>alert(1)</script></svg>",
    ],
)
def test_sanitize_removes_every_way_to_run_code(hostile: str) -> None:
    cleaned = sanitize_html(hostile).lower()
    for marker in ("<script", "onerror", "onclick", "javascript:", "<iframe", "style=", "<svg"):
        assert marker not in cleaned


def test_sanitize_keeps_formatting_and_safe_links() -> None:
    cleaned = sanitize_html(
        '<p><strong>VPN</strong> is <a href="https://status.example">down</a></p>'
    )
    assert "<strong>VPN</strong>" in cleaned
    assert 'href="https://status.example"' in cleaned
    assert "noopener" in cleaned


def test_html_to_text_keeps_line_breaks_and_entities() -> None:
    assert (
        html_to_text("<p>Hello&nbsp;Sam</p><p>Line 2<br>Line 3</p>")
        == "Hello\xa0Sam\nLine 2\nLine 3"
    )


def test_clean_text_drops_nul_and_control_characters() -> None:
    assert clean_text("  a\x00b\x07c\n\td\x7f ") == "abc\n\td"


@pytest.mark.parametrize(
    ("given", "safe"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\sam\\report.pdf", "report.pdf"),
        ("a\x00b.txt", "a_b.txt"),
        ("<img src=x onerror=alert(1)>.png", "_img src=x onerror=alert(1)_.png"),
        ("...", "attachment"),
        ("", "attachment"),
    ],
)
def test_filenames_lose_paths_and_reserved_characters(given: str, safe: str) -> None:
    assert safe_filename(given) == safe


def test_long_filenames_keep_their_extension() -> None:
    name = safe_filename("x" * 400 + ".xlsx")
    assert len(name) == 150
    assert name.endswith(".xlsx")


def test_content_disposition_is_always_an_attachment_with_a_utf8_name() -> None:
    header = content_disposition('Zoë "report";.pdf')
    assert header.startswith('attachment; filename="Zo_ _report__.pdf"')
    assert "filename*=UTF-8''Zo%C3%AB%20%22report%22%3B.pdf" in header


def test_attachment_store_deduplicates_and_enforces_the_limit(tmp_path: object) -> None:
    from pathlib import Path

    store = AttachmentStore(Path(str(tmp_path)))
    first = store.save(io.BytesIO(b"same bytes"), max_bytes=1024)
    second = store.save(io.BytesIO(b"same bytes"), max_bytes=1024)
    assert first == second
    assert store.path_for(first.sha256).read_bytes() == b"same bytes"
    with pytest.raises(TooLarge):
        store.save(io.BytesIO(b"x" * 2048), max_bytes=1024)
    leftovers = [
        p for p in Path(str(tmp_path)).rglob("*") if p.is_file() and p.name.startswith(".upload")
    ]
    assert leftovers == []


def test_store_refuses_paths_that_are_not_digests(tmp_path: object) -> None:
    from pathlib import Path

    with pytest.raises(ValueError, match="SHA-256"):
        AttachmentStore(Path(str(tmp_path))).path_for("../../etc/passwd")


def test_cursors_round_trip_and_garbage_is_refused() -> None:
    from datetime import UTC, datetime

    moment = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    token = Cursor((2, moment, 17)).encode()
    assert decode_cursor(token, "priority").values == (2, moment, 17)
    with pytest.raises(Invalid) as raised:
        decode_cursor("' OR 1=1--", "priority")
    assert raised.value.field == "cursor"


def test_unknown_sort_is_refused_with_the_field() -> None:
    with pytest.raises(Invalid) as raised:
        parse_sort("subject; DROP TABLE tickets")
    assert raised.value.field == "sort"


def test_deadline_form_value_is_read_in_the_requesters_timezone() -> None:
    moment = local_to_utc("2026-11-02T12:00", "America/New_York")
    assert moment is not None
    assert moment.utcoffset() is not None
    assert moment.isoformat().startswith("2026-11-02T12:00:00-05:00")


def test_tags_from_a_form() -> None:
    assert split_tags(" vpn, ,floor-3 ,") == ["vpn", "floor-3"]


@pytest.mark.parametrize(
    ("size", "words"),
    [
        (900, "900 bytes"),
        (2048, "2 KiB"),
        (1536, "1.5 KiB"),
        (25 * 1024**2, "25 MiB"),
        (3 * 1024**3, "3 GiB"),
    ],
)
def test_sizes_read_like_people_write_them(size: int, words: str) -> None:
    from warmdesk.tickets.attachment_store import describe_size

    assert describe_size(size) == words
