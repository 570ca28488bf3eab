#!/usr/bin/env bash
# Every example in README.md runs.
#
# Every fenced block of README.md must say what it is: ```sh blocks hold
# commands, and each command in them is run here; ```text blocks are
# output or synopses, and each must be listed below (by its first line)
# with how it is checked or why it cannot run.  A block without a tag, or a
# text block not listed, fails the test, so no example escapes it.
#
# How a command is run (in a scratch directory with scripts/ and tests/
# linked from the source tree, and nothing else: an example that needs a
# file makes it, as a reader pasting the commands would):
#   - ./target/release/libmulticonn.so becomes $FILTER;
#   - each "# prints: TEXT" line after a command is a line its output must
#     hold, exactly;
#   - an nbdkit command without --run gets -U - (unless it has -U) and
#     --run with an nbdsh client that writes, flushes and reads back;
#   - multiconn-check runs for 2 seconds (-t 2, replacing any -t), and a
#     URI's socket /tmp/sock is a server started here (the filter in emulate
#     mode over memory 64M);
#   - each command has MULTICONN_README_LIMIT seconds (default 300) and
#     must exit 0; a multiconn-check run through nbdkit's own filter
#     (--filter=multi-conn) may also exit 1 (violations found), which is
#     what the README shows it for.
# Can fail: the README's old example (noparallel-mode=serialize-requests,
# a key nbdkit 1.32 does not have) goes through the same runner and must
# fail, and so must the first example (no filter) held to what the second
# (through the filter) prints.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
source "$(dirname "$0")/server-functions.sh"

require nbdkit nbdsh nbdcopy timeout
require_python_nbd
require_python_plugin
require_filter
require_checker
own_filter || skip "FILTER=$FILTER is not this project's filter"
limit="${MULTICONN_README_LIMIT:-300}"

# The text blocks, by first line: how each is checked, or why it does not run.
declare -A TEXT=(
    ["nbdkit --filter=./target/release/libmulticonn.so PLUGIN [multi-conn-mode=MODE] \\"]="synopsis: PLUGIN and the bracketed options are placeholders (the sh examples run the same command)"
    ["nbdkit: error: multiconn: multi-conn-mode: unknown value 'fast' (expected auto, emulate, plugin, disable or unsafe)"]="output: checked below against nbdkit's own message"
    ["nbdkit: python[1]: debug: multiconn: connection #1 export \"\": mode auto -> emulate (plugin lacks multi-conn)"]="sample nbdkit -v output: numbers differ per run; each line's format is checked by tests/test-debug.sh"
    ["apt install ./target/debian/nbdkit-multiconn-filter_*.deb"]="installs the package on the system: tests/test-package.sh builds, installs and removes it"
)

# --- the order: a user's, from what it is to the internals --------------------
# section_order FILE: fails (returns 1) unless FILE's "## " sections come in
# this order, with installing before use, and installing says how long the
# test suite takes and how to skip the package installs.
section_order ()
{
    local want="What multi-conn is, and which mode to use|Installing|Options|Examples|Checking a plugin: multiconn-check|Performance|Building|Tests|Layout"
    local got
    got=$(sed -n 's/^## //p' "$1" | grep -x -E "$want" | paste -s -d '|')
    [ "$got" = "$want" ] || { echo "sections in the order: $got" >&2; return 1; }
    sed -n '/^## Installing$/,/^## /p' "$1" >"$tmp/installing.md"
    grep -q 'MULTICONN_SKIP_DEPS=1 scripts/demo.sh' "$tmp/installing.md" &&
        grep -q 'about 40 to 55 minutes' "$tmp/installing.md" ||
        { echo "Installing says nothing of MULTICONN_SKIP_DEPS=1 for demo.sh or of how long test.sh takes" >&2; return 1; }
}
section_order "$top/README.md" || fail "README.md's sections are not in a user's order"
# Can fail: the same README with Installing moved to the end.
/usr/bin/python3 - "$top/README.md" "$tmp/moved.md" <<'EOF'
import sys
s = open(sys.argv[1]).read()
i = s.index("\n## Installing\n")
j = s.index("\n## ", i + 1)
open(sys.argv[2], "w").write(s[:i] + s[j:] + s[i:j])
EOF
if section_order "$tmp/moved.md" 2>/dev/null; then
    fail "a README with Installing at the end passes: the order check cannot fail"
