#!/usr/bin/env bash
# Loads libWordCountPlugin.so into the plugin-capable copydesk (PluginHost/)
# and runs pipelines that use its stage, through `plugins:` and through
# --plugin; checks that the stock copydesk, whose engine is linked in
# statically, refuses the plugin with the reason. Run after `swift build`
# here, in ../../PluginHost and in ../.. (CI does).
set -uo pipefail
cd "$(dirname "$0")"
host=../../PluginHost/.build/debug/copydesk-dynamic
stock=../../.build/debug/copydesk
plugin=.build/debug/libWordCountPlugin.so
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passed=0 failed=0
check() {
    if eval "$2"; then passed=$((passed + 1)); else echo "FAILED: $1" >&2; failed=$((failed + 1)); fi
}
articles=$(ls ../articles/*.txt | wc -l)

"$host" run plugin.yaml --output "$out/a.jsonl" --quiet 2>"$out/a.err"; rc=$?
check "plugins: [$plugin] runs with exit 0 (got $rc: $(cat "$out/a.err"))" '[ "$rc" = 0 ]'
check "every article got a word_count from the plugin" '[ "$(grep -c "\"word_count\":" "$out/a.jsonl")" = "$articles" ]'

"$host" run pipeline.yaml --plugin "$plugin" --output "$out/b.jsonl" --quiet 2>"$out/b.err"; rc=$?
check "--plugin $plugin runs with exit 0 (got $rc: $(cat "$out/b.err"))" '[ "$rc" = 0 ]'
check "--plugin gives the same output as plugins:" 'cmp -s "$out/a.jsonl" "$out/b.jsonl"'

"$stock" validate plugin.yaml >/dev/null 2>"$out/c.err"; rc=$?
check "the static stock copydesk refuses the plugin with exit 2 (got $rc)" '[ "$rc" = 2 ]'
check "and says why, at the plugins: entry" 'grep -q "plugin.yaml:6:11: plugin .*libWordCountPlugin.so does not share this copydesk.s engine" "$out/c.err"'

"$host" validate pipeline.yaml >/dev/null 2>"$out/d.err"; rc=$?
check "without the plugin word_count is an unknown stage (exit $rc)" '[ "$rc" = 2 ] && grep -q "unknown stage .word_count." "$out/d.err"'

"$host" stages word_count --plugin "$plugin" >"$out/e.out" 2>&1; rc=$?
check "stages --plugin documents the plugin's stage from its spec (exit $rc)" '[ "$rc" = 0 ] && grep -q "minimum" "$out/e.out"'

echo "plugin: $passed passed, $failed failed"
[ "$failed" = 0 ]
