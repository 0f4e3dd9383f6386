// Dependency rule: repositories speak in domain terms. What a server module's repository takes and returns (its
// create…Repository functions' methods, through promises, arrays, unions and nested objects) has no snake_case
// field: database rows are mapped inside the repository, so none reaches a service through it. Services importing
// the database layer itself is dependency-cruiser's rule (services-not-database).
import { join } from 'node:path';
import ts from 'typescript';

const server = join(import.meta.dirname, '..', 'packages', 'server');
const parsed = ts.getParsedCommandLineOfConfigFile(
  join(server, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
);
const relative = (file) => file.slice(server.length + 1);
const repositories = parsed.fileNames.filter((f) => /\/src\/modules\/[^/]+\/[^/]+\.repository\.ts$/.test(f));
const program = ts.createProgram(repositories, { ...parsed.options, noEmit: true });
const checker = program.getTypeChecker();
const snakeCase = /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/;
/** Types from the standard library and packages (Date, Set, Readable…) are not ours to look into; a mapped type
 * such as Pick<Row, …> is declared there too, but its fields are ours. */
const foreign = (type) =>
  !(type.objectFlags & ts.ObjectFlags.Mapped) &&
  (type.getSymbol()?.getDeclarations() ?? []).some((d) =>
    /node_modules|typescript\/lib/.test(d.getSourceFile().fileName),
  );

const violations = [];

/** Reports every snake_case field reachable from `type`, named by the path that reaches it. */
function visit(type, path, seen, depth) {
  if (depth > 6 || seen.has(type)) return;
  seen.add(type);
  const awaited = checker.getAwaitedType(type) ?? type;
  if (awaited !== type) return visit(awaited, path, seen, depth);
  if (type.isUnionOrIntersection()) return type.types.forEach((t) => visit(t, path, seen, depth));
  if (checker.isArrayType(type) || checker.isTupleType(type))
    return checker.getTypeArguments(type).forEach((t) => visit(t, `${path}[]`, seen, depth));
  if (!(type.flags & ts.TypeFlags.Object) || foreign(type)) return;
  for (const signature of type.getCallSignatures()) visitSignature(signature, path, seen, depth + 1);
  for (const property of type.getProperties()) {
    const name = property.getName();
    if (snakeCase.test(name)) violations.push(`${path}.${name}`);
    else visit(checker.getTypeOfSymbol(property), `${path}.${name}`, seen, depth + 1);
  }
}

function visitSignature(signature, path, seen, depth) {
  for (const parameter of signature.getParameters())
    visit(checker.getTypeOfSymbol(parameter), `${path}(${parameter.getName()})`, seen, depth);
  visit(signature.getReturnType(), `${path}()`, seen, depth);
}

for (const file of repositories) {
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  for (const exported of module ? checker.getExportsOfModule(module) : []) {
    if (!/^create\w*Repository$/.test(exported.getName())) continue;
    const factory = checker.getTypeOfSymbol(exported);
    for (const signature of factory.getCallSignatures()) {
      const repository = signature.getReturnType();
      for (const method of repository.getProperties()) {
        const name = `${relative(file)}: ${method.getName()}`;
        for (const call of checker.getTypeOfSymbol(method).getCallSignatures())
          visitSignature(call, name, new Set(), 0);
      }
    }
  }
}

if (violations.length) {
  console.error(
    `✘ repository types rule:\n  ${[...new Set(violations)].join('\n  ')}\n` +
      '  A repository maps rows inside and takes and returns domain types (camelCase) only.',
  );
  process.exit(1);
}
console.log(`✔ ${repositories.length} repositories take and return domain types only`);
