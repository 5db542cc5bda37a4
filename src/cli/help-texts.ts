// Help text of every command. Kept as data so `--help` and usage errors print the same thing.

export const MAIN_HELP = `kashf — find and link named entities in Arabic text

Usage:
  kashf <command> [options]

Commands:
  extract [files|folders|-]   find entities and write them as json, jsonl, conll, brat, html or tsv
  eval FILE.conll             score kashf against a gold CoNLL file
  normalize [files|-]         print the normalized text kashf matches against
  validate FILE               check a gazetteer file (JSON, JSONL or TSV) and list every error

Run "kashf <command> --help" for the options of a command.
Exit codes: 0 ok, 1 problems found (invalid data, failed documents), 2 usage error.
`;

export const EXTRACT_HELP = `Usage: kashf extract [files|folders|-] [options]

Reads text files, folders of .txt files (recursively), or standard input ("-" or nothing),
and writes the entities found. Files ending in .jsonl or .ndjson are read as one document
per line: {"id": "...", "text": "..."}; they are streamed in constant memory.

Options:
  -f, --format FORMAT      json | jsonl | conll | brat | html | tsv
                           (default: jsonl for JSONL input, json otherwise)
  -l, --labels L1,L2       keep only these labels (e.g. PERS,ORG,GPE)
  -x, --exclude-labels L   drop these labels
      --nested             also output entities nested inside others (NORP inside OCC, …)
  -g, --gazetteer FILE     add the entries of a gazetteer file (repeatable)
      --no-default-gazetteer  use only the entries given with --gazetteer
      --no-latin           skip Latin-script names (compromise); faster start
      --input text|jsonl   how to read standard input (default: text)
      --text               JSONL output: include each document's text
  -o, --out PATH           write to PATH instead of standard output
                           (brat: a folder that receives NAME.txt and NAME.ann per document)
  -j, --jobs N             run N worker threads (default 1); output order is kept
      --quiet              no progress bar
  -h, --help               show this help

A document that fails yields an error record ({"id", "error": {"code", "message"}}) in
json/jsonl output, or a message on standard error; the exit code is then 1.

Examples:
  kashf extract article.txt --format html --out article.html
  kashf extract corpus/ --format conll --labels PERS,ORG,GPE
  kashf extract news.jsonl --jobs 4 --out entities.jsonl
  echo "زار بايدن روسيا" | kashf extract --format tsv
`;

export const EVAL_HELP = `Usage: kashf eval FILE.conll [options]

Rebuilds each sentence of a gold CoNLL file (TOKEN<TAB>TAG, BIO or IOB tags, blank line
between sentences), runs kashf on it and prints precision, recall and F1 per type.

Options:
  -s, --scheme NAME    label conventions to score against:
                       anercorp | aqmar | fane | wojood | full (default: wojood)
      --errors [N]     list the N most frequent errors of each kind (default 20)
      --max N          score only the first N sentences
      --min-f1 X       exit with code 1 when the micro F1 (0–100) is below X
      --context N      score windows of N consecutive sentences, so in-document linking works
  -g, --gazetteer FILE add the entries of a gazetteer file (repeatable)
  -h, --help           show this help

Example:
  kashf eval wojood-dev.conll --scheme wojood --errors 10
`;

export const NORMALIZE_HELP = `Usage: kashf normalize [files|-] [options]

Prints the normalized form of the text that kashf matches against: harakat, tatweel and
bidi controls removed, alef forms, ى and ة folded, Arabic-Indic digits to ASCII.

Options:
  -o, --out PATH   write to PATH instead of standard output
  -h, --help       show this help

Example:
  echo "أَحْمَدُ" | kashf normalize      # احمد
`;

export const VALIDATE_HELP = `Usage: kashf validate FILE [options]

Checks a gazetteer file (JSON array, JSONL or TSV with columns id, label, ar, en, aliases)
and lists every problem with its line and field. Exit code 1 when there is any.

Options:
      --format json|jsonl|tsv   file format (default: from the extension, else the content)
  -h, --help                    show this help

Example:
  kashf validate my-entries.jsonl
`;

export const HELP: Record<string, string> = {
  extract: EXTRACT_HELP,
  eval: EVAL_HELP,
  normalize: NORMALIZE_HELP,
  validate: VALIDATE_HELP,
};
