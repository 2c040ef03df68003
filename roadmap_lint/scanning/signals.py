"""The detection tables: which paths and which dependencies show each signal.

This module is data only. A new ecosystem or framework is one more entry here; users add
their own globs and dependency names in the roadmap's `lint.signals.extend`.

Globs follow gitignore habits: a pattern without `/` matches a file name at any depth, a
pattern with `/` is anchored at the scanned folder, `**/` spans any number of folders, and
`{a,b}` lists alternatives. Dependency names ending in `*` match by prefix.
"""

from __future__ import annotations

_JS = "{js,jsx,ts,tsx,mjs,cjs}"


def _names(words: str) -> tuple[str, ...]:
    """Package names written as one space-separated string, to keep the table compact."""
    return tuple(words.split())


_MIGRATION_DIRS = "{migrations,Migrations,migration,migrate}"

#: File signals: signal → ecosystem or tool → globs.
PATHS: dict[str, dict[str, tuple[str, ...]]] = {
    "tests": {
        "pytest/unittest": ("test_*.py", "*_test.py", "tests.py", "conftest.py"),
        "jest/vitest/mocha": (
            f"*.{{test,spec}}.{_JS}",
            f"*.e2e-spec.{_JS}",
            f"**/__tests__/**/*.{_JS}",
        ),
        "go": ("*_test.go",),
        "junit/kotlin": ("*{Test,Tests,IT}.{java,kt,scala,groovy}", "*Spec.{kt,groovy,scala}"),
        "rspec/minitest": ("*_spec.rb", "*_test.rb"),
        "phpunit": ("*Test.php", "phpunit.xml", "phpunit.xml.dist", "*Cest.php"),
        "dotnet": ("*{Test,Tests}.{cs,fs,vb}", "*{Test,Tests}.{csproj,fsproj}"),
        "elixir": ("*_test.exs",),
        "rust": ("{test,tests}.rs",),
    },
    "ci": {
        "github-actions": (".github/workflows/*.{yml,yaml}",),
        "gitlab": (".gitlab-ci.yml", "*.gitlab-ci.yml"),
        "circleci": ("**/.circleci/config.{yml,yaml}",),
        "travis": (".travis.yml",),
        "jenkins": ("Jenkinsfile",),
        "azure-pipelines": ("azure-pipelines.{yml,yaml}", ".azure-pipelines/*.{yml,yaml}"),
        "bitbucket": ("bitbucket-pipelines.yml",),
        "drone": (".drone.{yml,yaml}",),
        "woodpecker": (".woodpecker.{yml,yaml}", ".woodpecker/*.{yml,yaml}"),
        "buildkite": (".buildkite/*.{yml,yaml}",),
        "google-cloud-build": ("cloudbuild.{yaml,yml}",),
        "appveyor": ("{.,}appveyor.{yml,yaml}",),
    },
    "dockerfile": {
        "docker": ("Dockerfile", "Containerfile", "Dockerfile.*", "*.Dockerfile", "*.dockerfile"),
    },
    "compose": {
        "docker-compose": (
            "{docker-compose,compose}.{yml,yaml}",
            "{docker-compose,compose}.*.{yml,yaml}",
            "{docker-compose,compose}{-,_}*.{yml,yaml}",
        ),
    },
    "sql_migrations": {
        "alembic": ("**/{alembic,migrations}/versions/*.py",),
        "django": ("**/migrations/[0-9][0-9][0-9][0-9]_*.py",),
        "rails": ("**/db/migrate/*.rb",),
        "flyway": ("V[0-9]*__*.sql",),
        "liquibase": (
            "db.changelog*.{xml,yaml,yml,json,sql}",
            "**/liquibase/**/*.{xml,yaml,yml,sql}",
        ),
        "prisma": ("**/prisma/migrations/*/migration.sql",),
        "knex/sequelize/typeorm": (f"**/{_MIGRATION_DIRS}/[0-9]*.{_JS}",),
        "golang-migrate/sqlx": ("*.up.sql",),
        "goose/dbmate/sqlx": (f"**/{_MIGRATION_DIRS}/[0-9]*.{{sql,go}}",),
        "diesel": ("**/migrations/*/up.sql",),
        "ecto": ("**/migrations/[0-9]*_*.exs",),
        "laravel": ("**/migrations/[0-9]*_*.php",),
        "doctrine": ("**/{migrations,Migrations}/Version[0-9]*.php",),
        "ef-core": ("**/Migrations/[0-9]*_*.{cs,fs}",),
    },
    "openapi": {
        "openapi": ("{openapi,swagger}.{yaml,yml,json}", "*.{openapi,swagger}.{yaml,yml,json}"),
    },
    "env_example": {
        "dotenv": (
            # an env file's name, with a word that makes it a template anywhere in it
            ".env*{example,sample,template,dist,defaults}*",
            "env[-._]*{example,sample,template,dist}*",
            "*.env.{example,sample,template,dist}",
            "*{example,sample,template,default}*.env",
        ),
    },
    "deploy": {
        "procfile": ("Procfile", "Procfile.*"),
        "scripts": ("deploy.sh", "deploy-*.sh"),
        "fly": ("fly.toml",),
        "render": ("render.yaml",),
        "heroku": ("/app.json", "heroku.yml"),
        "app-engine": ("app.yaml",),
        "vercel": ("vercel.json",),
        "netlify": ("netlify.toml",),
        "serverless": ("serverless.{yml,yaml,ts,js}",),
        "kubernetes": ("**/{k8s,kubernetes,kube,manifests}/**/*.{yaml,yml}",),
        "helm": ("Chart.yaml",),
        "kustomize": ("kustomization.{yaml,yml}",),
        "terraform": ("*.tf",),
        "railway": ("railway.{json,toml}",),
        "pulumi": ("Pulumi.yaml", "Pulumi.*.yaml"),
        "ansible": ("ansible.cfg", "playbook.{yml,yaml}", "**/playbooks/*.{yml,yaml}"),
        "digitalocean": ("**/.do/{app,deploy.template}.{yaml,yml}",),
        "aws": (
            "appspec.{yml,yaml}",
            "Dockerrun.aws.json",
            "**/.ebextensions/*.config",
            "apprunner.{yaml,yml}",
            "cdk.json",
            "samconfig.toml",
        ),
        "azure": ("azure.yaml", "*.bicep"),
        "google-cloud": ("apphosting.yaml",),
        "cloudflare": ("wrangler.{toml,json,jsonc}",),
        "kamal/capistrano": ("**/config/deploy.yml", "Capfile", "**/config/deploy.rb"),
        "platform.sh/caprover": (".platform.app.yaml", "captain-definition"),
        "skaffold": ("skaffold.{yaml,yml}",),
        "nixpacks/zeabur": ("nixpacks.toml", "zbpack.json"),
        "now": ("now.json",),
    },
    "readme": {"readme": ("/{README,Readme,readme}", "/{README,Readme,readme}.*")},
    "license": {
        "license": (
            "/{LICENSE,LICENCE,License,Licence,license,licence,COPYING,UNLICENSE}*",
            "/{MIT,Apache,APACHE,BSD}-{LICENSE,LICENCE}*",
            "/LICENSES/*.{txt,md}",
        )
    },
}

