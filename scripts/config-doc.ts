/** Prints the configuration table of the README from config/src/schema.ts (the one source). */
import { CONFIG_SCHEMA, type Variable } from '@invataxi/config';

const rows = (Object.entries(CONFIG_SCHEMA) as [string, Variable][]).map(([name, v]) => {
  const def =
    v.kind === 'secret'
      ? v.default === undefined
        ? '(secret, required)'
        : '(secret, optional)'
      : v.default === undefined
        ? '(required)'
        : v.default === ''
          ? '(empty)'
          : `\`${v.default}\``;
  return `| \`${name}\` | ${v.kind}${v.values ? `: ${v.values.join(', ')}` : ''} | ${def} | ${v.description} |`;
});
process.stdout.write(
  ['| variable | type | default | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n',
);
