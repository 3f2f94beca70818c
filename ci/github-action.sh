#!/usr/bin/env bash
# The run step of action.yml, kept as a script so it can be tried locally:
#   QC_PATHS=drafts QC_CHANGED_SINCE=origin/main GITHUB_STEP_SUMMARY=/tmp/summary.md \
#     bash ci/github-action.sh
# Inputs come as QC_* environment variables (never pasted into the script, so a branch
# name cannot inject shell). Prints workflow commands (annotations), appends the Markdown
# report to $GITHUB_STEP_SUMMARY, optionally writes SARIF, exits as quotecheck does.
set -euo pipefail

read -r -a paths <<< "${QC_PATHS:-.}"
read -r -a sources <<< "${QC_SOURCES:-}"
args=()
[[ -n "${QC_CONFIG:-}" ]] && args+=(--config "$QC_CONFIG")
# ${a[@]+"${a[@]}"}: an empty array under `set -u` is an error in bash before 4.4 (macOS's /bin/bash is 3.2)
for source in ${sources[@]+"${sources[@]}"}; do args+=(--source "$source"); done
[[ -n "${QC_FAIL_ON:-}" ]] && args+=(--fail-on "$QC_FAIL_ON")
[[ -n "${QC_MIN_LEVEL:-}" ]] && args+=(--min-level "$QC_MIN_LEVEL")
[[ -n "${QC_BASELINE:-}" ]] && args+=(--baseline "$QC_BASELINE")
export QUOTECHECK_STORE="${QC_STORE:-.quotecheck}"
# Offline: only the repository's sources and snapshot store (filled by `quotecheck fetch`).
args+=(--offline)

if [[ -n "${QC_CHANGED_SINCE:-}" ]]; then
  args+=(--changed-since "$QC_CHANGED_SINCE")
else
  # Not a pull request: every tracked article under the paths.
  list="$(mktemp)"
  trap 'rm -f "$list"' EXIT
  git ls-files -- "${paths[@]}" > "$list"
  args+=(--files-from "$list")
fi

status=0
quotecheck "${paths[@]}" "${args[@]}" --format github || status=$?
if [[ $status -ge 2 ]]; then
  exit "$status"
fi
if [[ -n "${QC_SARIF:-}" ]]; then
  GITHUB_STEP_SUMMARY="" quotecheck "${paths[@]}" "${args[@]}" --format sarif --output "$QC_SARIF" --no-exit
  if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
    echo "sarif-file=$QC_SARIF" >> "$GITHUB_OUTPUT"
  fi
fi
exit "$status"
