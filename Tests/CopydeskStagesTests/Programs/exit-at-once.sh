#!/bin/sh
# A command-stage program that gives up before reading any document.
echo "giving up before any input" >&2
exit 3
