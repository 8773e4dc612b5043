#!/bin/sh
# run-all.sh: the whole test suite, as CI runs it.
#  1. a warning-free build (-Wall -Wextra -Werror);
#  2. `make check-valgrind`: the end-to-end tests with every tutor under
#     valgrind's memcheck (first: it rewrites those tests' logs, which
#     `make check` then writes anew);
#  3. `make check` (which replays every fuzz corpus);
#  4. `make fuzz` for FUZZ_SECONDS (20) a harness: libFuzzer, clang, ASan
#     and UBSan, from the committed corpora;
#  5. `make distcheck`, whose own build runs `make check` again under
#     AddressSanitizer and UndefinedBehaviorSanitizer, from the tarball,
#     and checks install, uninstall and a read-only source tree.
# Ends with one line: "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
log=$(mktemp -d "${TMPDIR:-/tmp}/tutor-ci.XXXXXX")

step() { printf '\n=== %s\n' "$*"; }
fail() { printf '\nrun-all: %s\n' "$*"; summary; exit 1; }

# Count the results of every test log (plain build and distcheck build).
summary() {
	pass=0; failed=0
	for f in $(find . -name '*.trs' 2>/dev/null); do
		p=$(grep -c '^:test-result: PASS' "$f")
		x=$(grep -c '^:test-result: \(FAIL\|ERROR\|XPASS\)' "$f")
		pass=$((pass + p)); failed=$((failed + x))
	done
	skipped=$(find . -name '*.trs' -exec grep -h '^:test-result: SKIP' {} + 2>/dev/null | wc -l)
	echo "tests: $pass passed, $failed failed, $skipped skipped"
}

step "bootstrap"
if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt Makefile.in ]; then
	autoreconf -fi || fail "autoreconf failed"
fi
step "configure (warnings are errors)"
if [ ! -f config.status ]; then
	./configure --enable-werror >"$log/configure" 2>&1 || { cat "$log/configure"; fail "configure failed"; }
else
	./config.status --recheck >/dev/null && ./config.status >/dev/null || fail "config.status failed"
fi
step "build"
make -j"$jobs" CFLAGS="-g -O2 -Werror" || fail "build failed"
step "make check-valgrind (the end-to-end tests under memcheck)"
make -j"$jobs" check-valgrind >"$log/valgrind" 2>&1
vrc=$?
grep -E '^(FAIL|ERROR|XPASS):' "$log/valgrind" | head -40
tail -12 "$log/valgrind"
vpass=$(grep -c '^PASS:' "$log/valgrind")
vfail=$(grep -c '^\(FAIL\|ERROR\|XPASS\):' "$log/valgrind")
vskip=$(grep -c '^SKIP:' "$log/valgrind")
printf '\nvalgrind: %d passed, %d failed\n' "$vpass" "$vfail"
[ "$vrc" -eq 0 ] || fail "make check-valgrind failed"
step "make check"
make -j"$jobs" check || { cat test-suite.log 2>/dev/null | tail -60; fail "make check failed"; }
step "make fuzz (each harness for ${FUZZ_SECONDS:-20} s)"
make -k fuzz FUZZ_SECONDS="${FUZZ_SECONDS:-20}" >"$log/fuzz" 2>&1
frc=$?
grep -E '^  FUZZ |^stat::number_of_executed_units|^#[0-9]+ +DONE|ERROR: |SUMMARY: ' "$log/fuzz"
if [ "$frc" -ne 0 ]; then
	tail -60 "$log/fuzz"
	ls fuzz-work/*-crash-* fuzz-work/*-leak-* fuzz-work/*-timeout-* 2>/dev/null
	fail "make fuzz found a crash, a leak or a timeout"
fi
step "make distcheck (make check under ASan and UBSan)"
make -j"$jobs" distcheck \
    DISTCHECK_CONFIGURE_FLAGS="--enable-sanitizers --enable-werror" \
    >"$log/distcheck" 2>&1 || {
	tail -80 "$log/distcheck"
	find . -path './tutor-*/_build/*' -name test-suite.log -exec tail -60 {} \; 2>/dev/null
	fail "make distcheck failed"
}
grep -E '^(PASS|FAIL|ERROR|# )' "$log/distcheck" | grep -v '^PASS' | tail -20
dpass=$(grep -c '^PASS:' "$log/distcheck")
dfail=$(grep -c '^\(FAIL\|ERROR\|XPASS\):' "$log/distcheck")
dskip=$(grep -c '^SKIP:' "$log/distcheck")
tail -5 "$log/distcheck"
summary >"$log/summary"
read -r _ cpass _ cfail _ cskip _ <"$log/summary"
total_pass=$((cpass + vpass + dpass)); total_fail=$((cfail + vfail + dfail))
total_skip=$((cskip + vskip + dskip))
printf '\nsanitizer build (distcheck): %d passed, %d failed\n' "$dpass" "$dfail"
echo "tests: $total_pass passed, $total_fail failed, $total_skip skipped"
rm -rf "$log"
[ "$total_fail" -eq 0 ] && [ "$total_skip" -eq 0 ]