fi
ok "README.md: what it is, installing, use, checking, performance, then building, tests and layout (a copy with Installing last fails)"

# --- extract -----------------------------------------------------------------
# blocks.out: "TAG<TAB>LINE<TAB>FIRST LINE" per block; commands.out: one
# command per line (continuations joined, comments and blank lines left
# out); prints.out: for each command, the lines it must print, joined by
# the byte 0x1f.
/usr/bin/python3 - "$top/README.md" "$tmp/blocks.out" "$tmp/commands.out" "$tmp/prints.out" <<'EOF'
import sys
readme, blocks_out, commands_out, prints_out = sys.argv[1:]
lines = open(readme).read().split("\n")
blocks, commands, prints, i = [], [], [], 0
while i < len(lines):
    if lines[i].startswith("```"):
        tag, start = lines[i][3:].strip(), i + 1
        j = start
        while not lines[j].startswith("```"):
            j += 1
        body = lines[start:j]
        blocks.append("%s\t%d\t%s" % (tag or "-", start, body[0] if body else ""))
        if tag == "sh":
            cmd = ""
            for line in body:
                if not cmd and line.startswith("# prints: "):
                    assert commands, "a '# prints:' line before any command"
                    prints[-1].append(line[len("# prints: "):])
                    continue
                if not cmd and (not line.strip() or line.lstrip().startswith("#")):
                    continue
                if line.endswith("\\"):
                    cmd += line[:-1].strip() + " "
                else:
                    commands.append(cmd + line.strip())
                    prints.append([])
                    cmd = ""
        i = j + 1
    else:
        i += 1
open(blocks_out, "w").write("".join(b + "\n" for b in blocks))
open(commands_out, "w").write("".join(c + "\n" for c in commands))
open(prints_out, "w").write("".join("\x1f".join(p) + "\n" for p in prints))
EOF

bad=0
while IFS=$'\t' read -r tag line first; do
    case "$tag" in
        sh) ;;
        text)
            if [ -n "${TEXT[$first]+set}" ]; then
                echo "README.md:$line: text block, ${TEXT[$first]}"
            else
                echo "README.md:$line: text block not listed in $test_name: '$first'" >&2
                bad=1
            fi ;;
        *) echo "README.md:$line: fenced block without sh or text: '$first'" >&2
           bad=1 ;;
    esac
done < "$tmp/blocks.out"
[ "$bad" = 0 ] || fail "README.md has blocks that are neither run nor listed"
n="$(wc -l < "$tmp/commands.out")"
[ "$n" -ge 6 ] || fail "only $n commands found in README.md's sh blocks"

# --- the scratch directory ----------------------------------------------------------
work="$tmp/work"
mkdir "$work"
ln -s "$top/scripts" "$work/scripts"
ln -s "$top/tests" "$work/tests"
CLIENT='nbdsh -u "$uri" -c "h.pwrite(b\"x\" * 512, 0); h.flush(); assert h.pread(512, 0) == b\"x\" * 512"'

