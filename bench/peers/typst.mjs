// Typst (the Node binding of its compiler) for the benchmark's peer rows, with the same fonts as TiesReports (Noto Sans,
// Source Han Sans SC).
//   node typst.mjs IN.typ OUT.pdf   one cold compile: process start to PDF written
//   node typst.mjs --serve          warm: reads {"file","fresh"} lines, answers {"ms","cpuMs","bytes"} lines
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fonts = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '@expo-google-fonts');
const shs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', 'node-source-han-sans-sc');
const compiler = NodeCompiler.create({
  fontArgs: [{ fontPaths: [join(fonts, 'noto-sans', '400Regular'), join(fonts, 'noto-sans', '700Bold'), join(shs, 'SourceHanSansSC-Regular.otf'), join(shs, 'SourceHanSansSC-Bold.otf')] }],
});

function pdf(content) {
  const doc = compiler.compile({ mainFileContent: content });
  if (!doc.result) {
    throw new Error(JSON.stringify(doc.takeDiagnostics()));
  }
  return compiler.pdf(doc.result);
}

if (process.argv[2] === '--serve') {
  for await (const line of createInterface({ input: process.stdin })) {
    const { file, fresh } = JSON.parse(line);
    const content = readFileSync(file, 'utf8');
    // A fresh document: nothing memoised from earlier compiles, fonts already loaded (as in a long-lived server).
    if (fresh) compiler.evictCache(0);
    const start = performance.now();
    const cpu = process.cpuUsage();
    const bytes = pdf(content).length;
    const used = process.cpuUsage(cpu);
    process.stdout.write(JSON.stringify({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, bytes }) + '\n');
  }
} else {
  writeFileSync(process.argv[3], pdf(readFileSync(process.argv[2], 'utf8')));
}
