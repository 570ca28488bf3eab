#!/usr/bin/env bash
# The man pages render.  nbdkit-multiconn-filter(1) documents every
# parameter, mode and tracking level, the aliases, and the sections a
# reader expects; multiconn-check(1), rendered from
# docs/multiconn-check.md, renders without warnings at 80 columns and
# documents every option of multiconn-check --help.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

# pod2man and podchecker come with Debian's perl package (scripts/deps.sh).
require pod2man podchecker

page=$tmp/nbdkit-multiconn-filter.1
"$top/scripts/man.sh" "$page" >/dev/null
[ -s "$page" ] || fail "scripts/man.sh produced no page"
ok "scripts/man.sh rendered $page"

podchecker -warnings "$top/docs/nbdkit-multiconn-filter.pod" \
    >"$tmp/podchecker.out" 2>&1 ||
    { cat "$tmp/podchecker.out" >&2; fail "podchecker reports problems"; }
grep -q 'WARNING' "$tmp/podchecker.out" &&
    { cat "$tmp/podchecker.out" >&2; fail "podchecker warnings"; }
ok "podchecker: no errors or warnings"

# podchecker can fail: a copy of the page with an unterminated list.
{ cat "$top/docs/nbdkit-multiconn-filter.pod"; printf '\n=over 4\n\n=item broken\n\n'; } \
    >"$tmp/broken.pod"
if podchecker -warnings "$tmp/broken.pod" >"$tmp/podchecker-broken.out" 2>&1 &&
   ! grep -q -E 'ERROR|WARNING' "$tmp/podchecker-broken.out"; then
    cat "$tmp/podchecker-broken.out" >&2
    fail "podchecker accepts a page with an unterminated =over"
fi
ok "podchecker rejects a copy of the page with an unterminated =over"

# Plain text of the page, wide enough that no option is broken over lines.
text=$tmp/page.txt
if command -v man >/dev/null 2>&1; then
    LC_ALL=C MANWIDTH=200 MAN_KEEP_FORMATTING= man -l "$page" 2>"$tmp/man.err" |
        col -b >"$text"
    [ -s "$text" ] || { cat "$tmp/man.err" >&2; fail "man -l rendered nothing"; }
    if grep -E -i 'warning|error' "$tmp/man.err"; then
        fail "man -l printed warnings"
    fi
    ok "man -l renders the page"
elif command -v groff >/dev/null 2>&1; then
    LC_ALL=C groff -man -Tascii -rLL=200n "$page" | col -b >"$text"
    ok "groff renders the page (man is not installed)"
else
    skip "neither man nor groff is installed"
fi

# Hyphens can come out as other characters in some renderings; fold them.
sed -i -e 's/\xe2\x80\x90/-/g' -e 's/\xe2\x88\x92/-/g' "$text"

for section in NAME SYNOPSIS DESCRIPTION PARAMETERS GUARANTEES \
               "DIFFERENCES FROM nbdkit-multi-conn-filter(1)" DEBUGGING \
               EXAMPLES FILES "SEE ALSO"; do
    grep -q -x -F "$section" "$text" || fail "section '$section' is missing"
done
ok "every section is present"

for word in \
    multi-conn-mode=auto multi-conn-mode=emulate multi-conn-mode=plugin \
    multi-conn-mode=disable multi-conn-mode=unsafe \
    multi-conn-track-dirty=connection multi-conn-track-dirty=conn \
    multi-conn-track-dirty=fast multi-conn-track-dirty=off \
    multi-conn-exportname=false multi-conn-exportname=true \
    multi-conn-export-name \
    --filter=multiconn nbdkit-multiconn-filter.so multiconn.h \
    'multiconn.trace=1' 'multiconn: trace:' 'multiconn: stats:' \
    'multiconn: flush from connection' 'mode auto -> emulate' \
    serialize_requests serialize_all_requests serialize_connections \
    'multi-conn-mode=emulate needs a plugin that can flush'
do
    grep -q -F -e "$word" "$text" || fail "the page does not mention '$word'"
done
ok "every option, mode, tracking level, alias and message is documented"

# The options documented are the options the filter knows: compare with
# the list of keys in the configuration code when it is there.
if [ -f "$top/src/config.rs" ]; then
    for key in $(grep -o '"multi-conn-[a-z-]*"' "$top/src/config.rs" | tr -d '"' | sort -u); do
        grep -q -F -e "$key" "$text" ||
            fail "src/config.rs knows '$key' but the page does not mention it"
    done
    ok "every key in src/config.rs is documented"
fi

# The SYNOPSIS (and README.md's usage line) name every key of
# src/config.rs but the alias.
keys=$(sed -n 's/^pub const KEY_[A-Z_]*: &str = "\(multi-conn-[a-z-]*\)";/\1/p' "$top/src/config.rs" |
           grep -v -x multi-conn-export-name)
