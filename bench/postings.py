"""Benchmark the postings matcher against a naive per-alias regex loop, side by side.

Generates 1,000 postings of about 5 KB each (Markdown, text and HTML, from templates with
varied stacks, sections, negations and traps) in a temporary folder, then measures in one run:

- ``read+match``: ``read_postings`` + ``load_vocabulary`` + ``match_postings``, caches cleared
  before each run so that loading and compiling the vocabulary are paid every time;
- ``naive``: the same files read as text, then one precompiled ``re.search`` per alias per
  posting (case-insensitive, ``\\b`` on both sides): the loop most keyword matchers use.

It prints the median and best of several runs (wall-clock and CPU) and the ratio of the two
approaches, then ``read+match`` at 250, 500 and 1,000 postings to show the cost grows linearly,
and checks the target: 1,000 postings in under 1 s of median CPU time (wall time is printed
beside it; on a shared machine it includes waiting for other processes).

    python bench/postings.py [--runs 5] [--naive-runs 1]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from roadmap_lint.postings import (
    load_vocabulary,
    match_postings,
    patterns,
    read_postings,
    sections,
    vocabulary,
)

SIZES = (250, 500, 1000)
TARGET_SECONDS = 1.0
POSTING_BYTES = 5000

STACKS = (
    ("Python", ("Django", "FastAPI", "Flask"), ("pytest", "unit tests"), "Celery"),
    ("Java", ("Spring Boot", "Quarkus"), ("JUnit 5", "Mockito"), "Kafka"),
    ("Kotlin", ("Ktor", "Spring Boot"), ("JUnit", "integration tests"), "Kafka"),
    ("C#", (".NET 8", "ASP.NET Core"), ("xUnit", "NUnit"), "RabbitMQ"),
    ("Go", ("Gin", "the standard library"), ("table-driven tests", "integration tests"), "NATS"),
    ("Node.js", ("NestJS", "Express"), ("Jest", "unit tests"), "SQS"),
    ("TypeScript", ("NestJS", "Fastify"), ("Jest", "end-to-end tests"), "RabbitMQ"),
    ("PHP", ("Laravel", "Symfony"), ("PHPUnit", "unit tests"), "RabbitMQ"),
    ("Ruby", ("Rails", "Sinatra"), ("RSpec", "Minitest"), "Sidekiq"),
    ("Elixir", ("Phoenix", "Plug"), ("ExUnit", "property-based tests"), "Kafka"),
    ("Rust", ("Axum", "Actix Web"), ("integration tests", "unit tests"), "Kafka"),
    ("Scala", ("Akka", "Play"), ("ScalaTest", "integration tests"), "Kafka Streams"),
)
DATABASES = ("PostgreSQL", "Postgres", "MySQL", "SQL Server", "MongoDB", "DynamoDB", "Cassandra")
CLOUDS = ("AWS", "GCP", "Azure", "Google Cloud", "Amazon Web Services")
EXTRAS = (
    "Docker", "Kubernetes", "k8s", "Terraform", "Helm", "GitHub Actions", "GitLab CI", "CI/CD",
    "Prometheus", "Grafana", "OpenTelemetry", "Redis", "Elasticsearch", "GraphQL", "gRPC",
    "OpenAPI", "OAuth 2.0", "JWT", "OWASP", "microservices", "system design", "Linux",
)  # fmt: skip
FILLER = (
    "Our customers rely on us every day, and we take that seriously.",
    "We go beyond the ticket and let go of work that no longer helps anyone.",
    "You will work with the rest of the team on planning, reviews and incident follow-ups.",
    "We are a Series C company with a go-to-market team of forty people.",
    "Our platform handles millions of requests a day across three regions.",
    "We value clear writing, small pull requests and kind code review.",
    "The team is spread across four time zones and meets in person twice a year.",
    "Most of our work is iterative: we ship small changes and measure what they do.",
    "Engineers own their services from design to production, including on-call.",
    "We publish our engineering handbook, so you can read how we work before applying.",
    "Product managers, designers and engineers plan each quarter together.",
    "We write design documents for larger changes and review them asynchronously.",
    "Releases happen many times a day, behind feature flags when the risk is high.",
    "We track reliability with service level objectives agreed with our support team.",
    "New joiners pair with a buddy for their first month and ship in their first week.",
    "We hold a blameless review after every incident and share what we learned.",
    "Our office is close to the station, and most of us come in once or twice a week.",
    "We care about accessibility and test our products with real users.",
    "The roadmap is public inside the company, and anyone can comment on it.",
    "You will help shape how we interview, onboard and grow engineers.",
    "We budget time every sprint for maintenance and paying down old decisions.",
    "Our data team works closely with engineering to measure what matters.",
    "We are proud of a low attrition rate and of promoting from within.",
    "Customer support shares the top issues with engineering every Monday.",
)
BENEFITS = (
    "A learning budget (people use it for Python classes, Rust books and conferences)",
    "A gym membership and a cycle-to-work scheme",
    "30 days of holiday and a generous pension",
    "An American Express card for travel",
)


def posting_text(rng: random.Random, number: int) -> tuple[str, str]:
    """One generated posting: its file suffix and its text, about ``POSTING_BYTES`` long."""
    language, frameworks, tests, queue = rng.choice(STACKS)
    framework, test = rng.choice(frameworks), rng.choice(tests)
    database, cloud = rng.choice(DATABASES), rng.choice(CLOUDS)
    extras = rng.sample(EXTRAS, 6)
    lines = [
        f"# {rng.choice(('Junior', 'Mid-level', 'Senior'))} Backend Engineer ({language})",
        f"Company {number} · Remote",
        "",
        "## About the role",
        f"You will build services in {language} with {framework}, backed by {database}.",
    ]
    lines += ["", "## Requirements"]
    lines += [f"- Experience with {language} and {framework}", f"- {test} and code review"]
    lines += [f"- {database} and SQL", f"- {extras[0]}, {extras[1]} or {extras[2]}"]
    lines += [f"No {extras[3]} experience needed.", ""]
    lines += ["## Nice to have", f"- {queue}", f"- {cloud}", f"{extras[4]} is a plus."]
    lines += ["", "## Benefits"] + [f"- {benefit}" for benefit in BENEFITS]
    lines += ["", "We are an equal opportunity employer.", "", "## The team"]
    body = "\n".join(lines)
    while len(body) < POSTING_BYTES:
        body += "\n" + " ".join(rng.sample(FILLER, 4))
    suffix = rng.choices((".md", ".txt", ".html"), weights=(7, 2, 1))[0]
    if suffix == ".html":
        body = "<html><body><pre>" + body.replace("&", "&amp;").replace("<", "&lt;") + "</pre>"
    return suffix, body


def generate(folder: Path, count: int) -> None:
    rng = random.Random(2026)
    for number in range(count):
        suffix, text = posting_text(rng, number)
        (folder / f"posting-{number:04d}{suffix}").write_text(text, encoding="utf-8")


def ours(folder: Path) -> int:
    """Read and match the folder as roadmap-lint does, from cold caches; pairs found."""
    re.purge()  # the re module caches compiled patterns; a fresh run compiles them again
    patterns.compile_vocabulary.cache_clear()
    vocabulary._shipped.cache_clear()
    sections.title_kind.cache_clear()
    demands = match_postings(read_postings(folder), load_vocabulary(folder))
    return sum(demand.postings for demand in demands)


def naive(folder: Path) -> int:
    """One case-insensitive ``\\b...\\b`` search per alias per posting; pairs found."""
    terms = load_vocabulary().terms
    compiled = [
        (term.name, [re.compile(rf"\b{re.escape(s)}\b", re.IGNORECASE) for s in term.spellings])
        for term in terms
    ]
    found = 0
    for path in sorted(folder.iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        found += sum(any(p.search(text) for p in spellings) for _, spellings in compiled)
    return found


class Timing(NamedTuple):
    """Seconds over several runs: median and best, wall-clock and CPU."""

    wall: float
    cpu: float
    best_wall: float
    best_cpu: float


def measure(work: Callable[[Path], int], folder: Path, runs: int) -> tuple[Timing, int]:
    """Timings of ``runs`` runs of ``work``, and what it returned.

    Wall time is what a user waits; CPU time is what the code costs when other processes share
    the machine (a CI runner often does); the best run is the least disturbed one.
    """
    walls, cpus, result = [], [], 0
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work(folder)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    median = statistics.median
    return Timing(median(walls), median(cpus), min(walls), min(cpus)), result


def _line(label: str, timing: Timing, extra: str = "") -> str:
    return (
        f"  {label:<14} {timing.wall * 1000:9.1f} ms wall {timing.cpu * 1000:9.1f} ms CPU"
        f"  (best {timing.best_wall * 1000:.0f} / {timing.best_cpu * 1000:.0f})  {extra}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--naive-runs", type=int, default=1)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="postings-bench-") as scratch:
        root = Path(scratch)
        full = root / str(SIZES[-1])
        full.mkdir()
        generate(full, SIZES[-1])
        for size in SIZES[:-1]:
            (root / str(size)).mkdir()
            for path in sorted(full.iterdir())[:size]:
                os.link(path, root / str(size) / path.name)
        total = sum(path.stat().st_size for path in full.iterdir())
        print(f"{SIZES[-1]} postings, {total / SIZES[-1] / 1000:.1f} KB each on average")
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs (the matcher uses one)")
        ours(full)  # warm the page cache and the imports
        fast, pairs = measure(ours, full, options.runs)
        slow, naive_pairs = measure(naive, full, options.naive_runs)
        print(_line("read+match", fast, f"{pairs} posting-skill pairs"))
        print(_line("naive", slow, f"{naive_pairs} posting-skill pairs"))
        ratio = f"{slow.wall / fast.wall:.0f}x wall, {slow.cpu / fast.cpu:.0f}x CPU"
        print(f"  naive / read+match: {ratio}")
        print("\nlinearity (read+match)")
        for size in SIZES:
            timing, _ = measure(ours, root / str(size), options.runs)
            each = f"{timing.cpu / size * 1e6:.0f} µs CPU each"
            print(_line(f"{size} postings", timing, each))
    met = fast.cpu < TARGET_SECONDS
    verdict = "ok" if met else "MISSED"
    print(f"\ntarget: {SIZES[-1]} postings in under {TARGET_SECONDS:.0f} s (median CPU): {verdict}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
