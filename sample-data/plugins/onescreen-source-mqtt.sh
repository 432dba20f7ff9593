#!/bin/bash
# An onescreen plug-in that streams readings from an MQTT broker, through mosquitto_sub (package mosquitto-clients).
#
# A stream: it runs until it fails, printing one reading per message. Configure it with stream: true, and an
# idle_timeout a few times the broker's heartbeat (mosquitto publishes $SYS/broker/uptime every sys_interval, 10 s
# by default; each one prints a blank line, which ingest skips):
#   - name: trucks
#     kind: mqtt
#     stream: true
#     idle_timeout: 30s
#     args: ["--host", "broker.lan", "--topic", "cold/#", "--prefix", "cold", "--stage", "transport", "--unit", "°C"]
#
# Topics are PREFIX/SITE/METRIC...: cold/沪A·冷链07/truck/temp is metric truck.temp at site 沪A·冷链07 (levels after
# the site joined by dots). A payload that is a number is the value, timed on arrival; a JSON object payload gives its
# own fields (value, and time, stage, unit, lot as it likes) and the topic its site and metric; anything else is
# passed on as it came, for ingest to reject and keep with its text.
#
# QoS 1 with a persistent session (-c, client id --id, by default onescreen-SOURCE): while this plug-in is down (a
# restart, a collector taking over from another) the broker keeps the messages for it, and delivers them on return.
#
# Why it exits when the broker goes away rather than letting mosquitto_sub reconnect by itself: mosquitto_sub
# reconnects silently and for ever, so a dead broker would look like quiet sensors and nobody would hear of it. Here
# the heartbeat stops, onescreen kills the plug-in after idle_timeout and starts it again; a start against a broker
# that is down fails at once (exit 1, "Connection refused" on stderr), so the source turns failing and the
# source-failing alert says why. The restart resumes the same session, so nothing the broker accepted is lost.
set -euo pipefail

host=localhost
port=1883
prefix=""
stage=""
unit=""
id="onescreen-${ONESCREEN_SOURCE:-mqtt}"
heartbeat='$SYS/broker/uptime'
topics=()
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --host) host="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        --topic) topics+=(-t "$2"); shift 2 ;;
        --prefix) prefix="$2"; shift 2 ;;
        --stage) stage="$2"; shift 2 ;;
        --unit) unit="$2"; shift 2 ;;
        --id) id="$2"; shift 2 ;;
        --heartbeat) heartbeat="$2"; shift 2 ;;
        --) shift; extra=("$@"); break ;;
        *) echo "unknown argument: $1 (known: --host --port --topic --prefix --stage --unit --id --heartbeat, then -- and mosquitto_sub options)" >&2; exit 2 ;;
    esac
done
if [ ${#topics[@]} -eq 0 ]; then echo "no --topic given" >&2; exit 2; fi
command -v mosquitto_sub >/dev/null || { echo "mosquitto_sub not found: install mosquitto-clients" >&2; exit 2; }
if [ -n "$heartbeat" ] && [ "$heartbeat" != none ]; then topics+=(-t "$heartbeat"); fi

# mawk reads a pipe in large blocks unless told otherwise; a message must pass at once.
awk_options=()
if awk -W version 2>/dev/null | grep -q mawk; then awk_options=(-W interactive); fi

# %U: arrival time as epoch seconds with nanoseconds; %t the topic; %p the payload.
stdbuf -oL mosquitto_sub -h "$host" -p "$port" "${topics[@]}" -q 1 -c -i "$id" -F '%U %t %p' "${extra[@]}" |
awk "${awk_options[@]}" -v prefix="$prefix" -v stage="$stage" -v unit="$unit" -v heartbeat="$heartbeat" '
function quote(s) {
    gsub(/\\/, "\\\\", s)
    gsub(/"/, "\\\"", s)
    return "\"" s "\""
}
function arrival(stamp,    parts, ms) {
    split(stamp, parts, ".")
    ms = substr(parts[2] "000", 1, 3)
    return strftime("%Y-%m-%dT%H:%M:%S", parts[1], 1) "." ms "Z"
}
{
    stamp = $1
    topic = $2
    rest = substr($0, length(stamp) + 2)
    payload = substr(rest, length(topic) + 2)
    if (topic == heartbeat) { print ""; fflush(); next }
    path = topic
    if (prefix != "") {
        if (substr(path, 1, length(prefix) + 1) != prefix "/") { print rest; fflush(); next }
        path = substr(path, length(prefix) + 2)
    }
    n = split(path, level, "/")
    if (n < 2) { print rest; fflush(); next }
    site = level[1]
    metric = level[2]
    for (i = 3; i <= n; i++) metric = metric "." level[i]
    head = "{\"type\":\"reading\",\"metric\":" quote(metric) ",\"site\":" quote(site)
    if (payload ~ /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/) {
        print head ",\"stage\":" quote(stage) ",\"time\":" quote(arrival(stamp)) ",\"value\":" payload ",\"unit\":" quote(unit) "}"
    } else if (payload ~ /^[ \t]*\{.*\}[ \t]*$/) {
        body = payload
        sub(/^[ \t]*\{[ \t]*/, "", body)
        if (body !~ /"stage"[ \t]*:/) head = head ",\"stage\":" quote(stage)
        if (body !~ /"unit"[ \t]*:/) head = head ",\"unit\":" quote(unit)
        if (body !~ /"time"[ \t]*:/) head = head ",\"time\":" quote(arrival(stamp))
        print head (body ~ /^\}/ ? "" : ",") body
    } else {
        print rest
    }
    fflush()
}'
