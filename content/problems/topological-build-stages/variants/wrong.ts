// Plausible but wrong: Kahn's algorithm without the final check, so modules on a cycle silently disappear
// instead of the call failing.
export function buildStages(modules: string[], dependencies: Record<string, string[]>): string[][] {
  const dependents = new Map<string, string[]>(modules.map((name) => [name, []]));
  const waitingOn = new Map<string, number>(modules.map((name) => [name, 0]));
  for (const [name, needs] of Object.entries(dependencies)) {
    for (const need of new Set(needs)) {
      if (!dependents.has(need) || !dependents.has(name)) throw new Error('unknown module');
      dependents.get(need)!.push(name);
      waitingOn.set(name, waitingOn.get(name)! + 1);
    }
  }
  const stages: string[][] = [];
  let current = modules.filter((name) => waitingOn.get(name) === 0);
  while (current.length > 0) {
    stages.push([...current].sort());
    const next: string[] = [];
    for (const name of current) {
      for (const dependent of dependents.get(name)!) {
        waitingOn.set(dependent, waitingOn.get(dependent)! - 1);
        if (waitingOn.get(dependent) === 0) next.push(dependent);
      }
    }
    current = next;
  }
  return stages;
}
