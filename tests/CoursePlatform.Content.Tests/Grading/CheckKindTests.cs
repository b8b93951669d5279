using static CoursePlatform.Content.Tests.Grading.CheckHarness;

namespace CoursePlatform.Content.Tests.Grading;

/// <summary>Each check kind accepts reasonable correct variants and rejects real mistakes.</summary>
public class CheckKindTests
{
    [Theory]
    [InlineData("FROM node:20 AS build\nFROM node:20-slim\n", true)]
    [InlineData("FROM a AS one\nFROM b AS two\nFROM c\n", true)]
    [InlineData("FROM node:20\nRUN npm ci\n", false)]
    public void Stages_counts_the_from_instructions(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("stages", "min: 2\nmax: 3", dockerfile));

    [Fact]
    public void Stages_rejects_more_than_the_maximum()
        => Assert.False(Passes("stages", "max: 1", "FROM a AS x\nFROM b\n"));

    [Theory]
    [InlineData("FROM node:20-slim\n", true)]
    [InlineData("FROM node:20-bookworm-slim\n", true)]
    [InlineData("FROM docker.io/library/node:20-alpine3.20\n", true)]
    [InlineData("FROM gcr.io/distroless/nodejs20-debian12:nonroot\n", true)]
    [InlineData("FROM node:20-slim AS base\nFROM base\n", true)]
    [InlineData("ARG TAG=20-slim\nFROM node:${TAG}\n", true)]
    [InlineData("FROM node:20\n", false)]
    [InlineData("FROM node\n", false)]
    [InlineData("FROM node:20-slim AS build\nFROM node:20\n", false)]
    public void Final_base_follows_base_stages_and_global_args(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("final-base", "allow: [\"node:*-slim\", \"node:*-alpine*\", \"gcr.io/distroless/nodejs*\"]", dockerfile));

    [Theory]
    [InlineData("FROM scratch\n", true)]
    [InlineData("FROM golang:1.22\n", false)]
    [InlineData("FROM golang:1.22-alpine\n", false)]
    public void Final_base_deny_patterns_without_a_tag_match_every_tag(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("final-base", "deny: [golang]", dockerfile));

    [Theory]
    [InlineData("FROM node:20-slim\n", true)]
    [InlineData("FROM gcr.io/distroless/static-debian12\n", true)]
    [InlineData("FROM some/unknown-image:1\n", true)]
    [InlineData("FROM node:20\n", false)]
    [InlineData("FROM golang:1.22-alpine\n", false)]
    [InlineData("FROM python:3.11\n", false)]
    public void No_build_toolchain_uses_the_catalogue(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("no-build-toolchain", "", dockerfile));

    [Theory]
    [InlineData("FROM node:20-slim\nUSER node\n", true)]
    [InlineData("FROM node:20-slim\nUSER 1000:1000\n", true)]
    [InlineData("FROM alpine:3.20\nRUN adduser -D app\nUSER app\n", true)]
    [InlineData("FROM node:20-slim AS base\nUSER node\nFROM base\nCMD [\"node\"]\n", true)]
    [InlineData("FROM gcr.io/distroless/static-debian12:nonroot\n", true)]
    [InlineData("FROM gcr.io/distroless/static-debian12:debug-nonroot\n", true)]
    [InlineData("FROM gcr.io/distroless/static-debian12\n", false)]
    [InlineData("FROM node:20-slim\n", false)]
    [InlineData("FROM node:20-slim\nUSER root\n", false)]
    [InlineData("FROM node:20-slim\nUSER 0\n", false)]
    [InlineData("FROM node:20-slim\nUSER 0:1000\n", false)]
    [InlineData("FROM node:20-slim\nUSER node\nUSER root\n", false)]
    [InlineData("FROM node:20-slim AS build\nUSER node\nFROM node:20-slim\n", false)]
    public void Non_root_reads_the_last_user_of_the_final_image(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("non-root", "", dockerfile));