#: Paths that show a signal less directly (helpers and fixtures in a test folder): they
#: count, but evidence lists them after the paths above.
SUPPORTING_PATHS: dict[str, dict[str, tuple[str, ...]]] = {
    "tests": {
        "pytest/unittest": ("**/tests/**/*.py",),
        "jest/vitest/mocha": (f"**/{{test,tests}}/**/*.{_JS}",),
        "junit/kotlin": ("**/src/test/**/*.{java,kt,kts,scala,groovy}",),
        "rspec/minitest": ("**/{spec,test}/**/*.rb",),
        "phpunit": ("**/tests/**/*.php",),
        "rust": ("**/tests/**/*.rs",),
        "dotnet": ("**/{tests,test}/**/*.{cs,fs}",),
        "elixir": ("**/test/**/*.exs",),
    },
}

#: File names that never show a signal, whatever folder they are in (an empty package
#: marker proves no test).
NOT_EVIDENCE: dict[str, frozenset[str]] = {"tests": frozenset({"__init__.py"})}

#: The ecosystem (as in `DEPENDENCIES`) each tool of `PATHS` and `SUPPORTING_PATHS` belongs
#: to, so a hint names the files the project's own ecosystem expects.
TOOL_ECOSYSTEMS: dict[str, str] = {
    "pytest/unittest": "python",
    "alembic": "python",
    "django": "python",
    "jest/vitest/mocha": "npm",
    "prisma": "npm",
    "knex/sequelize/typeorm": "npm",
    "go": "go",
    "golang-migrate/sqlx": "go",
    "goose/dbmate/sqlx": "go",
    "junit/kotlin": "java",
    "flyway": "java",
    "liquibase": "java",
    "rspec/minitest": "ruby",
    "rails": "ruby",
    "phpunit": "php",
    "laravel": "php",
    "doctrine": "php",
    "dotnet": "dotnet",
    "ef-core": "dotnet",
    "rust": "rust",
    "diesel": "rust",
    "elixir": "elixir",
    "ecto": "elixir",
}

