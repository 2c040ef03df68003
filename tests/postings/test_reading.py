"""Reading a postings folder: formats, order, and every limit that keeps it safe."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from roadmap_lint.postings import PostingsError, read_postings, reading


def _notes(folder: Path) -> dict[str, str]:
    return {note.name: note.message for note in read_postings(folder).notes}


def test_a_missing_folder_is_an_error_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(PostingsError, match="does not exist") as raised:
        read_postings(tmp_path / "nowhere")
    assert ".txt, .md or .html" in raised.value.hint


def test_a_file_is_not_a_folder(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Python")
    with pytest.raises(PostingsError, match="is not a folder"):
        read_postings(tmp_path / "one.txt")


def test_formats_order_and_names(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("# Go developer\n")
    (tmp_path / "a.txt").write_text("Python\n")
    (tmp_path / "2026").mkdir()
    (tmp_path / "2026" / "c.HTML").write_text("<h1>Rust</h1><script>x</script>")
    (tmp_path / "2026" / "d.htm").write_text("<p>Java</p>")
    for ignored in ("notes.pdf", "vocabulary.yml", ".hidden.txt"):
        (tmp_path / ignored).write_text("Kafka")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Kafka")
    postings = read_postings(tmp_path)
    assert isinstance(postings, list)
    assert [(p.name, p.format) for p in postings] == [
        ("a.txt", "text"),
        ("b.md", "markdown"),
        ("2026/c.HTML", "html"),
        ("2026/d.htm", "html"),
    ]
    assert postings[2].text.strip() == "## Rust"
    assert postings.notes == ()


def test_a_readme_is_not_a_posting(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("Where these postings came from: Python jobs")
    assert read_postings(tmp_path) == []
    assert "README" in _notes(tmp_path)["README.md"]


def test_a_huge_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_bytes(b"Python " * (reading.MAX_POSTING_BYTES // 7 + 1))
    (tmp_path / "ok.txt").write_text("Go")
    assert [p.name for p in read_postings(tmp_path)] == ["ok.txt"]
    assert "larger than 512 KiB" in _notes(tmp_path)["huge.txt"]


def test_a_binary_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert read_postings(tmp_path) == []
    assert "binary" in _notes(tmp_path)["image.txt"]


def test_invalid_utf8_is_repaired_and_noted(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Python développeur".encode("latin-1"))
    [posting] = read_postings(tmp_path)
    assert posting.text.startswith("Python d\ufffd")
    assert "not valid UTF-8" in _notes(tmp_path)["latin1.txt"]


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    (tmp_path / "windows.txt").write_bytes("C# developer".encode("utf-16"))
    [posting] = read_postings(tmp_path)
    assert posting.text == "C# developer"


def test_a_symlink_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    folder, outside = tmp_path / "postings", tmp_path / "secret.txt"
    folder.mkdir()
    outside.write_text("Kafka")
    (folder / "link.txt").symlink_to(outside)
    assert read_postings(folder) == []
    assert "outside the postings folder" in _notes(folder)["link.txt"]


def test_a_symlink_inside_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Go")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert [p.name for p in read_postings(tmp_path)] == ["a.txt"]
    assert "counted once" in _notes(tmp_path)["b.txt"]


def test_a_broken_symlink_is_noted(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    assert read_postings(tmp_path) == []
    assert "cannot be read" in _notes(tmp_path)["gone.txt"]


def test_a_symlinked_folder_is_not_entered(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.txt").write_text("Kafka")
    (tmp_path / "postings").mkdir()
    (tmp_path / "postings" / "more").symlink_to(tmp_path / "elsewhere")
    assert read_postings(tmp_path / "postings") == []
    assert "symlinked folder" in _notes(tmp_path / "postings")["more"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_skipped_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.md").write_text("Go")
    assert [p.name for p in read_postings(tmp_path)] == ["ok.md"]
    assert "not a regular file" in _notes(tmp_path)["pipe.txt"]


def test_the_number_of_postings_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_POSTINGS", 3)
    for number in range(5):
        (tmp_path / f"{number}.txt").write_text("Go")
    assert [p.name for p in read_postings(tmp_path)] == ["0.txt", "1.txt", "2.txt"]
    assert "more than 3 postings" in _notes(tmp_path)["3.txt"]


def test_an_error_while_opening_is_noted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that cannot be opened (permissions, a race with its deletion) is a note."""
    (tmp_path / "locked.txt").write_text("Go")
    real_open = os.open

    def refuse(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    assert read_postings(tmp_path) == []
    assert _notes(tmp_path)["locked.txt"] == "cannot be read (Permission denied)"