    [Theory]
    [InlineData("FROM a AS b\nRUN npm run build\nFROM c\n", true)]
    [InlineData("FROM a AS b\nRUN npm ci && npx tsc -p .\nFROM c\n", true)]
    [InlineData("FROM a AS b\nFROM c\nRUN npm run build\n", false)]
    [InlineData("FROM a AS b\nRUN echo npm run build\nFROM c\n", false)]
    [InlineData("FROM a AS b\nRUN npm run lint\nFROM c\n", false)]
    public void Command_present_looks_at_shell_commands_of_the_named_stages(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("command", "stage: build\npresent: [npm run build, npx tsc]", dockerfile));

    [Theory]
    [InlineData("FROM a\nRUN npm ci --omit=dev\n", true)]
    [InlineData("FROM a\nRUN npm ci --omit dev\n", true)]
    [InlineData("FROM a\nRUN npm install --production\n", true)]
    [InlineData("FROM a\nRUN npm install --only=production\n", true)]
    [InlineData("FROM a\nRUN npm ci\n", false)]
    [InlineData("FROM a\nRUN apt-get update && npm install\n", false)]
    public void Command_absent_with_negated_flags_accepts_the_production_spellings(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("command", "stage: final\nabsent: [\"npm ci !--omit !--production !--only\", \"npm install !--omit !--production !--only\"]", dockerfile));

    [Theory]
    [InlineData("FROM node:20 AS build\nWORKDIR /app\nRUN npm ci\nFROM node:20-slim\nWORKDIR /app\nRUN npm ci --omit=dev\nCOPY --from=build /app/dist ./dist\n", true)]
    [InlineData("FROM node:20 AS build\nWORKDIR /app\nRUN npm ci && npm run build && npm prune --omit=dev\nFROM node:20-slim\nCOPY --from=build /app/node_modules ./node_modules\n", true)]
    [InlineData("FROM node:20 AS build\nWORKDIR /app\nRUN npm ci\nRUN npm prune --production\nFROM node:20-slim\nCOPY --from=build /app ./\n", true)]
    [InlineData("FROM node:20-slim\nENV NODE_ENV=production\nRUN npm ci\n", true)]
    [InlineData("FROM node:20-slim\nRUN NODE_ENV=production npm ci\n", true)]
    [InlineData("FROM node:20-slim AS base\nENV NODE_ENV=production\nFROM base\nRUN npm ci\n", true)]
    [InlineData("FROM node:20-slim\nRUN yarn install --production --frozen-lockfile\n", true)]
    [InlineData("FROM node:20-slim\nRUN npm ci\n", false)]
    [InlineData("FROM node:20-slim\nRUN npm install\n", false)]
    [InlineData("FROM node:20-slim\nRUN npm ci --omit=dev\nRUN npm install\n", false)]
    [InlineData("FROM node:20 AS build\nWORKDIR /app\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /app/node_modules ./node_modules\n", false)]
    [InlineData("FROM node:20 AS build\nWORKDIR /app\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /app /app\n", false)]
    [InlineData("FROM node:20-slim\nENV NODE_ENV=development\nRUN npm ci\n", false)]
    [InlineData("FROM node:20-slim\nCMD [\"node\", \"index.js\"]\n", false)]
    public void Production_dependencies_follows_node_modules_through_stages_and_environment(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("node-production-dependencies", "", dockerfile));

    [Theory]
    [InlineData("FROM golang AS build\nRUN go build -o /x .\nFROM scratch\nCOPY --from=build /x /x\n", true)]
    [InlineData("FROM golang AS Build\nRUN go build -o /x .\nFROM scratch\nCOPY --from=BUILD /x /x\n", true)]
    [InlineData("FROM golang\nRUN go build -o /x .\nFROM scratch\nCOPY --from=0 /x /x\n", true)]
    [InlineData("FROM golang AS base\nFROM base AS build\nRUN go build -o /x .\nFROM scratch\nCOPY --from=build /x /x\n", true)]
    [InlineData("FROM golang AS build\nRUN go vet .\nFROM scratch\nCOPY --from=build /x /x\n", false)]
    [InlineData("FROM golang AS build\nRUN go build -o /x .\nFROM scratch\nCOPY --from=golang:1.22 /usr/local/go/bin/go /go\n", false)]
    [InlineData("FROM golang AS build\nRUN go build -o /x .\nFROM scratch\nCOPY x /x\n", false)]
    public void Copy_from_resolves_stage_names_case_insensitively_and_indexes(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("copy-from", "built-by: [go build]", dockerfile));

