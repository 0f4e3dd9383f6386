// Correct but O(stages × (V + E)): every round rescans all modules for those whose dependencies are all built.
export function buildStages(modules: string[], dependencies: Record<string, string[]>): string[][] {
  const known = new Set(modules);
  if (known.size !== modules.length) throw new Error('a module is listed twice');
  for (const [name, needs] of Object.entries(dependencies)) {
    if (!known.has(name) || needs.some((need) => !known.has(need))) throw new Error('unknown module');
  }
  const built = new Set<string>();
  const stages: string[][] = [];
  while (built.size < modules.length) {
    const ready = modules.filter(
      (name) => !built.has(name) && (dependencies[name] ?? []).every((need) => built.has(need)),
    );
    if (ready.length === 0) throw new Error('dependency cycle');
    for (const name of ready) built.add(name);
    stages.push(ready.sort());
  }
  return stages;
}