# --- run ----------------------------------------------------------------------
# run_example CMD [PRINTS]: run one README command as described above
# (PRINTS: the lines it must print, joined by 0x1f); sets rc.
run_example ()
{
    local cmd="$1" want="${2:-}" allowed="0" line
    cmd="${cmd//.\/target\/release\/libmulticonn.so/$FILTER}"
    case "$cmd" in
        nbdkit\ *)
            case " $cmd " in *" -U "*) ;; *) cmd="nbdkit -U - ${cmd#nbdkit }" ;; esac
            case " $cmd " in *" --run "*) ;; *) cmd="$cmd --run '$CLIENT'" ;; esac ;;
        scripts/multiconn-check\ *)
            cmd="$(sed -E 's/ -t [0-9]+//' <<< "$cmd")"
            cmd="scripts/multiconn-check -t 2 ${cmd#scripts/multiconn-check }"
            case "$cmd" in
                *"/tmp/sock"*)
                    [ -n "${server_pid:-}" ] ||
                        start_server "$tmp/server.log" --filter="$FILTER" memory 64M \
                            multi-conn-mode=emulate
                    cmd="${cmd//\/tmp\/sock/$sock}" ;;
            esac
            case "$cmd" in *--filter=multi-conn\ *) allowed="0 1" ;; esac ;;
    esac
    echo "\$ $cmd"
    rc=0
    (cd "$work" && timeout -k 5 "$limit" bash -c "$cmd") > "$tmp/run.out" 2>&1 || rc=$?
    if [[ " $allowed " != *" $rc "* ]]; then
        tail -n 20 "$tmp/run.out" | sed 's/^/  /'
        return 1
    fi
    grep -E '^(result|advice|problem):' "$tmp/run.out" | cut -c1-160 | sed 's/^/  /' || :
    echo "  exit status $rc"
    if [ -n "$want" ]; then
        while IFS= read -r -d $'\x1f' line; do
            if ! grep -qxF -- "$line" "$tmp/run.out"; then
                tail -n 20 "$tmp/run.out" | sed 's/^/  /'
                echo "  does not print: $line"
                rc=prints
                return 1
            fi
            echo "  prints: $line"
        done <<< "$want"$'\x1f'
    fi
}

failed=()
while IFS= read -r cmd && IFS= read -r want <&3; do
    run_example "$cmd" "$want" || failed+=("$cmd (exit $rc)")
done < "$tmp/commands.out" 3< "$tmp/prints.out"
[ "$(grep -c . "$tmp/prints.out")" -ge 4 ] ||
    failed+=("fewer than 4 README commands say what they print")
stop_server

# The error message shown as output.
rc=0
nbdkit -U - --filter="$FILTER" memory 1M multi-conn-mode=fast --run true \
    2> "$tmp/err" || rc=$?
shown="$(grep -F -A1 '```text' "$top/README.md" | grep '^nbdkit: error: multiconn:' || :)"
if [ "$rc" = 0 ] || ! grep -qxF -- "$shown" "$tmp/err"; then
    cat "$tmp/err" >&2
    failed+=("the error shown in README.md is not nbdkit's: '$shown'")
else
    echo "README.md's error output matches nbdkit's"
fi

# Can fail: the old, wrong example through the same runner.
old='nbdkit -U - --filter=./target/release/libmulticonn.so --filter=noparallel memory 1G noparallel-mode=serialize-requests --run '"'"'nbdcopy --connections=4 disk.img "$uri"'"'"
if run_example "$old"; then
    failed+=("the old example with noparallel-mode= ran: the runner cannot fail")
else
    echo "ok: can fail: the old example fails (exit $rc)"
fi

# Can fail: the example without the filter, held to what the one through
# the filter prints.
first=$(sed -n 1p "$tmp/commands.out")
case "$first" in *libmulticonn*) failed+=("the first example is expected to run without the filter") ;; esac
if run_example "$first" "B reads b'new!'"; then
    failed+=("the example without the filter printed what the filter's does: the check cannot fail")
else
    echo "ok: can fail: without the filter, B does not read b'new!'"
fi

if [ "${#failed[@]}" -ne 0 ]; then
    printf '  %s\n' "${failed[@]}" >&2
    fail "${#failed[@]} README examples failed"
fi
ok "README.md: $n commands ran, ${#TEXT[@]} text blocks accounted for"
