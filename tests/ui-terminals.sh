# ui-terminals.sh: the interface on the terminals the centres have: the
# Linux text console (TERM=linux), vt100, no colour (NO_COLOR and the
# monochrome theme), 40x15, resizing below the minimum and back, an
# Arabic lesson, a long answer, and terminals it cannot drive.
. "$top_srcdir/tests/ui-lib.sh"
ex="$FIXTURES/good"

# The text console: ASCII symbols only (its font has no ✔ or ★).
ui_start 80 24 TERM=linux $TUTOR --exercises $ex --lang en --lesson sample
snap linux-intro
keys Enter 2 Enter
snap linux-wrong
keys 1 Enter
shows "linux: ASCII verdict symbol" "[+] Right!"

# vt100 at the smallest size.
ui_start 40 15 TERM=vt100 $TUTOR --exercises $ex --lang en --lesson sample
snap vt100-40x15-intro
keys Enter
snap vt100-40x15-question

# Below the minimum, then back: redrawn at once, nothing lost.
resize 39 15
snap too-narrow
resize 40 14
shows "too short: the same message" "Make the window larger"
resize 80 24
snap resized-back
keys 1 Enter
shows "the lesson goes on after resizing" "Yes, a nickname is fine."

# No colour: NO_COLOR set, or the monochrome theme, or a terminal
# without colours. Meaning stays in words, symbols and attributes.
ui_start 80 24 TERM=xterm-256color NO_COLOR=1 $TUTOR --exercises $ex --lang en --lesson sample
keys Enter 2 Enter
tm capture-pane -p -e >"$tmp/nocolor"
check "NO_COLOR: no colour is sent" sh -c "! grep -q '\\[3[0-7]m\\|\\[4[0-7]m\\|\\[38;\\|\\[48;' '$tmp/nocolor'"
check "NO_COLOR: attributes remain (bold, reverse)" grep -q '\[1m\|\[7m' "$tmp/nocolor"
shows "NO_COLOR: the verdict in words" "✘ Not quite."
ui_start 80 24 TERM=xterm-256color $TUTOR --exercises $ex --lang en --lesson sample
keys Enter 2 Enter
tm capture-pane -p -e >"$tmp/color"
check "colour is used when allowed" grep -q '\[3[0-7]m\|\[3[0-7];\|\[38;5;\|;3[0-7]m' "$tmp/color"
ui_start 80 24 TERM=vt100 $TUTOR --exercises $ex --lang en --lesson sample
keys Enter 2 Enter
tm capture-pane -p -e >"$tmp/vt100"
check "vt100 (no colours): no colour is sent" sh -c "! grep -q '\\[3[0-7]m\\|\\[38;' '$tmp/vt100'"

# Themes: a named theme, and a broken one falls back to the default.
for t in default high-contrast monochrome colour-blind; do
	ui_start 80 24 TERM=xterm-256color $TUTOR --exercises $ex --theme $t --lang en --lesson sample
	shows "theme $t starts" "Press Enter to start."
done
printf 'format: 1\nroles:\n  title: {color: purple}\n' >"$tmp/bad-theme.yaml"
"$TUTOR" --exercises "$ex" --theme "$tmp/bad-theme.yaml" --plain --lesson sample </dev/null >/dev/null 2>"$tmp/err"
ui_start 80 24 TERM=xterm-256color $TUTOR --exercises $ex --theme $tmp/bad-theme.yaml --lang en --lesson sample
wait_for "Press Enter to start."
shows "a broken theme: tutor still starts" "Press Enter to start."

# An Arabic lesson, and a long Arabic answer in the field.
ui_start 80 24 TERM=xterm-256color $TUTOR --exercises $ex --lang ar --lesson arabic-sample
snap arabic-intro
keys Enter
type_text "الشركة هي المسؤولة عن القرار لأنها هي التي اختارت استعماله في عملها اليومي مع الناس"
snap arabic-long-answer
keys Enter
wait_for "✔"
shows "Arabic answer accepted" "✔"

# Backspace removes one character, not one byte.
ui_start 80 24 TERM=xterm-256color $TUTOR --exercises $ex --lang ar --lesson arabic-sample
keys Enter
type_text "الناسx"
keys BSpace
keys Enter
wait_for "✔"
shows "backspace removed one character (the answer is still right)" "✔"

# A pasted answer longer than the field and the limit.
ui_start 80 24 TERM=xterm-256color $TUTOR --exercises $ex --lang en --lesson sample
keys Enter 1 Enter Enter 1 3 Enter Enter 2 Enter Enter 3 1 2 Enter Enter
type_text "$(printf 'password %.0s' $(seq 1 60))"
snap long-answer
keys Enter
# Checking a long answer the first time (folding, JIT) can take a moment
# in a sanitizer build: wait for the verdict rather than a quiet screen.
wait_for "✔ Right!"
shows "a very long answer gets a verdict" "✔ Right!"

# A text console whose font has no Tifinagh: no boxes, but the reason,
# the command that loads tutor's font, and another language.
ui_start 80 24 TERM=linux TUTOR_CONSOLE_FONT=$FIXTURES/ascii-font.psf $TUTOR --exercises $ex --lang zgh --lesson sample
shows "the missing letters are named" "ifinagh"
shows "the font is offered" "setfont "
keys Enter
shows "the lesson goes on in French" "Leçon d'exemple"
# With tutor's own font loaded, Tifinagh is shown.
ui_start 80 24 TERM=linux TUTOR_CONSOLE_FONT=$TUTOR_FONT $TUTOR --exercises $ex --lang zgh --lesson sample
hides "tutor's font: no warning" "cannot show"
shows "tutor's font: Tifinagh is shown" "ⵜⴰⵎⴰⵣⵉⵖⵜ"

# Terminals it cannot drive: line mode, with a message.
"$TUTOR" --exercises "$ex" --lang en </dev/null >"$tmp/out" 2>&1
contains "not a terminal: line mode" "$tmp/out" "Who are you?"
ui_start 80 24 TERM=dumb $TUTOR --exercises $ex --lang en
shows "TERM=dumb: line mode" "Who are you?"
shows "TERM=dumb: says why" "the terminal cannot move the cursor"
ui_start 80 24 TERM=no-such-terminal $TUTOR --exercises $ex --lang en
shows "unknown TERM: a clear message" "this terminal type is unknown here"
shows "unknown TERM: line mode, no crash" "Who are you?"
done_testing
