r"""What a CI step does that exercises a signal. Data only.

A pipeline exercises a signal when one of its steps runs the command (or a GitHub Action
named in `uses:`) below: the ecosystem's test runner, an image build, a migration, a deploy.
Patterns are regular expressions searched in each line of a step's commands (a `run:` or
`script:` block, with `\`-continued lines joined). A line that also matches `SKIPPED`
(`mvn package -DskipTests`) does not count.
"""

from __future__ import annotations

_NPM = r"\b(?:npm|pnpm|yarn|bun)(?:\s+run)?"

#: signal → tool → patterns of command lines (or `uses:` values) that exercise it.
EXERCISES: dict[str, dict[str, tuple[str, ...]]] = {
    "tests": {
        "python": (
            r"\bpytest\b",
            r"-m\s+(?:pytest|unittest)\b",
            r"manage\.py\s+test\b",
            r"(?:^|[\s;&|])(?:tox|nox)\b",
            r"\bhatch\s+(?:run\s+)?test",
        ),
        "javascript": (
            _NPM + r"\s+(?:test|e2e|coverage)\b",
            r"\b(?:npx\s+)?(?:jest|vitest|mocha|ava|playwright\s+test|cypress\s+run)\b",
            r"\b(?:node|deno|bun)\s+test\b",
        ),
        "go": (r"\bgo\s+test\b", r"\bgotestsum\b", r"\bginkgo\b"),
        "java": (
            r"\bmvnw?\b.*\b(?:test|verify|install|package)\b",
            r"\bgradlew?\b.*\b(?:test|check|build)\b",
            r"\bsbt\b.*\btest\b",
            r"gradle/(?:gradle-build-action|actions)\S*\s+.*\b(?:test|check|build)\b",
        ),
        "ruby": (r"\brspec\b", r"\b(?:rails|rake)\s+(?:test|spec)\b"),
        "php": (
            r"\bphpunit\b",
            r"\bartisan\s+test\b",
            r"\bpest\b",
            r"\bcomposer\s+(?:run(?:-script)?\s+)?test\b",
            r"\bcodecept\s+run\b",
        ),
        "dotnet": (r"\bdotnet\s+test\b",),
        "rust": (r"\bcargo\s+(?:test|nextest|tarpaulin|llvm-cov)\b",),
        "elixir": (r"\bmix\s+(?:test|coveralls)\b",),
        "make": (r"\b(?:make|just|task)\s+(?:test|tests|check|ci)\b",),
    },
    "dockerfile": {
        "docker": (
            r"\bdocker\s+(?:image\s+)?build\b",
            r"\bdocker\s+buildx\s+(?:build|bake)\b",
            r"\bdocker[-\s]compose\b.*\b(?:build|--build)\b",
            r"\b(?:podman|buildah)\s+(?:build|bud)\b",
            r"\bkaniko\b|\bbuildctl\b|\bdepot\s+build\b",
            r"\baz\s+acr\s+build\b|\bgcloud\s+builds\s+submit\b",
            r"docker\.build\(",
        ),
        "actions": (
            r"docker/build-push-action",
            r"docker/bake-action",
            r"redhat-actions/buildah-build",
            r"elgohr/publish-docker-github-action",
            r"mr-smithers-excellent/docker-build-push",
            r"^Docker@\d",
        ),
    },
    "compose": {
        "docker": (r"\bdocker[-\s]compose\b", r"\bpodman[-\s]compose\b"),
        "actions": (r"isbang/compose-action", r"hoverkraft-tech/compose-action"),
    },
    "sql_migrations": {
        "python": (
            r"\balembic\s+(?:upgrade|downgrade|stamp)\b",
            r"\bflask\s+db\s+upgrade\b",
            r"manage\.py\s+(?:migrate|test)\b",
        ),
        "ruby": (r"\b(?:rails|rake)\s+db:(?:migrate|prepare|setup|schema:load|test:prepare)",),
        "java": (r"\bflyway\b.*\bmigrate\b", r"\bliquibase\b.*\bupdate\b"),
        "javascript": (
            r"\bprisma\s+(?:migrate\s+(?:deploy|dev|reset)|db\s+push)\b",
            r"\bknex\s+migrate:",
            r"\bsequelize(?:-cli)?\s+db:migrate\b",
            r"\btypeorm\b.*\bmigration:run\b",
            _NPM + r"\s+(?:db:)?migrat",
        ),
        "go": (
            r"\bmigrate\b.*-path\b.*\bup\b",
            r"\bgoose\b.*\bup\b",
            r"\bdbmate\b.*\b(?:up|migrate)\b",
            r"\batlas\s+(?:migrate|schema)\s+apply\b",
        ),
        "rust": (r"\bsqlx\s+(?:migrate\s+run|database\s+setup)\b", r"\bdiesel\s+migration\s+run\b"),
        "elixir": (r"\bmix\s+ecto\.(?:migrate|setup|reset)\b",),
        "php": (r"\bartisan\s+migrate\b", r"\bdoctrine:migrations:migrate\b"),
        "dotnet": (r"\bdotnet\s+ef\s+database\s+update\b",),
        "make": (r"\b(?:make|just|task)\s+(?:db-)?migrat",),
    },
    "openapi": {
        "linters": (
            r"\bspectral\s+lint\b",
            r"\bredocly\b.*\b(?:lint|bundle)\b",
            r"\bopenapi-generator(?:-cli)?\s+(?:validate|generate)\b",
            r"\bswagger-cli\s+(?:validate|bundle)\b",
            r"\bschemathesis\b|\bst\s+run\b|\bdredd\b|\boasdiff\b|\bvacuum\s+lint\b",
            r"\bopenapi-spec-validator\b|\bswag\s+init\b",
        ),
        "actions": (
            r"stoplightio/spectral-action",
            r"char0n/swagger-editor-validate",
            r"schemathesis/action",
            r"oasdiff/oasdiff-action",
        ),
    },
    "deploy": {
        "commands": (
            r"\bfly(?:ctl)?\s+deploy\b|\bfastapi\s+deploy\b",
            r"\bheroku\S*\s+(?:container:release|deploy)|git\s+push\s+heroku\b",
            r"\bkubectl\s+(?:apply|set\s+image|rollout)\b",
            r"\bhelm\s+(?:upgrade|install)\b|\bhelmfile\s+(?:apply|sync)\b",
            r"\b(?:terraform|tofu)\s+apply\b|\bpulumi\s+up\b",
            r"\bvercel\b.*(?:--prod|\bdeploy\b)|\bnetlify\s+deploy\b",
            r"\b(?:serverless|sls|cdk|sam|azd|copilot)\s+(?:\w+\s+)?deploy\b",
            r"\brailway\s+(?:up|deploy)\b|\bkamal\s+deploy\b|\bcap\s+\w+\s+deploy\b",
            r"\bansible-playbook\b|\bskaffold\s+(?:run|deploy)\b|\bargocd\s+app\s+sync\b",
            r"\bgcloud\s+(?:app|run|functions)\s+deploy\b",
            r"\baws\s+(?:ecs\s+update-service|lambda\s+update-function-code|deploy)\b",
            r"\beb\s+deploy\b|\bdoctl\s+apps\s+(?:create|update)",
            r"\baz\s+(?:webapp|containerapp|functionapp)\s+(?:up|deploy|update)\b",
            r"\bwrangler\s+(?:deploy|publish)\b|\bfirebase\s+deploy\b|\bcaprover\s+deploy\b",
            r"\bdocker\s+(?:stack|service)\s+(?:deploy|update)\b|\bdokku\b",
            r"api\.render\.com/deploy|RENDER_DEPLOY_HOOK",
        ),
        "actions": (
            r"superfly/flyctl-actions",
            r"akhileshns/heroku-deploy",
            r"amondnet/vercel-action",
            r"nwtgck/actions-netlify",
            r"azure/(?:webapps-deploy|container-apps-deploy-action|k8s-deploy|functions-action)",
            r"google-github-actions/deploy-(?:cloudrun|appengine|cloud-functions)",
            r"aws-actions/amazon-ecs-deploy-task-definition|einaregilsson/beanstalk-deploy",
            r"appleboy/ssh-action|easingthemes/ssh-deploy|burnett01/rsync-deployments",
            r"digitalocean/app_action|cloudflare/wrangler-action|serverless/github-action",
            r"pulumi/actions|dokku/github-action|johnbeynon/render-deploy-action",
            r"jorgelnjunior/render-deploy|firebaseextended/action-hosting-deploy",
        ),
    },
}