#: Source language → the ecosystem whose conventions a repository without a manifest follows.
LANGUAGE_ECOSYSTEMS: dict[str, str] = {
    "Python": "python",
    "JavaScript": "npm",
    "TypeScript": "npm",
    "Go": "go",
    "Java": "java",
    "Kotlin": "java",
    "Scala": "java",
    "Groovy": "java",
    "Ruby": "ruby",
    "PHP": "php",
    "C#": "dotnet",
    "F#": "dotnet",
    "Rust": "rust",
    "Elixir": "elixir",
}

#: Folders whose content is someone else's code: never evidence, never a language.
VENDORED_DIRS: frozenset[str] = frozenset(
    {"node_modules", "vendor", "bower_components", "third_party", "venv", ".venv", "site-packages"}
)

#: Prose files show only these signals: `docs/testing.md` is not a test, `Dockerfile.md`
#: is not a Dockerfile.
PROSE_EXTENSIONS: frozenset[str] = frozenset(
    {"md", "markdown", "rst", "txt", "adoc", "html", "pdf"}
)
PROSE_SIGNALS: frozenset[str] = frozenset({"readme", "license"})

#: Dependency signals: signal → ecosystem → package names (casefolded when compared).
DEPENDENCIES: dict[str, dict[str, tuple[str, ...]]] = {
    "database": {
        "python": _names(
            "psycopg psycopg2 psycopg2-binary psycopg-binary asyncpg sqlalchemy sqlmodel pymysql "
            "mysqlclient aiomysql aiosqlite peewee tortoise-orm pymongo motor mongoengine "
            "databases django-postgres*"
        ),
        "npm": _names(
            "pg pg-promise postgres mysql mysql2 sqlite3 better-sqlite3 mongodb mongoose prisma "
            "@prisma/client sequelize typeorm knex drizzle-orm @mikro-orm/* objection kysely"
        ),
        "go": _names(
            "github.com/lib/pq github.com/jackc/pgx* gorm.io/* github.com/go-sql-driver/mysql "
            "github.com/mattn/go-sqlite3 go.mongodb.org/mongo-driver* github.com/jmoiron/sqlx "
            "entgo.io/ent github.com/uptrace/bun*"
        ),
        "java": _names(
            "postgresql mysql-connector-java mysql-connector-j hibernate-core "
            "spring-boot-starter-data-jpa spring-boot-starter-jdbc h2 "
            "spring-boot-starter-data-mongodb mongodb-driver-sync jooq mybatis* exposed-core"
        ),
        "php": _names(
            "doctrine/orm doctrine/dbal illuminate/database ext-pdo ext-pgsql ext-mysqli "
            "mongodb/mongodb"
        ),
        "ruby": _names("pg mysql2 sqlite3 activerecord sequel mongoid"),
        "dotnet": _names(
            "npgsql* microsoft.entityframeworkcore* dapper mysql.data "
            "pomelo.entityframeworkcore.mysql microsoft.data.sqlclient system.data.sqlclient "
            "mongodb.driver microsoft.data.sqlite"
        ),
        "rust": _names("sqlx diesel postgres tokio-postgres rusqlite sea-orm mongodb mysql"),
        "elixir": _names("ecto ecto_sql postgrex myxql exqlite mongodb_driver"),
    },
    "auth": {
        "python": _names(
            "pyjwt python-jose authlib passlib bcrypt argon2-cffi django-allauth "
            "djangorestframework-simplejwt flask-login flask-jwt-extended fastapi-users oauthlib "
            "drf-jwt djangorestframework-jwt django-rest-knox dj-rest-auth djoser "
            "google-auth-oauthlib"
        ),
        "npm": _names(
            "jsonwebtoken passport passport-* bcrypt bcryptjs argon2 jose next-auth @auth/* "
            "express-session @nestjs/passport @nestjs/jwt lucia better-auth koa-jwt "
            "koa-passport express-jwt @fastify/jwt"
        ),
        "go": _names(
            "github.com/golang-jwt/jwt* github.com/dgrijalva/jwt-go golang.org/x/oauth2 "
            "github.com/coreos/go-oidc* github.com/markbates/goth github.com/lestrrat-go/jwx*"
        ),
        "java": _names(
            "spring-boot-starter-security spring-security-* jjwt* java-jwt "
            "spring-boot-starter-oauth2-* ktor-auth* ktor-server-auth*"
        ),
        "php": _names(
            "firebase/php-jwt lcobucci/jwt laravel/sanctum laravel/passport tymon/jwt-auth "
            "league/oauth2-server symfony/security-bundle"
        ),
        "ruby": _names("devise jwt bcrypt omniauth* doorkeeper sorcery rodauth*"),
        "dotnet": _names(
            "microsoft.aspnetcore.authentication* microsoft.aspnetcore.identity* "
            "system.identitymodel.tokens.jwt bcrypt.net-next duende.identityserver"
        ),
        "rust": _names("jsonwebtoken argon2 bcrypt oauth2 axum-login actix-identity"),
        "elixir": _names("guardian pow bcrypt_elixir argon2_elixir joken ueberauth"),
    },
    "cache": {
        "python": _names(
            "redis hiredis django-redis aioredis pymemcache python-memcached flask-caching "
            "aiocache fastapi-cache2 valkey django-cache-url"
        ),
        "npm": _names(
            "redis ioredis @redis/client memcached node-cache cache-manager @nestjs/cache-manager "
            "keyv @upstash/redis"
        ),
        "go": _names(
            "github.com/redis/go-redis* github.com/go-redis/redis* github.com/gomodule/redigo "
            "github.com/bradfitz/gomemcache github.com/allegro/bigcache* "
            "github.com/dgraph-io/ristretto github.com/patrickmn/go-cache"
        ),
        "java": _names(
            "spring-boot-starter-data-redis spring-boot-starter-cache jedis lettuce-core caffeine "
            "ehcache redisson hazelcast"
        ),
        "php": _names("predis/predis ext-redis ext-memcached symfony/cache illuminate/redis"),
        "ruby": _names("redis redis-rails dalli hiredis redis-store kredis solid_cache"),
        "dotnet": _names("stackexchange.redis microsoft.extensions.caching.* easycaching*"),
        "rust": _names("redis deadpool-redis bb8-redis moka cached memcache"),
        "elixir": _names("redix cachex nebulex con_cache"),
    },
    "queue": {
        "python": _names(
            "celery rq dramatiq kombu pika aio-pika kafka-python confluent-kafka aiokafka arq "
            "huey taskiq nats-py"
        ),
        "npm": _names(
            "bullmq bull bee-queue amqplib kafkajs @nestjs/bull @nestjs/bullmq agenda nats "
            "@aws-sdk/client-sqs sqs-consumer pg-boss @google-cloud/pubsub"
        ),
        "go": _names(
            "github.com/rabbitmq/amqp091-go github.com/streadway/amqp "
            "github.com/segmentio/kafka-go github.com/ibm/sarama github.com/shopify/sarama "
            "github.com/confluentinc/confluent-kafka-go* github.com/nats-io/nats.go "
            "github.com/hibiken/asynq github.com/riverqueue/river*"
        ),
        "java": _names(
            "spring-boot-starter-amqp spring-kafka kafka-clients spring-rabbit amqp-client "
            "spring-boot-starter-activemq spring-cloud-stream*"
        ),
        "php": _names(
            "php-amqplib/php-amqplib symfony/messenger enqueue/* illuminate/queue ext-amqp"
        ),
        "ruby": _names(
            "sidekiq resque delayed_job* good_job solid_queue bunny sneakers ruby-kafka karafka "
            "que shoryuken"
        ),
        "dotnet": _names(
            "rabbitmq.client masstransit* confluent.kafka nservicebus* hangfire* "
            "azure.messaging.servicebus rebus*"
        ),
        "rust": _names("lapin rdkafka async-nats apalis faktory"),
        "elixir": _names("oban broadway* amqp kaffe brod exq"),
    },
    "observability": {
        "python": _names(
            "prometheus-client prometheus-fastapi-instrumentator opentelemetry-* sentry-sdk "
            "structlog loguru python-json-logger ddtrace newrelic statsd elastic-apm "
            "django-prometheus"
        ),
        "npm": _names(
            "prom-client @opentelemetry/* @sentry/* winston pino bunyan dd-trace newrelic "
            "express-prom-bundle hot-shots"
        ),
        "go": _names(
            "github.com/prometheus/client_golang go.opentelemetry.io/* "
            "github.com/getsentry/sentry-go go.uber.org/zap github.com/sirupsen/logrus "
            "github.com/rs/zerolog github.com/datadog/dd-trace-go* gopkg.in/datadog/dd-trace-go*"
        ),
        "java": _names(
            "micrometer-* spring-boot-starter-actuator opentelemetry-* sentry* "
            "logstash-logback-encoder simpleclient*"
        ),
        "php": _names(
            "sentry/* monolog/monolog open-telemetry/* promphp/* laravel/nightwatch laravel/pulse"
        ),
        "ruby": _names(
            "sentry-ruby sentry-rails prometheus-client opentelemetry-* lograge semantic_logger "
            "newrelic_rpm ddtrace datadog yabeda*"
        ),
        "dotnet": _names(
            "serilog* opentelemetry* prometheus-net* sentry* nlog* microsoft.applicationinsights*"
        ),
        "rust": _names("tracing tracing-subscriber opentelemetry* prometheus metrics sentry"),
        "elixir": _names("prom_ex opentelemetry* sentry logger_json appsignal"),
    },
}

