# WeasyPrint kept warm for the benchmark's peer rows: reads one HTML file path a line, answers {"ms","cpuMs","bytes"} lines.
import json
import sys
import time

from weasyprint import HTML

for line in sys.stdin:
    path = line.strip()
    start, cpu = time.perf_counter(), time.process_time()
    pdf = HTML(filename=path).write_pdf()
    ms, cpu_ms = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
    print(json.dumps({"ms": ms, "cpuMs": cpu_ms, "bytes": len(pdf)}), flush=True)
