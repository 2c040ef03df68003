"""What frameworks bring, and how ambiguous dependencies are read. Data only.

A framework shows a signal without a dedicated package: Django's ORM is a database layer,
Laravel's jobs are a queue, FastAPI writes its OpenAPI description at run time. Such evidence
is `declared` (a dependency, nothing in the tree shows it yet) and listed after packages that
name the capability directly. A new framework is one entry; users add theirs in the roadmap's
`lint.signals.frameworks`.

Conditions are globs relative to the folder of the manifest that names the framework (so a
Laravel app in `backend/` is read in `backend/`); the framework brings the signal only when
one of them matches a tracked path. An empty tuple means the package alone is enough.
"""

from __future__ import annotations

_DJANGO_MODELS = ("**/models.py", "**/models/*.py", "**/migrations/0001_*.py")
_LARAVEL_JOBS = ("app/Jobs/*.php", "app/Jobs/**/*.php")

#: ecosystem → package → signal → conditions (globs below the manifest's folder).
FRAMEWORKS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "python": {
        "django": {"database": _DJANGO_MODELS},
        "flask-sqlalchemy": {"database": ()},
        "flask-migrate": {"database": ()},
        "django-celery-beat": {"queue": ()},
        "django-rq": {"queue": ()},
        "fastapi": {"openapi": ()},
        "drf-spectacular": {"openapi": ()},
        "drf-yasg": {"openapi": ()},
        "flasgger": {"openapi": ()},
        "flask-smorest": {"openapi": ()},
        "flask-restx": {"openapi": ()},
        "apiflask": {"openapi": ()},
        "django-ninja": {"openapi": ()},
        "litestar": {"openapi": ()},
        "spectree": {"openapi": ()},
        "connexion": {"openapi": ()},
    },
    "npm": {
        "@nestjs/typeorm": {"database": ()},
        "@nestjs/mongoose": {"database": ()},
        "@nestjs/sequelize": {"database": ()},
        "@nestjs/swagger": {"openapi": ()},
        "swagger-jsdoc": {"openapi": ()},
        "tsoa": {"openapi": ()},
        "@fastify/swagger": {"openapi": ()},
        "fastify-swagger": {"openapi": ()},
        "hapi-swagger": {"openapi": ()},
        "express-openapi": {"openapi": ()},
        "@asteasolutions/zod-to-openapi": {"openapi": ()},
        "koa-swagger-decorator": {"openapi": ()},
        "routing-controllers-openapi": {"openapi": ()},
        "express-jsdoc-swagger": {"openapi": ()},
        "swagger-autogen": {"openapi": ()},
        "@hono/zod-openapi": {"openapi": ()},
    },
    "go": {
        "github.com/swaggo/swag": {"openapi": ()},
        "github.com/swaggo/gin-swagger": {"openapi": ()},
        "github.com/swaggo/echo-swagger": {"openapi": ()},
        "github.com/swaggo/http-swagger": {"openapi": ()},
        "github.com/danielgtaylor/huma/v2": {"openapi": ()},
        "github.com/go-swagger/go-swagger": {"openapi": ()},
        "github.com/oapi-codegen/oapi-codegen/v2": {"openapi": ()},
        "github.com/deepmap/oapi-codegen": {"openapi": ()},
    },
    "java": {
        "spring-boot-starter-data-rest": {"database": ()},
        "spring-boot-starter-data-jdbc": {"database": ()},
        "spring-boot-starter-data-r2dbc": {"database": ()},
        "spring-boot-starter-data-cassandra": {"database": ()},
        "spring-boot-starter-data-neo4j": {"database": ()},
        "spring-boot-starter-oauth2-resource-server": {"auth": ()},
        "spring-cloud-starter-sleuth": {"observability": ()},
        "spring-cloud-starter-zipkin": {"observability": ()},
        "quarkus-hibernate-orm": {"database": ()},
        "quarkus-hibernate-orm-panache": {"database": ()},
        "micronaut-data-jdbc": {"database": ()},
        "ktor-server-metrics-micrometer": {"observability": ()},
        "springdoc-openapi-starter-webmvc-ui": {"openapi": ()},
        "springdoc-openapi-starter-webflux-ui": {"openapi": ()},
        "springdoc-openapi-ui": {"openapi": ()},
        "springfox-boot-starter": {"openapi": ()},
        "springfox-swagger2": {"openapi": ()},
        "quarkus-smallrye-openapi": {"openapi": ()},
        "micronaut-openapi": {"openapi": ()},
        "ktor-server-openapi": {"openapi": ()},
        "ktor-server-swagger": {"openapi": ()},
    },
    "php": {
        "laravel/framework": {
            "database": ("database/migrations/*.php", "config/database.php"),
            "queue": _LARAVEL_JOBS,
        },
        "laravel/horizon": {"queue": ()},
        "laravel/telescope": {"observability": ()},
        "symfony/orm-pack": {"database": ()},
        "doctrine/doctrine-bundle": {"database": ()},
        "doctrine/mongodb-odm-bundle": {"database": ()},
        "symfony/monolog-bundle": {"observability": ()},
        "symfony/doctrine-messenger": {"queue": ()},
        "api-platform/core": {"openapi": ()},
        "api-platform/symfony": {"openapi": ()},
        "api-platform/laravel": {"openapi": ()},
        "darkaonline/l5-swagger": {"openapi": ()},
        "zircote/swagger-php": {"openapi": ()},
        "nelmio/api-doc-bundle": {"openapi": ()},
    },
    "ruby": {
        "rails": {"database": ("config/database.yml",)},
        "activejob": {"queue": ("app/jobs/**/*.rb",)},
        "sucker_punch": {"queue": ()},
        "rswag": {"openapi": ()},
        "rswag-api": {"openapi": ()},
        "rswag-specs": {"openapi": ()},
        "grape-swagger": {"openapi": ()},
        "oas_rails": {"openapi": ()},
    },
    "dotnet": {
        "aspire.hosting.postgresql": {"database": ()},
        "aspire.hosting.sqlserver": {"database": ()},
        "aspire.hosting.mongodb": {"database": ()},
        "aspire.hosting.mysql": {"database": ()},
        "aspire.npgsql": {"database": ()},
        "aspire.npgsql.entityframeworkcore.postgresql": {"database": ()},
        "aspire.microsoft.entityframeworkcore.sqlserver": {"database": ()},
        "aspire.microsoft.data.sqlclient": {"database": ()},
        "aspire.mongodb.driver": {"database": ()},
        "aspire.stackexchange.redis.outputcaching": {"cache": ()},
        "aspire.stackexchange.redis.distributedcaching": {"cache": ()},
        "aspire.hosting.rabbitmq": {"queue": ()},
        "aspire.rabbitmq.client": {"queue": ()},
        "aspire.hosting.kafka": {"queue": ()},
        "aspire.confluent.kafka": {"queue": ()},
        "aspire.azure.messaging.servicebus": {"queue": ()},
        "aspire.hosting.azure.appcontainers": {"deploy": ()},
        "aspire.hosting.azure.appservice": {"deploy": ()},
        "microsoft.identity.web": {"auth": ()},
        "swashbuckle.aspnetcore": {"openapi": ()},
        "swashbuckle.aspnetcore.swaggergen": {"openapi": ()},
        "nswag.aspnetcore": {"openapi": ()},
        "microsoft.aspnetcore.openapi": {"openapi": ()},
        "asp.versioning.mvc.apiexplorer": {"openapi": ()},
    },
    "rust": {
        "utoipa": {"openapi": ()},
        "aide": {"openapi": ()},
        "poem-openapi": {"openapi": ()},
        "paperclip": {"openapi": ()},
        "rocket_okapi": {"openapi": ()},
    },
    "elixir": {
        "phoenix_ecto": {"database": ()},
        "ecto_sqlite3": {"database": ()},
        "open_api_spex": {"openapi": ()},
        "phoenix_swagger": {"openapi": ()},
    },
}

