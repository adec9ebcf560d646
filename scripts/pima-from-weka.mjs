// Regenerates data/pima-indians-diabetes.csv from Debian's weka package (diabetes.arff):
//   apt-get download weka && dpkg -x weka_*.deb weka && node scripts/pima-from-weka.mjs weka/usr/share/doc/weka/examples/diabetes.arff
import { writeFileSync } from 'node:fs';
import { readArff } from '../dist/index.js';

const table = readArff(process.argv[2] ?? '/usr/share/doc/weka/examples/diabetes.arff');
const header = ['pregnancies', 'glucose', 'blood_pressure', 'skin_thickness', 'insulin', 'bmi', 'diabetes_pedigree', 'age', 'outcome'];
const classAttr = table.attributes[8];
if (table.rows.length !== 768 || classAttr?.type !== 'nominal' || classAttr.values[1] !== 'tested_positive')
  throw new Error('unexpected diabetes.arff layout');
writeFileSync('data/pima-indians-diabetes.csv', [header.join(','), ...table.rows.map((r) => r.join(','))].join('\n') + '\n');
console.log(`wrote ${table.rows.length} rows`);
