// Shared by the peer scripts: reads the article list, times the work, prints one JSON line.
// usage: node PEER.js MODULES_DIR FILE_LIST
//   MODULES_DIR  folder whose node_modules holds the peer (bench/scratch/peers)
//   FILE_LIST    text file with one article path a line (the same articles crosscheck reads)
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

function run(name, load, analyse) {
  const [modulesDir, listFile] = process.argv.slice(2);
  const peerRequire = createRequire(path.join(path.resolve(modulesDir), 'package.json'));
  const loadStart = process.hrtime.bigint();
  const peer = load(peerRequire);
  const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
  const files = fs.readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
  const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
  const counts = {};
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const text of texts) {
    const found = analyse(peer, text);
    for (const [key, value] of Object.entries(found)) counts[key] = (counts[key] || 0) + value;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  console.log(JSON.stringify({
    peer: name,
    documents: texts.length,
    bytes,
    load_s: loadSeconds,
    wall_s: seconds,
    cpu_s: (cpu.user + cpu.system) / 1e6,
    peak_rss_kib: process.resourceUsage().maxRSS,
    counts,
  }));
}

module.exports = { run };