#: Redis clients that say nothing of their role by themselves: a cache, or a queue's broker.
REDIS_CLIENTS: frozenset[str] = frozenset(
    {
        "redis",
        "hiredis",
        "aioredis",
        "valkey",
        "ioredis",
        "@redis/client",
        "github.com/redis/go-redis/v9",
        "github.com/go-redis/redis/v8",
        "github.com/go-redis/redis",
        "github.com/gomodule/redigo",
        "jedis",
        "lettuce-core",
        "predis/predis",
        "ext-redis",
        "illuminate/redis",
        "redis-client",
        "stackexchange.redis",
        "redix",
        "aspire.hosting.redis",
        "aspire.stackexchange.redis",
    }
)

#: Queue libraries whose broker is Redis: with one of them, and no cache library beside it,
#: a Redis client is the queue's broker, not a cache.
REDIS_QUEUES: frozenset[str] = frozenset(
    {
        "celery",
        "rq",
        "django-rq",
        "arq",
        "huey",
        "dramatiq",
        "saq",
        "taskiq-redis",
        "bull",
        "bullmq",
        "bee-queue",
        "kue",
        "@nestjs/bull",
        "@nestjs/bullmq",
        "github.com/hibiken/asynq",
        "github.com/gocraft/work",
        "sidekiq",
        "resque",
        "laravel/horizon",
        "hangfire.redis.stackexchange",
        "exq",
    }
)