#: Dependency manifests: file-name glob → (ecosystem, parser name in `manifests`).
MANIFESTS: dict[str, tuple[str, str]] = {
    "requirements*.txt": ("python", "requirements"),
    "**/requirements/*.txt": ("python", "requirements"),
    "pyproject.toml": ("python", "pyproject"),
    "Pipfile": ("python", "pipfile"),
    "package.json": ("npm", "package_json"),
    "go.mod": ("go", "go_mod"),
    "pom.xml": ("java", "pom"),
    "build.gradle": ("java", "gradle"),
    "build.gradle.kts": ("java", "gradle"),
    "libs.versions.toml": ("java", "gradle"),
    "composer.json": ("php", "composer"),
    "Gemfile": ("ruby", "gemfile"),
    "*.{csproj,fsproj,vbproj}": ("dotnet", "msbuild"),
    "Directory.{Packages,Build}.props": ("dotnet", "msbuild"),
    "Cargo.toml": ("rust", "cargo"),
    "mix.exs": ("elixir", "mix"),
}

_YAML = "{yaml,yml}"
_DOCUMENT = "{yaml,yml,json}"

#: Documents recognised by what they contain (see `content.py`): kind → globs of the files
#: worth reading, most likely first. Only these are read, never every blob.
CONTENT_CANDIDATES: dict[str, tuple[str, ...]] = {
    "openapi": (
        f"*{{[Oo]pen[Aa][Pp][Ii],[Ss]wagger}}*.{_DOCUMENT}",
        f"*[Aa][Pp][Ii]*.{_DOCUMENT}",
        f"**/{{openapi,swagger,api,spec,specs,contracts}}/**/*.{_DOCUMENT}",
        f"*{{[Ss]pec,[Cc]omponents}}*.{_DOCUMENT}",
    ),
    "compose": (
        f"*{{compose,docker,stack}}*.{_YAML}",
        f"/*.{_YAML}",
        f"**/{{docker,.docker}}/*.{_YAML}",
    ),
    "kubernetes": (
        f"*{{deployment,service,ingress,statefulset,cronjob}}*.{_YAML}",
        f"**/{{deploy,deployment,deployments,infra,ops,helm,charts,gitops}}/**/*.{_YAML}",
    ),
    "dockerfile": (
        "{D,d}ocker{F,f}ile*",
        "{C,c}ontainer{F,f}ile*",
        "*.{DockerFile,dockerFile,containerfile,Containerfile}",
    ),
    "app_platform": (f"spec.{_YAML}", f"app-spec.{_YAML}", f"**/.do/*.{_YAML}"),
    "inline_tests": ("{lib,main}.rs", "*.rs"),
    "cloudformation": (
        f"template.{_DOCUMENT}",
        f"*.template.{_DOCUMENT}",
        f"**/{{cloudformation,cfn}}/*.{_DOCUMENT}",
    ),
}

