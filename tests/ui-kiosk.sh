# ui-kiosk.sh: the full-screen interface in kiosk mode, in tmux: Ctrl-Z
# and Ctrl-\ do nothing (tutor is not stopped and goes on answering
# keys), Ctrl-C asks before stopping, and the time limit ends the session
# with the hand-over screen, the answers given before it saved.
. "$top_srcdir/tests/ui-lib.sh"
ex="$FIXTURES/good"
run="TERM=xterm-256color $TUTOR --kiosk --exercises $ex --data-dir $tmp/data --lang en --profile Aya"

ui_start 80 24 $run
check "the home screen" wait_for "Choose a theme"
screen >"$tmp/before"
keys C-z
screen >"$tmp/after"
check "Ctrl-Z changes nothing" cmp -s "$tmp/before" "$tmp/after"
keys 'C-\'
screen >"$tmp/after"
check "Ctrl-\\ changes nothing" cmp -s "$tmp/before" "$tmp/after"
lacks_screen() { if screen | grep -qF -- "$2"; then fail "$1"; else pass "$1"; fi; }
lacks_screen "tutor did not exit" "[exit"
# A stopped program would not answer the next key.
keys '?'
shows "tutor still answers keys" "Keys (Esc to close)"
keys Escape
keys C-c
shows "Ctrl-C asks before stopping" "Stop for now? Everything you did is kept."
keys Escape
lacks_screen "Esc goes on" "Stop for now?"
shows "where the child was" "Choose a theme"
keys C-c Enter
check "Enter after Ctrl-C stops tutor, with 0" wait_for "[exit 0]"

# The time limit: a lesson opened, one answer given, then the hand-over
# screen; Enter ends the session. (--time-limit-seconds is for tests.)
ui_start 80 24 $run --time-limit-seconds 6
wait_for "Choose a theme"
keys Enter Enter Enter
shows "a lesson is open" "Which one is safe to share?"
keys 1 Enter
# (wait_for gives up after 10 s; the limit may be further away.)
wait_for "Time is up." || wait_for "Time is up."
shows "the hand-over screen comes" "Time is up."
shows "it says the work is saved" "Your work is saved. Please let the next child sit down."
shows "and asks for Enter" "Press Enter."
lacks_screen "keys other than Enter do not end it" "[exit"
keys q 1 Escape
lacks_screen "not even q or Esc" "[exit"
f=$(ls "$tmp"/data/profiles/aya-*.progress)
check "the answer given before it is saved" grep -q "$(printf '^attempt\tsample\tpick-one\t')" "$f"
keys Enter
check "Enter ends the session with 0" wait_for "[exit 0]"
done_testing
