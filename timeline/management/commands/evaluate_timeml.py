"""Score the temporal tagger on TimeML documents as TempEval-3 scores it (strict/relaxed span, value, type)."""

from __future__ import annotations

import json
import time
from collections import Counter

from django.core.management.base import BaseCommand, CommandError

from timeline.extraction import timeml


class Command(BaseCommand):
    requires_system_checks = []  # serves nothing, so it runs without a secret key
    help = (
        "Run the temporal tagger over TimeML .tml files (the text inside <TEXT>, the creation time as the "
        "publication timestamp) and print strict and relaxed P/R/F1, value F1 and type F1 (TempEval-3)."
    )

    def add_arguments(self, parser):
        parser.add_argument("dirs", nargs="+", help="folders of .tml files (or single .tml files)")
        parser.add_argument("--json", action="store_true", help="print the figures as JSON")
        parser.add_argument("--errors", action="store_true",
                            help="list every miss, spurious expression and wrong value or type")
        parser.add_argument("--error-classes", action="store_true",
                            help="count the wrong values by kind (conventions of the gold vs misreadings)")

    def handle(self, *args, **opts):
        try:
            docs = timeml.read_dir(*opts["dirs"])
        except OSError as exc:
            raise CommandError(f"Cannot read the TimeML files: {exc}") from exc
        if not docs:
            raise CommandError("No .tml files found in " + ", ".join(opts["dirs"]) + ".")
        t0 = time.perf_counter()
        results = timeml.evaluate(docs)
        figures = timeml.summarize(results)
        figures["seconds"] = round(time.perf_counter() - t0, 2)
        if opts["errors"]:
            self._errors(results)
        if opts["error_classes"]:
            self._error_classes(results)
        if opts["json"]:
            self.stdout.write(json.dumps(figures, indent=2))
            return
        w = self.stdout.write
        w(f"{figures['documents']} documents, {figures['gold']} gold timexes, {figures['system']} found "
          f"({figures['seconds']} s)")
        w(f"{'':10}{'P':>8}{'R':>8}{'F1':>8}")
        for k in ("strict", "relaxed"):
            f = figures[k]
            w(f"{k:10}{f['precision']:8.2f}{f['recall']:8.2f}{f['f1']:8.2f}")
        w(f"value F1  {figures['value_f1']:8.2f}   (value accuracy {figures['value_accuracy']:.2f})")
        w(f"type F1   {figures['type_f1']:8.2f}   (type accuracy {figures['type_accuracy']:.2f})")

    def _errors(self, results):
        w = self.stdout.write
        for r in results:
            for g in r.missed:
                w(f"MISS     {r.name}\t{g.text!r}\t{g.type} {g.value}")
            for s in r.spurious:
                w(f"SPURIOUS {r.name}\t{s.text!r}\t{s.type} {s.value}")
            strict = {(id(g), id(s)) for g, s in r.strict}
            for g, s in r.relaxed:
                if (id(g), id(s)) not in strict:
                    w(f"SPAN     {r.name}\tgold {g.text!r}\tsys {s.text!r}")
                if g.value != s.value:
                    w(f"VALUE    {r.name}\t{g.text!r}\tgold {g.value}\tsys {s.value}\t({s.text!r})")
                if g.type != s.type:
                    w(f"TYPE     {r.name}\t{g.text!r}\tgold {g.type}\tsys {s.type}")

    def _error_classes(self, results):
        counts = Counter(timeml.value_error_class(g.value, s.value)
                         for r in results for g, s in r.relaxed if g.value != s.value)
        self.stdout.write(f"wrong values by kind ({sum(counts.values())}):")
        for kind, n in counts.most_common():
            mark = "  (a convention of the gold)" if kind in timeml.CONVENTION_CLASSES else ""
            self.stdout.write(f"{n:6d}  {kind}{mark}")
        pairs = [p for r in results for p in r.relaxed]
        if pairs:
            figures = timeml.summarize(results)
            wrong = sum(n for kind, n in counts.items() if kind not in timeml.CONVENTION_CLASSES)
            adjusted = (len(pairs) - wrong) / len(pairs) * figures["relaxed"]["f1"]
            self.stdout.write(f"value F1 with the gold's conventions set aside: {adjusted:.2f} "
                              "(for reading the errors; not a TempEval-3 figure)")