#: What a CI step that exercises a signal looks like, for hints (tests: per ecosystem).
EXERCISE_HINTS: dict[str, str] = {
    "tests": "a CI step that runs the tests",
    "ci": "a workflow that runs on push or pull_request",
    "dockerfile": "a CI step that builds the image (docker build, docker/build-push-action)",
    "compose": "a CI step that runs the stack (docker compose up, docker compose run)",
    "sql_migrations": "a CI step that applies the migrations (alembic upgrade head, "
    "manage.py migrate, rails db:migrate, flyway migrate, prisma migrate deploy)",
    "openapi": "a CI step that checks the description (spectral lint, redocly lint)",
    "env_example": "a CI step that uses the template (cp .env.example .env)",
    "deploy": "a CI step that deploys (flyctl deploy, kubectl apply, a deploy action)",
    "database": "a CI job with the database as a service (services: postgres)",
    "cache": "a CI job with the cache as a service (services: redis)",
    "queue": "a CI job with the broker as a service (services: rabbitmq)",
    "observability": "a CI job that starts the collector (services: otel/opentelemetry-collector)",
    "auth": "a CI job that starts the identity provider (services: keycloak)",
}
TEST_COMMANDS: dict[str, str] = {
    "python": "pytest",
    "npm": "npm test",
    "go": "go test ./...",
    "java": "./mvnw verify or ./gradlew test",
    "ruby": "bundle exec rspec or bin/rails test",
    "php": "vendor/bin/phpunit or php artisan test",
    "dotnet": "dotnet test",
    "rust": "cargo test",
    "elixir": "mix test",
}