#: Document kind → the signal a document of that kind shows.
DOCUMENT_SIGNALS: dict[str, str] = {
    "openapi": "openapi",
    "compose": "compose",
    "kubernetes": "deploy",
    "dockerfile": "dockerfile",
    "app_platform": "deploy",
    "cloudformation": "deploy",
    "inline_tests": "tests",
}

#: Files a CI pipeline runs besides its own (GitHub's composite actions, GitLab's includes).
CI_INCLUDES: tuple[str, ...] = (
    ".github/actions/**/action.{yml,yaml}",
    ".gitlab/**/*.{yml,yaml}",
)

#: Files that hold secrets when committed: glob → the check their content must pass
#: (see `secret_files.py`); the path is reported, never the content.
SECRET_FILES: dict[str, str] = {
    ".env": "dotenv",
    ".env.*": "dotenv",
    "*.env": "dotenv",
    "*.pem": "private_key",
    "*.key": "private_key",
    "id_{rsa,dsa,ecdsa,ed25519}": "private_key",
    "master.key": "any",
    "*.tfstate": "any",
    ".git-credentials": "any",
    ".htpasswd": "any",
    "credentials.json": "json_key",
    "*{service-account,serviceAccount,service_account,adminsdk}*.json": "json_key",
    ".npmrc": "npmrc",
    ".pypirc": "password",
    ".netrc": "password",
}

