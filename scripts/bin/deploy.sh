#!/usr/bin/env bash
# make deploy PATTERN=<category>/<pattern>: the SAM build contract of that pattern, then sam build and a guided
# sam deploy from the pattern folder. `make setup` has run before (the Makefile target depends on it).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pattern="${1:-}"

"$root/scripts/node_modules/.bin/tsx" "$root/scripts/src/cli.ts" deploy-check "$pattern"

if ! command -v sam >/dev/null 2>&1; then
  cat >&2 <<'MSG'
deploy: SAM CLI is not installed, so nothing was deployed. Install:
  - AWS SAM CLI >= 1.100: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/install-sam-cli.html
  - AWS credentials for the target account: `aws configure` (AWS CLI) or AWS_PROFILE / AWS_* variables
then run this target again.
MSG
  exit 1
fi

cd "$root/solutions/$pattern"
if [ ! -f samconfig.toml ] && [ -f samconfig.toml.example ]; then
  # build_in_source and cached=false live there: without them sam build copies the source and loses the workspace.
  cp samconfig.toml.example samconfig.toml
  echo "deploy: wrote solutions/$pattern/samconfig.toml from samconfig.toml.example; the guided deploy asks for its values"
fi
sam build
sam deploy --guided
