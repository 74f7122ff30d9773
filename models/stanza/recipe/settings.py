"""Where the stanza recipe reads, works and ships, and the step budgets it trains with.

One place for every path and number the other recipe scripts use, so that a longer run (or a GPU)
means editing this file only.  Run the scripts from the repository root via ``make models-stanza``.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SHARED = Path(os.environ.get("NETRALITAS_SHARED", REPO.parent / "shared"))
UD = SHARED / "ud"
NER = SHARED / "ner"

WORK = REPO / "build" / "stanza"
"""Prepared data, checkpoints and predictions (ignored by git)."""
DATA = WORK / "data"
SAVED = WORK / "saved_models"

MODELS = REPO / "models" / "stanza"
"""The shipped tree: ``resources.json`` and ``id/<processor>/<package>.pt``."""
LANG = "id"
UD_PACKAGE = "csui_gsd"
"""Package name of the UD-trained processors (tokenize, mwt, pos, lemma, depparse)."""
NER_PACKAGE = "idner_nergrit"
"""Package name of the NER processor (the training sets it was built from)."""
UD_SHORTHAND = f"{LANG}_csuigsd"
NER_SHORTHAND = f"{LANG}_news"

SEED = 1234
DEV_EVERY = 10
"""Every 10th sentence of each training source (UD and NER) is held out as development data for
model selection, so that the test sets below are never seen before the final scoring."""

UD_TRAIN_SOURCES = ("id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu")
"""There is no id_gsd train file in ../shared: GSD dev is the GSD training data here."""
UD_TEST_SETS = {"id_gsd": "id_gsd-ud-test.conllu", "id_csui": "id_csui-ud-test.conllu",
                "id_pud": "id_pud-ud-test.conllu"}

NER_LABELS = ("PER", "ORG", "LOC")
NER_LABEL_MAPS = {  # corpus folder: {source type: PER/ORG/LOC}; other types become O
    "idner-news-2k": {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
    "nergrit": {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"},
    "nerui": {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"},
    "nerugm": {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"},
}
NER_TRAIN = {  # corpus folder: files; only sets whose licence lets the model ship (MIT, Apache-2.0)
    "idner-news-2k": ("train.txt",),
    "nergrit": ("train_preprocess.txt", "valid_preprocess.txt"),
}
_FOLDS = tuple(f"test.0{fold}.tsv" for fold in range(1, 6))
NER_TESTS = {  # name: (corpus folder, files); never trained on nor used for model selection
    "idner-news-2k-dev": ("idner-news-2k", ("dev.txt",)),
    "nergrit-test": ("nergrit", ("test_preprocess.txt",)),
    "nerui-test": ("nerui", _FOLDS),  # NER-UI and NER-UGM: no licence stated, cross-domain evaluation only
    "nerugm-test": ("nerugm", _FOLDS),  # the 5 test folds = every sentence once
}

# The budgets the shipped models were trained with (read back from each checkpoint's config).
# Step budgets and sizes for 2 shared CPU cores and one torch thread (on a busy machine, two threads per
# process and several processes made every step 10x slower).  Training data is ~1,100 sentences (25k
# words), so batches are smaller than stanza's defaults (which suit 10x larger treebanks): more updates
# per epoch.  Each trainer keeps the checkpoint that scores best on the development data.  See
# models/stanza/README.md for the measured times and what a longer run or a GPU would add.
TORCH_THREADS = 1
# --max_seqlen 300 characters: run_tokenizer.py's rule (3x the mean sentence length) would say 500
TOKENIZE_ARGS = ["--steps", "1000", "--eval_steps", "50", "--max_steps_before_stop", "300", "--max_seqlen", "300"]
MWT_ARGS = ["--num_epoch", "30"]
_CHARS = ["--char_hidden_dim", "100", "--char_emb_dim", "50"]
POS_ARGS = ["--batch_size", "50", "--max_steps", "600", "--eval_interval", "50", "--max_steps_before_stop", "200",
            "--hidden_dim", "100", "--deep_biaff_hidden_dim", "100", "--composite_deep_biaff_hidden_dim", "50"] + _CHARS
LEMMA_ARGS = ["--num_epoch", "30", "--decay_epoch", "15"]
# one Adam stage (stanza's original parser recipe; its AdaDelta+Adam default is tuned for >10k steps)
DEPPARSE_ARGS = ["--batch_size", "1000", "--max_steps", "1200", "--eval_interval", "50",
                 "--max_steps_before_stop", "300",
                 "--optim", "adam", "--lr", "3e-3", "--beta2", "0.95", "--weight_decay", "0", "--no_second_optim",
                 "--hidden_dim", "150", "--deep_biaff_hidden_dim", "150", "--num_layers", "2"] + _CHARS
NER_ARGS = ["--max_steps", "2000", "--eval_interval", "200", "--max_steps_no_improve", "800",
            "--hidden_dim", "150"] + _CHARS
