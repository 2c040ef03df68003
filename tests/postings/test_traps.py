"""The traps a keyword matcher falls into, one table row each.

Each row is a posting text, the skills it must yield with their kind ("required" or "nice"),
and the skills it must not yield. Rows say only what they test; other skills may appear.
"""

from __future__ import annotations

import pytest

from tests.postings.support import asked

R, N = "required", "nice"
Row = tuple[str, dict[str, str], set[str]]

SYMBOLS: list[Row] = [
    ("C# and .NET 8 with ASP.NET Core", {"C#": R, ".NET": R}, {"C", "C++"}),
    ("Senior C#.NET developer", {"C#": R, ".NET": R}, {"C"}),
    (".NET Core at the very start", {".NET": R}, set()),
    (
        "Python\nDjango\n\nBenefits\nRust\n\nTech\nKafka",
        {"Python": R, "Django": R, "Kafka": R},
        {"Rust"},
    ),
    ("You write .Net Core and dotnet tooling", {".NET": R}, set()),
    ("We use C/C++ and some embedded C", {"C": R, "C++": R}, set()),
    ("Modern C++17 and C++20", {"C++": R}, {"C"}),
    ("Node.js, NodeJS or node.js services", {"Node.js": R}, set()),
    ("CI/CD with GitHub Actions", {"CI/CD": R, "GitHub Actions": R}, set()),
    ("k8s and K8S clusters", {"Kubernetes": R}, set()),
    ("JavaScript and TypeScript on the server", {"JavaScript": R, "TypeScript": R}, {"Java"}),
    ("Both Java and JavaScript", {"Java": R, "JavaScript": R}, set()),
    ("NoSQL stores such as MongoDB", {"NoSQL": R, "MongoDB": R}, {"SQL"}),
    ("MySQL and PostgreSQL experience", {"MySQL": R, "PostgreSQL": R}, {"SQL"}),
    ("PostgreSQL, and plain SQL when it counts", {"PostgreSQL": R, "SQL": R}, set()),
    ("Stored procedures in T-SQL", {"SQL": R}, set()),
    ("We run SQL Server 2022", {"SQL Server": R}, {"SQL"}),
    ("You'll join our platform team", {}, {"Terraform", "Networking"}),
    ("Links: https://example.com/jobs and http://example.org", {}, {"HTTP"}),
    ("HTTP/2 and gRPC", {"HTTP": R, "gRPC": R}, set()),
    ("A star or snowflake schema", {}, {"Snowflake"}),
    ("Objective-C and Swift for iOS", {}, {"C"}),
    ("We track shipping containers", {}, {"Containers"}),
    ("Everything runs in containers", {"Containers": R}, set()),
    ("unit-testing and Unit Tests", {"Unit testing": R}, set()),
]

GO: list[Row] = [
    ("We write Go.", {"Go": R}, set()),
    ("Go developer with Kubernetes experience", {"Go": R}, set()),
    ("Golang services", {"Go": R}, set()),
    ("Go, Rust or C++", {"Go": R}, set()),
    ("Skills:\n- Go\n- SQL", {"Go": R}, set()),
    ("Go 1.22 with generics", {"Go": R}, set()),
    ("Services in Go (Golang) and Python", {"Go": R, "Python": R}, set()),
    ("Go beyond what is asked.", {}, {"Go"}),
    ("Let go of legacy code.", {}, {"Go"}),
    ("You are a go-to person for Python", {"Python": R}, {"Go"}),
    ("A Go-to-market team", {}, {"Go"}),
    ("Ready to go? Send your CV.", {}, {"Go"}),
    ("Go to our careers page to apply.", {}, {"Go"}),
    ("Work from anywhere, on the go", {}, {"Go"}),
    ("Where should we go next?", {}, {"Go"}),
]

COMMON_WORDS: list[Row] = [
    ("You'll work with the rest of the team", {}, {"REST"}),
    ("Rest assured, we will train you", {}, {"REST"}),
    ("API tests with REST Assured", {}, {"REST"}),
    ("REST APIs and RESTful services", {"REST": R}, set()),
    ("REST is our default style", {"REST": R}, set()),
    ("Our Spring 2027 internship", {}, {"Spring Boot"}),
    ("Java and Spring, mostly Spring Boot", {"Spring Boot": R, "Java": R}, set()),
    ("A Series C startup led by C-level veterans", {}, {"C"}),
    ("Based in Phoenix, AZ", {}, {"Phoenix"}),
    ("Elixir and Phoenix LiveView", {"Elixir": R, "Phoenix": R}, set()),
    ("An American Express card", {}, {"Express"}),
    ("Express your interest today", {}, {"Express"}),
    ("Node and Express.js", {"Node.js": R, "Express": R}, set()),
    ("You'll be at the helm of the team", {}, {"Helm"}),
    ("Helm charts for every service", {"Helm": R}, set()),
    ("Rails 7 and Ruby 3", {"Rails": R, "Ruby": R}, set()),
    ("We put guard rails around deploys", {}, {"Rails"}),
    ("Python, Django and a spark of curiosity", {"Python": R, "Django": R}, {"Apache Spark"}),
]

