#!/bin/sh
# An example onescreen plug-in: a cold-chain gateway reporting truck compartment temperatures.
#
# The protocol: print records as JSON Lines (see RECORDS.md) on stdout and exit 0. Say what went wrong on stderr
# and exit non-zero; the Sources page shows the exit code and the last lines of stderr. onescreen runs it every
# `interval` from the config's folder, kills it (and everything it started) after `timeout`, and sets
# ONESCREEN_SOURCE (the source's name) and ONESCREEN_COLLECTOR (which collector runs it).
#
# Installed as plugins/onescreen-source-gateway.sh beside the config, it is source kind `gateway`:
#   - name: trucks
#     kind: gateway
#     args: ["--site", "沪A·冷链01"]
set -eu

site="沪A·冷链01"
while [ $# -gt 0 ]; do
    case "$1" in
        --site) site="$2"; shift 2 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

now=$(date +%s)
# Three readings a few seconds apart, a compartment at 2–4 °C with a little noise.
awk -v site="$site" -v now="$now" 'BEGIN {
    srand(now)
    for (i = 2; i >= 0; i--) {
        printf "{\"type\":\"reading\",\"metric\":\"truck.temp\",\"site\":\"%s\",\"stage\":\"transport\",\"time\":%d,\"value\":%.1f,\"unit\":\"°C\"}\n", site, now - 5 * i, 2.5 + rand() * 1.2
    }
}'