#: Env files that are templates or test settings by convention, never live secrets.
ENV_TEMPLATE_WORDS: frozenset[str] = frozenset(
    [
        "example",
        "sample",
        "template",
        "dist",
        "defaults",
        "default",
        "tpl",
        "tmpl",
        "schema",
        "test",
        "testing",
        "demo",
        "ci",
        "example.local",
        "sample.local",
    ]
)

#: A blob larger than this is never read (a manifest, a document, a CI file).
BLOB_MAX_BYTES = 512 * 1024
#: At most this many documents are read to be recognised by content in one repository.
CONTENT_MAX_COUNT = 64
#: At most this many CI files are read in one repository.
CI_MAX_COUNT = 32
#: A test suite of at most this many files is read to tell real tests from a generator's
#: placeholders (see `placeholders.py`); a larger suite counts as it is.
TEST_MAX_COUNT = 12
#: At most this many possible secret files are read in one repository.
SECRET_MAX_COUNT = 16

#: At most this many manifests are read in one repository (monorepos, fixtures).
MANIFEST_MAX_COUNT = 256
#: Evidence paths returned per signal (the first ones in path order).
EVIDENCE_LIMIT = 5

#: Source-file extension → language, for the `languages` fact (markup and data do not count).
LANGUAGES: dict[str, str] = {
    ext: language
    for language, extensions in {
        "Python": "py pyi",
        "JavaScript": "js mjs cjs jsx",
        "TypeScript": "ts tsx mts cts",
        "Go": "go",
        "Java": "java",
        "Kotlin": "kt kts",
        "Scala": "scala",
        "Groovy": "groovy",
        "Ruby": "rb",
        "PHP": "php",
        "C#": "cs",
        "F#": "fs",
        "Visual Basic": "vb",
        "Rust": "rs",
        "Elixir": "ex exs",
        "Erlang": "erl",
        "Clojure": "clj",
        "C": "c h",
        "C++": "cc cpp cxx hpp",
        "Swift": "swift",
        "Dart": "dart",
        "Haskell": "hs",
        "OCaml": "ml",
        "Lua": "lua",
        "Perl": "pl",
        "R": "r",
        "Julia": "jl",
        "Zig": "zig",
        "Nim": "nim",
        "Crystal": "cr",
        "Shell": "sh bash",
        "SQL": "sql",
    }.items()
    for ext in extensions.split()
}

