"""A minimal real test in each language, for files that must count as tests.

The scanner reads a small test suite to tell it from a generator's placeholders, so a fixture
that stands for a test file holds one real test, not a stub.
"""

from __future__ import annotations

_BY_EXTENSION = {
    "py": "def test_notes():\n    assert 1 + 1 == 2\n",
    "js": "test('adds', () => { expect(1 + 1).toBe(2); });\n",
    "go": "package notes\n\nfunc TestNotes(t *testing.T) {}\n",
    "java": "class NotesTest {\n  @Test void adds() { assertEquals(2, 1 + 1); }\n}\n",
    "kt": "class NotesSpec {\n  @Test fun adds() { assertEquals(2, 1 + 1) }\n}\n",
    "rb": 'test "adds" do\n  assert_equal 2, 1 + 1\nend\n',
    "php": "<?php\nfunction testAdds() { assertSame(2, 1 + 1); }\n",
    "rs": "#[test]\nfn adds() { assert_eq!(2, 1 + 1); }\n",
    "cs": "public class NotesTests {\n  [Fact] public void Adds() => Assert.Equal(2, 1 + 1);\n}\n",
    "exs": 'test "adds" do\n  assert 1 + 1 == 2\nend\n',
}
for _ext in ("jsx", "ts", "tsx", "mjs", "cjs"):
    _BY_EXTENSION[_ext] = _BY_EXTENSION["js"]


def real_test(path: str) -> str:
    """One real test for ``path``'s language (plain text for any other file)."""
    return _BY_EXTENSION.get(path.rpartition(".")[2], "x\n")
