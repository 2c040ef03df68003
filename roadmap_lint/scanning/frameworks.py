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
_PHP_JS = ("app/Jobs/*.php", "app/Jobs/**/*.php")

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
        "ktor-server-auth": {"auth": ()},
        "ktor-server-auth-jwt": {"auth": ()},
        "ktor-server-call-logging": {"observability": ()},
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
            "queue": _PHP_JS,
            "observability": ("config/logging.php",),
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
        "aspire.hosting.redis": {"cache": ()},
        "aspire.stackexchange.redis": {"cache": ()},
        "aspire.stackexchange.redis.outputcaching": {"cache": ()},
        "aspire.stackexchange.redis.distributedcaching": {"cache": ()},
        "aspire.hosting.rabbitmq": {"queue": ()},
        "aspire.rabbitmq.client": {"queue": ()},
        "aspire.hosting.kafka": {"queue": ()},
        "aspire.confluent.kafka": {"queue": ()},
        "aspire.azure.messaging.servicebus": {"queue": ()},
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
        "telemetry_metrics": {"observability": ()},
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
