"""Routes of the notes API (demo)."""

from fastapi import FastAPI

app = FastAPI()
NOTES: dict[int, str] = {}


@app.get("/notes/{note_id}")
def read_note(note_id: int) -> dict[str, object]:
    return {"id": note_id, "text": NOTES.get(note_id, "")}