    [Theory]
    [InlineData("FROM a\nCMD [\"node\", \"x.js\"]\n", true)]
    [InlineData("FROM a\nENTRYPOINT [\"/server\"]\n", true)]
    [InlineData("FROM a AS base\nCMD [\"x\"]\nFROM base\n", true)]
    [InlineData("FROM a\nCMD node x.js\nCMD [\"node\", \"x.js\"]\n", true)]
    [InlineData("FROM a\nCMD node x.js\n", false)]
    [InlineData("FROM a\nENTRYPOINT /server\n", false)]
    [InlineData("FROM a\nENTRYPOINT [\"/server\"]\nCMD serve --port 80\n", false)]
    [InlineData("FROM a\nRUN x\n", false)]
    public void Exec_form_checks_the_effective_cmd_and_entrypoint(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("exec-form", "", dockerfile));

    [Theory]
    [InlineData("FROM n\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n", true)]
    [InlineData("FROM n\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n", true)]
    [InlineData("FROM n\nWORKDIR /app\nCOPY ./package.json ./\nRUN npm install\nCOPY src ./src\n", true)]
    [InlineData("FROM n AS deps\nCOPY package.json ./\nFROM deps\nRUN npm ci\nCOPY . .\n", true)]
    [InlineData("FROM n\nCOPY . .\nRUN npm ci\n", false)]
    [InlineData("FROM n\nCOPY package.json ./\nCOPY src ./src\nRUN npm ci\n", false)]
    [InlineData("FROM n\nRUN npm ci\nCOPY . .\n", false)]
    [InlineData("FROM n\nADD . /app\nRUN npm ci\n", false)]
    public void Cache_order_wants_only_manifests_copied_before_the_install(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("cache-order", "install: [npm ci, npm install]\nmanifests: [package.json, package-lock.json, \"package*.json\"]", dockerfile));

    [Fact]
    public void Cache_order_fails_when_there_is_no_install_at_all()
        => Assert.False(Passes("cache-order", "install: [npm ci]\nmanifests: [package.json]", "FROM n\nCOPY . .\n"));

    [Theory]
    [InlineData("FROM python:3.11-slim\nRUN pip install --no-cache-dir flask\n", true)]
    [InlineData("FROM python:3.11-slim\nRUN pip install flask\n", false)]
    public void Lint_fails_when_a_named_rule_fires_and_reports_its_lines(string dockerfile, bool passes)
    {
        var result = Evaluate("lint", "rules: [DL3042]", dockerfile);
        Assert.Equal(passes, result.Passed);
        Assert.Equal(passes ? [] : [2], result.Lines);
    }

    [Fact]
    public void Lint_accepts_buildkit_names_and_aliases()
        => Assert.False(Passes("lint", "rules: [SecretsUsedInArgOrEnv]", "FROM a\nARG GITHUB_TOKEN\n"));

    [Theory]
    [InlineData("FROM golang AS b\nRUN CGO_ENABLED=0 go build -o /x .\nFROM scratch\nCOPY --from=b /x /x\n", true)]
    [InlineData("FROM golang AS b\nENV CGO_ENABLED=0\nRUN go build -o /x .\nFROM scratch\nCOPY --from=b /x /x\n", true)]
    [InlineData("FROM golang AS base\nENV CGO_ENABLED=0\nFROM base AS b\nRUN go build -o /x .\nFROM scratch\nCOPY --from=b /x /x\n", true)]
    [InlineData("FROM golang AS b\nRUN export CGO_ENABLED=0 && go build -o /x .\nFROM scratch\nCOPY --from=b /x /x\n", true)]
    [InlineData("FROM golang AS b\nARG CGO_ENABLED=0\nRUN go build -o /x .\nFROM scratch\nCOPY --from=b /x /x\n", true)]
    [InlineData("FROM golang AS b\nRUN go build -ldflags '-extldflags \"-static\"' -o /x .\nFROM scratch\nCOPY --from=b /x /x\n", true)]
    [InlineData("FROM golang AS b\nRUN go build -o /x .\nFROM debian:bookworm-slim\nCOPY --from=b /x /x\n", true)]
    [InlineData("FROM golang AS b\nRUN go build -o /x .\nFROM scratch\nCOPY --from=b /x /x\n", false)]
    [InlineData("FROM golang AS b\nRUN go build -o /x .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=b /x /x\n", false)]
    [InlineData("FROM golang AS b\nRUN export CGO_ENABLED=0\nRUN go build -o /x .\nFROM scratch\nCOPY --from=b /x /x\n", false)]
    [InlineData("FROM golang AS b\nENV CGO_ENABLED=0\nENV CGO_ENABLED=1\nRUN go build -o /x .\nFROM scratch\nCOPY --from=b /x /x\n", false)]
    [InlineData("FROM golang AS b\nRUN CGO_ENABLED=1 go build -o /x .\nFROM scratch\nCOPY --from=b /x /x\n", false)]
    [InlineData("FROM golang:1.22 AS b\nRUN go build -o /x .\nFROM alpine:3.20\nCOPY --from=b /x /x\n", false)]
    public void Static_binary_reads_the_environment_the_go_build_sees(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("static-binary", "", dockerfile));

