-- Undoing merges in any order (issue 9 §4). To undo an earlier merge into a guest while later ones
-- stay, the application works out again what each later merge added, including the lines it wrote
-- into the notes ("另有电话：…" / "Also phone: …"): it needs the language they were written in.
-- Null for merges made before this version (the language is then told from the notes).
ALTER TABLE guest_merge ADD COLUMN notes_locale VARCHAR(35);
-- From this version kept_before holds the kept guest's values before the merge as if the merges
-- undone since had never been made: undoing an earlier merge rewrites it for the later ones.