[ "$(echo "$keys" | wc -l)" -ge 4 ] || fail "found only these keys in src/config.rs: $keys"
# missing_keys FILE: the keys that FILE's synopsis does not name.
missing_keys ()
{
    local k
    for k in $keys; do grep -q -F -e "[$k=" "$1" || echo "$k"; done
}
sed -n '/^SYNOPSIS$/,/^DESCRIPTION$/p' "$text" >"$tmp/synopsis.txt"
m=$(missing_keys "$tmp/synopsis.txt")
[ -z "$m" ] || fail "the SYNOPSIS does not name: $m"
sed -n '/^```text$/,/^```$/p' "$top/README.md" | sed -n '1,/^```$/{/^```$/d;p}' | sed 1d >"$tmp/usage.txt"
m=$(missing_keys "$tmp/usage.txt")
[ -z "$m" ] || fail "README.md's usage line does not name: $m"
grep -v -e '-close=' "$tmp/synopsis.txt" >"$tmp/synopsis-cut.txt"
[ "$(missing_keys "$tmp/synopsis-cut.txt")" = multi-conn-close ] ||
    fail "a synopsis without multi-conn-close is not caught: this test cannot fail"
ok "the SYNOPSIS and README.md's usage line name every key ($(echo $keys)); can fail without multi-conn-close"

# The name the page says the filter reports is the one nbdkit shows.
if command -v nbdkit >/dev/null 2>&1 && [ -f "$FILTER" ]; then
    name=$(nbdkit -v --filter="$FILTER" null --run true 2>&1 |
               sed -n 's/.*registered filter .* (name \(.*\))$/\1/p')
    [ -n "$name" ] || fail "nbdkit -v did not show the filter's name"
    # (pod2man renders C<> as "..." in plain text)
    tr -s ' \n' '  ' <"$text" | tr -d '"' >"$tmp/flat.txt"
    said=$(sed -n 's/.*this one reports the name \([a-z-]*\) .*/\1/p' "$tmp/flat.txt")
    [ -n "$said" ] || fail "the page does not say which name the filter reports"
    [ "$said" = "$name" ] ||
        fail "the page says the filter reports the name '$said', nbdkit -v shows '$name'"
    ok "the page says the filter reports the name '$said', as nbdkit -v shows"
fi

# multiconn-check(1), rendered from docs/multiconn-check.md.
require go-md2man
cpage=$tmp/multiconn-check.1
"$top/scripts/man.sh" --checker "$cpage" >/dev/null
[ -s "$cpage" ] || fail "scripts/man.sh --checker produced no page"
ctext=$tmp/check.txt
LC_ALL=C MANWIDTH=80 man --warnings -l "$cpage" 2>"$tmp/cman.err" | col -b >"$ctext"
[ -s "$ctext" ] || { cat "$tmp/cman.err" >&2; fail "man -l rendered no multiconn-check page"; }
[ ! -s "$tmp/cman.err" ] || { cat "$tmp/cman.err" >&2; fail "man --warnings: multiconn-check(1) has warnings at 80 columns"; }
sed -i -e 's/\xe2\x80\x90/-/g' -e 's/\xe2\x88\x92/-/g' "$ctext"
grep -q '^MULTICONN-CHECK(1)' "$ctext" || fail "multiconn-check(1) has no title"
sed -n '/^NAME$/,/^SYNOPSIS$/p' "$ctext" | tr -s ' \t\n' '   ' |
    grep -q 'NAME multiconn-check - randomized multi-conn consistency checker for NBD servers' ||
    fail "multiconn-check(1) has no NAME line"
for section in NAME SYNOPSIS DESCRIPTION OPTIONS "WORKLOAD SHAPES" "OUTPUT AND EXIT STATUS" \
               "ADVICE MODE" EXAMPLES "SEE ALSO"; do
    grep -q -x -F "$section" "$ctext" || fail "multiconn-check(1): section '$section' is missing"
done
grep -q 'scripts/multiconn-check' "$ctext" && fail "multiconn-check(1) names the source tree's scripts/multiconn-check"
ok "multiconn-check(1) renders without warnings, with its sections"

# missing_options TEXT: the long options of multiconn-check --help that
# TEXT does not mention.
missing_options ()
{
    local o
    for o in $("$top/scripts/multiconn-check" --help | grep -o -E -- '--[a-z][a-z-]+' | sort -u); do
        grep -q -F -e "$o" "$1" || echo "$o"
    done
}
m=$(missing_options "$ctext")
[ -z "$m" ] || fail "multiconn-check(1) does not document: $m"
ok "multiconn-check(1) documents every option of --help"
# Can fail: a page rendered without the --progress row.
mkdir -p "$tmp/cf/docs" "$tmp/cf/scripts"
cp "$top/Cargo.toml" "$tmp/cf/"
cp "$top/scripts/man.sh" "$tmp/cf/scripts/"
grep -v -e '--progress' "$top/docs/multiconn-check.md" >"$tmp/cf/docs/multiconn-check.md"
"$tmp/cf/scripts/man.sh" --checker "$tmp/cf/page.1" >/dev/null
LC_ALL=C MANWIDTH=80 man -l "$tmp/cf/page.1" 2>/dev/null | col -b >"$tmp/cf/page.txt"
[ "$(missing_options "$tmp/cf/page.txt")" = "--no-progress
--progress" ] || fail "a page without --progress is not caught: this test cannot fail"
ok "can fail: a page rendered without the --progress row is caught"

echo "PASS: $test_name"
