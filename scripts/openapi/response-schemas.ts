/**
 * The 2xx answer of every controller method, as OpenAPI schemas read from the method's declared
 * return type with the TypeScript checker. The view types live beside the services that build
 * them (libs/booking's BookingView, the API's BoardView...): reading them here keeps one
 * declaration per shape instead of a class copy per view that could drift from it.
 */
import * as ts from 'typescript';

export type Schema = Record<string, unknown>;

export interface ResponseSchemas {
  /** Named shapes, referenced as #/components/schemas/<name>. */
  components: Record<string, Schema>;
  /** `<Controller>_<method>` (Nest's operationId) -> the schema of its body; null: no body. */
  operations: Record<string, Schema | null>;
}

const HTTP_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);
const DECLARED_ANSWER = new Set([
  'ApiOkResponse',
  'ApiCreatedResponse',
  'ApiAcceptedResponse',
  'ApiResponse',
]);

function decoratorNames(node: ts.HasDecorators): string[] {
  return (ts.getDecorators(node) ?? []).flatMap((d) =>
    ts.isCallExpression(d.expression) && ts.isIdentifier(d.expression.expression)
      ? [d.expression.expression.text]
      : [],
  );
}

class SchemaWriter {
  readonly components: Record<string, Schema> = {};
  /** Which type each component name stands for, to refuse two shapes under one name. */
  private readonly owners = new Map<string, ts.Type>();

  constructor(private readonly checker: ts.TypeChecker) {}

  /** The schema of a value of type t; named interfaces and aliases become components. */
  of(t: ts.Type): Schema {
    const name = this.nameOf(t);
    if (name) {
      const owner = this.owners.get(name);
      if (owner && owner !== t) throw new Error(`two response shapes are both named ${name}`);
      if (!owner) {
        this.owners.set(name, t);
        this.components[name] = {};
        this.components[name] = this.inline(t);
      }
      return { $ref: `#/components/schemas/${name}` };
    }
    return this.inline(t);
  }

  private nameOf(t: ts.Type): string | undefined {
    const alias = t.aliasSymbol;
    const sym = alias ?? t.getSymbol();
    if (!sym) return undefined;
    const n = sym.getName();
    if (n.startsWith('__') || n === 'Array' || n === 'ReadonlyArray' || n === 'Date' || n === 'Buffer')
      return undefined;
    if (n === 'Record' || n === 'Partial' || n === 'Pick' || n === 'Omit' || n === 'Readonly')
      return undefined;
    const decl = sym.declarations?.[0];
    if (!decl) return undefined;
    // Only the project's own declarations get a name; library types are described inline.
    if (decl.getSourceFile().fileName.includes('/node_modules/')) return undefined;
    const args = alias ? (t.aliasTypeArguments ?? []) : this.checker.getTypeArguments(t as ts.TypeReference);
    return [n, ...args.map((a) => this.checker.typeToString(a).replace(/[^A-Za-z0-9]/g, ''))].join('');
  }

  private inline(t: ts.Type): Schema {
    const c = this.checker;
    if (t.flags & ts.TypeFlags.Any || t.flags & ts.TypeFlags.Unknown) return {};
    if (t.flags & ts.TypeFlags.StringLiteral)
      return { type: 'string', enum: [(t as ts.StringLiteralType).value] };
    if (t.flags & ts.TypeFlags.NumberLiteral)
      return { type: 'number', enum: [(t as ts.NumberLiteralType).value] };
    if (t.flags & ts.TypeFlags.BooleanLiteral)
      return { type: 'boolean', enum: [c.typeToString(t) === 'true'] };
    if (t.flags & ts.TypeFlags.StringLike) return { type: 'string' };
    if (t.flags & ts.TypeFlags.NumberLike) return { type: 'number' };
    if (t.flags & ts.TypeFlags.BooleanLike) return { type: 'boolean' };
    if (t.isUnion()) return this.union(t.types);
    const sym = t.getSymbol();
    if (sym?.getName() === 'Date') return { type: 'string', format: 'date-time' };
    if (sym?.getName() === 'Buffer') return { type: 'string', format: 'binary' };
    if (c.isArrayType(t))
      return { type: 'array', items: this.of(c.getTypeArguments(t as ts.TypeReference)[0]) };
    if (c.isTupleType(t)) {
      const args = c.getTypeArguments(t as ts.TypeReference);
      const items = new Set(args).size === 1 ? this.of(args[0]) : this.union([...args]);
      return { type: 'array', items, minItems: args.length, maxItems: args.length };
    }
    return this.object(t);
  }