#: A command line with one of these builds or installs without running the tests.
SKIPPED = r"-DskipTests|-Dmaven\.test\.skip=true|-x\s+test\b|--exclude-task\s+test\b"

#: Signals a CI step shows on its own: a pipeline that deploys is deploy configuration.
SHOWN_BY_CI: frozenset[str] = frozenset({"deploy"})

#: Signals exercised when a command names one of their evidence files
#: (`cp .env.example .env`, `docker build -f docker/api.Dockerfile`, `psql -f V1__init.sql`).
NAMED_IN_COMMANDS: frozenset[str] = frozenset(
    {"env_example", "dockerfile", "compose", "openapi", "sql_migrations", "deploy"}
)

#: Images of backing services (compose services, CI `services:`) → the signal they show.
#: Compared without registry, tag or digest; a trailing `*` matches by prefix.
SERVICE_IMAGES: dict[str, tuple[str, ...]] = {
    "database": (
        "postgres",
        "postgresql",
        "postgis/postgis",
        "mysql",
        "mariadb",
        "mongo",
        "mongodb",
        "mcr.microsoft.com/mssql/server",
        "cockroachdb/cockroach",
        "timescale/timescaledb",
        "clickhouse/clickhouse-server",
        "bitnami/postgresql",
        "bitnami/mysql",
        "bitnami/mongodb",
        "gvenzl/oracle-xe",
        "supabase/postgres",
        "cimg/postgres",
        "circleci/postgres",
        "cimg/mysql",
        "circleci/mysql",
        "cimg/mariadb",
        "circleci/mongo",
    ),
    "cache": (
        "redis",
        "redis-server",
        "valkey/valkey",
        "memcached",
        "bitnami/redis",
        "redis/redis-stack*",
        "cimg/redis",
        "circleci/redis",
    ),
    "queue": (
        "rabbitmq",
        "confluentinc/cp-kafka",
        "bitnami/kafka",
        "apache/kafka",
        "nats",
        "redpandadata/redpanda",
        "softwaremill/elasticmq",
        "apache/activemq*",
    ),
    "observability": (
        "prom/prometheus",
        "grafana/grafana",
        "grafana/loki",
        "grafana/tempo",
        "jaegertracing/all-in-one",
        "otel/opentelemetry-collector*",
        "openzipkin/zipkin",
    ),
    "auth": (
        "quay.io/keycloak/keycloak",
        "keycloak/keycloak",
        "jboss/keycloak",
        "bitnami/keycloak",
    ),
}

#: GitHub Actions that start a backing service for the job → the signal it shows.
SERVICE_ACTIONS: dict[str, tuple[str, ...]] = {
    "database": (
        "harmon758/postgresql-action",
        "ikalnytskyi/action-setup-postgres",
        "mirromutth/mysql-action",
        "supercharge/mongodb-github-action",
        "ankane/setup-postgres",
        "ankane/setup-mysql",
    ),
    "cache": ("supercharge/redis-github-action", "shogo82148/actions-setup-redis"),
    "queue": ("getong/rabbitmq-action",),
}

#: Keys whose values are commands, in the CI files of every system the scanner detects.
COMMAND_KEYS: frozenset[str] = frozenset(
    [
        "run",
        "script",
        "scripts",
        "before_script",
        "after_script",
        "commands",
        "command",
        "cmd",
        "install",
        "before_install",
        "after_success",
        "bash",
        "pwsh",
        "powershell",
        "sh",
        "inlineScript",
    ]
)
#: Keys whose values name a reusable step (a GitHub Action, an Azure task, a plugin).
STEP_KEYS: frozenset[str] = frozenset({"uses", "task", "plugins", "orbs"})
#: Keys of a step's `with:` that hold the arguments of the action it uses.
STEP_ARGUMENT_KEYS: frozenset[str] = frozenset({"args", "arguments", "command", "run", "script"})
#: Keys that mark a deployment job: GitHub's and GitLab's `environment:`, Bitbucket's
#: `deployment:`, the `provider:` of a Travis deploy.
DEPLOY_KEYS: frozenset[str] = frozenset({"environment", "deployment", "provider"})
#: Environments that publish documentation, not the application.
NOT_DEPLOYMENTS: frozenset[str] = frozenset({"github-pages", "docs", "documentation"})
#: GitHub Actions events that run a workflow on its own, with no one pressing a button.
AUTOMATIC_EVENTS: frozenset[str] = frozenset(
    {
        "push",
        "pull_request",
        "pull_request_target",
        "merge_group",
        "schedule",
        "workflow_run",  # after another workflow, as a deploy after a build
        "workflow_call",
        "release",
    }
)
