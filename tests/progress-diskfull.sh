# progress-diskfull.sh: the disk fills up, fails or turns read-only while
# a child works. tests/failshim.so makes write, fsync, rename or file
# creation fail while the file $tmp/full exists. Each time: the save
# fails with words for the child, the file saved before is untouched, no
# temporary file is left, the program goes on, and once the disk works
# again the next save holds everything, the answers held in memory too.
. "$top_srcdir/tests/progress-lib.sh"

data=$tmp/data
id=$("$tool" "$data" create Aya fr 8-10)
file=$data/profiles/$id.progress
"$tool" "$data" add "$id" 3 >"$tmp/out"
check "three answers saved" test "$(grep -c '^saved ex-' "$tmp/out")" -eq 3
total=3

# holds N: the file reads cleanly and holds N different answers.
holds() {
	attempts "$id" >"$tmp/have" &&
	    [ "$(sort -u "$tmp/have" | wc -l)" -eq "$1" ]
}

# ask COMMAND: send a command to the running tool, print its answer.
ask() {
	before=$(wc -l <"$tmp/served")
	echo "$1" >&3
	i=0
	while [ "$(wc -l <"$tmp/served")" -le "$before" ]; do
		i=$((i + 1))
		# Generous: a loaded machine under ASan can be slow.
		if [ "$i" -gt 600 ]; then
			echo "(no answer)"
			sed 's/^/#   err| /' "$tmp/served.err" >&2
			return 1
		fi
		sleep 0.05
	done
	tail -n 1 "$tmp/served"
}

# disk NAME WORDS BREAK MEND VAR=VALUE...: saves fail after BREAK and work
# again after MEND (shell commands); the tool runs with the shim and the
# variables given.
disk() {
	what=$1 words=$2 break=$3 mend=$4
	shift 4
	rm -f "$tmp/full" "$tmp/cmds"
	mkfifo "$tmp/cmds"
	env LD_PRELOAD="$shim" ASAN_OPTIONS="$shim_asan" \
	    FAILSHIM_FLAG="$tmp/full" "$@" \
	    "$tool" "$data" serve "$id" <"$tmp/cmds" >"$tmp/served" \
	    2>"$tmp/served.err" &
	pid=$!
	bg_pids="$bg_pids $pid"
	exec 3>"$tmp/cmds"
	if ! wait_for "$tmp/served" ready; then
		fail "$what: the tool starts"
		sed 's/^/#   | /' "$tmp/served.err"
	fi
	cp "$file" "$tmp/before"
	eval "$break"
	got=$(ask add)
	total=$((total + 1))
	case $got in
	"not saved ex-$total: $words"*) pass "$what: the save fails, saying so" ;;
	*) fail "$what: the save fails, saying so"; echo "#   got: $got" ;;
	esac
	check "$what: the file saved before is intact" cmp -s "$file" "$tmp/before"
	check "$what: no temporary file is left" \
	    test -z "$(ls -A "$data/profiles" | grep -e '\.tmp-')"
	got=$(ask add)
	total=$((total + 1))
	case $got in
	"not saved ex-$total: "*) pass "$what: the child goes on working" ;;
	*) fail "$what: the child goes on working"; echo "#   got: $got" ;;
	esac
	eval "$mend"
	got=$(ask add)
	total=$((total + 1))
	check "$what: once mended, the next save works" \
	    test "$got" = "saved ex-$total"
	check "$what: the file reads cleanly, with all $total answers" \
	    holds "$total"
	echo quit >&3
	exec 3>&-
	wait "$pid"
	check "$what: the tool ends normally" test $? -eq 0
}

full=': >"$tmp/full"'
free='rm -f "$tmp/full"'
nospace="There is no space left to save your progress. Tell your trainer: nothing you did before is lost."
disk "disk full on write" "$nospace" "$full" "$free" \
    FAILSHIM_CALLS=write FAILSHIM_ERRNO=ENOSPC
disk "quota on write" "$nospace" "$full" "$free" \
    FAILSHIM_CALLS=write FAILSHIM_ERRNO=EDQUOT
disk "disk full halfway through a file" "$nospace" "$full" "$free" \
    FAILSHIM_CALLS=write FAILSHIM_ERRNO=ENOSPC FAILSHIM_AFTER=2 \
    FAILSHIM_SHORT=100
disk "EIO on fsync" "Your progress could not be saved (Input/output error)." \
    "$full" "$free" FAILSHIM_CALLS=fsync FAILSHIM_ERRNO=EIO
disk "EIO on rename" "Your progress could not be saved (Input/output error)." \
    "$full" "$free" FAILSHIM_CALLS=rename FAILSHIM_ERRNO=EIO
disk "read-only disk" "The disk is read-only, so your progress cannot be saved." \
    "$full" "$free" FAILSHIM_CALLS=create FAILSHIM_ERRNO=EROFS
# A directory made read-only: chmod does it, except for root, who writes
# anyway; for root the shim fails file creation as the kernel would.
if [ "$(id -u)" -ne 0 ]; then
	disk "read-only directory" "tutor is not allowed to write your progress." \
	    'chmod 500 "$data/profiles"' 'chmod 700 "$data/profiles"'
else
	disk "read-only directory" "tutor is not allowed to write your progress." \
	    "$full" "$free" FAILSHIM_CALLS=create FAILSHIM_ERRNO=EACCES
fi

# Short writes (a few bytes at a time) are not errors.
env LD_PRELOAD="$shim" ASAN_OPTIONS="$shim_asan" FAILSHIM_FLAG="$tmp/never" \
    FAILSHIM_SHORT=7 "$tool" "$data" add "$id" 2 >"$tmp/out" 2>&1
check "short writes: both answers saved" test "$(grep -c '^saved' "$tmp/out")" -eq 2
total=$((total + 2))
check "short writes: the file reads cleanly, with all $total answers" \
    holds "$total"

done_testing