    [Theory]
    [InlineData("FROM golang AS b\nRUN CGO_ENABLED=0 go build -o /x .\nFROM scratch\nCOPY --from=b /x /x\n", true)]
    [InlineData("FROM golang AS b\nRUN CGO_ENABLED=0 go build -ldflags=\"-s -w\" -o /x .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=b /x /x\n", true)]
    [InlineData("FROM golang AS b\nRUN go build -o /x .\nFROM alpine:3.20\nCOPY --from=b /x /x\n", false)]
    [InlineData("FROM golang:1.22\nRUN go build -o /x .\n", false)]
    public void Image_size_estimates_the_final_image(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("image-size", "max-mb: 10", dockerfile));

    [Theory]
    [InlineData("FROM a\nHEALTHCHECK CMD [\"python\", \"-c\", \"print(1)\"]\n", true)]
    [InlineData("FROM a AS base\nHEALTHCHECK CMD [\"true\"]\nFROM base\n", true)]
    [InlineData("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n", true)]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK CMD wget -qO- http://localhost/ || exit 1\n", true)]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache curl\nHEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"]\n", true)]
    [InlineData("FROM debian:bookworm-slim\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n", false)]
    [InlineData("FROM debian:bookworm-slim\nHEALTHCHECK CMD [\"wget\", \"-q\", \"http://localhost/\"]\n", false)]
    [InlineData("FROM a\nHEALTHCHECK CMD [\"true\"]\nHEALTHCHECK NONE\n", false)]
    [InlineData("FROM a AS x\nHEALTHCHECK CMD [\"true\"]\nFROM b\n", false)]
    [InlineData("FROM a\n", false)]
    public void Healthcheck_needs_a_probe_that_exists_in_the_final_image(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("healthcheck", "tool-installed: true", dockerfile));

    [Theory]
    [InlineData("FROM a\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n", true)]
    [InlineData("FROM a\nRUN --mount=type=secret,id=t,env=NPM_TOKEN npm install --omit=dev\n", true)]
    [InlineData("FROM a\nRUN --mount=type=cache,target=/root/.npm npm ci\n", false)]
    [InlineData("FROM a\nRUN --mount=type=secret,id=npmrc cat /run/secrets/npmrc\nRUN npm ci\n", false)]
    [InlineData("FROM a\nRUN npm ci\n", false)]
    public void Run_mount_must_sit_on_the_step_that_needs_it(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("run-mount", "type: secret\ncommand: [npm ci, npm install]", dockerfile));

    [Theory]
    [InlineData("node_modules\n.git\n.env\n", true)]
    [InlineData("**/node_modules\n.git\n.env*\n", true)]
    [InlineData("*\n!package.json\n!index.js\n", true)]
    [InlineData("node_modules\n.git\n", false)]
    [InlineData("*\n", false)]
    [InlineData("node_modules\n.git\n.env\n!.env\n", false)]
    [InlineData("", false)]
    public void Dockerignore_follows_dockers_matching_rules(string ignore, bool passes)
        => Assert.Equal(passes, Passes("dockerignore", "excludes: [node_modules/x/package.json, .git/HEAD, .env]\nkeeps: [package.json, index.js]", "FROM a\n", ignore));
}
