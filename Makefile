# Every target bootstraps what it needs (Node >= 22, pnpm, the workspace) on a fresh machine.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/.tools/pnpm/node_modules/.bin:$(CURDIR)/.tools/node/node_modules/.bin:$(PATH)

BOOTSTRAP := scripts/bin/bootstrap.sh
TOOLS := scripts/node_modules/.bin/tsx scripts/src/cli.ts
JEST := node node_modules/jest/bin/jest.js

# Flagship patterns whose unit tests `make test-quick` runs next to shared's.
QUICK_PATTERNS := industry-retail-catalog industry-starter

# CI logs read better without ANSI colours.
BIOME_FLAGS := $(if $(CI),--colors=off,)

PATTERN ?=
DATA ?=
PARAMS ?=
TICKS ?=
JSON ?=
CATEGORY ?=
NAME ?=
ANALYTICS ?=
N ?= 100000
DIR ?= .local/demo-files

FUNCTION ?=
EVENT ?=

.PHONY: help setup test test-quick typecheck biome jest templates cfn-lint validate sam-build-check catalog-check lint build clean \
        catalog new-pattern bench bench-suite run demo demo-files invoke deploy format

help: ## List the targets and the variables they read
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18
	@printf '\nVariables:\n'
	@printf '  %-10s %s\n' \
	  'PATTERN=' '<category>/<pattern> for run, invoke and deploy (make run with an unknown one lists them all)' \
	  'DATA=' 'folder seeded into the input access point instead of the pattern'"'"'s demo-data/ (run, invoke)' \
	  'PARAMS=' 'template parameters Key=Value,... over pattern.json'"'"'s demo params (run, invoke)' \
	  'TICKS=' 'how many times schedules fire (run; default 1)' \
	  'JSON=1' 'print the execution history as JSON on stdout, progress on stderr (run)' \
	  'FUNCTION=' 'logical id of the function to invoke, e.g. QualityCheckFunction (invoke)' \
	  'EVENT=' 'event file, relative to the pattern folder, e.g. events/quality-check.json (invoke)' \
	  'N=, DIR=' 'how many files demo-files writes (default 100000) and where (default .local/demo-files)' \
	  'CATEGORY=' 'category of a new pattern (new-pattern)' \
	  'NAME=' 'name of a new pattern (new-pattern)' \
	  'ANALYTICS=1' 'add a Glue table, an Athena workgroup and a named query over the results (new-pattern)'

setup: ## Install Node >= 22 (if needed), pnpm and the workspace
	@bash $(BOOTSTRAP)

test: setup ## Everything: typecheck, Biome, jest, then (beside jest) templates: validator, cfn-lint, SAM build, catalog
	@$(MAKE) --no-print-directory typecheck biome
	@$(MAKE) --no-print-directory -j2 --output-sync=target jest templates
	@echo "make test: all checks passed"

templates: setup ## Template checks in order: validator matrix, cfn-lint, SAM build contract, catalog drift
	@$(MAKE) --no-print-directory -j1 validate cfn-lint sam-build-check catalog-check

cfn-lint: setup ## cfn-lint (with the SAM translator) over every template; fails on errors and warnings
	@if command -v cfn-lint >/dev/null 2>&1; then \
	  cfn-lint --non-zero-exit-code warning && echo "cfn-lint: no errors, no warnings"; \
	else echo "cfn-lint: skipped: not installed"; fi

test-quick: setup ## Unit tests of shared and the flagship patterns (seconds)
	@$(JEST) --maxWorkers=100% --selectProjects @fsxn-s3ap/shared $(addprefix @fsxn-s3ap/,$(QUICK_PATTERNS)) \
	  --testPathIgnorePatterns '/tests/workflow/' '/node_modules/'

typecheck: setup ## tsc --noEmit in every workspace
	@pnpm -r --workspace-concurrency=2 exec tsc --noEmit -p tsconfig.json

biome: setup ## Biome lint and format check
	@node_modules/.bin/biome ci --error-on-warnings $(BIOME_FLAGS) .

jest: setup ## Every workspace's jest project, with the >= 90 % line coverage gate on shared/
	@mkdir -p .local
	@$(JEST) --ci --maxWorkers=100% --coverage --coverageReporters=text-summary --json --outputFile=.local/jest-results.json
	@node -e 'const r = require("./.local/jest-results.json"); console.log(`jest: $${r.numPassedTests} passed, $${r.numFailedTests} failed, $${r.numPendingTests} skipped`)'

validate: setup ## Template validator over every template and every combination of switches and standard options
	@$(TOOLS) validate --matrix

sam-build-check: setup ## Build every function exactly as `sam build` does and check each handler export
	@$(TOOLS) sam-build --check

catalog-check: setup ## Fail when solutions/README.md is stale
	@$(TOOLS) catalog --check

lint: setup ## Biome + template validator (+ cfn-lint / sam validate --lint when installed)
	@node_modules/.bin/biome ci --error-on-warnings $(BIOME_FLAGS) .
	@$(TOOLS) validate --external

build: setup ## Bundle every function of every pattern as `sam build` would, into .local/build/
	@$(TOOLS) sam-build

catalog: setup ## Regenerate solutions/README.md from every pattern.json
	@$(TOOLS) catalog

new-pattern: setup ## Scaffold a pattern: make new-pattern CATEGORY=<category> NAME=<name> [ANALYTICS=1]
	@$(TOOLS) new-pattern --category "$(CATEGORY)" --name "$(NAME)" $(if $(ANALYTICS),--analytics)
	@pnpm install --reporter=silent
	@$(TOOLS) catalog

bench: setup ## Bundle sizes, cold-init times and runtime figures, as a markdown table
	@$(TOOLS) bench

bench-suite: setup ## make bench plus the wall times of make test-quick, make demo and make test
	@$(TOOLS) bench --suite

run: setup ## Run a pattern locally: make run PATTERN=<category>/<pattern> [DATA=<dir>] [PARAMS=K=V,...] [TICKS=N] [JSON=1]
	@$(TOOLS) run "$(PATTERN)" $(if $(DATA),--data "$(DATA)") $(if $(PARAMS),--params "$(PARAMS)") \
	  $(if $(TICKS),--ticks "$(TICKS)") $(if $(JSON),--json)

demo: setup ## Run the flagship pattern locally on its demo data and print its HTML report's path
	@$(TOOLS) demo

demo-files: setup ## Write N small files (default 100000) under DIR for make run DATA=DIR
	@scripts/node_modules/.bin/tsx scripts/src/local/generate-files.ts "$(N)" "$(DIR)"

invoke: setup ## Invoke one function locally: make invoke PATTERN=<c>/<p> FUNCTION=<LogicalId> EVENT=events/<file>.json
	@$(TOOLS) invoke "$(PATTERN)" $(if $(FUNCTION),--function "$(FUNCTION)") $(if $(EVENT),--event "$(EVENT)") \
	  $(if $(DATA),--data "$(DATA)") $(if $(PARAMS),--params "$(PARAMS)")

deploy: setup ## Build and deploy one pattern with SAM CLI: make deploy PATTERN=<category>/<pattern>
	@bash scripts/bin/deploy.sh "$(PATTERN)"

format: setup ## Apply Biome formatting
	@node_modules/.bin/biome format --write .

clean: ## Remove build outputs, local runs and coverage (keeps node_modules and .tools)
	rm -rf .local .aws-sam coverage solutions/*/*/.aws-sam
