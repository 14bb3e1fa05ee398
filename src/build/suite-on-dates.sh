#!/usr/bin/env bash
# Runs the whole test suite once per test date, to show that no test depends on the day it runs.
# Usage: src/build/suite-on-dates.sh [ISO-instant ...]   (default: the awkward dates below)
# Extra Maven arguments (other test ports, -o) may be given in SUITE_MAVEN_ARGS.
# Each run's Maven log goes to target/suite-on-dates-logs/<date>.log; a summary line per date is printed at the end.
set -uo pipefail
cd "$(dirname "$0")/../.."

dates=("$@")
if [ ${#dates[@]} -eq 0 ]; then
    dates=(
        2026-11-25T10:00:00Z   # the default test date
        2027-01-31T23:30:00Z   # a month end, late evening UTC (already 1 February in Shanghai)
        2027-04-01T00:15:00Z   # a quarter's first day, just after midnight
        2027-12-31T23:45:00Z   # the last minutes of a year (already next year east of UTC)
        2028-02-29T12:00:00Z   # a leap day
    )
fi

mkdir -p target/suite-on-dates-logs
summary=()
for date in "${dates[@]}"; do
    log="target/suite-on-dates-logs/${date//:/-}.log"
    echo "== suite on ${date} (log: ${log})"
    start=$(date +%s)
    # shellcheck disable=SC2086 # SUITE_MAVEN_ARGS is a list of arguments
    ./mvnw -B ${SUITE_MAVEN_ARGS:-} verify -Dgreenhub.test.clock="${date}" >"${log}" 2>&1
    rc=$?
    results=$(grep -E "^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$" "${log}" | sed 's/^\[[A-Z]*\] //' | paste -sd ' ' -)
    summary+=("${date}  rc=${rc}  $(( $(date +%s) - start ))s  ${results}")
done
printf '%s\n' "${summary[@]}"
