# shared-server.sh: a centre's server with real Unix accounts, set up as
# docs/trainers.md says: two children (A and B), a trainer T in the
# trainers' group, and the class directory (root:trainers, mode 3753)
# that tutor.conf names. It proves that each child's tutor publishes
# there, that the trainer reads everything and changes nothing, that a
# child can neither list the directory nor read, change, replace, rename
# or remove another child's file, nor plant a link that makes another
# child's tutor write elsewhere, and that the children's own data stays
# private, and that the trainer's `tutor report` counts both children and
# not a file one child planted under the other's name. Then, with tutor
# as a child's login shell, that `su - child -c CMD` runs nothing.
#
# It creates and removes accounts, so it must run as root: CI does, and
# so does `make check` on the development machine. Run as anyone else it
# FAILS, saying so (a test that cannot run is not a test that passed).
. "$top_srcdir/tests/lib.sh"

if [ "$(id -u)" -ne 0 ]; then
	fail "shared-server.sh makes Unix accounts and must run as root (CI and make check as root do): sudo make check TESTS=tests/shared-server.sh"
	done_testing
	exit 1
fi

# Names unique to this run (the PID), short enough for useradd.
A=tuta$$ B=tutb$$ T=tutt$$ G=tutg$$
base=$(mktemp -d /tmp/tutor-shared.XXXXXX)
made_users= made_group=
cleanup() {
	for u in $made_users; do
		userdel -r "$u" >/dev/null 2>&1 || userdel "$u" >/dev/null 2>&1
	done
	[ -n "$made_group" ] && groupdel "$made_group" >/dev/null 2>&1
	rm -rf "$base" "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

for cmd in useradd userdel groupadd groupdel usermod runuser su; do
	command -v "$cmd" >/dev/null || { fail "$cmd is installed"; done_testing; exit 1; }
done
for u in $A $B $T; do
	if id "$u" >/dev/null 2>&1; then
		fail "account $u does not exist yet"; done_testing; exit 1
	fi
done

# The accounts: the trainers' group, two children, one trainer.
chmod 755 "$base"
mkdir "$base/home"
chmod 755 "$base/home"
groupadd "$G" && made_group=$G
check "the trainers' group is made" test -n "$made_group"
for u in $A $B; do
	useradd -m -d "$base/home/$u" -s /bin/sh -U "$u" && made_users="$made_users $u"
done
useradd -m -d "$base/home/$T" -s /bin/sh -U -G "$G" "$T" && made_users="$made_users $T"
check "three accounts are made" test "$(echo $made_users | wc -w)" -eq 3
check "the trainer is in the trainers' group" sh -c "id -nG $T | grep -qw $G"
check "a child is not" sh -c "! id -nG $A | grep -qw $G"

# What the accounts run: a copy of the program and of the lessons where
# every account can read them (the build tree may be private), and the
# site's tutor.conf.
mkdir "$base/bin"
install_tutor "$base/bin/tutor"
cp -R "$FIXTURES/good" "$base/ex"
chmod -R a+rX "$base/bin" "$base/ex"
ldd "$TUTOR_BINARY" >"$tmp/ldd"
check "the program needs only the system's libraries" sh -c "! grep -vE '=> /(usr/)?lib|linux-vdso|ld-linux' '$tmp/ldd'"

# The class directory, as docs/trainers.md sets it up.
mkdir "$base/class"
chown "root:$G" "$base/class"
chmod 3753 "$base/class"
printf '# the site\nclass-dir = %s\n' "$base/class" >"$base/tutor.conf"
chmod 644 "$base/tutor.conf"

# as USER COMMAND...: run as USER, in USER's home, with USER's own data
# directory (runuser keeps the environment; XDG_DATA_HOME is this
# test's).
as() {
	u=$1; shift
	(cd "$base/home/$u" && runuser -u "$u" -- env -u XDG_DATA_HOME \
	    HOME="$base/home/$u" "$@")
}
# denied NAME USER COMMAND...: passes when USER may not do it.
denied() {
	name=$1; shift
	if as "$@" >/dev/null 2>&1; then fail "$name"; else pass "$name"; fi
}
tutor_as() {
	u=$1; shift
	as "$u" "$base/bin/tutor" --plain --exercises "$base/ex" --lang en "$@"
}

# Child A answers two questions; tutor.conf names the class directory.
printf '%s\n' "" 1 "" "1 3" | tutor_as $A --config "$base/tutor.conf" \
    --profile Aya --lesson sample >"$tmp/a.out" 2>"$tmp/a.err"
check "child A's session ends well" test $? -eq 0
contains "and A answered" "$tmp/a.out" "(+) Right!"
fa=$(ls "$base"/class/$A--aya-*.progress 2>/dev/null)
check "A's progress is published as A--ID.progress" test -n "$fa" -a -f "$fa"
mine=$(ls "$base"/home/$A/.local/share/tutor/profiles/aya-*.progress)
check "the same as A's own file" cmp -s "$fa" "$mine"
check "owned by A" test "$(stat -c %U "$fa")" = "$A"
check "with the trainers' group" test "$(stat -c %G "$fa")" = "$G"
check "mode 0640" test "$(stat -c %a "$fa")" = 640
check "no temporary file is left" test -z "$(ls "$base/class" | grep -v '\.progress$')"
lacks "A was told of no problem" "$tmp/a.err" "not published"

# Child B, also called Aya, with --class-dir instead of tutor.conf.
printf '%s\n' "" 2 | tutor_as $B --class-dir "$base/class" --profile Aya \
    --lesson sample >"$tmp/b.out" 2>"$tmp/b.err"
fb=$(ls "$base"/class/$B--aya-*.progress 2>/dev/null)
check "B's progress is published beside A's" test -n "$fb" -a -f "$fb"
check "two children with one name do not collide" test "$fa" != "$fb"
cp "$fa" "$tmp/a-published"

# The trainer reads everything and changes nothing.
as $T ls "$base/class" >"$tmp/t-ls" 2>&1
contains "T lists the class directory" "$tmp/t-ls" "$(basename "$fa")"
as $T cat "$fa" >"$tmp/t-a" 2>/dev/null
check "T reads A's file" cmp -s "$tmp/t-a" "$fa"
as $T cat "$fb" >"$tmp/t-b" 2>/dev/null
check "T reads B's file" cmp -s "$tmp/t-b" "$fb"
denied "T cannot change A's file" $T sh -c ": >>'$fa'"
denied "T cannot remove it" $T rm -f "$fa"
denied "T cannot read A's own data directory" $T cat "$mine"
printf '%s\n' "" 1 | tutor_as $T --config "$base/tutor.conf" --profile Fatima \
    --lesson sample >/dev/null 2>"$tmp/t.err"
check "a trainer trying a lesson publishes nothing" test -z "$(ls "$base/class" | grep "^$T--")"
lacks "and is not told of a problem" "$tmp/t.err" "not published"

# Child B against A's file.
denied "B cannot list the class directory" $B ls "$base/class"
denied "B cannot read A's file" $B cat "$fa"
denied "B cannot write to it" $B sh -c ": >>'$fa'"
denied "B cannot empty it" $B sh -c ": >'$fa'"
denied "B cannot change its mode" $B chmod 666 "$fa"
denied "B cannot remove it" $B rm -f "$fa"
denied "B cannot rename it" $B mv "$fa" "$base/class/$B--stolen.progress"
denied "B cannot replace it with a file of B's" $B sh -c \
    "echo forged >'$base/class/$B--x-00000000.progress' && mv -f '$base/class/$B--x-00000000.progress' '$fa'"
denied "B cannot read it through a hard link" $B sh -c \
    "ln '$fa' '$base/class/$B--h-00000000.progress' 2>/dev/null; cat '$base/class/$B--h-00000000.progress'"
check "A's file is as A's tutor wrote it" cmp -s "$fa" "$tmp/a-published"
check "and still A's" test "$(stat -c %U:%G:%a "$fa")" = "$A:$G:640"

# B plants links where A's next new profile will be published (its id
# is known in advance: tutor makes it from the name), pointing at a
# file anyone may write. A's tutor must not write through them.
id=$("$TUTOR" --data-dir "$tmp/scratch" profiles add Nour)
check "the id of the name Nour" test -n "$id"
mkdir "$base/bait"
: >"$base/bait/target"
chown -R "$B" "$base/bait"
chmod 777 "$base/bait"
chmod 666 "$base/bait/target"
as $B ln -s "$base/bait/target" "$base/class/$A--$id.progress"
as $B ln -s "$base/bait/target" "$base/class/$A--$id.progress.tmp"
check "B could plant the links" test -L "$base/class/$A--$id.progress"
printf '%s\n' "" 1 | tutor_as $A --config "$base/tutor.conf" --profile Nour \
    --lesson sample >"$tmp/a2.out" 2>"$tmp/a2.err"
check "A's session still ends well" test $? -eq 0
check "A's own progress is saved" test -s "$base/home/$A/.local/share/tutor/profiles/$id.progress"
check "nothing was written through B's links" test ! -s "$base/bait/target"
check "the links are still B's links" test -L "$base/class/$A--$id.progress" -a -L "$base/class/$A--$id.progress.tmp"
contains "A is told that the name was taken" "$tmp/a2.err" "was not made by tutor for this account"
contains "and what to do" "$tmp/a2.err" "Ask the administrator to remove it"

# The trainer's report of the class directory: both children, and not a
# file B made under A's name (tutor report trusts a file of another
# account only when its owner is the account its name gives).
printf 'tutor-progress 1\nprofile\tForged\ten\t8-10\t-\t-\tno\nend\t1\t0\n' \
    >"$tmp/forged"
as $B sh -c "cat >'$base/class/$A--forged-00000000.progress'" <"$tmp/forged"
check "B could plant a file under A's name" test -f "$base/class/$A--forged-00000000.progress"
as $T "$base/bin/tutor" --exercises "$base/ex" report --format csv "$base/class" \
    >"$tmp/report" 2>"$tmp/report.err"
check "T's report of the class directory runs" test $? -eq 0
check "it has both children" test "$(grep -c Aya "$tmp/report")" -ge 2
lacks "and not the file B planted under A's name" "$tmp/report" "Forged"
contains "which it names" "$tmp/report.err" "$A--forged-00000000.progress"

# The children's own data: private.
d="$base/home/$A/.local/share/tutor"
check "A's data directory is 0700" test "$(stat -c %a "$d")" = 700
check "its profiles directory is 0700" test "$(stat -c %a "$d/profiles")" = 700
check "A's progress file is 0600" test "$(stat -c %a "$mine")" = 600
check "A's data directory is A's" test "$(stat -c %U "$d")" = "$A"
denied "B cannot list A's data directory" $B ls "$d"
denied "B cannot read A's progress" $B cat "$mine"
check "B's data directory is 0700 too" test "$(stat -c %a "$base/home/$B/.local/share/tutor")" = 700

# tutor as A's login shell: su runs `-tutor -c CMD`, and nothing runs.
usermod -s "$base/bin/tutor" "$A"
check "tutor is A's login shell" test "$(getent passwd "$A" | cut -d: -f7)" = "$base/bin/tutor"
su - "$A" -c "touch '$base/bait/marker'" </dev/null >"$tmp/su.out" 2>&1
rc=$?
check "su - A -c CMD is refused (exit $rc)" test $rc -eq 64
contains "with a message" "$tmp/su.out" "does not run commands"
check "and CMD did not run" test ! -e "$base/bait/marker"
su "$A" -c "sh -c 'touch $base/bait/marker'" </dev/null >/dev/null 2>&1
check "nor with su without -" test ! -e "$base/bait/marker"
done_testing
