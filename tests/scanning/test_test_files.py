"""Test files as people write them, the most convincing shown first, and suites that are
only a generator's placeholders."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest

from roadmap_lint.scanning import signals as tables
from roadmap_lint.scanning.result import ScanResult
from tests.support.testcode import real_test

ScanFiles = Callable[[Mapping[str, str]], ScanResult]

LARAVEL_FEATURE = """<?php
it('returns a successful response', function () {
    $this->get('/')->assertStatus(200);
});
"""
LARAVEL_UNIT = (
    "<?php\ntest('that true is true', function () {\n    expect(true)->toBeTrue();\n});\n"
)
PHPUNIT_EXAMPLE = """<?php
class ExampleTest extends TestCase {
    public function test_the_application_returns_a_successful_response(): void {
        $this->get('/')->assertStatus(200);
    }
}
"""
XUNIT = "public class UnitTest1\n{\n    [Fact]\n    public void Test1()\n    {\n\n    }\n}\n"
SPRING = "@SpringBootTest\nclass DemoApplicationTests {\n\t@Test\n\tvoid contextLoads() {\n\t}\n}\n"
RAILS_STUB = (
    'require "test_helper"\n\nclass NoteTest < ActiveSupport::TestCase\n'
    '  # test "the truth" do\n  #   assert true\n  # end\nend\n'
)
DJANGO_STUB = "from django.test import TestCase\n\n# Create your tests here.\n"
KTOR = (
    "class ApplicationTest {\n    @Test\n    fun testRoot() = testApplication {\n"
    '        assertEquals("Hello World!", client.get("/").bodyAsText())\n    }\n}\n'
)

#: (what, the whole test suite a generator left)
PLACEHOLDERS = [
    (
        "Laravel with Pest",
        {
            "tests/Feature/ExampleTest.php": LARAVEL_FEATURE,
            "tests/Unit/ExampleTest.php": LARAVEL_UNIT,
            "tests/TestCase.php": "<?php abstract class TestCase {}",
            "tests/Pest.php": "<?php uses(TestCase::class);",
            "phpunit.xml": "<phpunit/>",
        },
    ),
    ("Laravel with PHPUnit", {"tests/Feature/ExampleTest.php": PHPUNIT_EXAMPLE}),
    ("xUnit's empty Test1", {"Api.Tests/UnitTest1.cs": XUNIT, "Api.Tests/Api.Tests.csproj": "x"}),
    ("Spring Initializr", {"src/test/java/demo/DemoApplicationTests.java": SPRING}),
    (
        "Rails' commented stubs",
        {"test/models/note_test.rb": RAILS_STUB, "test/test_helper.rb": "x"},
    ),
    ("Django's startapp", {"polls/tests.py": DJANGO_STUB}),
    ("Ktor's generated test", {"src/test/kotlin/ApplicationTest.kt": KTOR}),
    ("a pytest setup file alone", {"tests/conftest.py": "import pytest\n"}),
    ("an empty package marker alone", {"tests/__init__.py": ""}),
]


@pytest.mark.parametrize("path", ["tests.py", "polls/tests.py", "notes/tests.py"])
def test_django_and_flask_test_modules(scan_files: ScanFiles, path: str) -> None:
    result = scan_files({path: real_test(path)})
    assert result.signals["tests"].evidence == (path,)


def test_an_init_file_is_never_shown_as_the_proof(scan_files: ScanFiles) -> None:
    files = {f"backend/tests/{area}/__init__.py": "" for area in ("api", "crud", "utils")}
    files |= {"backend/tests/__init__.py": "", "backend/tests/utils/user.py": "x = 1\n"}
    files |= {"backend/tests/zz/test_users.py": real_test(".py")}
    evidence = scan_files(files).signals["tests"].evidence
    assert evidence[0] == "backend/tests/zz/test_users.py"
    assert not [path for path in evidence if path.endswith("__init__.py")]


@pytest.mark.parametrize(("what", "files"), PLACEHOLDERS, ids=lambda v: str(v))
def test_a_generators_placeholders_are_no_tests(
    scan_files: ScanFiles, what: str, files: Mapping[str, str]
) -> None:
    assert not scan_files({**files, "README.md": "x"}).signals["tests"].present, what


@pytest.mark.parametrize(("what", "files"), PLACEHOLDERS[:7], ids=lambda v: str(v))
def test_one_real_test_beside_the_placeholders_is_tests(
    scan_files: ScanFiles, what: str, files: Mapping[str, str]
) -> None:
    path = next(iter(files)).rpartition("/")[0] + "/NotesTest.java"
    result = scan_files({**files, path: real_test(path)})
    assert result.signals["tests"].present, what


def test_a_large_suite_counts_without_being_read(scan_files: ScanFiles) -> None:
    files = {f"tests/test_{i:02}.py": "x = 1\n" for i in range(tables.TEST_MAX_COUNT + 1)}
    assert scan_files(files).signals["tests"].present
