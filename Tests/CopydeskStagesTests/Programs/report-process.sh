#!/bin/sh
# A command-stage program in plain sh (no interpreter that changes its own
# signal dispositions at start): answers each document with a new one of the
# same id carrying the blocked and ignored signal sets and the names of the
# environment variables that its child processes see.
while IFS= read -r line; do
    id=$(printf '%s\n' "$line" | sed 's/^{"id":"\([^"]*\)".*/\1/')
    blocked=$(grep '^SigBlk:' /proc/self/status | cut -f2)
    ignored=$(grep '^SigIgn:' /proc/self/status | cut -f2)
    names=$(env | cut -d= -f1 | sort | sed 's/.*/"&"/' | paste -sd, -)
    printf '{"id":"%s","text":"reported","seen":true,"sigblk":"%s","sigign":"%s","env":[%s]}\n' "$id" "$blocked" "$ignored" "$names"
done
