/**
 * Values written into Cypher text as literals, for the one place that needs them: the
 * parameter-free script of `mhhs seed --cypher-out`, for people who can only run cypher-shell.
 * Everything that talks to Neo4j itself keeps passing values as parameters.
 *
 * A literal reads back as exactly the value the driver would have sent: a string as the same
 * string, a JS number as a Float (as the driver sends it), a Neo4j integer as an Integer.
 * Strings come out as pure printable ASCII — quotes and backslashes escaped, everything else
 * outside ASCII (newlines, tabs, `é`, `–`, emoji) as `\uXXXX` — so a literal never spans a line
 * and the script means the same whatever character set the tool reading it assumes.
 */
import neo4j from 'neo4j-driver';
import { SeedFailedError } from '../../errors.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A single-quoted Cypher string. Without the `u` flag the pattern matches UTF-16 code units, so a
 * character beyond the BMP becomes its surrogate pair, which Neo4j joins again.
 */
const stringLiteral = (s: string): string =>
  `'${s.replace(/['\\]|[^\x20-\x7e]/g, (unit) =>
    unit === "'" || unit === '\\' ? `\\${unit}` : `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  )}'`;

/** Always a Float literal (`2.0`, `1e21`), because the driver sends every JS number as a Float. */
function floatLiteral(n: number): string {
  if (!Number.isFinite(n)) throw new SeedFailedError(`${n} cannot be written as a Cypher literal`);
  const text = Object.is(n, -0) ? '-0' : String(n).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A property key as a map key: bare when it is a plain identifier, else backtick-quoted. */
const mapKey = (key: string): string => (IDENTIFIER.test(key) ? key : `\`${key.replaceAll('`', '``')}\``);

/** The Cypher literal of a value a seed sends: a string, boolean, number, Neo4j integer, or a list or map of them. */
export function cypherLiteral(value: unknown): string {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return floatLiteral(value);
  if (neo4j.isInt(value)) return value.toString();
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return `{${Object.entries(value).map(([k, v]) => `${mapKey(k)}: ${cypherLiteral(v)}`).join(', ')}}`;
  }
  throw new SeedFailedError(`a ${typeof value} cannot be written as a Cypher literal`);
}

/**
 * `text` with every `$name` replaced by the literal of `parameters[name]`, so that a statement
 * the seed runs with parameters can be written out without them. `render` lets a caller lay a
 * long value (a batch of rows) out over several lines.
 */
export function inlineParameters(
  text: string,
  parameters: Readonly<Record<string, unknown>>,
  render: (value: unknown) => string = cypherLiteral,
): string {
  return text.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    if (!Object.hasOwn(parameters, name)) throw new SeedFailedError(`no value for parameter $${name} of: ${text}`);
    return render(parameters[name]);
  });
}