#: Dependencies that serve the tests, not the application: they still count, listed last.
TEST_SCOPED: frozenset[str] = frozenset(
    {
        "h2",
        "hsqldb",
        "derby",
        "com.h2database:h2",
        "mongomock",
        "fakeredis",
        "mongodb-memory-server",
        "redis-memory-server",
        "pytest-postgresql",
        "embedded-postgres",
        "microsoft.entityframeworkcore.inmemory",
    }
)

#: Folders that set up a developer's machine or editor, not the application: their
#: Dockerfiles and compose files are not evidence that the application ships in a container.
DEV_ONLY_DIRS: frozenset[str] = frozenset({".devcontainer", ".gitpod", ".vscode", ".idea"})
DEV_ONLY_NAMES: frozenset[str] = frozenset({".gitpod.Dockerfile", ".gitpod.yml"})
DEV_ONLY_SIGNALS: frozenset[str] = frozenset({"dockerfile", "compose", "env_example", "deploy"})

#: Files that set tests up without testing anything: alone, they show no tests.
TEST_SUPPORT_NAMES: frozenset[str] = frozenset(
    {
        "conftest.py",
        "TestCase.php",
        "CreatesApplication.php",
        "Pest.php",
        "phpunit.xml",
        "phpunit.xml.dist",
        "test_helper.rb",
        "spec_helper.rb",
        "rails_helper.rb",
        "application_system_test_case.rb",
        "Usings.cs",
        "GlobalUsings.cs",
        "test_helper.exs",
        "package-info.java",
    }
)
TEST_SUPPORT_EXTENSIONS: frozenset[str] = frozenset({"csproj", "fsproj", "vbproj"})

#: File extension → what starts one test in that language (after comments are dropped).
TEST_DEFINITIONS: dict[str, str] = {
    "py": r"\bdef\s+test\w*\s*\(|\bclass\s+\w*Test\w*\s*[(:]",
    "rb": r"^[ \t]*(?:test\s+[\"']|def\s+test_|it\s*[\"'{(]|it\s+do\b|specify\b|scenario\b)",
    "php": r"\bfunction\s+test\w*\s*\(|@test\b|#\[Test\]|^[ \t]*(?:test|it)\s*\(",
    "cs": r"\[(?:Fact|Theory|Test|TestMethod|TestCase)\b",
    "fs": r"\[<(?:Fact|Theory|Test)\b",
    "java": r"@(?:Test|ParameterizedTest|RepeatedTest)\b",
    "kt": r"@Test\b|\btest\s*\(\s*\"|\bshould\s*\(\s*\"",
    "groovy": r"\bdef\s+[\"']|@Test\b",
    "js": r"\b(?:it|test)\s*\(",
    "ts": r"\b(?:it|test)\s*\(",
    "go": r"\bfunc\s+(?:Test|Benchmark|Example|Fuzz)\w*\s*\(",
    "rs": r"#\[(?:\w+::)?test\b",
    "exs": r"^[ \t]*(?:test|property)\s+[\"']",
}
for _ext in ("jsx", "tsx", "mjs", "cjs"):
    TEST_DEFINITIONS[_ext] = TEST_DEFINITIONS["js"]

#: What project generators leave as a first test (Laravel, Spring Initializr, xUnit, NUnit,
#: Ktor, Nest, Phoenix): a file with no more than `PLACEHOLDER_MAX_TESTS` tests and one of
#: these is the generator's, not the learner's. A file with no test at all (Django's
#: "Create your tests here.", Rails' commented stubs) is a placeholder too.
PLACEHOLDER_TESTS: tuple[str, ...] = (
    r"test_the_application_returns_a_successful_response|test_that_true_is_true",
    r"\btestBasicTest\b|\btestExample\b|\btest\(\s*['\"](?:example|that true is true)['\"]",
    r"\bit\(\s*['\"]returns a successful response['\"]",
    r"\bvoid\s+(?:Test|TestMethod)\d+\s*\(\s*\)\s*\{\s*\}|\bAssert\.Pass\(\s*\)",
    r"\bvoid\s+contextLoads\s*\(\s*\)\s*\{\s*\}",
    r"\bfun\s+testRoot\s*\(|should return \"Hello World!\"|\.expect\(\s*'Hello World!'\s*\)",
    r"\"Internal Server Error\"|Peace of mind from prototype to production",
)
PLACEHOLDER_MAX_TESTS = 2
#: File stems a template gives its one sample test (`ExampleTest.php`, `sample.test.ts`,
#: `UnitTest1.cs`): with no more than `PLACEHOLDER_MAX_TESTS` tests, a placeholder too.
PLACEHOLDER_NAMES = r"(?i)^(?:example|sample|unittest\d)"