SECTIONS: list[Row] = [
    ("Requirements\n- Python\n\nBenefits\n- Python classes\n- gym", {"Python": R}, set()),
    ("## Benefits\n- Free Kotlin classes\n- Gym membership", {}, {"Kotlin"}),
    ("What we offer:\n- A Rust book club", {}, {"Rust"}),
    ("PERKS\nA yearly Scala conference ticket", {}, {"Scala"}),
    ("We are an equal opportunity employer with a Python club.", {}, {"Python"}),
    ("About Acme\nAcme uses Java everywhere.\n\nThe role\nYou will write Go.", {"Go": R}, {"Java"}),
    ("Requirements\n- Python\n\nNice to have\n- Kafka", {"Python": R, "Kafka": N}, set()),
    ("Requirements\n- Experience with Kafka\n- Experience with Redis", {"Redis": R}, set()),
    ("Preferred qualifications:\n- AWS\n- GCP", {"AWS": N, "GCP": N}, set()),
    ("**Bonus**\n- Rust", {"Rust": N}, set()),
    ("Nice to have: Redis, Kafka", {"Redis": N, "Kafka": N}, set()),
    ("- **Bonus:** experience with Docker", {"Docker": N}, set()),
    ("Location: Phoenix, Arizona", {}, {"Phoenix"}),
    ("What you don't need\n- Kubernetes\n- Scala", {}, {"Kubernetes", "Scala"}),
    ("What you don't need\n- Kafka\n\nWe use Go every day.", {"Go": R}, {"Kafka"}),
    ("## Nice to have\n- Kafka\n\n## Tech\nKafka is our backbone", {"Kafka": R}, set()),
    ("Why Acme?\nWe sponsor a Python meetup.", {}, {"Python"}),
    ("How to apply\nLink your GitHub and a Go project.", {}, {"Go"}),
    ("## Stuff we'd love but don't expect\n- Go\n- Kafka", {"Go": N, "Kafka": N}, set()),
    ("## Nice, not necessary\n- Rust", {"Rust": N}, set()),
]

NEGATIONS: list[Row] = [
    ("No Kubernetes experience needed.", {}, {"Kubernetes"}),
    ("You don't need to know Kafka.", {}, {"Kafka"}),
    ("Not required: Scala, Elixir", {}, {"Scala", "Elixir"}),
    ("Scala is not required.", {}, {"Scala"}),
    ("Java experience is not needed.", {}, {"Java"}),
    ("We love GraphQL, but it's not required.", {}, {"GraphQL"}),
    ("You don't need Kafka, RabbitMQ or SQS experience.", {}, {"Kafka", "RabbitMQ", "SQS"}),
    ("We're not a Java shop; we use Go.", {"Go": R}, {"Java"}),
    ("We don't use Java, we use Kotlin.", {"Kotlin": R}, {"Java"}),
    ("No on-call rota, lots of Python.", {"Python": R}, set()),
    ("Including but not limited to Python and Go", {"Python": R, "Go": R}, set()),
    ("You'll never touch PHP.", {}, {"PHP"}),
    ("Neither Java nor Kotlin is needed.", {}, {"Java", "Kotlin"}),
    ("Not afraid of SQL", {"SQL": R}, set()),
    ("No Kubernetes needed. We run Docker everywhere.", {"Docker": R}, {"Kubernetes"}),
    ("You don't need to know React, Docker or AWS.", {}, {"Docker", "AWS"}),
    ("C++ is not used here.", {}, {"C++"}),
]

NICE_INLINE: list[Row] = [
    ("Kafka is a plus.", {"Kafka": N}, set()),
    ("Docker, Kubernetes or Helm is a big plus.", {"Docker": N, "Kubernetes": N, "Helm": N}, set()),
    ("Strong Python; Kafka is a plus.", {"Python": R, "Kafka": N}, set()),
    ("AWS (preferred)", {"AWS": N}, set()),
    ("Bonus points for Rust or Elixir.", {"Rust": N, "Elixir": N}, set()),
    ("Ideally you have used Terraform and Ansible.", {"Terraform": N, "Ansible": N}, set()),
    ("Python preferred, Java acceptable", {"Python": N, "Java": R}, set()),
    ("Rust experience welcome.", {"Rust": N}, set()),
    ("It's a plus if you know Kafka and Redis.", {"Kafka": N, "Redis": N}, set()),
    ("Knowledge of Kotlin would be nice to have.", {"Kotlin": N}, set()),
    ("Requirements\n- Kafka\n\nNice to have\n- Kafka Streams", {"Kafka": R}, set()),
    ("Rust experience welcome but not expected.", {"Rust": N}, set()),
    ("Docker, React or Kubernetes is a plus.", {"Docker": N, "Kubernetes": N}, set()),
]


def _check(text: str, present: dict[str, str], absent: set[str]) -> None:
    found = asked(text)
    assert {name: found.get(name) for name in present} == present, found
    assert not absent & found.keys(), found


@pytest.mark.parametrize(("text", "present", "absent"), SYMBOLS)
def test_symbols_and_case(text: str, present: dict[str, str], absent: set[str]) -> None:
    _check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), GO)
def test_go_the_language_not_the_verb(text: str, present: dict[str, str], absent: set[str]) -> None:
    _check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), COMMON_WORDS)
def test_names_that_are_ordinary_words(
    text: str, present: dict[str, str], absent: set[str]
) -> None:
    _check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), SECTIONS)
def test_sections(text: str, present: dict[str, str], absent: set[str]) -> None:
    _check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), NEGATIONS)
def test_negations_never_count(text: str, present: dict[str, str], absent: set[str]) -> None:
    _check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), NICE_INLINE)
def test_nice_to_have_in_the_sentence(text: str, present: dict[str, str], absent: set[str]) -> None:
    _check(text, present, absent)
