# ui-screens.sh: every screen of the full-screen interface at 80x24,
# walked as a child would, with the test lessons.
. "$top_srcdir/tests/ui-lib.sh"
ex="$FIXTURES/good"
run="TERM=xterm-256color $TUTOR --exercises $ex --lang en"

ui_start 80 24 $run
snap start
type_text "Aya"
keys Tab Right
shows "the language changes with Right" "◀ Français ▶"
keys Left Tab Tab Tab
snap start-filled
keys Enter
snap home
keys '?'
snap help
keys Escape l
snap language
keys Escape Enter
snap lessons
keys a
snap lessons-all-ages
keys a Enter
snap intro
keys Enter
snap single-choice
keys h
snap hint
keys 2 Enter
snap wrong
keys 3 Enter 2 Enter
snap right-answer-shown
keys Enter
snap multiple-choice
keys 1 Enter
snap partly
keys 3 Enter
snap review
keys Enter
snap true-false
keys 2 Enter Enter
snap ordering
keys 3 1
snap ordering-placed
keys BSpace BSpace 3 1 2 Enter
snap ordering-right
keys Enter
snap free-text
type_text "my favourite colour"
snap free-text-typed
cursor_at "the cursor is after the typed text" 21 4
keys Left Left
cursor_at "Left moves the cursor in the field" 19 4
keys Right Right
keys Enter
snap free-text-wrong
keys C-u
type_text "My Password"
keys Enter
snap free-text-right
keys Enter
snap summary
keys Enter
snap lessons-done
keys q
snap quit
keys Enter
wait_for "[exit 0]"
shows "quits with status 0" "[exit 0]"
done_testing
