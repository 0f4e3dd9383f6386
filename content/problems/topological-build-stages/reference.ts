/**
 * Groups modules into build stages: a module's stage is one past the latest stage of anything it depends on, so
 * every module in a stage can build in parallel once the earlier stages are done. Kahn's algorithm, layer by layer.
 */
export function buildStages(modules: string[], dependencies: Record<string, string[]>): string[][] {
  const graph = buildGraph(modules, dependencies);
  const stages: string[][] = [];
  let current = modules.filter((moduleName) => graph.remainingDependencies.get(moduleName) === 0);
  let placed = 0;
  while (current.length > 0) {
    stages.push(current.sort());
    placed += current.length;
    current = releaseDependents(current, graph);
  }
  if (placed < modules.length) {
    const stuck = modules.filter((moduleName) => graph.remainingDependencies.get(moduleName)! > 0).sort();
    throw new Error(`dependency cycle among: ${stuck.join(', ')}`);
  }
  return stages;
}

interface DependencyGraph {
  /** For each moduleName, the modules that depend on it. */
  readonly dependents: Map<string, string[]>;
  /** For each moduleName, how many of its distinct dependencies are not built yet. */
  readonly remainingDependencies: Map<string, number>;
}

function buildGraph(modules: string[], dependencies: Record<string, string[]>): DependencyGraph {
  if (!Array.isArray(modules)) throw new TypeError('modules must be an array of names');
  if (typeof dependencies !== 'object' || dependencies === null || Array.isArray(dependencies)) {
    throw new TypeError('dependencies must be an object mapping a module to the modules it needs');
  }
  const graph: DependencyGraph = { dependents: new Map(), remainingDependencies: new Map() };
  for (const moduleName of modules) addModule(graph, moduleName);
  for (const [moduleName, needs] of Object.entries(dependencies)) addDependencies(graph, moduleName, needs);
  return graph;
}

function addModule(graph: DependencyGraph, moduleName: string): void {
  if (typeof moduleName !== 'string' || moduleName === '') {
    throw new TypeError('module names must be non-empty strings');
  }
  if (graph.dependents.has(moduleName)) throw new Error(`module ${moduleName} is listed twice`);
  graph.dependents.set(moduleName, []);
  graph.remainingDependencies.set(moduleName, 0);
}

/** Records that `moduleName` needs each of `needs`; a dependency listed twice counts once. */
function addDependencies(graph: DependencyGraph, moduleName: string, needs: string[]): void {
  if (!graph.dependents.has(moduleName)) throw new Error(`dependencies name an unknown module ${moduleName}`);
  if (!Array.isArray(needs)) throw new TypeError(`dependencies of ${moduleName} must be an array`);
  const distinctNeeds = new Set(needs);
  for (const dependency of distinctNeeds) {
    const dependentsOfDependency = graph.dependents.get(dependency);
    if (dependentsOfDependency === undefined) throw new Error(`${moduleName} depends on unknown module ${dependency}`);
    dependentsOfDependency.push(moduleName);
  }
  graph.remainingDependencies.set(moduleName, distinctNeeds.size);
}

/** Marks a finished stage as built and returns the modules whose last dependency it held. */
function releaseDependents(stage: string[], graph: DependencyGraph): string[] {
  const ready: string[] = [];
  for (const built of stage) {
    for (const dependent of graph.dependents.get(built)!) {
      const remaining = graph.remainingDependencies.get(dependent)! - 1;
      graph.remainingDependencies.set(dependent, remaining);
      if (remaining === 0) ready.push(dependent);
    }
  }
  return ready;
}