#: Languages that are not a backend language of their own when counting a learner's languages.
NOT_BACKEND_LANGUAGES: frozenset[str] = frozenset({"Shell", "SQL"})

#: Spellings of one language family, so `profile.languages: [golang]` and a Go repo agree.
LANGUAGE_ALIASES: dict[str, str] = {
    "golang": "go",
    "typescript": "javascript",
    "node": "javascript",
    "nodejs": "javascript",
    "node.js": "javascript",
    "js": "javascript",
    "ts": "javascript",
    "c#": "csharp",
    "dotnet": "csharp",
    ".net": "csharp",
    "py": "python",
    "python3": "python",
    "kotlin": "java/kotlin",
    "java": "java/kotlin",
    "rb": "ruby",
    "rs": "rust",
}

#: How a language is written, by its lower-case spelling, where capitalising is not enough.
LANGUAGE_NAMES: dict[str, str] = {
    **{name.casefold(): name for name in LANGUAGES.values()},
    "golang": "Go",
    "node": "Node.js",
    "nodejs": "Node.js",
    "node.js": "Node.js",
    "csharp": "C#",
    "dotnet": ".NET",
    ".net": ".NET",
    "fsharp": "F#",
}


def language_name(written: str) -> str:
    """``javascript`` → ``JavaScript``; an unknown name is capitalised as written."""
    spelled = written.strip()
    found = LANGUAGE_NAMES.get(spelled.casefold())
    return found or (spelled[:1].upper() + spelled[1:])


#: Words that make a path or a package name a near miss of a signal in `scan --explain`.
NEAR_WORDS: dict[str, tuple[str, ...]] = {
    "tests": ("test", "spec", "check", "jest", "mocha", "junit", "rspec", "vitest"),
    "ci": ("workflow", "pipeline", "jenkins", ".github", "gitlab", "circleci"),
    "dockerfile": ("docker", "container"),
    "compose": ("compose", "docker", "stack"),
    "sql_migrations": ("migrat", "schema", "changelog", "flyway", "liquibase", ".sql"),
    "openapi": ("openapi", "swagger", "api", "spec", "redoc"),
    "env_example": ("env", "dotenv", "settings"),
    "deploy": ("deploy", "k8s", "kube", "helm", "terraform", "fly", "heroku", "render", "infra"),
    "database": ("sql", "db", "postgres", "mysql", "mongo", "orm", "sqlite", "prisma"),
    "auth": ("auth", "jwt", "oauth", "passport", "login", "session", "bcrypt", "argon"),
    "cache": ("cache", "redis", "memcache", "valkey"),
    "queue": ("queue", "job", "worker", "kafka", "rabbit", "amqp", "sqs", "nats", "task"),
    "observability": ("log", "metric", "trace", "telemetry", "sentry", "prometheus", "otel"),
    "readme": ("readme",),
    "license": ("licen", "copying"),
}

#: What to add for a signal a project claims but does not show (the RL301 hint).
HINTS: dict[str, str] = {
    "tests": "commit tests (tests/test_*.py, *_test.go, *.test.ts, src/test/...)",
    "ci": "commit a CI pipeline such as .github/workflows/ci.yml or .gitlab-ci.yml",
    "dockerfile": "commit a Dockerfile",
    "compose": "commit a compose.yaml or docker-compose.yml",
    "sql_migrations": "commit migrations (alembic/versions/, db/migrate/, migrations/0001_*.sql)",
    "openapi": "commit the API description as openapi.yaml",
    "env_example": "commit a .env.example listing the settings, without real values",
    "deploy": "commit the deploy config (fly.toml, render.yaml, Procfile, k8s/, *.tf, ...)",
    "database": "declare the database driver or ORM in the dependency manifest",
    "auth": "declare the auth library (JWT, OAuth, password hashing) in the manifest",
    "cache": "declare the cache client (Redis, Memcached) in the dependency manifest",
    "queue": "declare the queue or job library (Celery, BullMQ, Sidekiq...) in the manifest",
    "observability": "declare the metrics, tracing or logging library in the manifest",
    "readme": "commit a README at the top of the project",
    "license": "commit a LICENSE file at the top of the project",
}
