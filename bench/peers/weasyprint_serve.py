# WeasyPrint kept warm for the benchmark's peer rows: reads one HTML file path a line, answers {"ms","bytes"} lines.
import json
import sys
import time

from weasyprint import HTML

for line in sys.stdin:
    path = line.strip()
    start = time.perf_counter()
    pdf = HTML(filename=path).write_pdf()
    print(json.dumps({"ms": (time.perf_counter() - start) * 1000, "bytes": len(pdf)}), flush=True)
