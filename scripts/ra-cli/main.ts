/**
 * `npm run ra -- <command>`: the resale authorization domain from the command line.
 *   validate <form.json> [--today YYYY-MM-DD]
 *   changeset <form.json> [--draft] [--token <token>] [--today YYYY-MM-DD]
 *   from-entity <describe-entity.json> [--exact] [--product-type SaaS|AMI|Container|ProfessionalServices|Data]
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { changesetCommand, fromEntityCommand, validateCommand } from './commands';

const USAGE = `Usage:
  npm run ra -- validate <form.json> [--today YYYY-MM-DD]
  npm run ra -- changeset <form.json> [--draft] [--token <token>] [--today YYYY-MM-DD]
  npm run ra -- from-entity <describe-entity.json> [--exact] [--product-type SaaS]
`;

function main(): number {
    const { positionals, values } = parseArgs({
        allowPositionals: true,
        options: {
            today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
            draft: { type: 'boolean', default: false },
            token: { type: 'string' },
            exact: { type: 'boolean', default: false },
            'product-type': { type: 'string', default: 'SaaS' },
        },
    });
    const [command, file] = positionals;
    if (!command || !file) {
        process.stderr.write(USAGE);
        return 2;
    }
    const text = fs.readFileSync(file, 'utf8');
    const result =
        command === 'validate'
            ? validateCommand(text, values.today)
            : command === 'changeset'
              ? changesetCommand(text, {
                    intent: values.draft ? 'draft' : 'publish',
                    token: values.token,
                    today: values.today,
                })
              : command === 'from-entity'
                ? fromEntityCommand(text, {
                      exact: values.exact,
                      productType: values['product-type'],
                  })
                : null;
    if (!result) {
        process.stderr.write(USAGE);
        return 2;
    }
    process.stdout.write(result.output);
    return result.exitCode;
}

try {
    process.exitCode = main();
} catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
}
