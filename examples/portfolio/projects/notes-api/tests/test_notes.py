from app.main import read_note


def test_missing_note_is_empty() -> None:
    assert read_note(1) == {"id": 1, "text": ""}
