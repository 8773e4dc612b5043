# ui-profiles.sh: learners in the full-screen interface: two children on
# one account, secret symbols, a lesson resumed where it stopped, stars
# kept, and the language a learner chose coming back with them.
. "$top_srcdir/tests/ui-lib.sh"
ex="$FIXTURES/good"
run="TERM=xterm-256color $TUTOR --exercises $ex --data-dir $tmp/data"

# Aya is new, chooses French and the secret ☀ ★; her colours are the
# monochrome theme.
ui_start 80 24 $run --theme monochrome
type_text "Aya"
keys Tab Right Tab Tab 3 1
snap new-learner
keys Tab Enter
shows "Aya's lessons are in French" "Choisis un thème"
shows "her name is in the title" "tutor  Aya"
# She starts a lesson and answers one question, then stops.
keys Enter Enter Enter 1 Enter Enter
keys C-q Enter
wait_for "[exit 0]"
check "her theme is kept in her profile" grep -q "$(printf '\tmonochrome\t')" "$tmp"/data/profiles/aya-*.progress

# Yassine is new too: the list now has Aya.
ui_start 80 24 $run
snap pick-learner
keys Down Enter
type_text "Yassine"
keys Tab Tab Tab Tab Enter
shows "Yassine's home screen" "tutor  Yassine"
keys Escape
snap two-learners

# Aya's symbols: a wrong guess, then the right ones.
keys Enter
snap secret
keys 1 3 Enter
shows "wrong symbols are refused" "Those are not your symbols"
keys 3 1 Enter
shows "the right symbols open her lessons" "tutor  Aya"
# Her lesson goes on at question 2, in her language.
keys Enter Enter
shows "resumed where she stopped" "2/5"
shows "in the language she chose" "Lesquels sont privés ?"
snap resumed
done_testing