  private union(members: readonly ts.Type[]): Schema {
    // undefined never reaches JSON: the property is left out (see object()), not null.
    const nullable = members.some((m) => m.flags & ts.TypeFlags.Null);
    const rest = members.filter(
      (m) => !(m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)),
    );
    const nul = nullable ? { nullable: true } : {};
    if (rest.length > 0 && rest.every((m) => m.flags & ts.TypeFlags.BooleanLiteral))
      return { type: 'boolean', ...nul };
    if (rest.length > 0 && rest.every((m) => m.isStringLiteral()))
      return { type: 'string', enum: rest.map((m) => (m as ts.StringLiteralType).value), ...nul };
    if (rest.length > 0 && rest.every((m) => m.isNumberLiteral()))
      return { type: 'number', enum: rest.map((m) => (m as ts.NumberLiteralType).value), ...nul };
    if (rest.length === 1) {
      const one = this.of(rest[0]);
      return nullable ? ('$ref' in one ? { allOf: [one], nullable: true } : { ...one, nullable: true }) : one;
    }
    return { oneOf: rest.map((m) => this.of(m)), ...nul };
  }

  private object(t: ts.Type): Schema {
    const c = this.checker;
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const p of c.getPropertiesOfType(t)) {
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      if (decl && (ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl))) continue;
      const pt = decl ? c.getTypeOfSymbolAtLocation(p, decl) : c.getTypeOfSymbol(p);
      const schema = this.of(pt);
      const doc = ts.displayPartsToString(p.getDocumentationComment(c)).trim();
      properties[p.getName()] =
        doc && !('$ref' in schema)
          ? { ...schema, description: doc }
          : doc
            ? { allOf: [schema], description: doc }
            : schema;
      const mayBeUndefined = pt.isUnion() && pt.types.some((m) => m.flags & ts.TypeFlags.Undefined);
      if (!(p.flags & ts.SymbolFlags.Optional) && !mayBeUndefined) required.push(p.getName());
    }
    const out: Schema = { type: 'object', properties };
    if (required.length) out.required = required;
    const index = c.getIndexInfoOfType(t, ts.IndexKind.String);
    if (index) out.additionalProperties = this.of(index.type);
    // `object` (or an interface with nothing declared): any JSON object.
    else if (!Object.keys(properties).length) out.additionalProperties = true;
    return out;
  }
}

/**
 * Reads every controller under apiRoot in the program and describes what its methods answer;
 * `named` adds other exported types by file and name (the error body).
 */
export function responseSchemas(
  program: ts.Program,
  apiRoot: string,
  named: { file: string; type: string }[] = [],
): ResponseSchemas {
  const checker = program.getTypeChecker();
  const writer = new SchemaWriter(checker);
  const operations: Record<string, Schema | null> = {};
  for (const { file, type } of named) {
    const source = program.getSourceFile(file);
    const sym = source && checker.getSymbolAtLocation(source);
    const exp = sym && checker.getExportsOfModule(sym).find((e) => e.getName() === type);
    if (!exp) throw new Error(`${type} is not exported by ${file}`);
    writer.of(checker.getDeclaredTypeOfSymbol(exp));
  }
  const files = program
    .getSourceFiles()
    .filter((f) => f.fileName.startsWith(apiRoot) && f.fileName.endsWith('.controller.ts'))
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
  for (const file of files) {
    for (const cls of file.statements.filter(ts.isClassDeclaration)) {
      if (!cls.name || !decoratorNames(cls).includes('Controller')) continue;
      for (const m of cls.members.filter(ts.isMethodDeclaration)) {
        if (!decoratorNames(m).some((d) => HTTP_DECORATORS.has(d))) continue;
        const sig = checker.getSignatureFromDeclaration(m);
        if (!sig) continue;
        let ret = checker.getReturnTypeOfSignature(sig);
        if (ret.getSymbol()?.getName() === 'Promise')
          ret = checker.getTypeArguments(ret as ts.TypeReference)[0];
        const key = `${cls.name.text}_${m.name.getText(file)}`;
        // A handler whose return type cannot say it (an answer replayed from storage as JSON)
        // declares its body with @ApiOkResponse / @ApiCreatedResponse: that one stands.
        if (decoratorNames(m).some((d) => DECLARED_ANSWER.has(d))) {
          operations[key] = null;
          continue;
        }
        operations[key] = ret.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined) ? null : writer.of(ret);
      }
    }
  }
  const components = Object.fromEntries(
    Object.entries(writer.components).sort(([a], [b]) => a.localeCompare(b)),
  );
  return { components, operations };
}
