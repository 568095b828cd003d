import { compileCheckBundles } from './compile-check';

const { checkedFiles, problems } = compileCheckBundles();
for (const problem of problems) {
    console.error(`${problem.file}: ${problem.message}`);
}
console.log(`LWC compile check: ${checkedFiles} files, ${problems.length} refused`);
process.exitCode = problems.length > 0 ? 1 : 0;
