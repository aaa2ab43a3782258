# Import Anki deck packages with Mnemosyne (Debian's `mnemosyne`), an
# independent implementation of Anki's file format and card templates, through
# its scripting API, headless. Each argument is a list of .apkg paths imported
# one after another into one fresh Mnemosyne collection; prints, per list, what
# the collection then holds as JSON: the number of cards, and for every fact
# (Anki note) its id (the note's GUID), its fields and its cards' tags and
# rendered sides.
import contextlib
import io
import json
import os
import shutil
import sys
import tempfile

try:
    from mnemosyne.script import Mnemosyne
except ImportError:
    sys.exit("mnemosyne is not installed for /usr/bin/python3 (Debian: apt-get install mnemosyne)")

results = []
for spec in sys.argv[1:]:
    data_dir = tempfile.mkdtemp(prefix="quizbank-mnemosyne-")
    try:
        # Mnemosyne narrates its progress on stdout: keep stdout for the JSON.
        with contextlib.redirect_stdout(sys.stderr):
            mnemosyne = Mnemosyne(data_dir)
            anki2 = next(f for f in mnemosyne.component_manager.all("file_format") if f.__class__.__name__ == "Anki2")
            for path in json.loads(spec):
                # The importer unpacks next to the file: give it a copy in the scratch folder.
                copy = os.path.join(data_dir, "import.apkg")
                shutil.copy(path, copy)
                anki2.do_import(copy)
            db = mnemosyne.database()
            facts = []
            for (fact_id,) in db.con.execute("select id from facts order by id").fetchall():
                fact = db.fact(fact_id, is_id_internal=False)
                cards = [{"tags": sorted(t.name for t in card.tags), "question": card.question(), "answer": card.answer()} for card in db.cards_from_fact(fact)]
                facts.append({"id": fact_id, "fields": fact.data, "cards": cards})
            results.append({"cards": db.card_count(), "facts": facts})
            mnemosyne.finalise()
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
print(json.dumps(results))
